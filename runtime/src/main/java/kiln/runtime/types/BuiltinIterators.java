package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;

/**
 * The iterator types of builtins: enumerate, zip, map, filter, reversed and callable_iterator
 * (CPython 3.12: Objects/enumobject.c, Python/bltinmodule.c, Objects/iterobject.c).
 */
public final class BuiltinIterators {
    private BuiltinIterators() {}

    private static boolean hasKw(PyStr[] kw) { return kw != null && kw.length > 0; }

    /** {@code enumerate(iterable, start=0)}. */
    public static final class Enumerate extends PyObject {
        public static final PyType TYPE = new PyType("enumerate", PyType.OBJECT, PyType.BASETYPE);
        final PyObject it;
        long index;
        BigInteger bigIndex;

        Enumerate(PyType type, PyObject it, PyObject start) {
            super(type);
            this.it = it;
            PyInt s = start == null ? PyInt.valueOf(0) : PyNumber.index(start);
            if (s.big == null && s.value < Long.MAX_VALUE) index = s.value;
            else bigIndex = s.bigValue();
        }

        static {
            TYPE.tp_new = (type, a, off, n, kw) -> {
                PyObject iterable = null, start = null;
                if (n > 2) throw Errors.typeError("enumerate() takes at most 2 arguments (" + (n + (kw == null ? 0 : kw.length)) + " given)");
                if (n >= 1) iterable = a[off];
                if (n == 2) start = a[off + 1];
                if (kw != null) {
                    for (int k = 0; k < kw.length; k++) {
                        String name = kw[k].value();
                        PyObject v = a[off + n + k];
                        if (name.equals("iterable") && iterable == null) iterable = v;
                        else if (name.equals("start") && start == null) start = v;
                        else if (name.equals("iterable") || name.equals("start")) {
                            throw Errors.typeError("argument for enumerate() given by name ('" + name + "') and position ("
                                    + (name.equals("iterable") ? 1 : 2) + ")");
                        } else {
                            throw Errors.typeError("'" + name + "' is an invalid keyword argument for enumerate()");
                        }
                    }
                }
                if (iterable == null) throw Errors.typeError("enumerate() missing required argument 'iterable'");
                PyObject it = Abstract.getIter(iterable);
                return new Enumerate(type, it, start);
            };
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                Enumerate e = (Enumerate) self;
                PyObject x = Abstract.next(e.it);
                if (x == null) return null;
                PyObject i;
                if (e.bigIndex == null) {
                    i = PyInt.valueOf(e.index);
                    if (e.index == Long.MAX_VALUE - 1) e.bigIndex = BigInteger.valueOf(Long.MAX_VALUE);
                    else e.index++;
                } else {
                    i = PyInt.valueOf(e.bigIndex);
                    e.bigIndex = e.bigIndex.add(BigInteger.ONE);
                }
                return PyTuple.of(i, x);
            };
            TYPE.method("__reduce__", self -> {
                Enumerate e = (Enumerate) self;
                return PyTuple.of(self.type(), PyTuple.of(e.it, e.bigIndex == null ? PyInt.valueOf(e.index) : PyInt.valueOf(e.bigIndex)));
            });
            TYPE.classMethod("__class_getitem__", (cls, a, off, n, kw) -> {
                ArgParser.checkCount("__class_getitem__", n, 1, 1);
                return GenericAlias.of((PyType) cls, a[off]);
            });
            TYPE.ready();
        }
    }

    /** {@code zip(*iterables, strict=False)}. */
    public static final class Zip extends PyObject {
        public static final PyType TYPE = new PyType("zip", PyType.OBJECT, PyType.BASETYPE);
        final PyObject[] its;
        final boolean strict;
        boolean done;

        Zip(PyType type, PyObject[] its, boolean strict) {
            super(type);
            this.its = its;
            this.strict = strict;
        }

        static String plural(int i) { return i == 1 ? " " : "s 1-"; }

        PyObject nextItem() {
            if (done || its.length == 0) return null;
            PyObject[] r = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject x = Abstract.next(its[i]);
                if (x == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + plural(i) + i);
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (Abstract.next(its[j]) != null) {
                                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + plural(j) + j);
                            }
                        }
                    }
                    return null;
                }
                r[i] = x;
            }
            return new PyTuple(r);
        }

        private static final kiln.runtime.ArgParser ZIP_KW =
                new kiln.runtime.ArgParser("zip", new String[] {"strict"}, 0, 0, 0);

        static {
            TYPE.tp_new = (type, a, off, n, kw) -> {
                boolean strict = false;
                if (kw != null && kw.length > 0) {
                    // zip parses its keywords alone, as PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip")
                    PyObject s = ZIP_KW.parse(a, off + n, 0, kw)[0];
                    strict = s != null && Abstract.isTrue(s);
                }
                PyObject[] its = new PyObject[n];
                for (int i = 0; i < n; i++) its[i] = Abstract.getIter(a[off + i]);
                return new Zip(type, its, strict);
            };
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> ((Zip) self).nextItem();
            TYPE.method("__reduce__", self -> {
                Zip z = (Zip) self;
                PyTuple args = new PyTuple(z.its.clone());
                return z.strict ? PyTuple.of(self.type(), args, PyBool.TRUE) : PyTuple.of(self.type(), args);
            });
            TYPE.method("__setstate__", (self, st) -> PyNone.INSTANCE);
            TYPE.ready();
        }
    }

    /** {@code map(func, *iterables)}. */
    public static final class MapIter extends PyObject {
        public static final PyType TYPE = new PyType("map", PyType.OBJECT, PyType.BASETYPE);
        final PyObject func;
        final PyObject[] its;

        MapIter(PyType type, PyObject func, PyObject[] its) {
            super(type);
            this.func = func;
            this.its = its;
        }

        static {
            TYPE.tp_new = (type, a, off, n, kw) -> {
                if (type == TYPE && hasKw(kw)) throw Errors.typeError("map() takes no keyword arguments");
                if (n < 2) throw Errors.typeError("map() must have at least two arguments.");
                PyObject[] its = new PyObject[n - 1];
                for (int i = 1; i < n; i++) its[i - 1] = Abstract.getIter(a[off + i]);
                return new MapIter(type, a[off], its);
            };
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                MapIter m = (MapIter) self;
                if (m.its.length == 1) {
                    PyObject x = Abstract.next(m.its[0]);
                    return x == null ? null : Abstract.call(m.func, x);
                }
                PyObject[] args = new PyObject[m.its.length];
                for (int i = 0; i < args.length; i++) {
                    PyObject x = Abstract.next(m.its[i]);
                    if (x == null) return null;
                    args[i] = x;
                }
                return Abstract.call(m.func, args, 0, args.length, null);
            };
            TYPE.method("__reduce__", self -> {
                MapIter m = (MapIter) self;
                PyObject[] args = new PyObject[m.its.length + 1];
                args[0] = m.func;
                System.arraycopy(m.its, 0, args, 1, m.its.length);
                return PyTuple.of(self.type(), new PyTuple(args));
            });
            TYPE.ready();
        }
    }

    /** {@code filter(function or None, iterable)}. */
    public static final class Filter extends PyObject {
        public static final PyType TYPE = new PyType("filter", PyType.OBJECT, PyType.BASETYPE);
        final PyObject func, it;

        Filter(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }

        static {
            TYPE.tp_new = (type, a, off, n, kw) -> {
                if (type == TYPE && hasKw(kw)) throw Errors.typeError("filter() takes no keyword arguments");
                ArgParser.checkCount("filter", n, 2, 2);
                return new Filter(type, a[off], Abstract.getIter(a[off + 1]));
            };
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                Filter f = (Filter) self;
                boolean identity = f.func == PyNone.INSTANCE || f.func == PyBool.TYPE;
                for (PyObject x; (x = Abstract.next(f.it)) != null; ) {
                    boolean ok = identity ? Abstract.isTrue(x) : Abstract.isTrue(Abstract.call(f.func, x));
                    if (ok) return x;
                }
                return null;
            };
            TYPE.method("__reduce__", self -> PyTuple.of(self.type(), PyTuple.of(((Filter) self).func, ((Filter) self).it)));
            TYPE.ready();
        }
    }

    /** {@code reversed(seq)} over the sequence protocol (objects with __reversed__ return their own iterator). */
    public static final class Reversed extends PyObject {
        public static final PyType TYPE = new PyType("reversed", PyType.OBJECT, PyType.BASETYPE);
        private static final PyStr REVERSED = PyStr.intern("__reversed__");
        PyObject seq;
        long index;

        Reversed(PyType type, PyObject seq, long n) {
            super(type);
            this.seq = seq;
            this.index = n - 1;
        }

        static PyObject make(PyType type, PyObject seq) {
            PyObject rev = seq.type().lookup(REVERSED);
            if (rev == PyNone.INSTANCE) throw Errors.typeError("'" + seq.type().name() + "' object is not reversible");
            if (rev != null) return Abstract.callSpecial(seq, REVERSED);
            PyType t = seq.type();
            if (t.mp_subscript == null || t.isSubtype(PyDict.TYPE) || t.mp_length == null) {
                throw Errors.typeError("'" + t.name() + "' object is not reversible");
            }
            return new Reversed(type, seq, Abstract.len(seq));
        }

        static {
            TYPE.tp_new = (type, a, off, n, kw) -> {
                if (type == TYPE && hasKw(kw)) throw Errors.typeError("reversed() takes no keyword arguments");
                ArgParser.checkCount("reversed", n, 1, 1);
                return make(type, a[off]);
            };
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                Reversed r = (Reversed) self;
                if (r.seq == null) return null;
                if (r.index >= 0) {
                    try {
                        return Abstract.getItem(r.seq, PyInt.valueOf(r.index--));
                    } catch (PyException e) {
                        if (!e.matches(PyExceptions.IndexError) && !e.matches(PyExceptions.StopIteration)) throw e;
                    }
                }
                r.index = -1;
                r.seq = null;
                return null;
            };
            TYPE.method("__length_hint__", self -> {
                Reversed r = (Reversed) self;
                if (r.seq == null) return PyInt.valueOf(0);
                long n = Abstract.len(r.seq);
                return PyInt.valueOf(n < r.index + 1 ? 0 : r.index + 1);
            });
            TYPE.method("__setstate__", (self, st) -> {
                Reversed r = (Reversed) self;
                if (r.seq != null) {
                    long n = Abstract.len(r.seq);
                    r.index = Math.max(-1, Math.min(PyNumber.asLong(st), n - 1));
                }
                return PyNone.INSTANCE;
            });
            TYPE.method("__reduce__", self -> {
                Reversed r = (Reversed) self;
                if (r.seq == null) return PyTuple.of(self.type(), PyTuple.of(PyTuple.EMPTY));
                return PyTuple.of(self.type(), PyTuple.of(r.seq), PyInt.valueOf(r.index));
            });
            TYPE.ready();
        }
    }

    /** {@code callable_iterator}: {@code iter(callable, sentinel)}. */
    public static final class CallIter extends PyObject {
        public static final PyType TYPE = new PyType("callable_iterator", PyType.OBJECT, 0);
        PyObject func;
        final PyObject sentinel;

        public CallIter(PyObject func, PyObject sentinel) {
            super(TYPE);
            this.func = func;
            this.sentinel = sentinel;
        }

        static {
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                CallIter c = (CallIter) self;
                if (c.func == null) return null;
                PyObject r;
                try {
                    r = Abstract.call0(c.func);
                } catch (PyException e) {
                    if (e.matches(PyExceptions.StopIteration)) {
                        c.func = null;
                        return null;
                    }
                    throw e;
                }
                if (Abstract.richCompareBool(c.sentinel, r, CompareOp.EQ)) {
                    c.func = null;
                    return null;
                }
                return r;
            };
            TYPE.ready();
        }
    }
}
