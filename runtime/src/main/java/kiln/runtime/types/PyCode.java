package kiln.runtime.types;

import kiln.compiler.CodeUnit;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code code}: a CPython 3.12 code object ({@link CodeUnit}) plus what the interpreter derives from it on first
 * execution: constants as Python objects, a compact instruction array without CACHE/EXTENDED_ARG units, the
 * exception table decoded, and the inline-cache side arrays the quickening writes (see kiln.runtime.interp).
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = new PyType("code", PyType.OBJECT, 0);

    public static final int CO_OPTIMIZED = 1, CO_NEWLOCALS = 2, CO_VARARGS = 4, CO_VARKEYWORDS = 8, CO_NESTED = 0x10,
            CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;

    public final CodeUnit unit;
    public final PyStr name, qualname, filename;
    /** co_names, interned so that attribute names compare by identity in dict hints. */
    public final PyStr[] names;
    public final PyStr[] localsplusnames;
    public final byte[] kinds;
    public final int nlocalsplus, argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstlineno;
    /** Number of free variables (the last slots of localsplus). */
    public final int nfree;
    /** Total positional + keyword-only parameters, plus one each for *args and **kwargs. */
    public final int totalargs;

    // --- derived by kiln.runtime.interp.CodeLoader on first execution ---
    /** co_consts as Python objects. */
    public PyObject[] consts;
    /** Compact instructions: opcode | oparg << 9. Jumps carry absolute compact indexes. */
    public int[] instrs;
    /** Code-unit offset (co_code index / 2) of each compact instruction. */
    public int[] offsets;
    /** Exception table entries, five ints each: start, end (exclusive), target (compact), depth, lasti flag. */
    public int[] excTable;
    /** Inline caches indexed by compact instruction. */
    public Object[] cache;
    /** Per-site miss counters / respecialisation budget. */
    public byte[] misses;
    /** Executions so far (for the quickening threshold). */
    public int hotness;
    public boolean quickened;
    /** Which localsplus slots hold parameters that are also cells (MAKE_CELL wraps them). */
    public Object interpData;

    public PyCode(CodeUnit u) {
        super(TYPE);
        this.unit = u;
        this.name = PyStr.intern(u.name);
        this.qualname = PyStr.intern(u.qualname);
        this.filename = PyStr.intern(u.filename);
        this.names = new PyStr[u.names.length];
        for (int i = 0; i < names.length; i++) names[i] = PyStr.intern(u.names[i]);
        this.localsplusnames = new PyStr[u.localsplusnames.length];
        for (int i = 0; i < localsplusnames.length; i++) localsplusnames[i] = PyStr.intern(u.localsplusnames[i]);
        this.kinds = u.localspluskinds;
        this.nlocalsplus = localsplusnames.length;
        this.argcount = u.argcount;
        this.posonlyargcount = u.posonlyargcount;
        this.kwonlyargcount = u.kwonlyargcount;
        this.flags = u.flags;
        this.stacksize = u.stacksize;
        this.firstlineno = u.firstlineno;
        int nf = 0;
        for (byte k : kinds) if ((k & CodeUnit.CO_FAST_FREE) != 0) nf++;
        this.nfree = nf;
        this.totalargs = argcount + kwonlyargcount + ((flags & CO_VARARGS) != 0 ? 1 : 0) + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
    }

    public boolean isGeneratorLike() { return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0; }

    static {
        kiln.runtime.interp.CodeAttributes.init(TYPE);
        TYPE.ready();
    }
}
