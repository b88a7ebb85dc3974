package kiln.runtime.interp;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyAsyncGenerator;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;

/** Async generators and their asend/athrow awaitables (CPython 3.12: Objects/genobject.c, async_gen_*). */
public final class AsyncGenerators {
    private AsyncGenerators() {}

    private static final int INIT = 0, ITER = 1, CLOSED = 2;

    /** sys.set_asyncgen_hooks(firstiter=..., finalizer=...) as set by the sys module; null when unset. */
    public static PyObject firstIterHook, finalizerHook;

    private static PyAsyncGenerator ag(PyObject o) { return (PyAsyncGenerator) o; }

    private static void initHooks(PyAsyncGenerator g) {
        if (g.hooksInited) return;
        g.hooksInited = true;
        if (finalizerHook != null) g.finalizer = finalizerHook;
        if (firstIterHook != null) Abstract.call(firstIterHook, g);
    }

    /** async_gen_unwrap_value: a Wrapped value ends the await with StopIteration(value). */
    private static PyObject unwrap(PyAsyncGenerator g, PyObject r) {
        if (g.returned) {
            g.closed = true;
            g.runningAsync = false;
            throw Errors.of(PyExceptions.StopAsyncIteration, new PyObject[0]);
        }
        if (r instanceof PyAsyncGenerator.Wrapped w) {
            g.runningAsync = false;
            throw Generators.stopIteration(w.value);
        }
        return r;
    }

    private static PyObject guarded(PyAsyncGenerator g, java.util.function.Supplier<PyObject> step) {
        try {
            return step.get();
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopAsyncIteration) || e.matches(PyExceptions.GeneratorExit)) g.closed = true;
            if (!e.matches(PyExceptions.StopIteration)) g.runningAsync = false;
            throw e;
        }
    }

    static PyObject asendSend(PyAsyncGenerator.Op o, PyObject arg) {
        PyAsyncGenerator g = o.gen;
        if (o.state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
        if (o.state == INIT) {
            if (g.runningAsync) throw Errors.runtimeError("anext(): asynchronous generator is already running");
            if (arg == null || arg == PyNone.INSTANCE) arg = o.sendValue;
            o.state = ITER;
        }
        g.runningAsync = true;
        PyObject a = arg;
        try {
            return guarded(g, () -> unwrap(g, Generators.resume(g, a, null)));
        } catch (PyException e) {
            o.state = CLOSED;
            throw e;
        }
    }

    static PyObject asendThrow(PyAsyncGenerator.Op o, PyException exc) {
        PyAsyncGenerator g = o.gen;
        if (o.state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
        try {
            return guarded(g, () -> unwrap(g, Generators.throwInto(g, exc, true)));
        } catch (PyException e) {
            o.state = CLOSED;
            throw e;
        }
    }

    static PyObject athrowSend(PyAsyncGenerator.Op o, PyObject arg) {
        PyAsyncGenerator g = o.gen;
        boolean aclose = o.throwArgs == null;
        String what = aclose ? "aclose()" : "athrow()";
        if (o.state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
        if (g.finished()) {
            o.state = CLOSED;
            throw Errors.stopIteration();
        }
        PyObject r;
        try {
            if (o.state == INIT) {
                if (g.runningAsync) {
                    o.state = CLOSED;
                    throw Errors.runtimeError(what + ": asynchronous generator is already running");
                }
                if (g.closed) {
                    o.state = CLOSED;
                    throw Errors.of(PyExceptions.StopAsyncIteration, new PyObject[0]);
                }
                if (arg != PyNone.INSTANCE) throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
                o.state = ITER;
                g.runningAsync = true;
                if (aclose) {
                    g.closed = true;
                    r = Generators.throwInto(g, Errors.of(PyExceptions.GeneratorExit, new PyObject[0]), false);
                    if (g.returned) throw Errors.of(PyExceptions.StopAsyncIteration, new PyObject[0]);
                    if (r instanceof PyAsyncGenerator.Wrapped) return yieldClose(o);
                    return r;
                }
                PyException e = Generators.makeThrow(o.throwArgs[0], o.throwArgs[1], o.throwArgs[2]);
                return unwrap(g, Generators.throwInto(g, e, false));
            }
            r = Generators.resume(g, arg, null);
            if (!aclose) return unwrap(g, r);
            if (g.returned) throw Errors.of(PyExceptions.StopAsyncIteration, new PyObject[0]);
            if (r instanceof PyAsyncGenerator.Wrapped) return yieldClose(o);
            return r;
        } catch (PyException e) {
            return checkError(o, e);
        }
    }

    private static PyObject yieldClose(PyAsyncGenerator.Op o) {
        o.gen.runningAsync = false;
        o.state = CLOSED;
        throw Errors.runtimeError("async generator ignored GeneratorExit");
    }

    private static PyObject checkError(PyAsyncGenerator.Op o, PyException e) {
        if (e.matches(PyExceptions.StopIteration) && o.throwArgs != null) throw e;
        o.gen.runningAsync = false;
        o.state = CLOSED;
        if ((e.matches(PyExceptions.StopAsyncIteration) || e.matches(PyExceptions.GeneratorExit)) && o.throwArgs == null) {
            throw Errors.stopIteration();
        }
        throw e;
    }

    static PyObject athrowThrow(PyAsyncGenerator.Op o, PyException exc) {
        PyAsyncGenerator g = o.gen;
        if (o.state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
        try {
            PyObject r = Generators.throwInto(g, exc, false);
            if (o.throwArgs != null) return unwrap(g, r);
            if (g.returned) throw Errors.of(PyExceptions.StopAsyncIteration, new PyObject[0]);
            if (r instanceof PyAsyncGenerator.Wrapped) return yieldClose(o);
            return r;
        } catch (PyException e) {
            return checkError(o, e);
        }
    }

    private static PyException throwArgs(PyObject[] a, int off, int n, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("throw() takes no keyword arguments");
        if (n < 1 || n > 3) throw Errors.typeError("throw expected at least 1 argument, got " + n);
        return Generators.makeThrow(a[off], n > 1 ? a[off + 1] : null, n > 2 ? a[off + 2] : null);
    }

    public static void init(PyType t, PyType asend, PyType athrow) {
        t.getset("__name__", self -> ag(self).name, (d, self, v) -> ag(self).name = (PyStr) v);
        t.getset("__qualname__", self -> ag(self).qualname, (d, self, v) -> ag(self).qualname = (PyStr) v);
        t.getter("ag_frame", self -> ag(self).finished() ? PyNone.INSTANCE : ag(self).frame);
        t.getter("ag_running", self -> kiln.runtime.types.PyBool.of(ag(self).runningAsync));
        t.getter("ag_code", self -> ag(self).frame.code);
        t.getter("ag_await", self -> Generators.orNone(Generators.yieldFrom(ag(self))));
        t.getter("ag_suspended", self -> kiln.runtime.types.PyBool.of(ag(self).frame.state == kiln.runtime.types.PyFrame.SUSPENDED));
        t.am_aiter = self -> self;
        t.am_anext = self -> {
            initHooks(ag(self));
            return new PyAsyncGenerator.Op(PyAsyncGenerator.ASEND_TYPE, ag(self), PyNone.INSTANCE, null);
        };
        t.method("asend", (self, v) -> {
            initHooks(ag(self));
            return new PyAsyncGenerator.Op(PyAsyncGenerator.ASEND_TYPE, ag(self), v, null);
        });
        t.methodKw("athrow", (self, a, off, n, kw) -> {
            if (n < 1 || n > 3) throw Errors.typeError("athrow expected at least 1 argument, got " + n);
            initHooks(ag(self));
            PyObject[] args = {a[off], n > 1 ? a[off + 1] : null, n > 2 ? a[off + 2] : null};
            return new PyAsyncGenerator.Op(PyAsyncGenerator.ATHROW_TYPE, ag(self), null, args);
        });
        t.method("aclose", self -> {
            initHooks(ag(self));
            return new PyAsyncGenerator.Op(PyAsyncGenerator.ATHROW_TYPE, ag(self), null, null);
        });
        t.tp_repr = self -> new PyStr("<async_generator object " + ag(self).qualname.value() + " at " + Abstract.addressOf(self) + ">");

        asend.am_await = self -> self;
        asend.tp_iter = self -> self;
        asend.tp_iternext = self -> asendSend((PyAsyncGenerator.Op) self, PyNone.INSTANCE);
        asend.method("send", (self, v) -> asendSend((PyAsyncGenerator.Op) self, v));
        asend.methodKw("throw", (self, a, off, n, kw) -> asendThrow((PyAsyncGenerator.Op) self, throwArgs(a, off, n, kw)));
        asend.method("close", self -> {
            ((PyAsyncGenerator.Op) self).state = CLOSED;
            return PyNone.INSTANCE;
        });

        athrow.am_await = self -> self;
        athrow.tp_iter = self -> self;
        athrow.tp_iternext = self -> athrowSend((PyAsyncGenerator.Op) self, PyNone.INSTANCE);
        athrow.method("send", (self, v) -> athrowSend((PyAsyncGenerator.Op) self, v));
        athrow.methodKw("throw", (self, a, off, n, kw) -> athrowThrow((PyAsyncGenerator.Op) self, throwArgs(a, off, n, kw)));
        athrow.method("close", self -> {
            ((PyAsyncGenerator.Op) self).state = CLOSED;
            return PyNone.INSTANCE;
        });
    }
}
