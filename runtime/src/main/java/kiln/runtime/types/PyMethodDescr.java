package kiln.runtime.types;

import kiln.runtime.Builtin;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;

/**
 * {@code method_descriptor}: a method of a builtin type, e.g. {@code list.append}. Keeps the per-arity body
 * so a quickened call site can call it without building an argument array.
 */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = new PyType("method_descriptor", PyType.OBJECT, 0);

    public final PyType owner;
    public final String name;
    /** Arguments exclude self. */
    public final Slots.Call body;
    /** Exactly one of these is non-null when the method has a fixed arity; the quickened CALL uses them. */
    public Builtin.M0 m0;
    public Builtin.M1 m1;
    public Builtin.M2 m2;
    /** For a METH_VARARGS|METH_KEYWORDS method: the body that takes the keyword dict as it is, else null. */
    public Builtin.KwDict kwDict;

    private PyMethodDescr(PyType owner, String name, Slots.Call body) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.body = body;
    }

    private String qual() { return owner.name() + "." + name + "()"; }

    public static PyMethodDescr of(PyType owner, String name, Builtin.M0 f) {
        String q = owner.name() + "." + name + "()";
        PyMethodDescr d = new PyMethodDescr(owner, name, (self, a, off, n, kw) -> {
            if (n != 0 || (kw != null && kw.length > 0)) {
                if (kw != null && kw.length > 0 && n == 0) throw Errors.typeError(q + " takes no keyword arguments");
                throw Errors.typeError(q + " takes no arguments (" + (n + (kw == null ? 0 : kw.length)) + " given)");
            }
            return f.call(self);
        });
        d.m0 = f;
        return d;
    }

    public static PyMethodDescr of(PyType owner, String name, Builtin.M1 f) {
        String q = owner.name() + "." + name + "()";
        PyMethodDescr d = new PyMethodDescr(owner, name, (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(q + " takes no keyword arguments");
            if (n != 1) throw Errors.typeError(q + " takes exactly one argument (" + n + " given)");
            return f.call(self, a[off]);
        });
        d.m1 = f;
        return d;
    }

    public static PyMethodDescr of(PyType owner, String name, Builtin.M2 f) {
        String q = owner.name() + "." + name + "()";
        PyMethodDescr d = new PyMethodDescr(owner, name, (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(q + " takes no keyword arguments");
            if (n != 2) throw Errors.typeError(name + " expected 2 arguments, got " + n);
            return f.call(self, a[off], a[off + 1]);
        });
        d.m2 = f;
        return d;
    }

    public static PyMethodDescr of(PyType owner, String name, Builtin.M3 f) {
        String q = owner.name() + "." + name + "()";
        return new PyMethodDescr(owner, name, (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(q + " takes no keyword arguments");
            if (n != 3) throw Errors.typeError(name + " expected 3 arguments, got " + n);
            return f.call(self, a[off], a[off + 1], a[off + 2]);
        });
    }

    public static PyMethodDescr ofRange(PyType owner, String name, int min, int max, Builtin.MN f) {
        return new PyMethodDescr(owner, name, rangeBody(owner.name() + "." + name + "()", name, min, max, f));
    }

    /** Positional-only arguments with Argument Clinic's messages. */
    public static Slots.Call rangeBody(String qual, String name, int min, int max, Builtin.MN f) {
        return (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(qual + " takes no keyword arguments");
            if (n < min) {
                throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                        + (min == 1 ? "" : "s") + ", got " + n);
            }
            if (n > max) {
                throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                        + (max == 1 ? "" : "s") + ", got " + n);
            }
            PyObject[] args = new PyObject[max];
            System.arraycopy(a, off, args, 0, n);
            return f.call(self, args);
        };
    }

    public static PyMethodDescr ofCall(PyType owner, String name, Slots.Call f) {
        return new PyMethodDescr(owner, name, f);
    }

    /** Calls the method with an explicit self (unbound call), checking self's type as CPython does. */
    public PyObject callUnbound(PyObject[] args, int off, int nargs, PyStr[] kw) {
        if (nargs < 1) throw Errors.typeError("unbound method " + qual() + " needs an argument");
        PyObject self = args[off];
        checkSelf(self);
        return body.call(self, args, off + 1, nargs - 1, kw);
    }

    public void checkSelf(PyObject self) {
        if (!self.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + self.type().name() + "' object");
        }
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyMethodDescr m = (PyMethodDescr) d;
            if (obj == null) return m;
            m.checkSelf(obj);
            PyBuiltinFunction f = new PyBuiltinFunction(m.name, obj, m.body, m.owner.name());
            f.kwDict = m.kwDict;
            return f;
        };
        TYPE.tp_call = (d, a, off, n, kw) -> ((PyMethodDescr) d).callUnbound(a, off, n, kw);
        TYPE.tp_repr = d -> new PyStr("<method '" + ((PyMethodDescr) d).name + "' of '" + ((PyMethodDescr) d).owner.name() + "' objects>");
        TYPE.getter("__name__", d -> new PyStr(((PyMethodDescr) d).name));
        TYPE.getter("__qualname__", d -> new PyStr(((PyMethodDescr) d).owner.qualname() + "." + ((PyMethodDescr) d).name));
        TYPE.getter("__objclass__", d -> ((PyMethodDescr) d).owner);
        TYPE.getter("__doc__", d -> PyNone.INSTANCE);
        TYPE.ready();
    }
}
