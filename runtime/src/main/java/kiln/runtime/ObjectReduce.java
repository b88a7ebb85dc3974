package kiln.runtime;

import kiln.runtime.main.FrozenModules;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * {@code object.__reduce__}, {@code object.__reduce_ex__} and {@code object.__getstate__} (CPython 3.12:
 * Objects/typeobject.c, the copyreg protocol). Protocol 2 and up builds {@code (copyreg.__newobj__, (cls, *args),
 * state, listitems, dictitems)} itself; protocols 0 and 1 go through {@code copyreg._reduce_ex}. The copyreg
 * functions come from {@link FrozenModules} until the standard library's copyreg can be imported.
 */
final class ObjectReduce {
    private ObjectReduce() {}

    private static PyStr s(String n) { return PyStr.intern(n); }

    static void install(PyType object) {
        object.method("__reduce_ex__", (self, proto) -> reduceEx(object, self, proto));
        object.method("__reduce__", self -> commonReduce(self, 0));
        object.method("__getstate__", self -> getStateDefault(self, false));
    }

    private static PyObject reduceEx(PyType object, PyObject self, PyObject protoArg) {
        PyInt p = PyNumber.index(protoArg);
        if (p.big != null || p.value > Integer.MAX_VALUE || p.value < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        int proto = (int) p.value;
        PyObject reduce = Abstract.lookupAttr(self, s("__reduce__"));
        if (reduce != null) {
            // A class that overrides __reduce__ decides for itself.
            PyObject clsReduce = Abstract.getAttr(self.type(), s("__reduce__"));
            if (clsReduce != object.dict().getStr(s("__reduce__"))) return Abstract.call0(reduce);
        }
        return commonReduce(self, proto);
    }

    private static PyObject commonReduce(PyObject self, int proto) {
        if (proto >= 2) return reduceNewObj(self);
        return Abstract.call(FrozenModules.attr("copyreg", "_reduce_ex"), self, PyInt.valueOf(proto));
    }

    private static PyObject reduceNewObj(PyObject obj) {
        PyType type = obj.type();
        if (type.tp_new == null) throw Errors.typeError("cannot pickle '" + type.name() + "' object");
        PyObject[] newArgs = newArguments(obj);
        PyTuple args = (PyTuple) newArgs[0];
        PyDict kwargs = (PyDict) newArgs[1];
        PyObject newobj;
        PyTuple callArgs;
        if (kwargs == null || kwargs.size() == 0) {
            newobj = FrozenModules.attr("copyreg", "__newobj__");
            int n = args == null ? 0 : args.size();
            PyObject[] items = new PyObject[n + 1];
            items[0] = type;
            for (int i = 0; i < n; i++) items[i + 1] = args.get(i);
            callArgs = PyTuple.of(items);
        } else {
            newobj = FrozenModules.attr("copyreg", "__newobj_ex__");
            callArgs = PyTuple.of(type, args, kwargs);
        }
        boolean hasArgs = args != null;
        boolean isList = type.hasFlag(PyType.LIST_SUBCLASS), isDict = type.hasFlag(PyType.DICT_SUBCLASS);
        PyObject state = getState(obj, !(hasArgs || isList || isDict));
        PyObject listItems = isList ? Abstract.getIter(obj) : PyNone.INSTANCE;
        PyObject dictItems = isDict ? Abstract.getIter(Abstract.callSpecial(obj, s("items"))) : PyNone.INSTANCE;
        return PyTuple.of(newobj, callArgs, state, listItems, dictItems);
    }

    /** CPython's _PyObject_GetNewArguments: {args tuple or null, kwargs dict or null}. */
    private static PyObject[] newArguments(PyObject obj) {
        PyObject ex = Abstract.lookupSpecial(obj, s("__getnewargs_ex__"));
        if (ex != null) {
            PyObject r = Abstract.call0(ex);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple, not '" + r.type().name() + "'");
            }
            if (t.size() != 2) {
                throw Errors.valueError("__getnewargs_ex__ should return a tuple of length 2, not " + t.size());
            }
            if (!(t.get(0) instanceof PyTuple)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + t.get(0).type().name() + "'");
            }
            if (!(t.get(1) instanceof PyDict)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + t.get(1).type().name() + "'");
            }
            return new PyObject[] {t.get(0), t.get(1)};
        }
        PyObject plain = Abstract.lookupSpecial(obj, s("__getnewargs__"));
        if (plain != null) {
            PyObject r = Abstract.call0(plain);
            if (!(r instanceof PyTuple)) {
                throw Errors.typeError("__getnewargs__ should return a tuple, not '" + r.type().name() + "'");
            }
            return new PyObject[] {r, null};
        }
        return new PyObject[] {null, null};
    }

    /** object_getstate: an overriding __getstate__ is called; object's own gets the "required" flag. */
    private static PyObject getState(PyObject obj, boolean required) {
        PyObject own = PyType.OBJECT.dict().getStr(s("__getstate__"));
        PyDict d = obj.getDict();
        boolean shadowed = d != null && d.getStr(s("__getstate__")) != null;
        if (!shadowed && obj.type().lookup(s("__getstate__")) == own) return getStateDefault(obj, required);
        return Abstract.call0(Abstract.getAttr(obj, s("__getstate__")));
    }

    /** object_getstate_default: the instance dict (or None) and, with __slots__, a dict of the slot values. */
    static PyObject getStateDefault(PyObject obj, boolean required) {
        PyType type = obj.type();
        // Builtin layouts other than object's hold data that the dict and slots do not show.
        if (required && type.solidBase != PyType.OBJECT) {
            throw Errors.typeError("cannot pickle '" + type.name() + "' object");
        }
        PyDict d = obj.getDict();
        PyObject state = d == null || d.size() == 0 ? PyNone.INSTANCE : d;
        PyObject names = slotNames(type);
        if (names instanceof PyList l && l.size() > 0) {
            PyDict slots = new PyDict();
            for (int i = 0; i < l.size(); i++) {
                PyObject name = l.get(i);
                if (!(name instanceof PyStr ns)) continue;
                PyObject v = Abstract.lookupAttr(obj, ns);
                if (v != null) slots.setItem(name, v);
            }
            if (slots.size() > 0) state = PyTuple.of(state, slots);
        }
        return state;
    }

    /** _PyType_GetSlotNames: the class's cached {@code __slotnames__}, else copyreg._slotnames(cls). */
    private static PyObject slotNames(PyType type) {
        PyObject cached = type.dict().getStr(s("__slotnames__"));
        if (cached != null) {
            if (cached != PyNone.INSTANCE && !(cached instanceof PyList)) {
                throw Errors.typeError(type.name() + ".__slotnames__ should be a list or None, not "
                        + cached.type().name());
            }
            return cached;
        }
        PyObject r = Abstract.call(FrozenModules.attr("copyreg", "_slotnames"), type);
        if (r != PyNone.INSTANCE && !(r instanceof PyList)) {
            throw Errors.typeError("copyreg._slotnames didn't return a list or None");
        }
        return r;
    }
}
