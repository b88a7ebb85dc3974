package kiln.runtime.interp;

import kiln.compiler.Opcode;
import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.ExceptionGroups;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyAsyncGenerator;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** CALL_INTRINSIC_1 / CALL_INTRINSIC_2 (CPython 3.12: Python/intrinsics.c). */
public final class Intrinsics {
    private Intrinsics() {}

    /**
     * Makes typing's TypeVar / ParamSpec / TypeVarTuple / TypeAliasType / Generic[...] objects for PEP 695 syntax.
     * Whoever implements the _typing module installs it; until then type-parameter syntax raises.
     */
    public interface TypeParamFactory {
        PyObject make(int intrinsic, PyObject a, PyObject b);
    }

    public static TypeParamFactory typeParams;

    static PyObject call1(PyFrame f, int which, PyObject v) {
        switch (which) {
            case Opcode.INTRINSIC_PRINT: {
                kiln.runtime.types.PyModule sys = kiln.runtime.modules.BuiltinsAccess.sysModule();
                PyObject hook = sys == null ? null : sys.getDict().getStr(PyStr.intern("displayhook"));
                if (hook == null) throw Errors.runtimeError("lost sys.displayhook");
                Abstract.call(hook, v);
                return PyNone.INSTANCE;
            }
            case Opcode.INTRINSIC_IMPORT_STAR:
                importStar(f, v);
                return PyNone.INSTANCE;
            case Opcode.INTRINSIC_STOPITERATION_ERROR:
                return stopIterationError(f, v);
            case Opcode.INTRINSIC_ASYNC_GEN_WRAP:
                return new PyAsyncGenerator.Wrapped(v);
            case Opcode.INTRINSIC_UNARY_POSITIVE:
                return PyNumber.positive(v);
            case Opcode.INTRINSIC_LIST_TO_TUPLE:
                return PyTuple.of(((PyList) v).toArray());
            default:
                return typeParam(which, v, null);
        }
    }

    static PyObject call2(PyFrame f, int which, PyObject a, PyObject b) {
        switch (which) {
            case Opcode.INTRINSIC_PREP_RERAISE_STAR:
                return ExceptionGroups.prepReraiseStar(a, ((PyList) b).toArray());
            case Opcode.INTRINSIC_SET_FUNCTION_TYPE_PARAMS:
                ((PyFunction) a).typeParams = b;
                return a;
            default:
                return typeParam(100 + which, a, b);
        }
    }

    private static PyObject typeParam(int which, PyObject a, PyObject b) {
        if (typeParams == null) TypeParams.installDefault();
        if (typeParams == null) throw Errors.notImplementedError("type parameter syntax (PEP 695) is not supported yet");
        return typeParams.make(which, a, b);
    }

    private static PyObject stopIterationError(PyFrame f, PyObject v) {
        PyCode co = f.code;
        String kind = (co.flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? "async generator"
                : (co.flags & PyCode.CO_COROUTINE) != 0 ? "coroutine" : "generator";
        String msg = null;
        if (v.type().isSubtype(PyExceptions.StopIteration)) msg = kind + " raised StopIteration";
        else if ((co.flags & PyCode.CO_ASYNC_GENERATOR) != 0 && v.type().isSubtype(PyExceptions.StopAsyncIteration)) {
            msg = "async generator raised StopAsyncIteration";
        }
        if (msg == null) return v;
        PyBaseException err = Errors.runtimeError(msg).value;
        err.cause = (PyBaseException) v;
        err.context = (PyBaseException) v;
        err.suppressContext = true;
        return err;
    }

    private static void importStar(PyFrame f, PyObject module) {
        PyObject locals = f.locals;
        if (locals == null) throw Errors.of(PyExceptions.SystemError, "no locals found during 'import *'");
        PyObject all = Abstract.lookupAttr(module, "__all__");
        PyObject[] names;
        boolean skipPrivate = false;
        if (all != null) {
            names = Abstract.toArray(all);
        } else {
            PyObject d = Abstract.lookupAttr(module, "__dict__");
            if (d == null) throw Errors.of(PyExceptions.ImportError, "from-import-* object has no __dict__ and no __all__");
            names = d instanceof PyDict dd ? dd.keysList().toArray() : Abstract.toArray(Abstract.call0(Abstract.getAttr(d, "keys")));
            skipPrivate = true;
        }
        for (PyObject n : names) {
            if (!(n instanceof PyStr ns)) {
                String modName = String.valueOf(Abstract.lookupAttr(module, "__name__"));
                throw Errors.typeError((skipPrivate ? "Key in " + modName + ".__dict__" : "Item in " + modName + ".__all__")
                        + " must be str, not " + n.type().name());
            }
            if (skipPrivate && ns.value().startsWith("_")) continue;
            PyObject v = Abstract.getAttr(module, ns);
            if (locals instanceof PyDict ld) ld.setItem(ns, v);
            else Abstract.setItem(locals, ns, v);
        }
    }

}
