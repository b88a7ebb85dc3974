package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code traceback}: one entry per frame an exception passed through. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = new PyType("traceback", PyType.OBJECT, 0);

    public PyTraceback next;
    public final PyFrame frame;
    /** Byte offset of the instruction (tb_lasti). */
    public final int lasti;
    /** Line, or Integer.MIN_VALUE when not computed yet. */
    private int lineno = Integer.MIN_VALUE;

    public PyTraceback(PyTraceback next, PyFrame frame, int lasti) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    public PyTraceback(PyTraceback next, PyFrame frame, int lasti, int lineno) {
        this(next, frame, lasti);
        this.lineno = lineno;
    }

    public int lineno() {
        if (lineno == Integer.MIN_VALUE) {
            lineno = lasti < 0 ? frame.code.firstlineno : kiln.runtime.interp.LineTable.lineAt(frame.code, lasti / 2);
        }
        return lineno;
    }

    static {
        TYPE.getter("tb_frame", t -> ((PyTraceback) t).frame);
        TYPE.getter("tb_lasti", t -> PyInt.valueOf(((PyTraceback) t).lasti));
        TYPE.getter("tb_lineno", t -> {
            int l = ((PyTraceback) t).lineno();
            return l < 0 ? PyNone.INSTANCE : PyInt.valueOf(l);
        });
        TYPE.getset("tb_next", t -> {
            PyTraceback n = ((PyTraceback) t).next;
            return n == null ? PyNone.INSTANCE : n;
        }, (d, t, v) -> {
            if (v == null) throw Errors.typeError("can't delete tb_next attribute");
            if (v == PyNone.INSTANCE) {
                ((PyTraceback) t).next = null;
                return;
            }
            if (!(v instanceof PyTraceback nt)) {
                throw Errors.typeError("expected traceback object or None, got '" + v.type().name() + "'");
            }
            for (PyTraceback c = nt; c != null; c = c.next) {
                if (c == t) throw Errors.valueError("traceback loop detected");
            }
            ((PyTraceback) t).next = nt;
        });
        TYPE.tp_new = (type, a, off, n, kw) -> {
            if (n != 4) throw Errors.typeError("traceback() takes exactly 4 arguments (" + n + " given)");
            PyObject nx = a[off];
            if (nx != PyNone.INSTANCE && !(nx instanceof PyTraceback)) {
                throw Errors.typeError("expected traceback object or None, got '" + nx.type().name() + "'");
            }
            if (!(a[off + 1] instanceof PyFrame fr)) {
                throw Errors.typeError("TracebackType() argument 'tb_frame' must be frame, not " + a[off + 1].type().name());
            }
            return new PyTraceback(nx == PyNone.INSTANCE ? null : (PyTraceback) nx, fr,
                    (int) kiln.runtime.PyNumber.asLong(a[off + 2]), (int) kiln.runtime.PyNumber.asLong(a[off + 3]));
        };
        TYPE.ready();
    }
}
