package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code frame}: one activation of a code object. Locals, cells and the value stack share one array (locals
 * first), so a generator keeps its frame and the interpreter resumes it where it stopped.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = new PyType("frame", PyType.OBJECT, 0);

    public static final byte CREATED = 0, SUSPENDED = 1, RUNNING = 2, COMPLETED = 3;

    public final PyCode code;
    /** localsplus then the value stack. */
    public final PyObject[] s;
    /** Saved stack pointer (index of the next free slot) while suspended. */
    public int sp;
    /** Next compact instruction to run. */
    public int ip;
    /** The compact index of the instruction being run, or last run; -1 before the first. */
    public int lasti = -1;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (and exec/eval), or null for optimized frames. */
    public PyObject locals;
    public PyFunction func;
    /** The calling frame while running (f_back). */
    public PyFrame back;
    /** The generator, coroutine or async generator that owns this frame, or null. */
    public PyObject owner;
    public byte state;
    /** f_locals snapshot dict of an optimized frame, reused between calls. */
    public PyDict localsSnapshot;

    public PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject locals) {
        super(TYPE);
        this.code = code;
        this.s = new PyObject[code.nlocalsplus + code.stacksize + 1];
        this.sp = code.nlocalsplus;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
    }

    /** The line being run (f_lineno), from the location table. */
    public int lineno() {
        if (lasti < 0) return code.firstlineno;
        int[] off = code.offsets;
        if (off == null) return code.firstlineno;
        return kiln.runtime.interp.LineTable.lineAt(code, off[Math.min(lasti, off.length - 1)]);
    }

    /** The byte offset of the last instruction, as f_lasti and tb_lasti report it. */
    public int lastiBytes() {
        if (lasti < 0 || code.offsets == null) return -1;
        return code.offsets[Math.min(lasti, code.offsets.length - 1)] * 2;
    }

    static {
        kiln.runtime.interp.FrameAttributes.init(TYPE);
        TYPE.ready();
    }
}
