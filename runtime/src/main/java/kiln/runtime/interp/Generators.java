package kiln.runtime.interp;

import kiln.compiler.Opcode;
import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyAsyncGenerator;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyCoroutine;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyGenBase;
import kiln.runtime.types.PyGenerator;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTraceback;
import kiln.runtime.types.PyTuple;

/** Generators and coroutines (CPython 3.12: Objects/genobject.c): resuming frames, send/throw/close, await. */
public final class Generators {
    private Generators() {}

    /** RETURN_GENERATOR: the generator-like object that owns frame {@code f}. */
    static PyObject create(PyFrame f) {
        int flags = f.code.flags;
        if ((flags & PyCode.CO_COROUTINE) != 0) return new PyCoroutine(f);
        if ((flags & PyCode.CO_ASYNC_GENERATOR) != 0) return new PyAsyncGenerator(f);
        return new PyGenerator(f);
    }

    /**
     * Runs the generator's frame until it yields or returns: the yielded value, or the return value with
     * {@code g.returned} set. Exceptions from the frame propagate.
     */
    public static PyObject resume(PyGenBase g, PyObject v, PyException exc) {
        PyFrame f = g.frame;
        if (g.running) throw Errors.valueError(g.kind() + " already executing");
        if (f.state == PyFrame.COMPLETED) {
            if (g instanceof PyCoroutine && exc == null) throw Errors.runtimeError("cannot reuse already awaited coroutine");
            if (exc != null) throw exc;
            g.returned = true;
            return PyNone.INSTANCE;
        }
        if (f.state == PyFrame.CREATED && exc == null && v != PyNone.INSTANCE) {
            throw Errors.typeError("can't send non-None value to a just-started " + g.kind());
        }
        g.running = true;
        g.returned = false;
        ThreadState.ExcInfo ei = g.excState;
        ei.previous = ThreadState.excInfo;
        ThreadState.excInfo = ei;
        try {
            PyObject r = Interpreter.resume(f, v, exc);
            if (f.state == PyFrame.COMPLETED) {
                g.returned = true;
                clearFrame(f);
            }
            return r;
        } catch (PyException e) {
            f.state = PyFrame.COMPLETED;
            clearFrame(f);
            throw e;
        } finally {
            ThreadState.excInfo = ei.previous;
            ei.previous = null;
            g.running = false;
        }
    }

    private static void clearFrame(PyFrame f) {
        PyObject[] s = f.s;
        for (int i = f.code.nlocalsplus; i < s.length; i++) s[i] = null;
    }

    /** gen.send(v) / coroutine.send(v): StopIteration carries the return value. */
    static PyObject send(PyGenBase g, PyObject v) {
        PyObject r = resume(g, v, null);
        if (g.returned) throw stopIteration(r);
        return r;
    }

    static PyException stopIteration(PyObject value) {
        if (value == PyNone.INSTANCE) return Errors.stopIteration();
        // StopIteration(value) with a tuple value must keep it as one argument.
        return Errors.of(PyExceptions.StopIteration, value);
    }

    // --- yield from / await ---

    /** Result of one SEND: the value and whether the subiterator returned. */
    static boolean sendReturned;

    /** One step of SEND on {@code receiver}; sets {@link #sendReturned}. */
    static PyObject sendStep(PyObject receiver, PyObject v) {
        sendReturned = false;
        if (receiver instanceof PyGenBase g && (receiver.type() == PyGenerator.TYPE || receiver.type() == PyCoroutine.TYPE)) {
            PyObject r = resume(g, v, null);
            sendReturned = g.returned;
            return r;
        }
        try {
            PyObject r;
            Slots.Next next = receiver.type().tp_iternext;
            if (v == PyNone.INSTANCE && next != null) {
                r = next.next(receiver);
                if (r == null) {
                    sendReturned = true;
                    return PyNone.INSTANCE;
                }
            } else {
                r = Abstract.call(Abstract.getAttr(receiver, "send"), v);
            }
            return r;
        } catch (PyException e) {
            if (!e.matches(PyExceptions.StopIteration)) throw e;
            sendReturned = true;
            return stopValue(e.value);
        }
    }

    static PyObject stopValue(PyBaseException e) {
        PyObject v = Abstract.lookupAttr(e, "value");
        return v == null ? PyNone.INSTANCE : v;
    }

    /** The object a suspended generator delegates to (yield from / await), or null (CPython's _PyGen_yf). */
    static PyObject yieldFrom(PyGenBase g) {
        PyFrame f = g.frame;
        if (f.state != PyFrame.SUSPENDED || f.code.instrs == null || f.ip >= f.code.instrs.length) return null;
        int next = f.code.instrs[f.ip];
        if ((next & Interpreter.MASK) != Opcode.RESUME || (next >>> Interpreter.SHIFT) < 2) return null;
        return f.s[f.sp - 1];
    }

    /** gen.throw(exc): into the delegate first when there is one (CPython's _gen_throw). */
    static PyObject throwInto(PyGenBase g, PyException exc, boolean closeOnGenExit) {
        PyObject yf = yieldFrom(g);
        if (yf != null) {
            if (exc.matches(PyExceptions.GeneratorExit) && closeOnGenExit) {
                g.running = true;
                try {
                    closeIter(yf);
                } catch (PyException e) {
                    g.running = false;
                    return resume(g, PyNone.INSTANCE, e);
                } finally {
                    g.running = false;
                }
                return resume(g, PyNone.INSTANCE, exc);
            }
            PyObject ret;
            try {
                g.running = true;
                if (yf.type() == PyGenerator.TYPE || yf.type() == PyCoroutine.TYPE) {
                    PyGenBase sub = (PyGenBase) yf;
                    ret = throwInto(sub, exc, closeOnGenExit);
                    if (sub.returned) throw stopIteration(ret);
                } else {
                    PyObject meth = Abstract.lookupAttr(yf, "throw");
                    if (meth == null) {
                        g.running = false;
                        return resume(g, PyNone.INSTANCE, exc);
                    }
                    ret = Abstract.call(meth, exc.value);
                }
            } catch (PyException e) {
                g.running = false;
                return resume(g, PyNone.INSTANCE, e);
            } finally {
                g.running = false;
            }
            g.returned = false;
            return ret;
        }
        return resume(g, PyNone.INSTANCE, exc);
    }

    static void closeIter(PyObject yf) {
        if (yf instanceof PyGenBase g && !(yf instanceof PyAsyncGenerator)) {
            close(g);
            return;
        }
        PyObject m = Abstract.lookupAttr(yf, "close");
        if (m != null) Abstract.call0(m);
    }

    /** gen.close(). */
    static PyObject close(PyGenBase g) {
        PyFrame f = g.frame;
        if (f.state == PyFrame.CREATED) {
            f.state = PyFrame.COMPLETED;
            return PyNone.INSTANCE;
        }
        if (f.state == PyFrame.COMPLETED) return PyNone.INSTANCE;
        PyException err = null;
        PyObject yf = yieldFrom(g);
        if (yf != null) {
            g.running = true;
            try {
                closeIter(yf);
            } catch (PyException e) {
                err = e;
            } finally {
                g.running = false;
            }
        }
        if (err == null) err = Errors.of(PyExceptions.GeneratorExit, new PyObject[0]);
        try {
            resume(g, PyNone.INSTANCE, err);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration) || e.matches(PyExceptions.GeneratorExit)) return PyNone.INSTANCE;
            throw e;
        }
        if (g.returned) return PyNone.INSTANCE;
        throw Errors.runtimeError(g.kind() + " ignored GeneratorExit");
    }

    /** The exception gen.throw(typ[, val[, tb]]) raises (CPython's _gen_throw argument checks). */
    static PyException makeThrow(PyObject typ, PyObject val, PyObject tb) {
        if (tb == PyNone.INSTANCE) tb = null;
        if (tb != null && !(tb instanceof PyTraceback)) throw Errors.typeError("throw() third argument must be a traceback object");
        PyBaseException e;
        if (typ instanceof PyType t && t.isSubtype(PyExceptions.BaseException)) {
            if (val instanceof PyBaseException ve && ve.type().isSubtype(t)) {
                e = ve;
            } else if (val == null || val == PyNone.INSTANCE) {
                e = (PyBaseException) Abstract.call0(t);
            } else if (val instanceof PyTuple vt) {
                e = (PyBaseException) Abstract.call(t, vt.items());
            } else {
                e = (PyBaseException) Abstract.call(t, val);
            }
        } else if (typ instanceof PyBaseException be) {
            if (val != null && val != PyNone.INSTANCE) throw Errors.typeError("instance exception may not have a separate value");
            e = be;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not " + typ.type().name());
        }
        if (tb != null) e.traceback = tb;
        return new PyException(e);
    }

    // --- await ---

    /** _PyCoro_GetAwaitableIter plus GET_AWAITABLE's checks; {@code where} 1/2 = __aenter__/__aexit__. */
    static PyObject awaitableIter(PyObject o, int where) {
        if (o.type() == PyCoroutine.TYPE || (o instanceof PyGenerator g && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0)) {
            if (o instanceof PyCoroutine c && yieldFrom(c) != null) throw Errors.runtimeError("coroutine is being awaited already");
            return o;
        }
        Slots.Unary aw = o.type().am_await;
        if (aw == null) {
            if (where == 1) {
                throw Errors.typeError("'async with' received an object from __aenter__ that does not implement __await__: " + o.type().name());
            }
            if (where == 2) {
                throw Errors.typeError("'async with' received an object from __aexit__ that does not implement __await__: " + o.type().name());
            }
            throw Errors.typeError("object " + o.type().name() + " can't be used in 'await' expression");
        }
        PyObject r = aw.apply(o);
        if (r.type() == PyCoroutine.TYPE || (r instanceof PyGenerator g && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0)) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (r.type().tp_iternext == null) throw Errors.typeError("__await__() returned non-iterator of type '" + r.type().name() + "'");
        return r;
    }

    static PyObject getAiter(PyObject o) {
        Slots.Unary f = o.type().am_aiter;
        if (f == null) throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name());
        PyObject it = f.apply(o);
        if (it.type().am_anext == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: " + it.type().name());
        }
        return it;
    }

    static PyObject getAnext(PyObject aiter) {
        Slots.Unary f = aiter.type().am_anext;
        if (aiter.type() == PyAsyncGenerator.TYPE) return f.apply(aiter);
        if (f == null) throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.type().name());
        PyObject next = f.apply(aiter);
        try {
            return awaitableIter(next, 0);
        } catch (PyException e) {
            if (!e.matches(PyExceptions.TypeError)) throw e;
            throw Errors.typeError("'async for' received an invalid object from __anext__: " + next.type().name());
        }
    }

    // --- Python-visible types ---

    private static PyGenBase g(PyObject o) { return (PyGenBase) o; }

    private static PyObject throwMethod(PyObject self, PyObject[] a, int off, int n, PyStr[] kw, boolean closeOnGenExit) {
        if (kw != null && kw.length > 0) throw Errors.typeError("throw() takes no keyword arguments");
        if (n < 1 || n > 3) throw Errors.typeError("throw expected at least 1 argument, got " + n);
        PyException e = makeThrow(a[off], n > 1 ? a[off + 1] : null, n > 2 ? a[off + 2] : null);
        PyGenBase gen = g(self);
        PyObject r = throwInto(gen, e, closeOnGenExit);
        if (gen.returned) throw stopIteration(r);
        return r;
    }

    static void common(PyType t, String prefix) {
        t.method("send", (self, v) -> send(g(self), v));
        t.methodKw("throw", (self, a, off, n, kw) -> throwMethod(self, a, off, n, kw, true));
        t.method("close", self -> close(g(self)));
        t.getset("__name__", self -> g(self).name, (d, self, v) -> {
            if (!(v instanceof PyStr ps)) throw Errors.typeError("__name__ must be set to a string object");
            g(self).name = ps;
        });
        t.getset("__qualname__", self -> g(self).qualname, (d, self, v) -> {
            if (!(v instanceof PyStr ps)) throw Errors.typeError("__qualname__ must be set to a string object");
            g(self).qualname = ps;
        });
        t.getter(prefix + "_frame", self -> g(self).finished() ? PyNone.INSTANCE : g(self).frame);
        t.getter(prefix + "_running", self -> PyBool.of(g(self).running));
        t.getter(prefix + "_suspended", self -> PyBool.of(g(self).frame.state == PyFrame.SUSPENDED));
        t.getter(prefix + "_code", self -> g(self).frame.code);
        t.tp_repr = self -> new PyStr("<" + self.type().name().replace('_', ' ') + " object " + g(self).qualname.value()
                + " at " + Abstract.addressOf(self) + ">");
    }

    public static void initGenerator(PyType t) {
        common(t, "gi");
        t.tp_iter = self -> self;
        t.tp_iternext = self -> {
            PyGenBase gen = g(self);
            PyObject r = resume(gen, PyNone.INSTANCE, null);
            if (gen.returned) {
                if (r == PyNone.INSTANCE) return null;
                throw stopIteration(r);
            }
            return r;
        };
        t.getter("gi_yieldfrom", self -> orNone(yieldFrom(g(self))));
    }

    public static void initCoroutine(PyType t, PyType wrapper) {
        common(t, "cr");
        t.am_await = self -> new PyCoroutine.Wrapper((PyCoroutine) self);
        t.getter("cr_await", self -> orNone(yieldFrom(g(self))));
        t.getter("cr_origin", self -> PyNone.INSTANCE);
        wrapper.tp_iter = self -> self;
        wrapper.tp_iternext = self -> {
            PyCoroutine c = ((PyCoroutine.Wrapper) self).coro;
            PyObject r = resume(c, PyNone.INSTANCE, null);
            if (c.returned) {
                if (r == PyNone.INSTANCE) return null;
                throw stopIteration(r);
            }
            return r;
        };
        wrapper.method("send", (self, v) -> send(((PyCoroutine.Wrapper) self).coro, v));
        wrapper.methodKw("throw", (self, a, off, n, kw) -> throwMethod(((PyCoroutine.Wrapper) self).coro, a, off, n, kw, true));
        wrapper.method("close", self -> close(((PyCoroutine.Wrapper) self).coro));
    }

    static PyObject orNone(PyObject o) { return o == null ? PyNone.INSTANCE : o; }
}
