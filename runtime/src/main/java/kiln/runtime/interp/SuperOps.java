package kiln.runtime.interp;

import kiln.compiler.CodeUnit;
import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyBaseObjectSlots;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyCell;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PySuper;

/** {@code super} and LOAD_SUPER_ATTR (CPython 3.12: Objects/typeobject.c, super_*). */
public final class SuperOps {
    private SuperOps() {}

    private static final PyStr CLASS = PyStr.intern("__class__");

    /** super_check: the type whose MRO to search for super(type, obj). */
    static PyType check(PyType type, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtype(type)) return ot;
        if (obj.type().isSubtype(type)) return obj.type();
        PyObject cls = Abstract.lookupAttr(obj, CLASS);
        if (cls instanceof PyType ct && ct != obj.type() && ct.isSubtype(type)) return ct;
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** The attribute found after {@code start} in the MRO of objType, unbound; null if none. */
    static PyObject lookupRaw(PyType start, PyType objType, PyStr name) {
        PyType[] mro = objType.mro();
        if (mro == null) return null;
        int i = 0;
        while (i < mro.length && mro[i] != start) i++;
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    static PyObject getattr(PySuper su, PyStr name) {
        PyType start = su.objType;
        if (start != null && !name.value().equals("__class__")) {
            PyObject res = lookupRaw(su.thisClass, start, name);
            if (res != null) {
                Slots.DescrGet g = res.type().tp_descr_get;
                if (g != null) return g.get(res, su.obj == start ? null : su.obj, start);
                return res;
            }
        }
        return PyBaseObjectSlots.genericGetAttr(su, name);
    }

    /** Zero-argument super(): __class__ cell and first argument of the calling frame. */
    static void initZeroArg(PySuper su) {
        PyFrame f = ThreadState.current;
        if (f == null) throw Errors.runtimeError("super(): no current frame");
        PyCode co = f.code;
        if (co.argcount == 0) throw Errors.runtimeError("super(): no arguments");
        PyObject first = f.s[0];
        if (first != null && (co.kinds[0] & CodeUnit.CO_FAST_CELL) != 0 && first instanceof PyCell c) first = c.value;
        if (first == null) throw Errors.runtimeError("super(): arg[0] deleted");
        PyObject cls = null;
        boolean found = false;
        for (int i = 0; i < co.nlocalsplus; i++) {
            if ((co.kinds[i] & CodeUnit.CO_FAST_FREE) != 0 && co.localsplusnames[i].value().equals("__class__")) {
                found = true;
                PyObject cell = f.s[i];
                if (cell instanceof PyCell c) cls = c.value;
                break;
            }
        }
        if (!found) throw Errors.runtimeError("super(): __class__ cell not found");
        if (cls == null) throw Errors.runtimeError("super(): empty __class__ cell");
        if (!(cls instanceof PyType ct)) throw Errors.runtimeError("super(): __class__ is not a type (" + cls.type().name() + ")");
        su.thisClass = ct;
        su.obj = first;
        su.objType = check(ct, first);
    }

    public static void init(PyType t) {
        t.tp_new = (type, a, off, n, kw) -> new PySuper(type);
        t.tp_init = (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("super() takes no keyword arguments");
            if (n > 2) throw Errors.typeError("super() expected at most 2 arguments, got " + n);
            PySuper su = (PySuper) self;
            if (n == 0) {
                initZeroArg(su);
                return;
            }
            if (!(a[off] instanceof PyType ty)) throw Errors.typeError("super() argument 1 must be a type, not " + a[off].type().name());
            PyObject obj = n > 1 ? a[off + 1] : PyNone.INSTANCE;
            su.thisClass = ty;
            if (obj == PyNone.INSTANCE) {
                su.obj = null;
                su.objType = null;
            } else {
                su.objType = check(ty, obj);
                su.obj = obj;
            }
        };
        t.tp_getattro = (self, name) -> getattr((PySuper) self, name);
        t.tp_descr_get = (self, obj, type) -> {
            PySuper su = (PySuper) self;
            if (obj == null || obj == PyNone.INSTANCE || su.obj != null) return self;
            if (su.type() != PySuper.TYPE) return Abstract.call(su.type(), su.thisClass, obj);
            PySuper ns = new PySuper(PySuper.TYPE);
            ns.thisClass = su.thisClass;
            ns.objType = check(su.thisClass, obj);
            ns.obj = obj;
            return ns;
        };
        t.getter("__thisclass__", self -> orNone(((PySuper) self).thisClass));
        t.getter("__self__", self -> orNone(((PySuper) self).obj));
        t.getter("__self_class__", self -> orNone(((PySuper) self).objType));
        t.tp_repr = self -> {
            PySuper su = (PySuper) self;
            String tc = su.thisClass == null ? "NULL" : su.thisClass.name();
            if (su.objType != null) {
                return new PyStr("<super: <class '" + tc + "'>, <" + su.objType.name() + " object>>");
            }
            return new PyStr("<super: <class '" + tc + "'>, NULL>");
        };
    }

    private static PyObject orNone(PyObject o) { return o == null ? PyNone.INSTANCE : o; }

    /** LOAD_SUPER_ATTR: (global_super, class, self -- [meth_or_null,] attr). */
    static int loadSuperAttr(PyFrame f, PyObject[] s, int sp, int arg) {
        PyStr name = f.code.names[arg >> 2];
        boolean method = (arg & 1) != 0;
        PyObject globalSuper = s[sp - 3], cls = s[sp - 2], self = s[sp - 1];
        PyObject res;
        PyObject meth = null;
        if (globalSuper == PySuper.TYPE && cls instanceof PyType ct) {
            PyType objType = check(ct, self);
            PyObject raw = lookupRaw(ct, objType, name);
            if (raw == null) {
                PySuper su = new PySuper(PySuper.TYPE);
                su.thisClass = ct;
                su.obj = self;
                su.objType = objType;
                res = getattr(su, name);
            } else if (method && raw instanceof PyFunction) {
                meth = raw;
                res = self;
            } else {
                Slots.DescrGet g = raw.type().tp_descr_get;
                res = g != null ? g.get(raw, self == objType ? null : self, objType) : raw;
            }
        } else {
            PyObject su = (arg & 2) != 0 ? Abstract.call(globalSuper, cls, self) : Abstract.call0(globalSuper);
            res = Abstract.getAttr(su, name);
        }
        s[sp - 1] = s[sp - 2] = s[sp - 3] = null;
        sp -= 3;
        if (method) {
            s[sp++] = meth;
        }
        s[sp++] = res;
        return sp;
    }

}
