package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code method}: a function bound to an object. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = new PyType("method", PyType.OBJECT, 0);

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        super(TYPE);
        this.func = func;
        this.self = self;
    }

    static {
        TYPE.tp_call = (m, a, off, n, kw) -> {
            PyMethod pm = (PyMethod) m;
            int k = kw == null ? 0 : kw.length;
            PyObject[] args = new PyObject[n + k + 1];
            args[0] = pm.self;
            System.arraycopy(a, off, args, 1, n + k);
            return Abstract.call(pm.func, args, 0, n + 1, kw);
        };
        TYPE.tp_getattro = (m, name) -> {
            // Unknown attributes come from the function (method.__doc__, __name__, custom attributes).
            PyObject d = m.type().lookup(name);
            if (d != null) {
                var g = d.type().tp_descr_get;
                return g != null ? g.get(d, m, m.type()) : d;
            }
            return Abstract.getAttr(((PyMethod) m).func, name);
        };
        TYPE.tp_repr = m -> {
            PyMethod pm = (PyMethod) m;
            PyObject qn = Abstract.lookupAttr(pm.func, "__qualname__");
            if (qn == null) qn = Abstract.lookupAttr(pm.func, "__name__");
            String name = qn == null ? "?" : Abstract.strJava(qn);
            return new PyStr("<bound method " + name + " of " + Abstract.reprJava(pm.self) + ">");
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyMethod mb) || (op != kiln.runtime.CompareOp.EQ && op != kiln.runtime.CompareOp.NE)) {
                return PyNotImplemented.INSTANCE;
            }
            PyMethod ma = (PyMethod) a;
            boolean eq = ma.func == mb.func && ma.self == mb.self;
            return PyBool.of(op == kiln.runtime.CompareOp.EQ ? eq : !eq);
        };
        TYPE.tp_hash = m -> ((PyMethod) m).func.hashCode() ^ System.identityHashCode(((PyMethod) m).self);
        TYPE.tp_descr_get = (m, obj, type) -> m;
        TYPE.getter("__func__", m -> ((PyMethod) m).func);
        TYPE.getter("__self__", m -> ((PyMethod) m).self);
        TYPE.tp_new = (t, a, off, n, kw) -> {
            if (n != 2) throw Errors.typeError("method expected 2 arguments, got " + n);
            if (!Abstract.isCallable(a[off])) throw Errors.typeError("first argument must be callable");
            return new PyMethod(a[off], a[off + 1]);
        };
        TYPE.ready();
    }
}
