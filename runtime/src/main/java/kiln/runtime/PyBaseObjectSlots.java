package kiln.runtime;

import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyNotImplemented;
import kiln.runtime.types.PyStr;

/** {@code object}'s slots (CPython 3.12: Objects/typeobject.c object_* and Objects/object.c generic attributes). */
public final class PyBaseObjectSlots {
    private PyBaseObjectSlots() {}

    /** PyObject_GenericGetAttr: data descriptor on the type, then the instance dict, then other class attributes. */
    public static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        Slots.DescrGet get = null;
        if (descr != null) {
            PyType dt = descr.type();
            get = dt.tp_descr_get;
            if (get != null && dt.tp_descr_set != null) return get.get(descr, obj, t);
        }
        // Reading never makes the lazily created instance dict.
        PyDict d = obj.existingDict();
        if (d != null && (t.flags & PyType.HAS_DICT) != 0) {
            PyObject v = d.getStr(name);
            if (v != null) return v;
        }
        if (get != null) return get.get(descr, obj, t);
        if (descr != null) return descr;
        throw Abstract.noAttribute(obj, name);
    }

    public static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null) {
            Slots.DescrSet set = descr.type().tp_descr_set;
            if (set != null) {
                set.set(descr, obj, value);
                return;
            }
        }
        PyDict d = obj.getDict();
        if (d == null) {
            if (descr == null) {
                throw Errors.attributeError("'" + t.name() + "' object has no attribute '" + name.value() + "'");
            }
            throw Errors.attributeError("'" + t.name() + "' object attribute '" + name.value() + "' is read-only");
        }
        if (value == null) {
            if (d.delItem(name) == null) {
                throw Errors.attributeError("'" + t.name() + "' object has no attribute '" + name.value() + "'");
            }
        } else {
            d.setItem(name, value);
        }
    }

    public static final Slots.GetAttr GENERIC_GETATTR = PyBaseObjectSlots::genericGetAttr;
    public static final Slots.SetAttr GENERIC_SETATTR = PyBaseObjectSlots::genericSetAttr;

    static void init(PyType t) {
        t.tp_getattro = GENERIC_GETATTR;
        t.tp_setattro = GENERIC_SETATTR;
        t.tp_repr = self -> {
            PyType ty = self.type();
            return new PyStr("<" + ty.fullName() + " object at " + Abstract.addressOf(self) + ">");
        };
        t.tp_str = self -> Abstract.repr(self);
        t.tp_hash = self -> System.identityHashCode(self) >>> 4 | ((long) System.identityHashCode(self) << 28);
        t.tp_richcompare = (self, other, op) -> {
            switch (op) {
                case EQ: return self == other ? PyBool.TRUE : PyNotImplemented.INSTANCE;
                case NE: {
                    // object.__ne__ inverts __eq__ unless that is NotImplemented.
                    Slots.RichCompare eq = self.type().tp_richcompare;
                    if (eq == null) return PyNotImplemented.INSTANCE;
                    PyObject r = eq.compare(self, other, CompareOp.EQ);
                    if (r == PyNotImplemented.INSTANCE) return r;
                    return PyBool.of(!Abstract.isTrue(r));
                }
                default: return PyNotImplemented.INSTANCE;
            }
        };
        t.tp_init = (self, a, off, n, kw) -> {
            PyType ty = self.type();
            boolean excess = n > 0 || (kw != null && kw.length > 0);
            if (excess) {
                if (ty.tp_init != t.tp_init) {
                    throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (ty.tp_new == t.tp_new) {
                    throw Errors.typeError(ty.name() + ".__init__() takes exactly one argument (the instance to initialize)");
                }
            }
        };
        t.tp_new = (type, a, off, n, kw) -> {
            boolean excess = n > 0 || (kw != null && kw.length > 0);
            if (excess) {
                if (type.tp_new != t.tp_new) {
                    throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (type.tp_init == t.tp_init) {
                    throw Errors.typeError(type.name() + "() takes no arguments");
                }
            }
            if ((type.flags & PyType.IS_ABSTRACT) != 0) TypeNew.raiseAbstract(type);
            return TypeNew.allocate(type);
        };
        t.getset("__class__", self -> self.type(), (d, self, v) -> TypeNew.setClass(self, v));
        t.method("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("__format__() argument must be str, not " + spec.type().name());
            }
            if (!s.value().isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + self.type().name() + ".__format__");
            }
            return Abstract.str(self);
        });
        t.method("__dir__", self -> TypeNew.objectDir(self));
        t.method("__sizeof__", self -> kiln.runtime.types.PyInt.valueOf(16));
        ObjectReduce.install(t);
        t.classMethod("__init_subclass__", (cls, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(((PyType) cls).name() + ".__init_subclass__() takes no keyword arguments");
            }
            if (n > 0) {
                throw Errors.typeError(((PyType) cls).name() + ".__init_subclass__() takes no arguments (" + n + " given)");
            }
            return PyNone.INSTANCE;
        });
        t.classMethod("__subclasshook__", (cls, a, off, n, kw) -> PyNotImplemented.INSTANCE);
        t.define("__doc__", new PyStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    }
}
