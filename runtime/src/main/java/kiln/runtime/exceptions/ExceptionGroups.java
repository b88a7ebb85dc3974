package kiln.runtime.exceptions;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * BaseExceptionGroup / ExceptionGroup (CPython 3.12: Objects/exceptions.c, BaseExceptionGroup_*), and the
 * helpers {@code except*} needs: the match split of CHECK_EG_MATCH and the re-raise merge of PREP_RERAISE_STAR.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    private static final int MESSAGE = 0, EXCEPTIONS = 1;

    static void install(PyType beg, PyType eg) {
        beg.tp_new = (type, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(type.name() + "() takes no keyword arguments");
            if (n != 2) throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + n + " given)");
            PyObject message = a[off], excs = a[off + 1];
            if (!(message instanceof PyStr)) {
                throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + message.type().name());
            }
            if (!isSequence(excs)) throw Errors.typeError("second argument (exceptions) must be a sequence");
            PyObject[] items = Abstract.toArray(excs);
            if (items.length == 0) throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
            boolean allExceptions = true;
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyBaseException)) {
                    throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                if (!items[i].type().isSubtype(PyExceptions.Exception)) allExceptions = false;
            }
            PyType cls = type;
            if (cls == beg) {
                if (allExceptions) cls = eg;
            } else if (cls == eg) {
                if (!allExceptions) throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            } else if (!allExceptions && cls.isSubtype(PyExceptions.Exception)) {
                throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
            }
            PyBaseException e = new PyBaseException(cls, PyTuple.of(a, off, n));
            e.setAttr(MESSAGE, message);
            e.setAttr(EXCEPTIONS, PyTuple.of(items));
            return e;
        };
        beg.tp_init = (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(self.type().name() + "() takes no keyword arguments");
            ((PyBaseException) self).args = PyTuple.of(a, off, n);
        };
        beg.getter("message", self -> ((PyBaseException) self).attr(MESSAGE));
        beg.getter("exceptions", self -> ((PyBaseException) self).attr(EXCEPTIONS));
        beg.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            int k = ((PyTuple) e.attr(EXCEPTIONS)).size();
            return new PyStr(Abstract.strJava(e.attr(MESSAGE)) + " (" + k + " sub-exception" + (k == 1 ? "" : "s") + ")");
        };
        beg.method("derive", (self, excs) -> Abstract.call(PyExceptions.BaseExceptionGroup, ((PyBaseException) self).attr(MESSAGE), excs));
        beg.method("split", (self, cond) -> {
            PyObject[] r = split((PyBaseException) self, matcher(cond), true);
            return PyTuple.of(orNone(r[0]), orNone(r[1]));
        });
        beg.method("subgroup", (self, cond) -> orNone(split((PyBaseException) self, matcher(cond), false)[0]));
        beg.classMethod("__class_getitem__", (cls, a, off, n, kw) -> kiln.runtime.types.GenericAlias.of((PyType) cls, a[off]));
    }

    private static PyObject orNone(PyObject o) { return o == null ? PyNone.INSTANCE : o; }

    /** PySequence_Check: indexable and not a dict. */
    private static boolean isSequence(PyObject o) {
        PyType t = o.type();
        return t.mp_subscript != null && !t.hasFlag(PyType.DICT_SUBCLASS);
    }

    interface Matcher { boolean test(PyObject exc); }

    static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtype(PyBaseException.TYPE)) return e -> e.type().isSubtype(t);
        if (cond instanceof PyTuple tup) {
            for (PyObject o : tup.items()) {
                if (!(o instanceof PyType t) || !t.isSubtype(PyBaseException.TYPE)) {
                    throw Errors.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
                }
            }
            return e -> {
                for (PyObject o : tup.items()) if (e.type().isSubtype((PyType) o)) return true;
                return false;
            };
        }
        if (Abstract.isCallable(cond) && !(cond instanceof PyType)) return e -> Abstract.isTrue(Abstract.call(cond, e));
        throw Errors.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    private static boolean isGroup(PyObject e) { return e.type().isSubtype(PyExceptions.BaseExceptionGroup); }

    /** {match, rest}; either may be null. The group itself matching returns it whole. */
    static PyObject[] split(PyBaseException eg, Matcher m, boolean wantRest) {
        if (m.test(eg)) return new PyObject[] {eg, null};
        if (!isGroup(eg)) return new PyObject[] {null, eg};
        List<PyObject> match = new ArrayList<>(), rest = new ArrayList<>();
        for (PyObject sub : ((PyTuple) eg.attr(EXCEPTIONS)).items()) {
            PyObject[] r = split((PyBaseException) sub, m, wantRest);
            if (r[0] != null) match.add(r[0]);
            if (wantRest && r[1] != null) rest.add(r[1]);
        }
        return new PyObject[] {derived(eg, match), wantRest ? derived(eg, rest) : null};
    }

    private static PyObject derived(PyBaseException eg, List<PyObject> items) {
        if (items.isEmpty()) return null;
        PyObject d = Abstract.call(Abstract.getAttr(eg, "derive"), new PyList(items.toArray(new PyObject[0])));
        if (!(d instanceof PyBaseException de) || !isGroup(d)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        // The part keeps the original's traceback, cause, context and (a copy of its) notes; setting the cause
        // through the C API also sets __suppress_context__, as in CPython.
        if (eg.traceback != null) de.traceback = eg.traceback;
        de.context = eg.context;
        de.cause = eg.cause;
        de.suppressContext = true;
        PyObject notes = Abstract.lookupAttr(eg, PyStr.intern("__notes__"));
        if (notes != null && isSequence(notes)) {
            Abstract.setAttr(de, PyStr.intern("__notes__"), new PyList(Abstract.toArray(notes)));
        }
        return d;
    }

    /**
     * CHECK_EG_MATCH: {match, rest} of an exception against an except* clause type. A naked exception that matches
     * is wrapped in a new group, as 3.12 does.
     */
    public static PyObject[] exceptStarMatch(PyBaseException exc, PyObject matchType) {
        Matcher m = matcher(matchType);
        if (!isGroup(exc)) {
            if (!m.test(exc)) return new PyObject[] {null, exc};
            PyBaseException wrapped = (PyBaseException) Abstract.call(PyExceptions.BaseExceptionGroup, PyStr.EMPTY, PyTuple.of(exc));
            wrapped.traceback = exc.traceback;
            return new PyObject[] {wrapped, null};
        }
        return split(exc, m, true);
    }

    /**
     * PREP_RERAISE_STAR: what leaves a try/except* statement, given the original exception and the exceptions the
     * clauses raised or re-raised (None for clauses that finished normally). Re-raised parts keep the original
     * group's shape; new exceptions are added beside it (CPython 3.12: Objects/exceptions.c, _PyExc_PrepReraiseStar).
     */
    public static PyObject prepReraiseStar(PyObject orig, PyObject[] excs) {
        List<PyBaseException> raised = new ArrayList<>(), reraised = new ArrayList<>();
        if (!(orig instanceof PyBaseException o)) return PyNone.INSTANCE;
        for (PyObject e : excs) {
            if (e == null || e == PyNone.INSTANCE) continue;
            PyBaseException be = (PyBaseException) e;
            if (isGroup(orig) && isSameLeafSubset(be, o)) reraised.add(be);
            else if (!isGroup(orig) && be == orig) reraised.add(be);
            else raised.add(be);
        }
        if (raised.isEmpty() && reraised.isEmpty()) return PyNone.INSTANCE;
        PyObject keep = null;
        if (!reraised.isEmpty()) {
            if (!isGroup(orig)) {
                keep = orig;
            } else {
                IdentityHashMap<PyObject, Boolean> leaves = new IdentityHashMap<>();
                for (PyBaseException r : reraised) collectLeaves(r, leaves);
                keep = split(o, leaves::containsKey, false)[0];
            }
        }
        if (raised.isEmpty()) return keep == null ? PyNone.INSTANCE : keep;
        List<PyObject> all = new ArrayList<>(raised);
        if (keep != null) all.add(keep);
        if (all.size() == 1) return all.get(0);
        return Abstract.call(PyExceptions.BaseExceptionGroup, PyStr.EMPTY, PyTuple.of(all.toArray(new PyObject[0])));
    }

    private static void collectLeaves(PyObject e, IdentityHashMap<PyObject, Boolean> out) {
        if (isGroup(e)) {
            for (PyObject sub : ((PyTuple) ((PyBaseException) e).attr(EXCEPTIONS)).items()) collectLeaves(sub, out);
        } else {
            out.put(e, Boolean.TRUE);
        }
    }

    /** True when every leaf of {@code e} is a leaf of {@code orig} (it is a re-raised part of the original). */
    private static boolean isSameLeafSubset(PyBaseException e, PyBaseException orig) {
        IdentityHashMap<PyObject, Boolean> origLeaves = new IdentityHashMap<>(), eLeaves = new IdentityHashMap<>();
        collectLeaves(orig, origLeaves);
        collectLeaves(e, eLeaves);
        for (PyObject l : eLeaves.keySet()) if (!origLeaves.containsKey(l)) return false;
        return true;
    }

    static PyBool unused() { return null; }
}
