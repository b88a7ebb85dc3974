package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;

/**
 * {@code builtin_function_or_method}: a builtin function of a module, or a builtin method bound to its object.
 * The body receives {@link #self} as its first parameter.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = new PyType("builtin_function_or_method", PyType.OBJECT, 0);

    public final String name;
    /** The bound object, the module of a module function, or null. */
    public final PyObject self;
    public final Slots.Call body;
    /** "list.append" style prefix for messages, or null for plain functions. */
    public final String ownerName;
    /** See {@link kiln.runtime.Builtin.KwDict}; null for most functions. */
    public kiln.runtime.Builtin.KwDict kwDict;

    public PyBuiltinFunction(String name, PyObject self, Slots.Call body) {
        this(name, self, body, null);
    }

    public PyBuiltinFunction(String name, PyObject self, Slots.Call body, String ownerName) {
        super(TYPE);
        this.name = name;
        this.self = self;
        this.body = body;
        this.ownerName = ownerName;
    }

    public PyObject call(PyObject[] args, int off, int nargs, PyStr[] kwnames) {
        return body.call(self, args, off, nargs, kwnames);
    }

    static {
        TYPE.tp_call = (f, args, off, nargs, kw) -> ((PyBuiltinFunction) f).body.call(((PyBuiltinFunction) f).self, args, off, nargs, kw);
        TYPE.tp_repr = f -> {
            PyBuiltinFunction b = (PyBuiltinFunction) f;
            if (b.self == null || b.self instanceof PyModule) return new PyStr("<built-in function " + b.name + ">");
            return new PyStr("<built-in method " + b.name + " of " + b.self.type().name() + " object at "
                    + kiln.runtime.Abstract.addressOf(b.self) + ">");
        };
        TYPE.getter("__name__", f -> new PyStr(((PyBuiltinFunction) f).name));
        TYPE.getter("__qualname__", f -> {
            PyBuiltinFunction b = (PyBuiltinFunction) f;
            if (b.self == null || b.self instanceof PyModule) return new PyStr(b.name);
            PyType owner = b.self instanceof PyType t ? t : b.self.type();
            return new PyStr(owner.qualname() + "." + b.name);
        });
        TYPE.getter("__self__", f -> {
            PyObject s = ((PyBuiltinFunction) f).self;
            return s == null ? PyNone.INSTANCE : s;
        });
        TYPE.getter("__doc__", f -> PyNone.INSTANCE);
        TYPE.getter("__module__", f -> {
            PyObject s = ((PyBuiltinFunction) f).self;
            if (s instanceof PyModule m) return m.getDict().getItem(PyStr.intern("__name__"));
            return PyNone.INSTANCE;
        });
        TYPE.ready();
    }
}
