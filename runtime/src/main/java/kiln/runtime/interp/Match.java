package kiln.runtime.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyInstance;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PySet;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** MATCH_KEYS and MATCH_CLASS (CPython 3.12: Python/ceval.c, match_keys / match_class). */
final class Match {
    private Match() {}

    private static final Set<String> MATCH_SELF = Set.of("bool", "bytearray", "bytes", "dict", "float", "frozenset",
            "int", "list", "set", "str", "tuple");

    static PyObject keys(PyObject subject, PyObject keysObj) {
        PyTuple keys = (PyTuple) keysObj;
        if (keys.size() == 0) return PyTuple.EMPTY;
        PyObject get = Abstract.getAttr(subject, "get");
        PyObject dummy = new PyInstance(PyType.OBJECT);
        PySet seen = new PySet();
        PyObject[] values = new PyObject[keys.size()];
        for (int i = 0; i < values.length; i++) {
            PyObject k = keys.get(i);
            if (seen.contains(k)) throw Errors.valueError("mapping pattern checks duplicate key (" + Abstract.reprJava(k) + ")");
            seen.add(k);
            PyObject v = Abstract.call(get, k, dummy);
            if (v == dummy) return PyNone.INSTANCE;
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    private static boolean matchSelf(PyType t) {
        if (t.hasFlag(PyType.MATCH_SELF)) return true;
        for (PyType c = t; c != null; c = c.base) {
            if (!c.isHeapType()) return MATCH_SELF.contains(c.name());
        }
        return false;
    }

    static PyObject cls(PyObject subject, PyObject typeObj, int nargs, PyTuple kwargs) {
        if (!(typeObj instanceof PyType type)) throw Errors.typeError("called match pattern must be a class");
        if (!subject.type().isSubtype(type)) {
            // isinstance() semantics, including __instancecheck__ of metaclasses.
            PyObject ic = Abstract.lookupSpecial(type, PyStr.intern("__instancecheck__"));
            if (ic == null || !Abstract.isTrue(Abstract.call(ic, subject))) return null;
        }
        List<PyObject> attrs = new ArrayList<>();
        PySet seen = new PySet();
        if (nargs > 0) {
            PyObject matchArgs = Abstract.lookupAttr(type, "__match_args__");
            int allowed;
            boolean self = false;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple)) {
                    throw Errors.typeError(type.name() + ".__match_args__ must be a tuple (got " + matchArgs.type().name() + ")");
                }
                allowed = ((PyTuple) matchArgs).size();
            } else {
                allowed = matchSelf(type) ? 1 : 0;
                self = allowed == 1;
            }
            if (allowed < nargs) {
                throw Errors.typeError(type.name() + "() accepts " + allowed + " positional sub-pattern" + (allowed == 1 ? "" : "s")
                        + " (" + nargs + " given)");
            }
            if (self) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = ((PyTuple) matchArgs).get(i);
                    if (!(name instanceof PyStr ns)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + name.type().name() + ")");
                    }
                    PyObject a = attr(subject, type, ns, seen);
                    if (a == null) return null;
                    attrs.add(a);
                }
            }
        }
        for (int i = 0; i < kwargs.size(); i++) {
            PyObject a = attr(subject, type, (PyStr) kwargs.get(i), seen);
            if (a == null) return null;
            attrs.add(a);
        }
        return PyTuple.of(attrs.toArray(new PyObject[0]));
    }

    private static PyObject attr(PyObject subject, PyType type, PyStr name, PySet seen) {
        if (seen.contains(name)) {
            throw Errors.typeError(type.name() + "() got multiple sub-patterns for attribute " + Abstract.reprJava(name));
        }
        seen.add(name);
        return Abstract.lookupAttr(subject, name);
    }
}
