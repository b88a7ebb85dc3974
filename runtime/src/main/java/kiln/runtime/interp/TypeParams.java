package kiln.runtime.interp;

import kiln.compiler.Opcode;
import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * Minimal objects for PEP 695 syntax until the _typing module exists (CPython 3.12: Objects/typevarobject.c):
 * TypeVar, ParamSpec, TypeVarTuple and TypeAliasType with lazily evaluated bounds, constraints and values, and
 * a Generic base for generic classes. Replaced by whoever writes _typing (see {@link Intrinsics#typeParams}).
 */
public final class TypeParams implements Intrinsics.TypeParamFactory {
    static final PyType TYPEVAR = new PyType("TypeVar", PyType.OBJECT, 0);
    static final PyType PARAMSPEC = new PyType("ParamSpec", PyType.OBJECT, 0);
    static final PyType TYPEVARTUPLE = new PyType("TypeVarTuple", PyType.OBJECT, 0);
    static final PyType ALIAS = new PyType("TypeAliasType", PyType.OBJECT, 0);
    static final PyType GENERIC_ALIAS = new PyType("_GenericBase", PyType.OBJECT, 0);
    /** typing.Generic stand-in: the base generic classes get. */
    static final PyType GENERIC = new PyType("Generic", PyType.OBJECT, PyType.BASETYPE);

    static final class Param extends PyObject {
        final PyStr name;
        /** Evaluated lazily: the function computing bound/constraints/value, or null. */
        PyObject evaluate;
        PyObject value;
        boolean constraints;
        PyObject typeParams = PyTuple.EMPTY;

        Param(PyType t, PyStr name) {
            super(t);
            this.name = name;
        }

        PyObject resolved() {
            if (value == null && evaluate != null) value = Abstract.call0(evaluate);
            return value;
        }
    }

    static {
        for (PyType t : new PyType[] {TYPEVAR, PARAMSPEC, TYPEVARTUPLE, ALIAS, GENERIC}) {
            t.define("__module__", PyStr.intern("typing"));
        }
        for (PyType t : new PyType[] {TYPEVAR, PARAMSPEC, TYPEVARTUPLE}) {
            t.getter("__name__", o -> ((Param) o).name);
            t.tp_repr = o -> ((Param) o).name;
            t.getter("__covariant__", o -> PyBool.FALSE);
            t.getter("__contravariant__", o -> PyBool.FALSE);
            t.getter("__infer_variance__", o -> PyBool.TRUE);
            t.tp_hash = o -> System.identityHashCode(o);
        }
        TYPEVAR.getter("__bound__", o -> {
            Param p = (Param) o;
            if (p.constraints) return PyNone.INSTANCE;
            PyObject v = p.resolved();
            return v == null ? PyNone.INSTANCE : v;
        });
        TYPEVAR.getter("__constraints__", o -> {
            Param p = (Param) o;
            if (!p.constraints) return PyTuple.EMPTY;
            PyObject v = p.resolved();
            return v == null ? PyTuple.EMPTY : v;
        });
        ALIAS.getter("__name__", o -> ((Param) o).name);
        ALIAS.getter("__value__", o -> ((Param) o).resolved());
        ALIAS.getter("__type_params__", o -> ((Param) o).typeParams);
        ALIAS.getter("__module__", o -> {
            PyObject g = ThreadState.currentGlobals();
            PyObject m = g instanceof PyDict d ? d.getStr(PyStr.intern("__name__")) : null;
            return m == null ? PyNone.INSTANCE : m;
        });
        ALIAS.tp_repr = o -> ((Param) o).name;
        GENERIC_ALIAS.tp_repr = o -> {
            PyObject v = ((Param) o).value;
            StringBuilder sb = new StringBuilder("typing.Generic[");
            PyObject[] items = v instanceof PyTuple t ? t.items() : new PyObject[] {v};
            for (int i = 0; i < items.length; i++) sb.append(i > 0 ? ", " : "").append(Abstract.reprJava(items[i]));
            return new PyStr(sb.append(']').toString());
        };
        GENERIC_ALIAS.method("__mro_entries__", (self, bases) -> PyTuple.of(GENERIC));
        // Stack[int] for a generic class: an alias whose call makes a Stack (typing.Generic's role).
        GENERIC.classMethod("__class_getitem__", (cls, a, off, n, kw) -> {
            kiln.runtime.ArgParser.checkNoKeywords("__class_getitem__", kw);
            kiln.runtime.ArgParser.checkCount("__class_getitem__", n, 1, 1);
            return kiln.runtime.types.GenericAlias.of(cls, a[off]);
        });
        TYPEVAR.ready();
        PARAMSPEC.ready();
        TYPEVARTUPLE.ready();
        ALIAS.ready();
        GENERIC_ALIAS.ready();
        GENERIC.ready();
    }

    /** Installs this factory unless a real _typing implementation has installed its own. */
    public static void installDefault() {
        if (Intrinsics.typeParams == null) Intrinsics.typeParams = new TypeParams();
    }

    @Override
    public PyObject make(int which, PyObject a, PyObject b) {
        switch (which) {
            case Opcode.INTRINSIC_TYPEVAR:
                return new Param(TYPEVAR, (PyStr) a);
            case Opcode.INTRINSIC_PARAMSPEC:
                return new Param(PARAMSPEC, (PyStr) a);
            case Opcode.INTRINSIC_TYPEVARTUPLE:
                return new Param(TYPEVARTUPLE, (PyStr) a);
            case Opcode.INTRINSIC_SUBSCRIPT_GENERIC: {
                PyObject g = new Param(GENERIC_ALIAS, PyStr.intern("Generic"));
                ((Param) g).value = a;
                return g;
            }
            case Opcode.INTRINSIC_TYPEALIAS: {
                PyTuple t = (PyTuple) a;
                Param p = new Param(ALIAS, (PyStr) t.get(0));
                p.typeParams = t.get(1) == PyNone.INSTANCE ? PyTuple.EMPTY : t.get(1);
                p.evaluate = t.get(2);
                return p;
            }
            case 100 + Opcode.INTRINSIC_TYPEVAR_WITH_BOUND: {
                Param p = new Param(TYPEVAR, (PyStr) a);
                p.evaluate = b;
                return p;
            }
            case 100 + Opcode.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: {
                Param p = new Param(TYPEVAR, (PyStr) a);
                p.evaluate = b;
                p.constraints = true;
                return p;
            }
            default:
                throw Errors.of(kiln.runtime.exceptions.PyExceptions.SystemError, "unknown type-parameter intrinsic " + which);
        }
    }
}
