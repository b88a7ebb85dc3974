package kiln.runtime.interp;

import kiln.compiler.Opcode;
import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.PyBaseObjectSlots;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFloat;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyMemberDescr;
import kiln.runtime.types.PyMethodDescr;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * Quickening with inline caches (Kiln's version of CPython 3.12's specializing interpreter and Cinder's
 * shadowcode). After a code object has run {@link #threshold} times, generic instructions rewrite themselves in
 * {@link PyCode#instrs} into specialised forms whose guards (type version tags, dict versions, function versions,
 * exact operand types) are checked inline by {@link Interpreter#eval}. A failed guard runs the generic path; after
 * {@link #MAX_MISSES} misses a site goes back to the generic instruction, and after {@link #MAX_DEOPTS}
 * de-specialisations it stays generic.
 */
public final class Quickening {
    private Quickening() {}

    /** The global switch ({@code -X quicken=off} sets it false before anything runs). */
    public static boolean enabled = true;
    /** Executions (calls plus loop back-edges) before a code object is quickened. */
    public static int threshold = 8;
    static final int MAX_MISSES = 16, MAX_DEOPTS = 4;

    // Specialised opcodes (numbers CPython 3.12 uses for similar specialisations, or free ones).
    static final int LOAD_GLOBAL_CACHED = Opcode.LOAD_GLOBAL_MODULE;
    static final int LOAD_ATTR_INSTANCE = Opcode.LOAD_ATTR_INSTANCE_VALUE;
    static final int LOAD_ATTR_METHOD = Opcode.LOAD_ATTR_METHOD_WITH_VALUES;
    static final int LOAD_ATTR_SLOT = Opcode.LOAD_ATTR_SLOT;
    static final int LOAD_ATTR_MODULE = Opcode.LOAD_ATTR_MODULE;
    static final int LOAD_ATTR_CLASS = Opcode.LOAD_ATTR_CLASS;
    /** A plain class attribute read through an instance ({@code self.LIMIT}); Kiln's own number, past CPython's. */
    static final int LOAD_ATTR_CLASS_VALUE = 300;
    static final int STORE_ATTR_INSTANCE = Opcode.STORE_ATTR_INSTANCE_VALUE;
    static final int STORE_ATTR_SLOT = Opcode.STORE_ATTR_SLOT;
    static final int BINARY_OP_INT = Opcode.BINARY_OP_ADD_INT;
    static final int BINARY_OP_FLOAT = Opcode.BINARY_OP_ADD_FLOAT;
    static final int BINARY_OP_ADD_STR = Opcode.BINARY_OP_ADD_UNICODE;
    static final int COMPARE_OP_INT = Opcode.COMPARE_OP_INT;
    static final int COMPARE_OP_FLOAT = Opcode.COMPARE_OP_FLOAT;
    static final int BINARY_SUBSCR_LIST = Opcode.BINARY_SUBSCR_LIST_INT;
    static final int BINARY_SUBSCR_TUPLE = Opcode.BINARY_SUBSCR_TUPLE_INT;
    static final int BINARY_SUBSCR_DICT = Opcode.BINARY_SUBSCR_DICT;
    static final int STORE_SUBSCR_LIST = Opcode.STORE_SUBSCR_LIST_INT;
    static final int STORE_SUBSCR_DICT = Opcode.STORE_SUBSCR_DICT;
    static final int FOR_ITER_LIST = Opcode.FOR_ITER_LIST;
    static final int UNPACK_TUPLE = Opcode.UNPACK_SEQUENCE_TUPLE;
    static final int UNPACK_LIST = Opcode.UNPACK_SEQUENCE_LIST;
    static final int CALL_PY_EXACT = Opcode.CALL_PY_EXACT_ARGS;
    static final int CALL_DESCR = Opcode.CALL_NO_KW_METHOD_DESCRIPTOR_FAST;

    static final class GlobalCache {
        PyDict globals;
        int gver, bver;
        PyObject value;
    }

    static final class AttrCache {
        PyType type;
        int version;
        PyStr name;
        int hint;
        PyObject value;
        PyObject owner;
        /** Further receiver types of a polymorphic LOAD_ATTR_INSTANCE / LOAD_ATTR_METHOD site, up to {@link #POLY}. */
        AttrCache next;

        /** A cache for {@code name} on receivers of type {@code type}, guarded on the type's current version. */
        AttrCache(PyType type, PyStr name) {
            this.type = type;
            this.version = type.version;
            this.name = name;
        }
    }

    /** Receiver types one polymorphic attribute site keeps (the first in the instruction's own guard). */
    static final int POLY = 4;

    static final class CallCache {
        PyFunction func;
        int version;
    }

    static final class DescrCache {
        PyMethodDescr descr;
        PyType owner;
    }

    // --- rewriting ---

    private static void rewrite(PyCode co, int cur, int op) {
        int w = co.instrs[cur];
        co.instrs[cur] = op | (w & ~Interpreter.MASK);
    }

    /** The generic opcode a specialised one falls back to. */
    static int generic(int op) {
        return switch (op) {
            case LOAD_GLOBAL_CACHED -> Opcode.LOAD_GLOBAL;
            case LOAD_ATTR_INSTANCE, LOAD_ATTR_METHOD, LOAD_ATTR_SLOT, LOAD_ATTR_MODULE, LOAD_ATTR_CLASS,
                 LOAD_ATTR_CLASS_VALUE -> Opcode.LOAD_ATTR;
            case STORE_ATTR_INSTANCE, STORE_ATTR_SLOT -> Opcode.STORE_ATTR;
            case BINARY_OP_INT, BINARY_OP_FLOAT, BINARY_OP_ADD_STR -> Opcode.BINARY_OP;
            case COMPARE_OP_INT, COMPARE_OP_FLOAT -> Opcode.COMPARE_OP;
            case BINARY_SUBSCR_LIST, BINARY_SUBSCR_TUPLE, BINARY_SUBSCR_DICT -> Opcode.BINARY_SUBSCR;
            case STORE_SUBSCR_LIST, STORE_SUBSCR_DICT -> Opcode.STORE_SUBSCR;
            case FOR_ITER_LIST -> Opcode.FOR_ITER;
            case UNPACK_TUPLE, UNPACK_LIST -> Opcode.UNPACK_SEQUENCE;
            case CALL_PY_EXACT, CALL_DESCR -> Opcode.CALL;
            default -> op;
        };
    }

    /** Counts a guard failure; after too many the site goes back to its generic instruction. */
    static void miss(PyCode co, int cur) {
        byte m = co.misses[cur];
        if ((m & 0x0f) >= MAX_MISSES - 1) {
            int deopts = ((m >> 4) & 0x0f) + 1;
            co.misses[cur] = (byte) (deopts << 4);
            int w = co.instrs[cur];
            rewrite(co, cur, generic(w & Interpreter.MASK));
            co.cache[cur] = null;
        } else {
            co.misses[cur] = (byte) (m + 1);
        }
    }

    /** May this site be (re)specialised? */
    private static boolean allowed(PyCode co, int cur) {
        return ((co.misses[cur] >> 4) & 0x0f) < MAX_DEOPTS;
    }

    /** Gives up on a site: it stays generic. */
    private static void noSpecialize(PyCode co, int cur) {
        co.misses[cur] = (byte) (MAX_DEOPTS << 4);
    }

    // --- LOAD_GLOBAL ---

    static void specializeLoadGlobal(PyFrame f, int cur, PyStr name) {
        PyCode co = f.code;
        if (!allowed(co, cur)) return;
        GlobalCache gc = new GlobalCache();
        if (!fillGlobal(gc, f, name)) {
            noSpecialize(co, cur);
            return;
        }
        co.cache[cur] = gc;
        rewrite(co, cur, LOAD_GLOBAL_CACHED);
    }

    private static boolean fillGlobal(GlobalCache gc, PyFrame f, PyStr name) {
        if (f.builtins.type() != PyDict.TYPE) return false;
        PyObject v = f.globals.getStr(name);
        if (v == null) v = f.builtins.getStr(name);
        if (v == null) return false;
        gc.globals = f.globals;
        gc.gver = f.globals.version;
        gc.bver = f.builtins.version;
        gc.value = v;
        return true;
    }

    /** A dict changed: refresh the cache (cheap), or fall back when the name is gone. */
    static int loadGlobalMiss(PyFrame f, PyObject[] s, int sp, int cur, int arg) {
        PyCode co = f.code;
        GlobalCache gc = (GlobalCache) co.cache[cur];
        if (gc.globals == f.globals && fillGlobal(gc, f, co.names[arg >> 1])) {
            if ((arg & 1) != 0) s[sp++] = null;
            s[sp++] = gc.value;
            return sp;
        }
        miss(co, cur);
        return Ops.loadGlobal(f, s, sp, cur, arg);
    }

    // --- LOAD_ATTR / STORE_ATTR ---

    static boolean specializeLoadAttr(PyCode co, int cur, PyObject o, PyStr name, boolean method) {
        if (!allowed(co, cur)) return false;
        PyType t = o.type();
        if (t.version == 0) return false;
        AttrCache ac = new AttrCache(t, name);
        if (t == PyModule.TYPE && !method) {
            PyDict d = o.getDict();
            PyObject v = d.getStr(name);
            if (v == null || t.lookup(name) != null) return giveUp(co, cur);
            ac.owner = o;
            ac.version = d.version;
            ac.value = v;
            return install(co, cur, ac, LOAD_ATTR_MODULE);
        }
        if (o instanceof PyType cls && !method) return specializeClassAttr(co, cur, ac, cls, name);
        if (t.tp_getattro != PyBaseObjectSlots.GENERIC_GETATTR) return giveUp(co, cur);
        PyObject descr = t.lookup(name);
        if (method) {
            PyObject m = Ops.methodLookup(o, name);
            if (m == null) return giveUp(co, cur);
            ac.value = m;
            return install(co, cur, ac, LOAD_ATTR_METHOD);
        }
        if (descr instanceof PyMemberDescr md && t.isSubtype(md.owner)) {
            ac.hint = md.index;
            return install(co, cur, ac, LOAD_ATTR_SLOT);
        }
        if (descr != null && descr.type().tp_descr_set != null) return giveUp(co, cur);
        PyDict d = t.hasFlag(PyType.HAS_DICT) ? o.existingDict() : null;
        int e = d == null ? -1 : d.findEntry(name);
        if (e < 0) {
            // Not in the instance: a plain class attribute (no __get__) is the answer while nothing shadows it.
            if (descr == null || descr.type().tp_descr_get != null) return giveUp(co, cur);
            ac.value = descr;
            return install(co, cur, ac, LOAD_ATTR_CLASS_VALUE);
        }
        ac.hint = e;
        return install(co, cur, ac, LOAD_ATTR_INSTANCE);
    }

    /**
     * {@code Cls.NAME} where the class (or a base) holds a plain value or a function and the metaclass has nothing
     * that would take precedence; guarded on the class's and the metaclass's versions ({@code hint} holds the latter).
     */
    private static boolean specializeClassAttr(PyCode co, int cur, AttrCache ac, PyType cls, PyStr name) {
        PyType meta = cls.type();
        if (meta.tp_getattro != kiln.runtime.TypeSlots.TYPE_GETATTR || meta.version == 0) return giveUp(co, cur);
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && metaAttr.type().tp_descr_set != null) return giveUp(co, cur);
        PyObject v = cls.lookup(name);
        if (v == null || v.type().tp_descr_get != null && !(v instanceof PyFunction)) return giveUp(co, cur);
        ac.owner = cls;
        ac.version = cls.version;
        ac.hint = meta.version;
        ac.value = v;
        return install(co, cur, ac, LOAD_ATTR_CLASS);
    }

    private static boolean giveUp(PyCode co, int cur) {
        miss(co, cur);
        return false;
    }

    private static boolean install(PyCode co, int cur, Object cache, int op) {
        co.cache[cur] = cache;
        rewrite(co, cur, op);
        return true;
    }

    static PyObject instanceHintMiss(AttrCache ac, PyDict d) {
        int e = d.findEntry(ac.name);
        if (e < 0) return null;
        ac.hint = e;
        return d.valueAt(e);
    }

    /** LOAD_ATTR_CLASS: {@code Cls.NAME} while the class and its metaclass are unchanged. */
    static int loadAttrClass(PyFrame f, PyObject[] s, int sp, int cur, int arg) {
        AttrCache ac = (AttrCache) f.code.cache[cur];
        PyObject o = s[sp - 1];
        if (o != ac.owner || ((PyType) o).version != ac.version || o.type().version != ac.hint) return loadAttrMiss(f, s, sp, cur, arg);
        s[sp - 1] = ac.value;
        return sp;
    }

    /** LOAD_ATTR_CLASS_VALUE: a plain class attribute read through an instance that does not shadow it. */
    static int loadAttrClassValue(PyFrame f, PyObject[] s, int sp, int cur, int arg) {
        AttrCache ac = (AttrCache) f.code.cache[cur];
        PyObject o = s[sp - 1];
        PyType t = o.type();
        PyDict d;
        if (t != ac.type || t.version != ac.version
                || (d = o.existingDict()) != null && d.getStr(ac.name) != null) {
            return loadAttrMiss(f, s, sp, cur, arg);
        }
        s[sp - 1] = ac.value;
        return sp;
    }

    /** STORE_ATTR_SLOT: a {@code __slots__} entry of the cached class. */
    static int storeAttrSlot(PyFrame f, PyObject[] s, int sp, int cur, int arg) {
        AttrCache ac = (AttrCache) f.code.cache[cur];
        PyObject o = s[sp - 1];
        if (o.type() != ac.type || ac.type.version != ac.version) return storeAttrMiss(f, s, sp, cur, arg);
        o.getSlots()[ac.hint] = s[sp - 2];
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    static int loadAttrMiss(PyFrame f, PyObject[] s, int sp, int cur, int arg) {
        PyCode co = f.code;
        PyStr name = co.names[arg >> 1];
        PyObject o = s[sp - 1];
        int op = co.instrs[cur] & Interpreter.MASK;
        if ((op == LOAD_ATTR_INSTANCE || op == LOAD_ATTR_METHOD) && co.cache[cur] instanceof AttrCache head) {
            int r = polymorphic(head, op == LOAD_ATTR_METHOD, s, sp, o);
            if (r >= 0) return r;
        }
        miss(co, cur);
        if ((arg & 1) != 0) {
            PyObject m = Ops.methodLookup(o, name);
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

    /**
     * The further receiver types of a polymorphic site (class hierarchies whose instances meet at one
     * {@code self.x} or {@code obj.method()}): a hit pushes the result and returns the new stack pointer; a new
     * type is added while there is room. -1 sends the caller to the generic path.
     */
    private static int polymorphic(AttrCache head, boolean method, PyObject[] s, int sp, PyObject o) {
        PyType t = o.type();
        if (t == head.type) return -1;
        int n = 1;
        AttrCache e = head.next;
        for (; e != null; e = e.next, n++) {
            if (e.type == t) break;
        }
        if (e == null) {
            if (n >= POLY || (e = polyEntry(t, o, head.name, method)) == null) return -1;
            e.next = head.next;
            head.next = e;
        } else if (e.version != t.version) {
            AttrCache fresh = polyEntry(t, o, head.name, method);
            if (fresh == null) return -1;
            e.version = fresh.version;
            e.hint = fresh.hint;
            e.value = fresh.value;
        }
        PyDict d = o.existingDict();
        if (method) {
            if (d != null && d.getStr(head.name) != null) return -1;
            s[sp - 1] = e.value;
            s[sp++] = o;
            return sp;
        }
        if (d == null) return -1;
        int h = e.hint;
        PyObject v = h < d.entryLimit() && d.keyAt(h) == head.name ? d.valueAt(h) : instanceHintMiss(e, d);
        if (v == null) return -1;
        s[sp - 1] = v;
        return sp;
    }

    /** An entry for receiver type {@code t} at a polymorphic site, when the site's specialisation holds for it. */
    private static AttrCache polyEntry(PyType t, PyObject o, PyStr name, boolean method) {
        if (t.version == 0 || t.tp_getattro != PyBaseObjectSlots.GENERIC_GETATTR) return null;
        AttrCache e = new AttrCache(t, name);
        if (method) {
            e.value = Ops.methodLookup(o, name);
            return e.value == null ? null : e;
        }
        PyObject descr = t.lookup(name);
        if (descr != null && descr.type().tp_descr_set != null || !t.hasFlag(PyType.HAS_DICT)) return null;
        PyDict d = o.existingDict();
        int ix = d == null ? -1 : d.findEntry(name);
        if (ix < 0) return null;
        e.hint = ix;
        return e;
    }

    static void specializeStoreAttr(PyCode co, int cur, PyObject o, PyStr name) {
        if (!allowed(co, cur)) return;
        PyType t = o.type();
        if (t.version != 0 && t.tp_setattro == PyBaseObjectSlots.GENERIC_SETATTR && o.getSlots() != null
                && t.lookup(name) instanceof PyMemberDescr md && t.isSubtype(md.owner)) {
            AttrCache ac = new AttrCache(t, name);
            ac.hint = md.index;
            install(co, cur, ac, STORE_ATTR_SLOT);
            return;
        }
        if (t.version == 0 || t.tp_setattro != PyBaseObjectSlots.GENERIC_SETATTR || !t.hasFlag(PyType.HAS_DICT)) {
            giveUp(co, cur);
            return;
        }
        PyObject descr = t.lookup(name);
        if (descr != null && descr.type().tp_descr_set != null) {
            giveUp(co, cur);
            return;
        }
        AttrCache ac = new AttrCache(t, name);
        // The entry of an attribute that exists already: assignments to it replace the value in place.
        PyDict d = o.existingDict();
        ac.hint = d == null ? 0 : Math.max(0, d.findEntry(name));
        install(co, cur, ac, STORE_ATTR_INSTANCE);
    }

    static int storeAttrMiss(PyFrame f, PyObject[] s, int sp, int cur, int arg) {
        PyCode co = f.code;
        miss(co, cur);
        Abstract.setAttr(s[sp - 1], co.names[arg], s[sp - 2]);
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    // --- BINARY_OP / COMPARE_OP ---

    static void specializeBinaryOp(PyCode co, int cur, int arg, PyObject a, PyObject b) {
        if (!allowed(co, cur)) return;
        int op = arg >= 13 ? arg - 13 : arg;
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            if (op != Opcode.NB_POWER && op != Opcode.NB_TRUE_DIVIDE && op != Opcode.NB_MATRIX_MULTIPLY) {
                rewrite(co, cur, BINARY_OP_INT);
                return;
            }
        } else if (floatOperands(a, b)) {
            if (op == Opcode.NB_ADD || op == Opcode.NB_SUBTRACT || op == Opcode.NB_MULTIPLY || op == Opcode.NB_TRUE_DIVIDE) {
                rewrite(co, cur, BINARY_OP_FLOAT);
                return;
            }
        } else if (a.type() == PyStr.TYPE && b.type() == PyStr.TYPE && op == Opcode.NB_ADD) {
            rewrite(co, cur, BINARY_OP_ADD_STR);
            return;
        }
        giveUp(co, cur);
    }

    /** int op int on machine words; null when it overflows or needs the general path (division by zero...). */
    static PyObject intOp(int arg, PyInt a, PyInt b) {
        if (a.big != null || b.big != null) return null;
        long x = a.value, y = b.value, r;
        // One boxing at the end keeps this small enough for HotSpot to inline into the dispatch loop.
        switch (arg >= 13 ? arg - 13 : arg) {
            case Opcode.NB_ADD -> {
                r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) return null;
            }
            case Opcode.NB_SUBTRACT -> {
                r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) return null;
            }
            case Opcode.NB_MULTIPLY -> {
                r = x * y;
                if (Math.multiplyHigh(x, y) != (r >> 63)) return null;
            }
            case Opcode.NB_AND -> r = x & y;
            case Opcode.NB_OR -> r = x | y;
            case Opcode.NB_XOR -> r = x ^ y;
            case Opcode.NB_FLOOR_DIVIDE -> {
                if (y == 0 || (x == Long.MIN_VALUE && y == -1)) return null;
                r = Math.floorDiv(x, y);
            }
            case Opcode.NB_REMAINDER -> {
                if (y == 0) return null;
                r = Math.floorMod(x, y);
            }
            case Opcode.NB_LSHIFT -> {
                if (y < 0 || y >= 63) return null;
                r = x << y;
                if ((r >> y) != x) return null;
            }
            case Opcode.NB_RSHIFT -> {
                if (y < 0) return null;
                r = x >> Math.min(y, 63);
            }
            default -> {
                return null;
            }
        }
        return PyInt.valueOf(r);
    }

    static PyObject floatOp(int arg, double x, double y) {
        double r;
        switch (arg >= 13 ? arg - 13 : arg) {
            case Opcode.NB_ADD -> r = x + y;
            case Opcode.NB_SUBTRACT -> r = x - y;
            case Opcode.NB_MULTIPLY -> r = x * y;
            case Opcode.NB_TRUE_DIVIDE -> {
                if (y == 0.0) return null;
                r = x / y;
            }
            default -> {
                return null;
            }
        }
        return PyFloat.valueOf(r);
    }

    static PyObject concat(PyStr a, PyStr b) {
        if (a.value().isEmpty()) return b;
        if (b.value().isEmpty()) return a;
        return new PyStr(a.value() + b.value());
    }

    /** float with float, or float with an int of one machine word (which float arithmetic converts exactly as CPython). */
    private static boolean floatOperands(PyObject a, PyObject b) {
        PyType ta = a.type(), tb = b.type();
        if (ta == PyFloat.TYPE) return tb == PyFloat.TYPE || tb == PyInt.TYPE && ((PyInt) b).big == null;
        return tb == PyFloat.TYPE && ta == PyInt.TYPE && ((PyInt) a).big == null;
    }

    private static double floatValue(PyObject o) {
        return o instanceof PyFloat f ? f.value : (double) ((PyInt) o).value;
    }

    /** Operand types changed (or the fast path declined): generic result; counts a miss only for type changes. */
    static PyObject binaryMiss(PyCode co, int cur, int arg, PyObject a, PyObject b) {
        int op = co.instrs[cur] & Interpreter.MASK;
        if (op == BINARY_OP_FLOAT && floatOperands(a, b)) {
            // float op int at a float site: the same arithmetic without the generic dispatch.
            PyObject r = floatOp(arg, floatValue(a), floatValue(b));
            if (r != null) return r;
            return Ops.binaryGeneric(arg, a, b);
        }
        boolean sameTypes = op == BINARY_OP_INT ? a.type() == PyInt.TYPE && b.type() == PyInt.TYPE
                : op == BINARY_OP_FLOAT ? a.type() == PyFloat.TYPE && b.type() == PyFloat.TYPE
                : a.type() == PyStr.TYPE && b.type() == PyStr.TYPE;
        if (!sameTypes) miss(co, cur);
        return Ops.binaryGeneric(arg, a, b);
    }

    static void specializeCompare(PyCode co, int cur, int arg, PyObject a, PyObject b) {
        if (!allowed(co, cur)) return;
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) rewrite(co, cur, COMPARE_OP_INT);
        else if (a.type() == PyFloat.TYPE && b.type() == PyFloat.TYPE) rewrite(co, cur, COMPARE_OP_FLOAT);
        else giveUp(co, cur);
    }

    static boolean floatCompare(int op, double x, double y) {
        return switch (op) {
            case 0 -> x < y;
            case 1 -> x <= y;
            case 2 -> x == y;
            case 3 -> x != y;
            case 4 -> x > y;
            default -> x >= y;
        };
    }

    static PyObject compareMiss(PyCode co, int cur, int arg, PyObject a, PyObject b) {
        if (!(a.type() == PyInt.TYPE && b.type() == PyInt.TYPE)) miss(co, cur);
        return Abstract.richCompare(a, b, CompareOp.of(arg >> 4));
    }

    // --- subscripts ---

    static void specializeSubscr(PyCode co, int cur, PyObject c, PyObject k) {
        if (!allowed(co, cur)) return;
        if (c.type() == PyList.TYPE && k.type() == PyInt.TYPE) rewrite(co, cur, BINARY_SUBSCR_LIST);
        else if (c.type() == PyTuple.TYPE && k.type() == PyInt.TYPE) rewrite(co, cur, BINARY_SUBSCR_TUPLE);
        else if (c.type() == PyDict.TYPE) rewrite(co, cur, BINARY_SUBSCR_DICT);
        else giveUp(co, cur);
    }

    static PyObject subscrMiss(PyCode co, int cur, PyObject c, PyObject k) {
        int op = co.instrs[cur] & Interpreter.MASK;
        boolean typesHold = op == BINARY_SUBSCR_LIST ? c.type() == PyList.TYPE && k.type() == PyInt.TYPE
                : op == BINARY_SUBSCR_TUPLE ? c.type() == PyTuple.TYPE && k.type() == PyInt.TYPE
                : c.type() == PyDict.TYPE;
        // Out-of-range indexes and missing keys raise through the generic path; they are not type misses.
        if (!typesHold) miss(co, cur);
        return Abstract.getItem(c, k);
    }

    static void specializeStoreSubscr(PyCode co, int cur, PyObject c, PyObject k) {
        if (!allowed(co, cur)) return;
        if (c.type() == PyList.TYPE && k.type() == PyInt.TYPE) rewrite(co, cur, STORE_SUBSCR_LIST);
        else if (c.type() == PyDict.TYPE) rewrite(co, cur, STORE_SUBSCR_DICT);
        else giveUp(co, cur);
    }

    static void storeSubscrMiss(PyCode co, int cur, PyObject v, PyObject c, PyObject k) {
        int op = co.instrs[cur] & Interpreter.MASK;
        boolean typesHold = op == STORE_SUBSCR_LIST ? c.type() == PyList.TYPE && k.type() == PyInt.TYPE : c.type() == PyDict.TYPE;
        if (!typesHold) miss(co, cur);
        Abstract.setItem(c, k, v);
    }

    // --- FOR_ITER / UNPACK_SEQUENCE ---

    static void specializeForIter(PyCode co, int cur, PyObject it) {
        if (!allowed(co, cur)) return;
        PyType t = it.type();
        if (!t.isHeapType() && t.tp_iternext != null && !(it instanceof kiln.runtime.types.PyGenBase)) {
            co.cache[cur] = t;
            rewrite(co, cur, FOR_ITER_LIST);
        } else {
            giveUp(co, cur);
        }
    }

    /** The cached iterator type's tp_iternext, with FOR_ITER's StopIteration handling. */
    static PyObject iterNext(PyType t, PyObject it) {
        try {
            return t.tp_iternext.next(it);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) return null;
            throw e;
        }
    }

    static PyObject forIterMiss(PyCode co, int cur, PyObject it) {
        miss(co, cur);
        return Ops.next(it);
    }

    static void specializeUnpack(PyCode co, int cur, PyObject o, int n) {
        if (!allowed(co, cur)) return;
        if (o.type() == PyTuple.TYPE && ((PyTuple) o).size() == n) rewrite(co, cur, UNPACK_TUPLE);
        else if (o.type() == PyList.TYPE && ((PyList) o).size() == n) rewrite(co, cur, UNPACK_LIST);
        else giveUp(co, cur);
    }

    // --- CALL ---

    /** {@code first} is the first argument (the receiver for method calls), or null. */
    static void specializeCall(PyCode co, int cur, PyObject callable, int nargs, PyObject first) {
        if (!allowed(co, cur)) return;
        int arg = co.instrs[cur] >>> Interpreter.SHIFT;
        if (callable instanceof PyFunction f) {
            PyCode fc = f.code;
            if (fc.argcount == nargs && fc.totalargs == nargs && (nargs == arg || nargs == arg + 1)) {
                CallCache cc = new CallCache();
                cc.func = f;
                cc.version = f.version;
                install(co, cur, cc, CALL_PY_EXACT);
                return;
            }
        } else if (callable instanceof PyMethodDescr d && nargs == arg + 1 && first != null && first.type().isSubtype(d.owner)) {
            if (arg == 0 && d.m0 != null || arg == 1 && d.m1 != null || arg == 2 && d.m2 != null) {
                DescrCache dc = new DescrCache();
                dc.descr = d;
                dc.owner = first.type();
                install(co, cur, dc, CALL_DESCR);
                return;
            }
        }
        giveUp(co, cur);
    }

    static PyObject callMiss(PyCode co, int cur, PyObject callable, PyObject[] s, int argStart, int nargs) {
        if (callable instanceof kiln.runtime.types.PyMethod m && m.func instanceof PyFunction) {
            // The slot below the arguments held the callable (the NULL of a plain call): the receiver goes there.
            s[--argStart] = m.self;
            callable = m.func;
            nargs++;
        }
        if (callable instanceof PyFunction f) {
            // Another function of the same exact-arguments shape (a polymorphic call site): no miss.
            if (f.code.argcount == nargs && f.code.totalargs == nargs) return Interpreter.execute(Calls.exactFrame(f, s, argStart, nargs));
            miss(co, cur);
            return Interpreter.callFunction(f, s, argStart, nargs, null);
        }
        miss(co, cur);
        return Abstract.call(callable, s, argStart, nargs, null);
    }

    static PyObject descrMiss(PyCode co, int cur, PyObject[] s, int base, int arg) {
        miss(co, cur);
        PyObject meth = s[base];
        if (meth != null) return Abstract.call(meth, s, base + 1, arg + 1, null);
        PyObject callable = s[base + 1];
        if (callable instanceof kiln.runtime.types.PyMethod m) {
            s[base + 1] = m.self;
            return Abstract.call(m.func, s, base + 1, arg + 1, null);
        }
        return Abstract.call(callable, s, base + 2, arg, null);
    }
}
