package kiln.runtime.interp;

import kiln.compiler.CodeUnit;
import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyCell;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;

/** The Python-visible attributes of {@code frame}. */
public final class FrameAttributes {
    private FrameAttributes() {}

    private static PyFrame f(PyObject o) { return (PyFrame) o; }

    public static void init(PyType t) {
        t.getter("f_code", o -> f(o).code);
        t.getter("f_globals", o -> f(o).globals);
        t.getter("f_builtins", o -> f(o).builtins);
        t.getter("f_locals", o -> locals(f(o)));
        t.getter("f_back", o -> {
            PyFrame b = f(o).back;
            return b == null ? PyNone.INSTANCE : b;
        });
        t.getter("f_lineno", o -> {
            int l = f(o).lineno();
            return l < 0 ? PyNone.INSTANCE : PyInt.valueOf(l);
        });
        t.getter("f_lasti", o -> PyInt.valueOf(f(o).lastiBytes()));
        t.getset("f_trace", o -> PyNone.INSTANCE, (d, o, v) -> { });
        t.getset("f_trace_lines", o -> kiln.runtime.types.PyBool.TRUE, (d, o, v) -> { });
        t.getset("f_trace_opcodes", o -> kiln.runtime.types.PyBool.FALSE, (d, o, v) -> { });
        t.method("clear", o -> {
            PyFrame fr = f(o);
            if (fr.state == PyFrame.RUNNING) throw Errors.runtimeError("cannot clear an executing frame");
            if (fr.state == PyFrame.SUSPENDED) throw Errors.runtimeError("cannot clear a suspended frame");
            java.util.Arrays.fill(fr.s, null);
            return PyNone.INSTANCE;
        });
        t.tp_repr = o -> {
            PyFrame fr = f(o);
            return new PyStr("<frame at " + Abstract.addressOf(o) + ", file '" + fr.code.filename.value() + "', line "
                    + fr.lineno() + ", code " + fr.code.name.value() + ">");
        };
    }

    /** f_locals: the locals mapping, or a snapshot dict of the fast locals and cells (PyFrame_GetLocals). */
    public static PyObject locals(PyFrame fr) {
        if (fr.locals != null) return fr.locals;
        PyDict d = fr.localsSnapshot;
        if (d == null) d = fr.localsSnapshot = new PyDict();
        PyCode co = fr.code;
        for (int i = 0; i < co.nlocalsplus; i++) {
            PyObject v = fr.s[i];
            byte k = co.kinds[i];
            if (v instanceof PyCell c && (k & (CodeUnit.CO_FAST_CELL | CodeUnit.CO_FAST_FREE)) != 0) {
                // A cell parameter before MAKE_CELL still holds the plain value.
                v = c.value;
            }
            PyStr name = co.localsplusnames[i];
            if (v == null) d.delItem(name);
            else d.setItem(name, v);
        }
        return d;
    }
}
