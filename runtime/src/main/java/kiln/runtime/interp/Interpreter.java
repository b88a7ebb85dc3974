package kiln.runtime.interp;

import kiln.compiler.Opcode;
import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Recursion;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyCell;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFloat;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyMethod;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * The bytecode interpreter: one Java invocation of {@link #eval} per Python frame. The dispatch method holds
 * the frequent and the quickened instructions; everything else lives in {@link Ops} so that {@code eval} stays
 * under HotSpot's huge-method limit and gets JIT-compiled.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Runs a module-level (or exec) code object with the given namespaces. */
    public static PyObject runCode(PyCode code, PyDict globals, PyObject locals) {
        if (globals.getStr(PyStr.intern("__builtins__")) == null && kiln.runtime.modules.BuiltinsAccess.module() != null) {
            globals.setItem(PyStr.intern("__builtins__"), kiln.runtime.modules.BuiltinsAccess.module());
        }
        PyDict builtins = builtinsOf(globals);
        PyFrame f = new PyFrame(code, globals, builtins, locals == null ? globals : locals);
        return executeFromJava(f);
    }

    /** The builtins namespace for a globals dict: globals["__builtins__"] (module or dict), else the builtins module. */
    public static PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.getStr(PyStr.intern("__builtins__"));
        if (b instanceof PyDict d) return d;
        if (b != null && b.getDict() != null && !(b instanceof PyType)) return b.getDict();
        kiln.runtime.types.PyModule m = kiln.runtime.modules.BuiltinsAccess.module();
        if (m != null) return m.getDict();
        return FALLBACK_BUILTINS;
    }

    /** Used only before the builtins module exists (early tests). */
    private static final PyDict FALLBACK_BUILTINS = new PyDict();

    /** tp_call of function. */
    public static PyObject callFunction(PyObject self, PyObject[] args, int off, int nargs, PyStr[] kw) {
        PyFunction func = (PyFunction) self;
        PyFrame f = Calls.frameFor(func, args, off, nargs, kw);
        return executeFromJava(f);
    }

    /**
     * Runs a frame that Java code (a slot, a builtin, the runner) starts rather than the dispatch loop's own calls.
     * CPython 3.12 enters its eval loop afresh there, which costs two units of the C recursion limit.
     */
    public static PyObject executeFromJava(PyFrame f) {
        Recursion.enterEval();
        try {
            return execute(f);
        } finally {
            Recursion.leaveEval();
        }
    }

    /** Runs a fresh frame to completion (or, for generator code, until RETURN_GENERATOR hands back the generator). */
    static PyObject execute(PyFrame f) {
        Recursion.enterPython();
        f.back = ThreadState.current;
        ThreadState.current = f;
        f.state = PyFrame.RUNNING;
        try {
            return eval(f, null);
        } finally {
            ThreadState.current = f.back;
            if (f.owner != null) f.back = null;
            Recursion.leavePython();
        }
    }

    /** Resumes a suspended generator frame: pushes the sent value, or raises {@code exc} at the yield point. */
    public static PyObject resume(PyFrame f, PyObject sent, PyException exc) {
        Recursion.enterPython();
        f.back = ThreadState.current;
        ThreadState.current = f;
        f.state = PyFrame.RUNNING;
        try {
            if (exc == null) f.s[f.sp++] = sent;
            return eval(f, exc);
        } finally {
            ThreadState.current = f.back;
            f.back = null;
            Recursion.leavePython();
        }
    }

    static final int SHIFT = 9, MASK = (1 << SHIFT) - 1;

    /**
     * The dispatch loop. Returns the frame's return value (state COMPLETED) or a yielded value (state SUSPENDED).
     * {@code pending} is an exception to raise at the current instruction first (generator throw()).
     */
    static PyObject eval(PyFrame f, PyException pending) {
        PyCode co = f.code;
        if (co.instrs == null) CodeLoader.prepare(co);
        if (f.lasti < 0 && ++co.hotness == Quickening.threshold && Quickening.enabled) co.quickened = true;
        final int[] code = co.instrs;
        final PyObject[] s = f.s;
        final PyObject[] consts = co.consts;
        final Object[] cache = co.cache;
        int sp = f.sp, ip = f.ip, cur = ip;
        PyStr[] kwnames = null;
        PyException reraised = null;
        for (;;) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    cur = Math.max(0, ip - 1);
                    throw p;
                }
                for (;;) {
                    cur = ip;
                    int w = code[ip++];
                    int arg = w >>> SHIFT;
                    switch (w & MASK) {
                        case Opcode.NOP, Opcode.RESUME, Opcode.EXTENDED_ARG, Opcode.CACHE -> { }
                        case Opcode.LOAD_FAST, Opcode.LOAD_FAST_CHECK -> {
                            PyObject v = s[arg];
                            if (v == null) throw Ops.unboundLocal(co, arg);
                            s[sp++] = v;
                        }
                        case Opcode.LOAD_FAST_AND_CLEAR -> {
                            s[sp++] = s[arg];
                            s[arg] = null;
                        }
                        case Opcode.STORE_FAST -> s[arg] = s[--sp];
                        case Opcode.DELETE_FAST -> {
                            if (s[arg] == null) throw Ops.unboundLocal(co, arg);
                            s[arg] = null;
                        }
                        case Opcode.LOAD_CONST -> s[sp++] = consts[arg];
                        case Opcode.POP_TOP -> s[--sp] = null;
                        case Opcode.PUSH_NULL -> s[sp++] = null;
                        case Opcode.COPY -> {
                            s[sp] = s[sp - arg];
                            sp++;
                        }
                        case Opcode.SWAP -> {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                        }
                        case Opcode.END_FOR -> {
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Opcode.END_SEND -> {
                            s[sp - 2] = s[sp - 1];
                            s[--sp] = null;
                        }
                        case Opcode.RETURN_VALUE -> {
                            PyObject r = s[--sp];
                            f.sp = sp;
                            f.state = PyFrame.COMPLETED;
                            return r;
                        }
                        case Opcode.RETURN_CONST -> {
                            f.sp = sp;
                            f.state = PyFrame.COMPLETED;
                            return consts[arg];
                        }
                        case Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT -> ip = arg;
                        case Opcode.JUMP_BACKWARD -> {
                            ip = arg;
                            if (!co.quickened && ++co.hotness >= Quickening.threshold && Quickening.enabled) co.quickened = true;
                        }
                        case Opcode.POP_JUMP_IF_FALSE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.FALSE || v != PyBool.TRUE && !Abstract.isTrue(v)) ip = arg;
                        }
                        case Opcode.POP_JUMP_IF_TRUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.TRUE || v != PyBool.FALSE && Abstract.isTrue(v)) ip = arg;
                        }
                        case Opcode.POP_JUMP_IF_NONE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyNone.INSTANCE) ip = arg;
                        }
                        case Opcode.POP_JUMP_IF_NOT_NONE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v != PyNone.INSTANCE) ip = arg;
                        }
                        case Opcode.LOAD_DEREF -> {
                            PyObject v = ((PyCell) s[arg]).value;
                            if (v == null) throw Ops.unboundDeref(co, arg);
                            s[sp++] = v;
                        }
                        case Opcode.STORE_DEREF -> {
                            ((PyCell) s[arg]).value = s[--sp];
                            s[sp] = null;
                        }
                        case Opcode.LOAD_CLOSURE -> s[sp++] = s[arg];
                        case Opcode.MAKE_CELL -> s[arg] = new PyCell(s[arg]);
                        case Opcode.COPY_FREE_VARS -> Ops.copyFreeVars(f, arg);
                        case Opcode.LOAD_GLOBAL -> sp = Ops.loadGlobal(f, s, sp, cur, arg);
                        case Quickening.LOAD_GLOBAL_CACHED -> {
                            Quickening.GlobalCache gc = (Quickening.GlobalCache) cache[cur];
                            if (gc.globals == f.globals && gc.gver == f.globals.version && gc.bver == f.builtins.version) {
                                if ((arg & 1) != 0) s[sp++] = null;
                                s[sp++] = gc.value;
                            } else {
                                sp = Quickening.loadGlobalMiss(f, s, sp, cur, arg);
                            }
                        }
                        case Opcode.LOAD_ATTR -> sp = Ops.loadAttr(f, s, sp, cur, arg);
                        case Quickening.LOAD_ATTR_INSTANCE -> {
                            Quickening.AttrCache ac = (Quickening.AttrCache) cache[cur];
                            PyObject o = s[sp - 1];
                            PyType t = o.type();
                            PyObject v = null;
                            if (t == ac.type && t.version == ac.version) {
                                PyDict d = o.existingDict();
                                if (d != null) {
                                    int h = ac.hint;
                                    if (h < d.entryLimit() && d.keyAt(h) == ac.name) v = d.valueAt(h);
                                    else v = Quickening.instanceHintMiss(ac, d);
                                }
                            }
                            if (v != null) {
                                s[sp - 1] = v;
                            } else {
                                sp = Quickening.loadAttrMiss(f, s, sp, cur, arg);
                            }
                        }
                        case Quickening.LOAD_ATTR_METHOD -> {
                            Quickening.AttrCache ac = (Quickening.AttrCache) cache[cur];
                            PyObject o = s[sp - 1];
                            PyType t = o.type();
                            PyDict d;
                            if (t == ac.type && t.version == ac.version
                                    && ((d = o.existingDict()) == null || d.getStr(ac.name) == null)) {
                                s[sp - 1] = ac.value;
                                s[sp++] = o;
                            } else {
                                sp = Quickening.loadAttrMiss(f, s, sp, cur, arg);
                            }
                        }
                        case Quickening.LOAD_ATTR_SLOT -> {
                            Quickening.AttrCache ac = (Quickening.AttrCache) cache[cur];
                            PyObject o = s[sp - 1];
                            PyObject v = null;
                            if (o.type() == ac.type && ac.type.version == ac.version) v = o.getSlots()[ac.hint];
                            if (v != null) s[sp - 1] = v;
                            else sp = Quickening.loadAttrMiss(f, s, sp, cur, arg);
                        }
                        case Quickening.LOAD_ATTR_MODULE -> {
                            Quickening.AttrCache ac = (Quickening.AttrCache) cache[cur];
                            PyObject o = s[sp - 1];
                            if (o == ac.owner && o.getDict().version == ac.version) s[sp - 1] = ac.value;
                            else sp = Quickening.loadAttrMiss(f, s, sp, cur, arg);
                        }
                        // Less frequent specialisations run out of line: every case in this method costs the others
                        // registers (HotSpot compiles the whole loop as one unit).
                        case Quickening.LOAD_ATTR_CLASS -> sp = Quickening.loadAttrClass(f, s, sp, cur, arg);
                        case Quickening.LOAD_ATTR_CLASS_VALUE -> sp = Quickening.loadAttrClassValue(f, s, sp, cur, arg);
                        case Opcode.STORE_ATTR -> sp = Ops.storeAttr(f, s, sp, cur, arg);
                        case Quickening.STORE_ATTR_INSTANCE -> {
                            Quickening.AttrCache ac = (Quickening.AttrCache) cache[cur];
                            PyObject o = s[sp - 1];
                            PyType t = o.type();
                            PyDict d;
                            if (t == ac.type && t.version == ac.version && (d = o.getDict()) != null) {
                                int h = ac.hint;
                                if (h < d.entryLimit() && d.keyAt(h) == ac.name) d.setValueAt(h, s[sp - 2]);
                                else d.setItem(ac.name, s[sp - 2]);
                                s[--sp] = null;
                                s[--sp] = null;
                            } else {
                                sp = Quickening.storeAttrMiss(f, s, sp, cur, arg);
                            }
                        }
                        case Quickening.STORE_ATTR_SLOT -> sp = Quickening.storeAttrSlot(f, s, sp, cur, arg);
                        case Opcode.BINARY_OP -> {
                            PyObject r = Ops.binaryOp(co, cur, arg, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Quickening.BINARY_OP_INT -> {
                            PyObject a = s[sp - 2], b = s[sp - 1], r = null;
                            if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) r = Quickening.intOp(arg, (PyInt) a, (PyInt) b);
                            if (r == null) r = Quickening.binaryMiss(co, cur, arg, a, b);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Quickening.BINARY_OP_FLOAT -> {
                            PyObject a = s[sp - 2], b = s[sp - 1], r = null;
                            if (a.type() == PyFloat.TYPE && b.type() == PyFloat.TYPE) {
                                r = Quickening.floatOp(arg, ((PyFloat) a).value, ((PyFloat) b).value);
                            }
                            if (r == null) r = Quickening.binaryMiss(co, cur, arg, a, b);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Quickening.BINARY_OP_ADD_STR -> {
                            PyObject a = s[sp - 2], b = s[sp - 1], r;
                            if (a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) r = Quickening.concat((PyStr) a, (PyStr) b);
                            else r = Quickening.binaryMiss(co, cur, arg, a, b);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Opcode.COMPARE_OP -> {
                            PyObject r = Ops.compareOp(co, cur, arg, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Quickening.COMPARE_OP_INT -> {
                            PyObject a = s[sp - 2], b = s[sp - 1], r;
                            if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE && ((PyInt) a).big == null && ((PyInt) b).big == null) {
                                r = PyBool.of(CompareOp.of(arg >> 4).test(Long.compare(((PyInt) a).value, ((PyInt) b).value)));
                            } else {
                                r = Quickening.compareMiss(co, cur, arg, a, b);
                            }
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Quickening.COMPARE_OP_FLOAT -> {
                            PyObject a = s[sp - 2], b = s[sp - 1], r;
                            if (a.type() == PyFloat.TYPE && b.type() == PyFloat.TYPE) {
                                r = PyBool.of(Quickening.floatCompare(arg >> 4, ((PyFloat) a).value, ((PyFloat) b).value));
                            } else {
                                r = Quickening.compareMiss(co, cur, arg, a, b);
                            }
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Opcode.IS_OP -> {
                            boolean r = (s[sp - 2] == s[sp - 1]) ^ (arg != 0);
                            s[--sp] = null;
                            s[sp - 1] = PyBool.of(r);
                        }
                        case Opcode.CONTAINS_OP -> {
                            boolean r = Abstract.contains(s[sp - 1], s[sp - 2]) ^ (arg != 0);
                            s[--sp] = null;
                            s[sp - 1] = PyBool.of(r);
                        }
                        case Opcode.BINARY_SUBSCR -> {
                            PyObject r = Ops.binarySubscr(co, cur, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Quickening.BINARY_SUBSCR_LIST -> {
                            PyObject c = s[sp - 2], k = s[sp - 1], r = null;
                            if (c.type() == PyList.TYPE && k.type() == PyInt.TYPE) {
                                PyList l = (PyList) c;
                                long i = ((PyInt) k).value;
                                if (((PyInt) k).big == null) {
                                    if (i < 0) i += l.size;
                                    if (i >= 0 && i < l.size) r = l.items[(int) i];
                                }
                            }
                            if (r == null) r = Quickening.subscrMiss(co, cur, c, k);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Quickening.BINARY_SUBSCR_TUPLE -> {
                            PyObject c = s[sp - 2], k = s[sp - 1], r = null;
                            if (c.type() == PyTuple.TYPE && k.type() == PyInt.TYPE && ((PyInt) k).big == null) {
                                PyTuple t = (PyTuple) c;
                                long i = ((PyInt) k).value;
                                if (i < 0) i += t.size();
                                if (i >= 0 && i < t.size()) r = t.get((int) i);
                            }
                            if (r == null) r = Quickening.subscrMiss(co, cur, c, k);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Quickening.BINARY_SUBSCR_DICT -> {
                            PyObject c = s[sp - 2], k = s[sp - 1], r = null;
                            if (c.type() == PyDict.TYPE) r = ((PyDict) c).getItem(k);
                            if (r == null) r = Quickening.subscrMiss(co, cur, c, k);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case Opcode.STORE_SUBSCR -> {
                            Ops.storeSubscr(co, cur, s[sp - 3], s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Quickening.STORE_SUBSCR_LIST -> {
                            PyObject v = s[sp - 3], c = s[sp - 2], k = s[sp - 1];
                            boolean done = false;
                            if (c.type() == PyList.TYPE && k.type() == PyInt.TYPE && ((PyInt) k).big == null) {
                                PyList l = (PyList) c;
                                long i = ((PyInt) k).value;
                                if (i < 0) i += l.size;
                                if (i >= 0 && i < l.size) {
                                    l.items[(int) i] = v;
                                    done = true;
                                }
                            }
                            if (!done) Quickening.storeSubscrMiss(co, cur, v, c, k);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Quickening.STORE_SUBSCR_DICT -> {
                            PyObject v = s[sp - 3], c = s[sp - 2], k = s[sp - 1];
                            if (c.type() == PyDict.TYPE) ((PyDict) c).setItem(k, v);
                            else Quickening.storeSubscrMiss(co, cur, v, c, k);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Opcode.GET_ITER -> s[sp - 1] = Abstract.getIter(s[sp - 1]);
                        case Opcode.FOR_ITER -> {
                            PyObject it = s[sp - 1];
                            if (co.quickened) Quickening.specializeForIter(co, cur, it);
                            PyObject v = Ops.next(it);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                ip = arg;
                            }
                        }
                        case Quickening.FOR_ITER_LIST -> {
                            PyObject it = s[sp - 1];
                            PyType t = it.type();
                            PyObject v = t == cache[cur] ? Quickening.iterNext(t, it) : Quickening.forIterMiss(co, cur, it);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                ip = arg;
                            }
                        }
                        case Opcode.UNPACK_SEQUENCE -> sp = Ops.unpackSequence(co, cur, s, sp, arg);
                        case Quickening.UNPACK_TUPLE -> {
                            PyObject o = s[sp - 1];
                            if (o.type() == PyTuple.TYPE && ((PyTuple) o).size() == arg) {
                                PyObject[] items = ((PyTuple) o).items();
                                sp--;
                                for (int i = arg - 1; i >= 0; i--) s[sp++] = items[i];
                            } else {
                                sp = Ops.unpackGeneric(s, sp, arg);
                            }
                        }
                        case Quickening.UNPACK_LIST -> {
                            PyObject o = s[sp - 1];
                            if (o.type() == PyList.TYPE && ((PyList) o).size == arg) {
                                PyObject[] items = ((PyList) o).items;
                                sp--;
                                for (int i = arg - 1; i >= 0; i--) s[sp++] = items[i];
                            } else {
                                sp = Ops.unpackGeneric(s, sp, arg);
                            }
                        }
                        case Opcode.KW_NAMES -> kwnames = Ops.kwNames(co, cur, arg);
                        case Opcode.CALL -> {
                            PyStr[] kw = kwnames;
                            kwnames = null;
                            int base = sp - arg - 2;
                            PyObject meth = s[base], callable;
                            int argStart, nargs = arg;
                            if (meth != null) {
                                callable = meth;
                                argStart = base + 1;
                                nargs++;
                            } else {
                                callable = s[base + 1];
                                argStart = base + 2;
                                if (callable instanceof PyMethod m) {
                                    s[base + 1] = m.self;
                                    callable = m.func;
                                    argStart = base + 1;
                                    nargs++;
                                }
                            }
                            if (kw != null) nargs -= kw.length;
                            if (co.quickened && kw == null) Quickening.specializeCall(co, cur, callable, nargs, nargs > 0 ? s[argStart] : null);
                            PyObject r = callable instanceof PyFunction pf
                                    ? callFunction(pf, s, argStart, nargs, kw)
                                    : Abstract.call(callable, s, argStart, nargs, kw);
                            for (int i = base; i < sp; i++) s[i] = null;
                            sp = base;
                            s[sp++] = r;
                        }
                        case Quickening.CALL_PY_EXACT -> {
                            kwnames = null;
                            int base = sp - arg - 2;
                            PyObject meth = s[base], callable;
                            int argStart, nargs = arg;
                            if (meth != null) {
                                callable = meth;
                                argStart = base + 1;
                                nargs++;
                            } else {
                                callable = s[base + 1];
                                argStart = base + 2;
                                if (callable instanceof PyMethod m && m.func == ((Quickening.CallCache) cache[cur]).func) {
                                    s[base + 1] = m.self;
                                    callable = m.func;
                                    argStart = base + 1;
                                    nargs++;
                                }
                            }
                            Quickening.CallCache cc = (Quickening.CallCache) cache[cur];
                            PyObject r;
                            if (callable == cc.func && cc.func.version == cc.version) {
                                r = execute(Calls.exactFrame(cc.func, s, argStart, nargs));
                            } else {
                                r = Quickening.callMiss(co, cur, callable, s, argStart, nargs);
                            }
                            for (int i = base; i < sp; i++) s[i] = null;
                            sp = base;
                            s[sp++] = r;
                        }
                        case Quickening.CALL_DESCR -> {
                            kwnames = null;
                            int base = sp - arg - 2;
                            PyObject meth = s[base];
                            Quickening.DescrCache dc = (Quickening.DescrCache) cache[cur];
                            PyObject r;
                            if (meth == dc.descr && s[base + 1].type() == dc.owner) {
                                PyObject self = s[base + 1];
                                r = switch (arg) {
                                    case 0 -> dc.descr.m0.call(self);
                                    case 1 -> dc.descr.m1.call(self, s[base + 2]);
                                    default -> dc.descr.m2.call(self, s[base + 2], s[base + 3]);
                                };
                            } else {
                                r = Quickening.descrMiss(co, cur, s, base, arg);
                            }
                            for (int i = base; i < sp; i++) s[i] = null;
                            sp = base;
                            s[sp++] = r;
                        }
                        case Opcode.BUILD_TUPLE -> {
                            PyTuple t = PyTuple.of(s, sp - arg, arg);
                            for (int i = sp - arg; i < sp; i++) s[i] = null;
                            sp -= arg;
                            s[sp++] = t;
                        }
                        case Opcode.BUILD_LIST -> {
                            PyObject[] items = new PyObject[arg];
                            System.arraycopy(s, sp - arg, items, 0, arg);
                            for (int i = sp - arg; i < sp; i++) s[i] = null;
                            sp -= arg;
                            s[sp++] = new PyList(items);
                        }
                        case Opcode.LIST_APPEND -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            ((PyList) s[sp - arg]).append(v);
                        }
                        case Opcode.YIELD_VALUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.ip = ip;
                            f.lasti = cur;
                            f.state = PyFrame.SUSPENDED;
                            return v;
                        }
                        case Opcode.RETURN_GENERATOR -> {
                            f.sp = sp;
                            f.ip = ip;
                            f.lasti = cur;
                            f.state = PyFrame.CREATED;
                            return Generators.create(f);
                        }
                        case Opcode.RERAISE -> {
                            PyObject e = s[--sp];
                            s[sp] = null;
                            // The handler search uses this instruction; the saved lasti (s[sp - arg]) only matters for f_lineno.
                            reraised = Ops.asThrowable(e);
                            throw reraised;
                        }
                        default -> {
                            f.lasti = cur;
                            long r = Ops.rare(f, w & MASK, arg, sp, ip, cur, kwnames);
                            if (r == Ops.RERAISE_SIGNAL) {
                                reraised = Ops.lastReraise;
                                Ops.lastReraise = null;
                                throw reraised;
                            }
                            sp = (int) r;
                            ip = (int) (r >>> 32);
                        }
                    }
                }
            } catch (PyException e) {
                boolean addTb = e != reraised;
                reraised = null;
                kwnames = null;
                int h = Unwind.handle(f, e, cur, addTb);
                if (h < 0) {
                    f.state = PyFrame.COMPLETED;
                    f.lasti = cur;
                    throw e;
                }
                ip = h;
                sp = f.sp;
            } catch (StackOverflowError so) {
                pending = Errors.recursionError("maximum recursion depth exceeded");
                ip = cur + 1;
            } catch (RuntimeException bug) {
                pending = Errors.systemError(bug);
                ip = cur + 1;
            }
        }
    }

    static PyObject callFunction(PyFunction pf, PyObject[] args, int off, int nargs, PyStr[] kw) {
        return execute(Calls.frameFor(pf, args, off, nargs, kw));
    }

}
