package kiln.runtime.types;

import java.util.ArrayList;

import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code types.UnionType}: {@code int | str} (CPython 3.12: Objects/unionobject.c). */
public final class UnionType extends PyObject {
    public static final PyType TYPE = new PyType("UnionType", PyType.OBJECT, 0);

    public final PyTuple args;

    private UnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    static boolean unionable(PyObject o) {
        return o == PyNone.INSTANCE || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType
                || o.type().name().equals("TypeAliasType");
    }

    private static void flatten(PyObject o, ArrayList<PyObject> out) {
        if (o instanceof UnionType u) {
            for (PyObject x : u.args.items) flatten(x, out);
            return;
        }
        if (o == PyNone.INSTANCE) o = PyNone.TYPE;
        for (PyObject x : out) {
            if (x == o) return;
            if (x instanceof GenericAlias && o instanceof GenericAlias && Abstract.eq(x, o)) return;
        }
        out.add(o);
    }

    /** {@code a | b} for types and aliases; NotImplemented for anything else. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return PyNotImplemented.INSTANCE;
        ArrayList<PyObject> args = new ArrayList<>();
        flatten(a, args);
        flatten(b, args);
        if (args.size() == 1) return args.get(0);
        return new UnionType(PyTuple.of(args.toArray(new PyObject[0])));
    }

    static {
        TYPE.define("__module__", new PyStr("types"));
        TYPE.tp_repr = self -> {
            UnionType u = (UnionType) self;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < u.args.items.length; i++) {
                if (i > 0) sb.append(" | ");
                PyObject p = u.args.items[i];
                sb.append(p == PyNone.TYPE ? "None" : GenericAlias.reprItem(p));
            }
            return new PyStr(sb.toString());
        };
        TYPE.tp_hash = self -> {
            PyFrozenSet f = new PyFrozenSet();
            f.update(((UnionType) self).args);
            return Abstract.hash(f);
        };
        TYPE.tp_richcompare = (self, other, op) -> {
            if (!(other instanceof UnionType o) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.INSTANCE;
            PySet a = new PySet(), b = new PySet();
            a.update(((UnionType) self).args);
            b.update(o.args);
            boolean eq = Abstract.eq(a, b);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        TYPE.nb_or = UnionType::or;
        TYPE.getter("__args__", self -> ((UnionType) self).args);
        TYPE.getter("__parameters__", self -> {
            ArrayList<PyObject> ps = new ArrayList<>();
            for (PyObject a : ((UnionType) self).args.items) {
                if (a instanceof PyType) continue;
                PyObject sub = Abstract.lookupAttr(a, "__parameters__");
                if (sub instanceof PyTuple st) for (PyObject x : st.items) if (!ps.contains(x)) ps.add(x);
            }
            return PyTuple.of(ps.toArray(new PyObject[0]));
        });
        TYPE.ready();
    }
}
