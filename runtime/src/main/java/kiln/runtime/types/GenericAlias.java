package kiln.runtime.types;

import java.util.ArrayList;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;

/** {@code types.GenericAlias}: {@code list[int]} (CPython 3.12: Objects/genericaliasobject.c). */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("GenericAlias", PyType.OBJECT, PyType.BASETYPE);

    public final PyObject origin;
    public final PyTuple args;
    private PyTuple parameters;

    public GenericAlias(PyObject origin, PyObject args) {
        super(TYPE);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    public static PyObject of(PyType origin, PyObject args) { return new GenericAlias(origin, args); }

    public static PyObject of(PyObject origin, PyObject args) { return new GenericAlias(origin, args); }

    private static final String[] OWN = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"};

    /** ga_repr_item. */
    static String reprItem(PyObject p) {
        if (p == PyEllipsis.INSTANCE) return "...";
        if (p instanceof GenericAlias) return Abstract.reprJava(p);
        if (p instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(reprItem(l.items[i]));
            }
            return sb.append(']').toString();
        }
        PyObject q = Abstract.lookupAttr(p, "__origin__");
        if (q != null && Abstract.lookupAttr(p, "__args__") != null) return Abstract.reprJava(p);
        PyObject qual = Abstract.lookupAttr(p, "__qualname__");
        if (qual == null) return Abstract.reprJava(p);
        PyObject mod = Abstract.lookupAttr(p, "__module__");
        if (mod == null || mod == PyNone.INSTANCE) return Abstract.reprJava(p);
        String m = Abstract.strJava(mod);
        if (m.equals("builtins")) return Abstract.strJava(qual);
        return m + "." + Abstract.strJava(qual);
    }

    PyTuple parameters() {
        if (parameters == null) {
            ArrayList<PyObject> ps = new ArrayList<>();
            for (PyObject a : args.items) {
                if (a instanceof PyType) continue;
                if (Abstract.lookupAttr(a, "__typing_subst__") != null) {
                    if (!ps.contains(a)) ps.add(a);
                    continue;
                }
                PyObject sub = Abstract.lookupAttr(a, "__parameters__");
                if (sub instanceof PyTuple st) for (PyObject x : st.items) if (!ps.contains(x)) ps.add(x);
            }
            parameters = PyTuple.of(ps.toArray(new PyObject[0]));
        }
        return parameters;
    }

    static {
        TYPE.define("__module__", new PyStr("types"));
        TYPE.tp_new = (t, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("GenericAlias", kw);
            ArgParser.checkCount("GenericAlias", n, 2, 2);
            return new GenericAlias(a[off], a[off + 1]);
        };
        TYPE.tp_repr = self -> {
            GenericAlias g = (GenericAlias) self;
            StringBuilder sb = new StringBuilder(reprItem(g.origin)).append('[');
            if (g.args.items.length == 0) sb.append("()");
            for (int i = 0; i < g.args.items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(reprItem(g.args.items[i]));
            }
            return new PyStr(sb.append(']').toString());
        };
        TYPE.tp_call = (self, a, off, n, kw) -> {
            GenericAlias g = (GenericAlias) self;
            PyObject r = Abstract.call(g.origin, a, off, n, kw);
            try {
                Abstract.setAttr(r, "__orig_class__", g);
            } catch (PyException e) {
                if (!e.matches(PyExceptions.AttributeError) && !e.matches(PyExceptions.TypeError)) throw e;
            }
            return r;
        };
        TYPE.tp_getattro = (self, name) -> {
            GenericAlias g = (GenericAlias) self;
            String s = name.value();
            boolean own = false;
            for (String o : OWN) if (o.equals(s)) { own = true; break; }
            if (!own) return Abstract.getAttr(g.origin, name);
            return kiln.runtime.PyBaseObjectSlots.genericGetAttr(self, name);
        };
        TYPE.tp_richcompare = (self, other, op) -> {
            if (!(other instanceof GenericAlias o) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.INSTANCE;
            GenericAlias g = (GenericAlias) self;
            boolean eq = Abstract.eq(g.origin, o.origin) && Abstract.eq(g.args, o.args);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        TYPE.tp_hash = self -> Abstract.hash(((GenericAlias) self).origin) ^ Abstract.hash(((GenericAlias) self).args);
        TYPE.nb_or = UnionType::or;
        TYPE.mp_subscript = (self, key) -> {
            GenericAlias g = (GenericAlias) self;
            PyTuple ps = g.parameters();
            if (ps.items.length == 0) throw Errors.typeError(Abstract.reprJava(g) + " is not a generic class");
            PyObject[] given = key instanceof PyTuple t ? t.items : new PyObject[] {key};
            if (given.length != ps.items.length) {
                throw Errors.typeError("Too " + (given.length > ps.items.length ? "many" : "few") + " arguments for "
                        + Abstract.reprJava(g) + "; actual " + given.length + ", expected " + ps.items.length);
            }
            PyObject[] na = g.args.items.clone();
            for (int i = 0; i < na.length; i++) {
                for (int j = 0; j < ps.items.length; j++) if (na[i] == ps.items[j]) na[i] = given[j];
            }
            return new GenericAlias(g.origin, new PyTuple(na));
        };
        TYPE.getter("__origin__", self -> ((GenericAlias) self).origin);
        TYPE.getter("__args__", self -> ((GenericAlias) self).args);
        TYPE.getter("__parameters__", self -> ((GenericAlias) self).parameters());
        TYPE.getter("__unpacked__", self -> PyBool.FALSE);
        TYPE.method("__mro_entries__", (self, bases) -> PyTuple.of(((GenericAlias) self).origin));
        TYPE.method("__instancecheck__", (self, o) -> {
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        TYPE.method("__subclasscheck__", (self, o) -> {
            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        TYPE.method("__reduce__", self -> PyTuple.of(TYPE, PyTuple.of(((GenericAlias) self).origin, ((GenericAlias) self).args)));
        TYPE.method("__dir__", self -> {
            PyList l = new PyList();
            for (String o : OWN) l.append(new PyStr(o));
            return l;
        });
        TYPE.ready();
    }
}
