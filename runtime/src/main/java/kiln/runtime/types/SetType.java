package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.SlotDispatch;
import kiln.runtime.exceptions.PyExceptions;

/** Slots and methods of {@code set} and {@code frozenset} (CPython 3.12: Objects/setobject.c). */
public final class SetType {
    private SetType() {}

    static boolean isFrozenType(PyType t) { return t.isSubtype(PyFrozenSet.TYPE); }

    /** make_new_set_basetype: results of operations on subclasses are plain set/frozenset. */
    static PySet newBase(PyType like) {
        return isFrozenType(like) ? new PyFrozenSet() : new PySet();
    }

    static PySet newBase(PyType like, PyObject iterable) {
        PySet s = newBase(like);
        if (iterable != null) s.update(iterable);
        return s;
    }

    /** A new set/frozenset of exact type {@code type} filled from an iterable. */
    public static PySet make(PyType type, PyObject iterable) {
        PySet s = isFrozenType(type) ? new PyFrozenSet(type) : new PySet(type);
        if (iterable != null) s.update(iterable);
        return s;
    }

    static PySet copy(PySet so) { return newBase(so.type(), so); }

    // CPython 3.12: Objects/setobject.c, set_intersection
    static PySet intersection(PySet so, PyObject other) {
        PySet result = newBase(so.type());
        if (other instanceof PySet o) {
            PySet big = so, small = o;
            if (o.used > so.used) { big = o; small = so; }
            for (int i = small.next(0); i >= 0; i = small.next(i + 1)) {
                PyObject k = small.keys[i];
                long h = small.hashes[i];
                if (big.lookup(k, h) >= 0) result.addEntry(k, h);
            }
            return result;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject k; (k = Abstract.next(it)) != null; ) {
            long h = PySet.hashOf(k);
            if (so.lookup(k, h) >= 0) result.addEntry(k, h);
        }
        return result;
    }

    // CPython 3.12: Objects/setobject.c, set_difference_update_internal
    static void differenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PySet o) {
            for (int i = o.next(0); i >= 0; i = o.next(i + 1)) so.discardEntry(o.keys[i], o.hashes[i]);
        } else {
            PyObject it = Abstract.getIter(other);
            for (PyObject k; (k = Abstract.next(it)) != null; ) so.discard(k);
        }
        if (so.fill - so.used > so.mask / 4) so.resize(so.used > 50000 ? so.used * 2L : so.used * 4L);
    }

    // CPython 3.12: Objects/setobject.c, set_difference
    static PySet difference(PySet so, PyObject other) {
        int otherSize;
        if (other instanceof PySet o) otherSize = o.used;
        else if (other instanceof PyDict d && d.type() == PyDict.TYPE) otherSize = d.size();
        else {
            PySet r = copy(so);
            differenceUpdate(r, other);
            return r;
        }
        if ((so.used >> 2) > otherSize) {
            PySet r = copy(so);
            differenceUpdate(r, other);
            return r;
        }
        PySet result = newBase(so.type());
        for (int i = so.next(0); i >= 0; i = so.next(i + 1)) {
            PyObject k = so.keys[i];
            long h = so.hashes[i];
            boolean in = other instanceof PySet o ? o.lookup(k, h) >= 0 : ((PyDict) other).findEntry(k, h) >= 0;
            if (!in) result.addEntry(k, h);
        }
        return result;
    }

    // CPython 3.12: Objects/setobject.c, set_symmetric_difference_update
    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                if (!so.discardEntry(d.keyAt(i), d.hashAt(i))) so.addEntry(d.keyAt(i), d.hashAt(i));
            }
            return;
        }
        PySet o = other instanceof PySet os ? os : newBase(so.type(), other);
        for (int i = o.next(0); i >= 0; i = o.next(i + 1)) {
            PyObject k = o.keys[i];
            long h = o.hashes[i];
            if (!so.discardEntry(k, h)) so.addEntry(k, h);
        }
    }

    static PySet symmetricDifference(PySet so, PyObject other) {
        PySet o = newBase(so.type(), other);
        symmetricDifferenceUpdate(o, so);
        return o;
    }

    static boolean isSubset(PySet so, PyObject other) {
        if (!(other instanceof PySet o)) return isSubset(so, newBase(PySet.TYPE, other));
        if (so.used > o.used) return false;
        for (int i = so.next(0); i >= 0; i = so.next(i + 1)) if (o.lookup(so.keys[i], so.hashes[i]) < 0) return false;
        return true;
    }

    static boolean isSuperset(PySet so, PyObject other) {
        if (other instanceof PySet o) return isSubset(o, so);
        PyObject it = Abstract.getIter(other);
        for (PyObject k; (k = Abstract.next(it)) != null; ) if (!containsKey(so, k)) return false;
        return true;
    }

    static boolean isDisjoint(PySet so, PyObject other) {
        if (so == other) return so.used == 0;
        if (other instanceof PySet o) {
            PySet small = so, big = o;
            if (o.used < so.used) { small = o; big = so; }
            for (int i = small.next(0); i >= 0; i = small.next(i + 1)) {
                if (big.lookup(small.keys[i], small.hashes[i]) >= 0) return false;
            }
            return true;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject k; (k = Abstract.next(it)) != null; ) if (so.contains(k)) return false;
        return true;
    }

    /** set_contains: an unhashable set key is looked up as a frozenset. */
    static boolean containsKey(PySet so, PyObject key) {
        try {
            return so.contains(key);
        } catch (PyException e) {
            if (!(key instanceof PySet ks) || ks instanceof PyFrozenSet || !e.matches(PyExceptions.TypeError)) throw e;
            PyFrozenSet f = new PyFrozenSet();
            f.merge(ks);
            return so.contains(f);
        }
    }

    /** discard/remove: an unhashable set key is looked up as a frozenset. */
    static boolean discardKey(PySet so, PyObject key) {
        try {
            return so.discard(key);
        } catch (PyException e) {
            if (!(key instanceof PySet ks) || ks instanceof PyFrozenSet || !e.matches(PyExceptions.TypeError)) throw e;
            PyFrozenSet f = new PyFrozenSet();
            f.merge(ks);
            return so.discard(f);
        }
    }

    // CPython 3.12: Objects/setobject.c, frozenset_hash
    static long frozenHash(PySet so) {
        long h = 0;
        for (int i = so.next(0); i >= 0; i = so.next(i + 1)) h ^= shuffle(so.hashes[i]);
        h ^= ((long) so.used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) h = 590923713L;
        return h;
    }

    private static long shuffle(long h) { return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L; }

    static PyObject repr(PyObject self) {
        PySet s = (PySet) self;
        PyType t = s.type();
        String name = t.name();
        boolean plainSet = t == PySet.TYPE;
        if (s.used == 0) return new PyStr(name + "()");
        if (ReprGuard.enter(self)) return new PyStr(name + "(...)");
        try {
            String body = Seq.join(s.toArray(), s.used, "{", "}");
            return new PyStr(plainSet ? body : name + "(" + body + ")");
        } finally {
            ReprGuard.leave(self);
        }
    }

    private static PyObject compare(PyObject self, PyObject other, CompareOp op) {
        if (!(other instanceof PySet o)) return PyNotImplemented.INSTANCE;
        PySet s = (PySet) self;
        switch (op) {
            case EQ: return PyBool.of(s.used == o.used && isSubset(s, o));
            case NE: return PyBool.of(!(s.used == o.used && isSubset(s, o)));
            case LE: return PyBool.of(isSubset(s, o));
            case GE: return PyBool.of(isSubset(o, s));
            case LT: return PyBool.of(s.used < o.used && isSubset(s, o));
            default: return PyBool.of(s.used > o.used && isSubset(o, s));
        }
    }

    static long frozenHashCached(PySet s) {
        PyFrozenSet f = (PyFrozenSet) s;
        if (f.hash == 0) f.hash = frozenHash(f);
        return f.hash;
    }

    private static PySet self(PyObject o) { return (PySet) o; }

    /** Slots and methods common to set and frozenset. */
    private static void common(PyType t) {
        t.tp_repr = SetType::repr;
        t.tp_richcompare = SetType::compare;
        t.tp_iter = self -> new SetIter(self(self));
        t.mp_length = self -> self(self).used;
        t.sq_contains = (self, k) -> containsKey(self(self), k);
        t.nb_or = (a, b) -> {
            if (!(a instanceof PySet x) || !(b instanceof PySet y)) return PyNotImplemented.INSTANCE;
            PySet r = copy(x);
            if (x != y) r.update(y);
            return r;
        };
        t.nb_and = (a, b) -> {
            if (!(a instanceof PySet x) || !(b instanceof PySet y)) return PyNotImplemented.INSTANCE;
            return intersection(x, y);
        };
        t.nb_subtract = (a, b) -> {
            if (!(a instanceof PySet x) || !(b instanceof PySet y)) return PyNotImplemented.INSTANCE;
            return difference(x, y);
        };
        t.nb_xor = (a, b) -> {
            if (!(a instanceof PySet x) || !(b instanceof PySet y)) return PyNotImplemented.INSTANCE;
            return symmetricDifference(x, y);
        };
        t.methodKw("union", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords(t.name() + ".union", kw);
            PySet r = copy(self(self));
            for (int i = 0; i < n; i++) if (a[off + i] != self) r.update(a[off + i]);
            return r;
        });
        t.methodKw("intersection", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords(t.name() + ".intersection", kw);
            if (n == 0) return copy(self(self));
            PySet r = self(self);
            for (int i = 0; i < n; i++) r = intersection(r, a[off + i]);
            return r;
        });
        t.methodKw("difference", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords(t.name() + ".difference", kw);
            if (n == 0) return copy(self(self));
            PySet r = difference(self(self), a[off]);
            for (int i = 1; i < n; i++) differenceUpdate(r, a[off + i]);
            return r;
        });
        t.method("symmetric_difference", (self, o) -> symmetricDifference(self(self), o));
        t.method("issubset", (self, o) -> PyBool.of(isSubset(self(self), o)));
        t.method("issuperset", (self, o) -> PyBool.of(isSuperset(self(self), o)));
        t.method("isdisjoint", (self, o) -> PyBool.of(isDisjoint(self(self), o)));
        t.method("__reduce__", self -> {
            PyObject d = self.getDict();
            return PyTuple.of(self.type(), PyTuple.of(new PyList(self(self).toArray())),
                    d == null ? PyNone.INSTANCE : d);
        });
        t.method("__sizeof__", self -> PyInt.valueOf(200 + 16L * (self(self).mask + 1)));
        t.classMethod("__class_getitem__", (cls, a, off, n, kw) -> {
            ArgParser.checkCount("__class_getitem__", n, 1, 1);
            return GenericAlias.of((PyType) cls, a[off]);
        });
    }

    static void initSet(PyType t) {
        common(t);
        t.tp_hash = SlotDispatch.HASH_NOT_IMPLEMENTED;
        t.define("__hash__", PyNone.INSTANCE);
        t.tp_new = (type, a, off, n, kw) -> new PySet(type);
        t.tp_init = (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0 && self.type() == PySet.TYPE) ArgParser.checkNoKeywords("set", kw);
            if (n > 1) throw Errors.typeError("set expected at most 1 argument, got " + n);
            PySet s = self(self);
            if (s.used > 0 || s.fill > 0) s.clear();
            if (n == 1) s.update(a[off]);
        };
        t.nb_inplace_or = (a, b) -> {
            if (!(b instanceof PySet y)) return PyNotImplemented.INSTANCE;
            self(a).update(y);
            return a;
        };
        t.nb_inplace_and = (a, b) -> {
            if (!(b instanceof PySet y)) return PyNotImplemented.INSTANCE;
            self(a).swapBodies(intersection(self(a), y));
            return a;
        };
        t.nb_inplace_subtract = (a, b) -> {
            if (!(b instanceof PySet y)) return PyNotImplemented.INSTANCE;
            differenceUpdate(self(a), y);
            return a;
        };
        t.nb_inplace_xor = (a, b) -> {
            if (!(b instanceof PySet y)) return PyNotImplemented.INSTANCE;
            symmetricDifferenceUpdate(self(a), y);
            return a;
        };
        t.method("add", (self, k) -> {
            self(self).add(k);
            return PyNone.INSTANCE;
        });
        t.method("discard", (self, k) -> {
            discardKey(self(self), k);
            return PyNone.INSTANCE;
        });
        t.method("remove", (self, k) -> {
            if (!discardKey(self(self), k)) throw Errors.keyError(k);
            return PyNone.INSTANCE;
        });
        t.method("pop", self -> {
            PySet s = self(self);
            if (s.used == 0) throw Errors.of(PyExceptions.KeyError, new PyStr("pop from an empty set"));
            int i = s.finger & s.mask;
            while (s.keys[i] == null || s.keys[i] == PySet.DUMMY) {
                i++;
                if (i > s.mask) i = 0;
            }
            PyObject k = s.keys[i];
            s.keys[i] = PySet.DUMMY;
            s.hashes[i] = -1;
            s.used--;
            s.finger = i + 1;
            return k;
        });
        t.method("clear", self -> {
            self(self).clear();
            return PyNone.INSTANCE;
        });
        t.method("copy", self -> copy(self(self)));
        t.methodKw("update", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("set.update", kw);
            for (int i = 0; i < n; i++) self(self).update(a[off + i]);
            return PyNone.INSTANCE;
        });
        t.methodKw("intersection_update", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("set.intersection_update", kw);
            PySet r = self(self);
            for (int i = 0; i < n; i++) r = intersection(r, a[off + i]);
            if (r != self) self(self).swapBodies(r);
            return PyNone.INSTANCE;
        });
        t.methodKw("difference_update", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("set.difference_update", kw);
            for (int i = 0; i < n; i++) differenceUpdate(self(self), a[off + i]);
            return PyNone.INSTANCE;
        });
        t.method("symmetric_difference_update", (self, o) -> {
            symmetricDifferenceUpdate(self(self), o);
            return PyNone.INSTANCE;
        });
    }

    static void initFrozen(PyType t) {
        common(t);
        t.tp_hash = self -> frozenHashCached(self(self));
        t.tp_new = (type, a, off, n, kw) -> {
            if (kw != null && kw.length > 0 && type == PyFrozenSet.TYPE) ArgParser.checkNoKeywords("frozenset", kw);
            if (n > 1) throw Errors.typeError("frozenset expected at most 1 argument, got " + n);
            if (type == PyFrozenSet.TYPE && n == 1 && a[off].type() == PyFrozenSet.TYPE) return a[off];
            PyFrozenSet f = new PyFrozenSet(type);
            if (n == 1) f.update(a[off]);
            return f;
        };
        t.method("copy", self -> self.type() == PyFrozenSet.TYPE ? self : copy(self(self)));
    }

    /** {@code set_iterator}. */
    static final class SetIter extends PyObject {
        static final PyType TYPE = new PyType("set_iterator", PyType.OBJECT, 0);
        PySet set;
        int pos, expectUsed, left;

        SetIter(PySet s) {
            super(TYPE);
            set = s;
            expectUsed = s.used;
            left = s.used;
        }

        static {
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                SetIter it = (SetIter) self;
                PySet s = it.set;
                if (s == null) return null;
                if (it.expectUsed != s.used) {
                    it.expectUsed = -1;
                    throw Errors.runtimeError("Set changed size during iteration");
                }
                int i = s.next(it.pos);
                if (i < 0) {
                    it.set = null;
                    return null;
                }
                it.pos = i + 1;
                it.left--;
                return s.keys[i];
            };
            TYPE.method("__length_hint__", self -> {
                SetIter it = (SetIter) self;
                return PyInt.valueOf(it.set != null && it.expectUsed == it.set.used ? it.left : 0);
            });
            TYPE.ready();
        }
    }
}
