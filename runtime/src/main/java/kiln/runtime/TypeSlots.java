package kiln.runtime;

import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** {@code type}'s own slots: calling a class, attribute access on classes, repr (CPython 3.12: type_call, type_getattro). */
public final class TypeSlots {
    private TypeSlots() {}

    /** type's tp_getattro, one object so that caches can tell a class with the standard lookup. */
    public static final Slots.GetAttr TYPE_GETATTR = TypeSlots::typeGetAttr;

    static void init(PyType t) {
        t.tp_call = TypeSlots::typeCall;
        t.tp_getattro = TYPE_GETATTR;
        t.tp_setattro = TypeSlots::typeSetAttr;
        t.tp_repr = self -> {
            PyType ty = (PyType) self;
            return new PyStr("<class '" + ty.fullName() + "'>");
        };
        t.tp_new = (meta, a, off, n, kw) -> TypeNew.typeNew(meta, a, off, n, kw);
        t.tp_init = (self, a, off, n, kw) -> {
            if (n != 1 && n != 3) throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
        };
        t.nb_or = (a, b) -> kiln.runtime.types.UnionType.or(a, b);
        TypeNew.initTypeAttributes(t);
    }

    /** type.__call__: {@code type(x)} is special; otherwise tp_new then tp_init when the result is an instance. */
    static PyObject typeCall(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyType type = (PyType) self;
        if (type == PyType.TYPE) {
            if (n == 1 && (kw == null || kw.length == 0)) return a[off].type();
            if (n != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        if (type.tp_new == null) throw Errors.typeError("cannot create '" + type.fullName() + "' instances");
        PyObject obj = type.tp_new.make(type, a, off, n, kw);
        if (!obj.type().isSubtype(type)) return obj;
        Slots.Init init = obj.type().tp_init;
        if (init != null) init.init(obj, a, off, n, kw);
        return obj;
    }

    /** type_getattro: meta data descriptors, then the class's own MRO (binding with obj=null), then meta attributes. */
    public static PyObject typeGetAttr(PyObject self, PyStr name) {
        PyType type = (PyType) self;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        Slots.DescrGet metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type().tp_descr_get;
            if (metaGet != null && metaAttr.type().tp_descr_set != null) return metaGet.get(metaAttr, type, meta);
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            Slots.DescrGet g = attr.type().tp_descr_get;
            if (g != null) return g.get(attr, null, type);
            return attr;
        }
        if (metaGet != null) return metaGet.get(metaAttr, type, meta);
        if (metaAttr != null) return metaAttr;
        throw Errors.attributeError("type object '" + type.name() + "' has no attribute '" + name.value() + "'");
    }

    static void typeSetAttr(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if (!type.isHeapType() || type.hasFlag(PyType.IMMUTABLETYPE)) {
            throw Errors.typeError("cannot set '" + name.value() + "' attribute of immutable type '" + type.name() + "'");
        }
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && metaAttr.type().tp_descr_set != null) {
            metaAttr.type().tp_descr_set.set(metaAttr, type, value);
            return;
        }
        PyDict d = type.dict();
        if (value == null) {
            if (d.delItem(name) == null) {
                throw Errors.attributeError("type object '" + type.name() + "' has no attribute '" + name.value() + "'");
            }
        } else {
            d.setItem(name, value);
        }
        type.modified();
        if (SlotTable.isSlotName(name)) SlotTable.update(type, name);
    }

    /** {@code T.__new__} of a builtin type: a static method whose first argument is the class. */
    static PyObject newWrapper(PyType owner) {
        Slots.Call body = (self, a, off, n, kw) -> {
            if (n < 1) throw Errors.typeError(owner.name() + ".__new__(): not enough arguments");
            if (!(a[off] instanceof PyType sub)) {
                throw Errors.typeError(owner.name() + ".__new__(X): X is not a type object (" + a[off].type().name() + ")");
            }
            if (!sub.isSubtype(owner)) {
                throw Errors.typeError(owner.name() + ".__new__(" + sub.name() + "): " + sub.name() + " is not a subtype of " + owner.name());
            }
            // object.__new__(dict) and the like: the nearest base not built by a Python __new__ must be owner.
            PyType staticBase = sub;
            while (staticBase != null && staticBase.tp_new == SlotDispatch.NEW) staticBase = staticBase.base;
            if (staticBase != null && staticBase.tp_new != owner.tp_new) {
                throw Errors.typeError(owner.name() + ".__new__(" + sub.name() + ") is not safe, use "
                        + staticBase.name() + ".__new__()");
            }
            return owner.tp_new.make(sub, a, off + 1, n - 1, kw);
        };
        PyObject f = new kiln.runtime.types.PyBuiltinFunction("__new__", owner, body, owner.name());
        NEW_WRAPPERS.put(f, owner);
        return f;
    }

    /** Each builtin type's {@code __new__} function, mapped to its type: a class inheriting it keeps the Java tp_new. */
    static final java.util.IdentityHashMap<PyObject, PyType> NEW_WRAPPERS = new java.util.IdentityHashMap<>();

    static PyObject noneIfNull(PyObject o) { return o == null ? PyNone.INSTANCE : o; }

    static PyTuple emptyTuple() { return PyTuple.EMPTY; }
}
