package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** Slots and attributes of {@code function}; calls go to kiln.runtime.interp.Interpreter. */
final class FunctionType {
    private FunctionType() {}

    private static PyFunction f(PyObject o) { return (PyFunction) o; }

    private static PyObject none(PyObject o) { return o == null ? PyNone.INSTANCE : o; }

    static void init(PyType t) {
        t.tp_call = kiln.runtime.interp.Interpreter::callFunction;
        t.tp_descr_get = (fn, obj, type) -> obj == null || obj == PyNone.INSTANCE ? fn : new PyMethod(fn, obj);
        t.tp_repr = fn -> new PyStr("<function " + f(fn).qualname.value() + " at " + Abstract.addressOf(fn) + ">");
        t.getset("__name__", fn -> f(fn).name, (d, fn, v) -> {
            if (!(v instanceof PyStr s)) throw Errors.typeError("__name__ must be set to a string object");
            f(fn).name = s;
        });
        t.getset("__qualname__", fn -> f(fn).qualname, (d, fn, v) -> {
            if (!(v instanceof PyStr s)) throw Errors.typeError("__qualname__ must be set to a string object");
            f(fn).qualname = s;
        });
        t.getset("__doc__", fn -> none(f(fn).doc), (d, fn, v) -> f(fn).doc = v == null ? PyNone.INSTANCE : v);
        t.getset("__defaults__", fn -> {
            PyObject[] d = f(fn).defaults;
            return d == null ? PyNone.INSTANCE : PyTuple.of(d);
        }, (d, fn, v) -> {
            if (v == null || v == PyNone.INSTANCE) f(fn).defaults = null;
            else if (v instanceof PyTuple tu) f(fn).defaults = tu.size() == 0 ? null : tu.items();
            else throw Errors.typeError("__defaults__ must be set to a tuple object");
            f(fn).version++;
        });
        t.getset("__kwdefaults__", fn -> none(f(fn).kwdefaults), (d, fn, v) -> {
            if (v == null || v == PyNone.INSTANCE) f(fn).kwdefaults = null;
            else if (v instanceof PyDict dd) f(fn).kwdefaults = dd;
            else throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            f(fn).version++;
        });
        t.getset("__code__", fn -> f(fn).code, (d, fn, v) -> {
            if (!(v instanceof PyCode c)) throw Errors.typeError("__code__ must be set to a code object");
            int nfree = c.nfree;
            int nclosure = f(fn).closure == null ? 0 : f(fn).closure.length;
            if (nfree != nclosure) {
                throw Errors.valueError(f(fn).name.value() + "() requires a code object with " + nclosure
                        + " free vars, not " + nfree);
            }
            f(fn).code = c;
            f(fn).version++;
        });
        t.getter("__globals__", fn -> f(fn).globals);
        t.getter("__builtins__", fn -> f(fn).builtins);
        t.getter("__closure__", fn -> {
            PyCell[] c = f(fn).closure;
            return c == null ? PyNone.INSTANCE : PyTuple.of((PyObject[]) c.clone());
        });
        t.getset("__annotations__", fn -> annotations(f(fn)), (d, fn, v) -> {
            if (v == null || v == PyNone.INSTANCE) f(fn).annotations = null;
            else if (v instanceof PyDict) f(fn).annotations = v;
            else throw Errors.typeError("__annotations__ must be set to a dict object");
        });
        t.getset("__module__", fn -> none(f(fn).module), (d, fn, v) -> f(fn).module = v == null ? PyNone.INSTANCE : v);
        t.getset("__type_params__", fn -> f(fn).typeParams == null ? PyTuple.EMPTY : f(fn).typeParams, (d, fn, v) -> {
            if (!(v instanceof PyTuple)) throw Errors.typeError("__type_params__ must be set to a tuple");
            f(fn).typeParams = v;
        });
        t.getset("__dict__", fn -> fn.getDict(), (d, fn, v) -> {
            if (!(v instanceof PyDict dd)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + (v == null ? "NoneType" : v.type().name()) + "'");
            }
            fn.setDict(dd);
        });
    }

    /** __annotations__: MAKE_FUNCTION's flat (name, value, ...) tuple becomes a dict on first access. */
    static PyObject annotations(PyFunction fn) {
        PyObject a = fn.annotations;
        if (a == null) {
            PyDict d = new PyDict();
            fn.annotations = d;
            return d;
        }
        if (a instanceof PyTuple tu) {
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < tu.size(); i += 2) d.setItem(tu.get(i), tu.get(i + 1));
            fn.annotations = d;
            return d;
        }
        return a;
    }

    static void initInstance(PyFunction fn) {
        PyCode code = fn.code;
        fn.name = code.name;
        if (fn.qualname == null) fn.qualname = code.qualname;
        Object[] cs = code.unit.consts;
        fn.doc = cs.length > 0 && cs[0] instanceof String s ? PyStr.intern(s) : PyNone.INSTANCE;
        PyObject mod = fn.globals.getStr(PyStr.intern("__name__"));
        fn.module = mod == null ? PyNone.INSTANCE : mod;
        fn.builtins = kiln.runtime.interp.Interpreter.builtinsOf(fn.globals);
    }
}
