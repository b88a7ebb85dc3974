package kiln.compiler;

import java.util.ArrayList;
import java.util.List;

/** An immutable CPython 3.12 code object as the assembler produces it. */
public final class CodeUnit {
    public static final byte CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = (byte) 0x80;

    public final int argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno;
    /** co_code: 2-byte code units including CACHE entries. */
    public final byte[] code;
    /** Constant objects: AST constant values, ConstTuple, ConstFrozenset, nested CodeUnit. */
    public final Object[] consts;
    public final String[] names;
    public final String[] localsplusnames;
    public final byte[] localspluskinds;
    public final String filename, name, qualname;
    public final byte[] linetable;
    public final byte[] exceptiontable;

    public CodeUnit(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
                    int firstlineno, byte[] code, Object[] consts, String[] names, String[] localsplusnames,
                    byte[] localspluskinds, String filename, String name, String qualname, byte[] linetable,
                    byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.firstlineno = firstlineno;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsplusnames = localsplusnames;
        this.localspluskinds = localspluskinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
    }

    private String[] select(int mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.length; i++)
            if ((localspluskinds[i] & mask) != 0) out.add(localsplusnames[i]);
        return out.toArray(new String[0]);
    }

    /** co_varnames: the fast locals (parameters first), including parameters that are also cells. */
    public String[] varnames() { return select(CO_FAST_LOCAL); }

    /** co_cellvars, in localsplus order (cell-parameters included, as CPython). */
    public String[] cellvars() { return select(CO_FAST_CELL); }

    /** co_freevars. */
    public String[] freevars() { return select(CO_FAST_FREE); }

    /** co_nlocals. */
    public int nlocals() { return varnames().length; }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
