package kiln.runtime.interp;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyNone;

/** RAISE_VARARGS (CPython 3.12: Python/ceval.c, do_raise). */
final class Raise {
    private Raise() {}

    static PyException raise(PyFrame f, PyObject[] s, int sp, int n) {
        if (n == 0) {
            PyObject exc = ThreadState.handled();
            if (exc == null) return Errors.runtimeError("No active exception to reraise");
            return new PyException((PyBaseException) exc);
        }
        PyObject cause = n == 2 ? s[sp - 1] : null;
        PyObject exc = s[sp - n];
        PyBaseException value = instantiate(exc);
        if (cause != null) {
            PyBaseException c;
            if (cause == PyNone.INSTANCE) {
                c = null;
            } else if (cause instanceof PyType ct && ct.isSubtype(PyExceptions.BaseException)) {
                PyObject ci = Abstract.call0(ct);
                if (!(ci instanceof PyBaseException cb)) {
                    throw Errors.typeError("calling " + Abstract.reprJava(ct)
                            + " should have returned an instance of BaseException, not " + ci.type().name());
                }
                c = cb;
            } else if (cause instanceof PyBaseException cb) {
                c = cb;
            } else {
                throw Errors.typeError("exception causes must derive from BaseException");
            }
            value.cause = c;
            value.suppressContext = true;
        }
        return new PyException(value);
    }

    static PyBaseException instantiate(PyObject exc) {
        if (exc instanceof PyType t) {
            if (!t.isSubtype(PyExceptions.BaseException)) throw Errors.typeError("exceptions must derive from BaseException");
            PyObject v = Abstract.call0(t);
            if (!(v instanceof PyBaseException be)) {
                throw Errors.typeError("calling " + Abstract.reprJava(t)
                        + " should have returned an instance of BaseException, not " + Abstract.reprJava(v.type()));
            }
            return be;
        }
        if (exc instanceof PyBaseException be) return be;
        throw Errors.typeError("exceptions must derive from BaseException");
    }
}
