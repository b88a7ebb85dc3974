package kiln.runtime.interp;

import kiln.compiler.CodeUnit;
import kiln.compiler.Opcode;
import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;
import kiln.runtime.exceptions.ExceptionGroups;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyCell;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyMethodDescr;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PySet;
import kiln.runtime.types.PySlice;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** The generic forms of instructions, and the rare instructions, out of the dispatch method. */
final class Ops {
    private Ops() {}

    static final long RERAISE_SIGNAL = -1L;
    /** The exception a rare instruction re-raises without a new traceback entry (see {@link #RERAISE_SIGNAL}). */
    static PyException lastReraise;

    static PyStr s(String n) { return PyStr.intern(n); }

    static long pack(int sp, int ip) { return (sp & 0xffffffffL) | ((long) ip << 32); }

    // --- errors ---

    static PyException unboundLocal(PyCode co, int i) {
        return Errors.unboundLocalError("cannot access local variable '" + co.localsplusnames[i].value()
                + "' where it is not associated with a value");
    }

    static PyException unboundDeref(PyCode co, int i) {
        if ((co.kinds[i] & CodeUnit.CO_FAST_FREE) != 0) {
            return Errors.nameError("cannot access free variable '" + co.localsplusnames[i].value()
                    + "' where it is not associated with a value in enclosing scope");
        }
        return unboundLocal(co, i);
    }

    static PyException nameError(PyStr name) {
        PyException e = Errors.nameError("name '" + name.value() + "' is not defined");
        try {
            Abstract.setAttr(e.value, "name", name);
        } catch (PyException ignored) {
            // NameError.name is best effort
        }
        return e;
    }

    /** The exception object as a throwable, for RERAISE and friends. */
    static PyException asThrowable(PyObject e) {
        if (e instanceof PyBaseException be) return new PyException(be);
        return Errors.typeError("exceptions must derive from BaseException");
    }

    // --- names ---

    static void copyFreeVars(PyFrame f, int n) {
        PyCell[] closure = f.func.closure;
        int off = f.code.nlocalsplus - n;
        for (int i = 0; i < n; i++) f.s[off + i] = closure[i];
    }

    static int loadGlobal(PyFrame f, PyObject[] s, int sp, int cur, int arg) {
        PyStr name = f.code.names[arg >> 1];
        PyCode co = f.code;
        if (co.quickened) Quickening.specializeLoadGlobal(f, cur, name);
        PyObject v = f.globals.getStr(name);
        if (v == null) {
            v = mapGet(f.builtins, name);
            if (v == null) throw nameError(name);
        }
        if ((arg & 1) != 0) s[sp++] = null;
        s[sp++] = v;
        return sp;
    }

    /** d[name] for a dict or any mapping; null when missing. */
    static PyObject mapGet(PyObject d, PyStr name) {
        if (d instanceof PyDict pd && pd.type() == PyDict.TYPE) return pd.getStr(name);
        if (d instanceof PyDict pd) {
            PyObject v = pd.getItem(name);
            if (v != null) return v;
        }
        try {
            return Abstract.getItem(d, name);
        } catch (PyException e) {
            if (e.matches(PyExceptions.KeyError)) return null;
            throw e;
        }
    }

    static PyObject loadName(PyFrame f, PyStr name) {
        PyObject locals = f.locals;
        if (locals == null) throw Errors.of(PyExceptions.SystemError, "no locals when loading '" + name.value() + "'");
        PyObject v = mapGet(locals, name);
        if (v != null) return v;
        v = f.globals.getStr(name);
        if (v != null) return v;
        v = mapGet(f.builtins, name);
        if (v != null) return v;
        throw nameError(name);
    }

    // --- attributes ---

    static int loadAttr(PyFrame f, PyObject[] s, int sp, int cur, int arg) {
        PyCode co = f.code;
        PyStr name = co.names[arg >> 1];
        PyObject o = s[sp - 1];
        if (co.quickened && Quickening.specializeLoadAttr(co, cur, o, name, (arg & 1) != 0)) {
            // Specialised: run the generic path this once (the cache is primed for next time).
        }
        if ((arg & 1) != 0) {
            PyObject m = methodLookup(o, name);
            if (m != null) {
                s[sp - 1] = m;
                s[sp++] = o;
            } else {
                s[sp - 1] = null;
                s[sp++] = Ops.getAttr(o, name);
            }
            return sp;
        }
        s[sp - 1] = Ops.getAttr(o, name);
        return sp;
    }

    /** getattr for LOAD_ATTR (Abstract.getAttr gives an AttributeError its name and obj, as 3.12 does). */
    static PyObject getAttr(PyObject o, PyStr name) {
        return Abstract.getAttr(o, name);
    }

    /**
     * The unbound method for obj.name when a call can skip the bound-method object (CPython's
     * _PyObject_GetMethod): a Python function or method descriptor on the type, not shadowed by the instance dict
     * or a data descriptor. Null when the attribute must be loaded normally.
     */
    static PyObject methodLookup(PyObject o, PyStr name) {
        PyType t = o.type();
        if (t.tp_getattro != kiln.runtime.PyBaseObjectSlots.GENERIC_GETATTR) return null;
        PyObject d = t.lookup(name);
        if (d == null || !(d instanceof PyFunction || d instanceof PyMethodDescr)) return null;
        PyDict dict = o.existingDict();
        if (dict != null && dict.getStr(name) != null) return null;
        return d;
    }

    static int storeAttr(PyFrame f, PyObject[] s, int sp, int cur, int arg) {
        PyCode co = f.code;
        PyStr name = co.names[arg];
        PyObject o = s[sp - 1], v = s[sp - 2];
        if (co.quickened) Quickening.specializeStoreAttr(co, cur, o, name);
        Abstract.setAttr(o, name, v);
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    // --- operators ---

    static PyObject binaryOp(PyCode co, int cur, int arg, PyObject a, PyObject b) {
        if (co.quickened) Quickening.specializeBinaryOp(co, cur, arg, a, b);
        return binaryGeneric(arg, a, b);
    }

    static PyObject binaryGeneric(int arg, PyObject a, PyObject b) {
        if (arg == Opcode.NB_POWER) return PyNumber.power(a, b, PyNone.INSTANCE);
        if (arg == Opcode.NB_INPLACE_POWER) return PyNumber.inplacePower(a, b);
        if (arg < 13) return PyNumber.binary(a, b, PyNumber.BY_OPARG[arg]);
        return PyNumber.inplace(a, b, PyNumber.BY_OPARG[arg - 13]);
    }

    static PyObject compareOp(PyCode co, int cur, int arg, PyObject a, PyObject b) {
        if (co.quickened) Quickening.specializeCompare(co, cur, arg, a, b);
        return Abstract.richCompare(a, b, CompareOp.of(arg >> 4));
    }

    static PyObject binarySubscr(PyCode co, int cur, PyObject c, PyObject k) {
        if (co.quickened) Quickening.specializeSubscr(co, cur, c, k);
        return Abstract.getItem(c, k);
    }

    static void storeSubscr(PyCode co, int cur, PyObject v, PyObject c, PyObject k) {
        if (co.quickened) Quickening.specializeStoreSubscr(co, cur, c, k);
        Abstract.setItem(c, k, v);
    }

    /** Next item or null at the end (StopIteration from a Python __next__ ends the loop too). */
    static PyObject next(PyObject it) {
        Slots.Next n = it.type().tp_iternext;
        if (n == null) throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        try {
            return n.next(it);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) return null;
            throw e;
        }
    }

    // --- unpacking ---

    static int unpackSequence(PyCode co, int cur, PyObject[] s, int sp, int n) {
        if (co.quickened) Quickening.specializeUnpack(co, cur, s[sp - 1], n);
        return unpackGeneric(s, sp, n);
    }

    static int unpackGeneric(PyObject[] s, int sp, int n) {
        PyObject o = s[--sp];
        s[sp] = null;
        PyObject[] items;
        if ((o.type() == PyTuple.TYPE || o.type() == PyList.TYPE)) {
            items = o instanceof PyTuple t ? t.items() : ((PyList) o).toArray();
            if (items.length != n) {
                if (items.length < n) {
                    throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
                }
                throw Errors.valueError("too many values to unpack (expected " + n + ")");
            }
        } else {
            PyObject it = iterForUnpack(o);
            items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject x = Abstract.next(it);
                if (x == null) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                items[i] = x;
            }
            if (Abstract.next(it) != null) throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        for (int i = n - 1; i >= 0; i--) s[sp++] = items[i];
        return sp;
    }

    private static PyObject iterForUnpack(PyObject o) {
        PyType t = o.type();
        if (t.tp_iter == null && t.mp_subscript == null) {
            throw Errors.typeError("cannot unpack non-iterable " + t.name() + " object");
        }
        return Abstract.getIter(o);
    }

    static int unpackEx(PyObject[] s, int sp, int arg) {
        int before = arg & 0xff, after = arg >> 8;
        PyObject o = s[--sp];
        s[sp] = null;
        PyObject it = iterForUnpack(o);
        PyObject[] head = new PyObject[before];
        for (int i = 0; i < before; i++) {
            PyObject x = Abstract.next(it);
            if (x == null) {
                throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + i + ")");
            }
            head[i] = x;
        }
        PyList rest = new PyList();
        for (PyObject x; (x = Abstract.next(it)) != null; ) rest.append(x);
        if (rest.size() < after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + (before + rest.size()) + ")");
        }
        PyObject[] tail = new PyObject[after];
        for (int i = 0; i < after; i++) tail[i] = rest.items[rest.size - after + i];
        for (int i = 0; i < after; i++) rest.items[rest.size - after + i] = null;
        rest.size -= after;
        for (int i = after - 1; i >= 0; i--) s[sp++] = tail[i];
        s[sp++] = rest;
        for (int i = before - 1; i >= 0; i--) s[sp++] = head[i];
        return sp;
    }

    // --- calls ---

    static PyStr[] kwNames(PyCode co, int cur, int arg) {
        Object c = co.cache[cur];
        if (c instanceof PyStr[] a) return a;
        PyTuple t = (PyTuple) co.consts[arg];
        PyStr[] a = new PyStr[t.size()];
        for (int i = 0; i < a.length; i++) a[i] = (PyStr) t.get(i);
        co.cache[cur] = a;
        return a;
    }

    /** _PyObject_FunctionStr: "module.qualname()" or "qualname()". */
    static String functionStr(PyObject func) {
        PyObject qn = Abstract.lookupAttr(func, "__qualname__");
        if (qn == null && func instanceof kiln.runtime.types.PyBuiltinFunction bf && bf.self == null
                || qn == null && func instanceof kiln.runtime.types.PyBuiltinFunction bm && bm.self instanceof kiln.runtime.types.PyModule) {
            return ((kiln.runtime.types.PyBuiltinFunction) func).name + "()";
        }
        if (qn == null) return Abstract.strJava(func);
        PyObject mod = Abstract.lookupAttr(func, "__module__");
        if (mod instanceof PyStr m && !m.value().equals("builtins")) return m.value() + "." + Abstract.strJava(qn) + "()";
        return Abstract.strJava(qn) + "()";
    }

    static PyObject callFunctionEx(PyObject func, PyObject callargs, PyObject kwargs) {
        PyTuple args;
        if (callargs instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            args = t;
        } else {
            if (callargs.type().tp_iter == null && callargs.type().mp_subscript == null) {
                throw Errors.typeError(functionStr(func) + " argument after * must be an iterable, not " + callargs.type().name());
            }
            args = PyTuple.of(Abstract.toArray(callargs));
        }
        PyDict kw = null;
        if (kwargs != null) {
            if (kwargs instanceof PyDict d && d.type() == PyDict.TYPE) {
                kw = d;
            } else {
                kw = new PyDict();
                dictMerge(func, kw, kwargs);
            }
        }
        if (func instanceof PyFunction pf && (kw == null || kw.size() == 0)) {
            return Interpreter.callFunction(pf, args.items(), 0, args.size(), null);
        }
        return Abstract.callWithTupleAndDict(func, args, kw);
    }

    /** DICT_MERGE: {**a, **b} in a call, refusing duplicate keys with the function named. */
    static void dictMerge(PyObject func, PyDict target, PyObject update) {
        if (update instanceof PyDict d) {
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                mergeOne(func, target, d.keyAt(i), d.valueAt(i));
            }
            return;
        }
        PyObject keysM = Abstract.lookupAttr(update, "keys");
        if (keysM == null) {
            throw Errors.typeError(functionStr(func) + " argument after ** must be a mapping, not " + update.type().name());
        }
        PyObject it = Abstract.getIter(Abstract.call0(keysM));
        for (PyObject k; (k = Abstract.next(it)) != null; ) mergeOne(func, target, k, Abstract.getItem(update, k));
    }

    private static void mergeOne(PyObject func, PyDict target, PyObject k, PyObject v) {
        if (target.getItem(k) != null) {
            throw Errors.typeError(functionStr(func) + " got multiple values for keyword argument '"
                    + (k instanceof PyStr ks ? ks.value() : Abstract.strJava(k)) + "'");
        }
        target.setItem(k, v);
    }

    static PyObject makeFunction(PyFrame f, PyObject[] s, int sp, int flags) {
        PyCode code = (PyCode) s[sp - 1];
        PyFunction fn = new PyFunction(code, f.globals, code.qualname);
        int k = sp - 2;
        if ((flags & 8) != 0) {
            PyTuple cl = (PyTuple) s[k--];
            PyCell[] cells = new PyCell[cl.size()];
            for (int i = 0; i < cells.length; i++) cells[i] = (PyCell) cl.get(i);
            fn.closure = cells;
        }
        if ((flags & 4) != 0) fn.annotations = s[k--];
        if ((flags & 2) != 0) fn.kwdefaults = (PyDict) s[k--];
        if ((flags & 1) != 0) {
            PyTuple d = (PyTuple) s[k--];
            fn.defaults = d.size() == 0 ? null : d.items();
        }
        return fn;
    }

    // --- the rest: returns pack(sp, ip) or RERAISE_SIGNAL ---

    static long rare(PyFrame f, int op, int arg, int sp, int ip, int cur, PyStr[] kwnames) {
        PyObject[] s = f.s;
        PyCode co = f.code;
        switch (op) {
            case Opcode.UNARY_NEGATIVE -> s[sp - 1] = PyNumber.negative(s[sp - 1]);
            case Opcode.UNARY_INVERT -> s[sp - 1] = PyNumber.invert(s[sp - 1]);
            case Opcode.UNARY_NOT -> s[sp - 1] = PyBool.of(!Abstract.isTrue(s[sp - 1]));
            case Opcode.BINARY_SLICE -> {
                PyObject stop = s[--sp], start = s[--sp];
                s[sp + 1] = s[sp] = null;
                s[sp - 1] = Abstract.getItem(s[sp - 1], new PySlice(start, stop, PyNone.INSTANCE));
            }
            case Opcode.STORE_SLICE -> {
                PyObject stop = s[sp - 1], start = s[sp - 2], c = s[sp - 3], v = s[sp - 4];
                Abstract.setItem(c, new PySlice(start, stop, PyNone.INSTANCE), v);
                sp = clear(s, sp, 4);
            }
            case Opcode.DELETE_SUBSCR -> {
                Abstract.delItem(s[sp - 2], s[sp - 1]);
                sp = clear(s, sp, 2);
            }
            case Opcode.GET_LEN -> {
                s[sp] = PyInt.valueOf(Abstract.len(s[sp - 1]));
                sp++;
            }
            case Opcode.MATCH_MAPPING -> {
                s[sp] = PyBool.of(s[sp - 1].type().hasFlag(PyType.MAPPING));
                sp++;
            }
            case Opcode.MATCH_SEQUENCE -> {
                PyType t = s[sp - 1].type();
                // str, bytes and bytearray are sequences but never match sequence patterns.
                s[sp] = PyBool.of(t.hasFlag(PyType.SEQUENCE) && !t.hasFlag(PyType.UNICODE_SUBCLASS)
                        && !t.hasFlag(PyType.BYTES_SUBCLASS) && !t.isSubtype(kiln.runtime.types.PyByteArray.TYPE));
                sp++;
            }
            case Opcode.MATCH_KEYS -> {
                s[sp] = Match.keys(s[sp - 2], s[sp - 1]);
                sp++;
            }
            case Opcode.MATCH_CLASS -> {
                PyObject names = s[sp - 1], type = s[sp - 2], subject = s[sp - 3];
                PyObject r = Match.cls(subject, type, arg, (PyTuple) names);
                sp = clear(s, sp, 3);
                s[sp++] = r == null ? PyNone.INSTANCE : r;
            }
            case Opcode.PUSH_EXC_INFO -> {
                PyObject v = s[sp - 1];
                ThreadState.ExcInfo ei = ThreadState.excInfo;
                s[sp - 1] = ei.value == null ? PyNone.INSTANCE : ei.value;
                s[sp++] = v;
                ei.value = v;
            }
            case Opcode.POP_EXCEPT -> {
                PyObject v = s[--sp];
                s[sp] = null;
                ThreadState.excInfo.value = v == PyNone.INSTANCE ? null : v;
            }
            case Opcode.CHECK_EXC_MATCH -> {
                PyObject right = s[sp - 1], left = s[sp - 2];
                checkExceptType(right, false);
                s[sp - 1] = PyBool.of(exceptionMatches(left, right));
            }
            case Opcode.CHECK_EG_MATCH -> {
                PyObject matchType = s[sp - 1], exc = s[sp - 2];
                checkExceptType(matchType, true);
                PyObject[] mr = exc == PyNone.INSTANCE ? new PyObject[] {null, null}
                        : ExceptionGroups.exceptStarMatch((PyBaseException) exc, matchType);
                PyObject match = mr[0], rest = mr[1];
                s[sp - 2] = rest == null ? PyNone.INSTANCE : rest;
                s[sp - 1] = match == null ? PyNone.INSTANCE : match;
                if (match != null) ThreadState.excInfo.value = match;
            }
            case Opcode.WITH_EXCEPT_START -> {
                PyObject val = s[sp - 1], exit = s[sp - 4];
                PyObject tb = val instanceof PyBaseException be && be.traceback != null ? be.traceback : PyNone.INSTANCE;
                s[sp++] = Abstract.call(exit, val.type(), val, tb);
            }
            case Opcode.BEFORE_WITH -> {
                PyObject mgr = s[sp - 1];
                PyObject enter = Abstract.lookupSpecial(mgr, s("__enter__"));
                if (enter == null) {
                    throw Errors.typeError("'" + mgr.type().name() + "' object does not support the context manager protocol");
                }
                PyObject exit = Abstract.lookupSpecial(mgr, s("__exit__"));
                if (exit == null) {
                    throw Errors.typeError("'" + mgr.type().name()
                            + "' object does not support the context manager protocol (missed __exit__ method)");
                }
                s[sp - 1] = exit;
                s[sp++] = Abstract.call0(enter);
            }
            case Opcode.BEFORE_ASYNC_WITH -> {
                PyObject mgr = s[sp - 1];
                PyObject enter = Abstract.lookupSpecial(mgr, s("__aenter__"));
                if (enter == null) {
                    throw Errors.typeError("'" + mgr.type().name()
                            + "' object does not support the asynchronous context manager protocol");
                }
                PyObject exit = Abstract.lookupSpecial(mgr, s("__aexit__"));
                if (exit == null) {
                    throw Errors.typeError("'" + mgr.type().name()
                            + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                }
                s[sp - 1] = exit;
                PyObject r = Abstract.call0(enter);
                s[sp++] = Generators.awaitableIter(r, 1);
            }
            case Opcode.GET_AITER -> s[sp - 1] = Generators.getAiter(s[sp - 1]);
            case Opcode.GET_ANEXT -> {
                s[sp] = Generators.getAnext(s[sp - 1]);
                sp++;
            }
            case Opcode.GET_AWAITABLE -> s[sp - 1] = Generators.awaitableIter(s[sp - 1], arg);
            case Opcode.END_ASYNC_FOR -> {
                PyObject exc = s[sp - 1];
                if (exc.type().isSubtype(PyExceptions.StopAsyncIteration)) {
                    sp = clear(s, sp, 2);
                } else {
                    lastReraise = asThrowable(exc);
                    return RERAISE_SIGNAL;
                }
            }
            case Opcode.CLEANUP_THROW -> {
                PyObject exc = s[sp - 1];
                if (exc.type().isSubtype(PyExceptions.StopIteration)) {
                    PyObject value = Abstract.getAttr(exc, "value");
                    sp = clear(s, sp, 3);
                    s[sp++] = PyNone.INSTANCE;
                    s[sp++] = value;
                } else {
                    lastReraise = asThrowable(exc);
                    return RERAISE_SIGNAL;
                }
            }
            case Opcode.SEND -> {
                PyObject v = s[sp - 1], receiver = s[sp - 2];
                s[sp - 1] = Generators.sendStep(receiver, v);
                if (Generators.sendReturned) ip = arg;
            }
            case Opcode.GET_YIELD_FROM_ITER -> {
                PyObject o = s[sp - 1];
                if (o instanceof kiln.runtime.types.PyCoroutine) {
                    if ((co.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                        throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    }
                } else if (!(o instanceof kiln.runtime.types.PyGenerator)) {
                    s[sp - 1] = Abstract.getIter(o);
                }
            }
            case Opcode.STORE_NAME -> {
                PyStr name = co.names[arg];
                PyObject v = s[--sp];
                s[sp] = null;
                PyObject locals = f.locals;
                if (locals == null) throw Errors.of(PyExceptions.SystemError, "no locals found when storing '" + name.value() + "'");
                if (locals instanceof PyDict d && d.type() == PyDict.TYPE) d.setItem(name, v);
                else Abstract.setItem(locals, name, v);
            }
            case Opcode.DELETE_NAME -> {
                PyStr name = co.names[arg];
                PyObject locals = f.locals;
                if (locals == null) throw Errors.of(PyExceptions.SystemError, "no locals when deleting '" + name.value() + "'");
                if (locals instanceof PyDict d && d.type() == PyDict.TYPE) {
                    if (d.delItem(name) == null) throw nameError(name);
                } else {
                    try {
                        Abstract.delItem(locals, name);
                    } catch (PyException e) {
                        if (e.matches(PyExceptions.KeyError)) throw nameError(name);
                        throw e;
                    }
                }
            }
            case Opcode.LOAD_NAME -> s[sp++] = loadName(f, co.names[arg]);
            case Opcode.STORE_GLOBAL -> {
                f.globals.setItem(co.names[arg], s[--sp]);
                s[sp] = null;
            }
            case Opcode.DELETE_GLOBAL -> {
                if (f.globals.delItem(co.names[arg]) == null) throw nameError(co.names[arg]);
            }
            case Opcode.DELETE_ATTR -> {
                Abstract.delAttr(s[sp - 1], co.names[arg]);
                sp = clear(s, sp, 1);
            }
            case Opcode.DELETE_DEREF -> {
                PyCell c = (PyCell) s[arg];
                if (c.value == null) throw unboundDeref(co, arg);
                c.value = null;
            }
            case Opcode.LOAD_FROM_DICT_OR_DEREF -> {
                PyObject mapping = s[sp - 1];
                PyObject v = mapGet(mapping, co.localsplusnames[arg]);
                if (v == null) {
                    v = ((PyCell) s[arg]).value;
                    if (v == null) throw unboundDeref(co, arg);
                }
                s[sp - 1] = v;
            }
            case Opcode.LOAD_FROM_DICT_OR_GLOBALS -> {
                PyObject mapping = s[sp - 1];
                PyStr name = co.names[arg];
                PyObject v = mapGet(mapping, name);
                if (v == null) v = f.globals.getStr(name);
                if (v == null) v = mapGet(f.builtins, name);
                if (v == null) throw nameError(name);
                s[sp - 1] = v;
            }
            case Opcode.LOAD_LOCALS -> {
                if (f.locals == null) throw Errors.of(PyExceptions.SystemError, "no locals found");
                s[sp++] = f.locals;
            }
            case Opcode.SETUP_ANNOTATIONS -> {
                PyObject locals = f.locals;
                if (locals == null) throw Errors.of(PyExceptions.SystemError, "no locals found when setting up annotations");
                if (mapGet(locals, s("__annotations__")) == null) Abstract.setItem(locals, s("__annotations__"), new PyDict());
            }
            case Opcode.LOAD_BUILD_CLASS -> {
                PyObject bc = mapGet(f.builtins, s("__build_class__"));
                if (bc == null) throw Errors.nameError("__build_class__ not found");
                s[sp++] = bc;
            }
            case Opcode.LOAD_ASSERTION_ERROR -> s[sp++] = PyExceptions.AssertionError;
            case Opcode.LOAD_SUPER_ATTR -> sp = SuperOps.loadSuperAttr(f, s, sp, arg);
            case Opcode.UNPACK_EX -> sp = unpackEx(s, sp, arg);
            case Opcode.BUILD_SET -> {
                PySet set = new PySet();
                for (int i = sp - arg; i < sp; i++) set.add(s[i]);
                sp = clear(s, sp, arg);
                s[sp++] = set;
            }
            case Opcode.BUILD_MAP -> {
                PyDict d = new PyDict();
                for (int i = sp - 2 * arg; i < sp; i += 2) d.setItem(s[i], s[i + 1]);
                sp = clear(s, sp, 2 * arg);
                s[sp++] = d;
            }
            case Opcode.BUILD_CONST_KEY_MAP -> {
                PyTuple keys = (PyTuple) s[sp - 1];
                PyDict d = new PyDict();
                for (int i = 0; i < arg; i++) d.setItem(keys.get(i), s[sp - 1 - arg + i]);
                sp = clear(s, sp, arg + 1);
                s[sp++] = d;
            }
            case Opcode.BUILD_SLICE -> {
                PyObject step = arg == 3 ? s[sp - 1] : PyNone.INSTANCE;
                PyObject stop = s[sp - (arg == 3 ? 2 : 1)], start = s[sp - arg];
                sp = clear(s, sp, arg);
                s[sp++] = new PySlice(start, stop, step);
            }
            case Opcode.BUILD_STRING -> {
                StringBuilder sb = new StringBuilder();
                for (int i = sp - arg; i < sp; i++) sb.append(((PyStr) s[i]).value());
                sp = clear(s, sp, arg);
                s[sp++] = new PyStr(sb.toString());
            }
            case Opcode.FORMAT_VALUE -> {
                PyObject spec = (arg & 4) != 0 ? s[--sp] : null;
                s[sp] = null;
                PyObject v = s[sp - 1];
                switch (arg & 3) {
                    case 1 -> v = Abstract.str(v);
                    case 2 -> v = Abstract.repr(v);
                    case 3 -> v = Format.ascii(v);
                    default -> { }
                }
                s[sp - 1] = Format.format(v, spec);
            }
            case Opcode.SET_ADD -> {
                PyObject v = s[--sp];
                s[sp] = null;
                ((PySet) s[sp - arg]).add(v);
            }
            case Opcode.MAP_ADD -> {
                PyObject v = s[--sp], k = s[--sp];
                s[sp] = s[sp + 1] = null;
                ((PyDict) s[sp - arg]).setItem(k, v);
            }
            case Opcode.LIST_EXTEND -> {
                PyObject it = s[--sp];
                s[sp] = null;
                PyList l = (PyList) s[sp - arg];
                if (it.type().tp_iter == null && it.type().mp_subscript == null) {
                    throw Errors.typeError("Value after * must be an iterable, not " + it.type().name());
                }
                for (PyObject x : Abstract.toArray(it)) l.append(x);
            }
            case Opcode.SET_UPDATE -> {
                PyObject it = s[--sp];
                s[sp] = null;
                ((PySet) s[sp - arg]).update(it);
            }
            case Opcode.DICT_UPDATE -> {
                PyObject u = s[--sp];
                s[sp] = null;
                PyDict d = (PyDict) s[sp - arg];
                if (u instanceof PyDict ud) {
                    for (int i = ud.nextEntry(0); i >= 0; i = ud.nextEntry(i + 1)) d.setItem(ud.keyAt(i), ud.valueAt(i));
                } else {
                    PyObject keys = Abstract.lookupAttr(u, "keys");
                    if (keys == null) throw Errors.typeError("'" + u.type().name() + "' object is not a mapping");
                    PyObject it = Abstract.getIter(Abstract.call0(keys));
                    for (PyObject k; (k = Abstract.next(it)) != null; ) d.setItem(k, Abstract.getItem(u, k));
                }
            }
            case Opcode.DICT_MERGE -> {
                PyObject u = s[sp - 1];
                dictMerge(s[sp - 3 - arg], (PyDict) s[sp - 1 - arg], u);
                sp = clear(s, sp, 1);
            }
            case Opcode.CALL_FUNCTION_EX -> {
                PyObject kwargs = (arg & 1) != 0 ? s[sp - 1] : null;
                int k = (arg & 1) != 0 ? 1 : 0;
                PyObject callargs = s[sp - 1 - k], func = s[sp - 2 - k];
                PyObject r = callFunctionEx(func, callargs, kwargs);
                sp = clear(s, sp, 3 + k);
                s[sp++] = r;
            }
            case Opcode.MAKE_FUNCTION -> {
                PyObject fn = makeFunction(f, s, sp, arg);
                int n = 1 + Integer.bitCount(arg & 15);
                sp = clear(s, sp, n);
                s[sp++] = fn;
            }
            case Opcode.RAISE_VARARGS -> {
                PyException e = Raise.raise(f, s, sp, arg);
                if (arg == 0) {
                    lastReraise = e;
                    return RERAISE_SIGNAL;
                }
                throw e;
            }
            case Opcode.IMPORT_NAME -> {
                PyObject fromlist = s[sp - 1], level = s[sp - 2];
                PyObject r = Imports.importName(co.names[arg], f.globals, f.locals == null ? PyNone.INSTANCE : f.locals,
                        fromlist, (int) PyNumber.asLong(level));
                sp = clear(s, sp, 2);
                s[sp++] = r;
            }
            case Opcode.IMPORT_FROM -> {
                s[sp] = Imports.importFrom(s[sp - 1], co.names[arg]);
                sp++;
            }
            case Opcode.CALL_INTRINSIC_1 -> s[sp - 1] = Intrinsics.call1(f, arg, s[sp - 1]);
            case Opcode.CALL_INTRINSIC_2 -> {
                PyObject v = Intrinsics.call2(f, arg, s[sp - 2], s[sp - 1]);
                sp = clear(s, sp, 1);
                s[sp - 1] = v;
            }
            default -> throw Errors.of(PyExceptions.SystemError, "unknown opcode " + Opcode.name(op) + " (" + op + ")");
        }
        return pack(sp, ip);
    }

    static int clear(PyObject[] s, int sp, int n) {
        for (int i = sp - n; i < sp; i++) s[i] = null;
        return sp - n;
    }

    static void checkExceptType(PyObject t, boolean star) {
        if (t instanceof PyTuple tt) {
            for (PyObject x : tt.items()) checkExceptType(x, star);
            return;
        }
        if (!(t instanceof PyType ty) || !ty.isSubtype(PyExceptions.BaseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (star && ty.isSubtype(PyExceptions.BaseExceptionGroup)) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    static boolean exceptionMatches(PyObject exc, PyObject t) {
        if (t instanceof PyTuple tt) {
            for (PyObject x : tt.items()) if (exceptionMatches(exc, x)) return true;
            return false;
        }
        return exc.type().isSubtype((PyType) t);
    }

}
