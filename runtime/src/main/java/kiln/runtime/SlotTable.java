package kiln.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyWrapperDescr;

/**
 * The link between slots and dunder methods (CPython 3.12: Objects/typeobject.c, slotdefs). For a builtin type
 * it adds a slot wrapper to the type dict for every slot the type defines ({@code int.__add__}); for a class
 * it points each slot at the base's Java function when the dunder found on the MRO is that function's wrapper,
 * and at a dispatcher that calls the Python method otherwise.
 */
public final class SlotTable {
    private SlotTable() {}

    /** One dunder name bound to one slot. */
    public static final class Def {
        public final String name;
        public final PyStr pyName;
        final Function<PyType, Object> get;
        final BiConsumer<PyType, Object> set;
        /** Builds the Python-callable body of the wrapper from the slot value. */
        final Function<Object, Slots.Call> wrap;
        /** The slot value that calls the Python-level method(s) for this slot. */
        final Object dispatcher;

        Def(String name, Function<PyType, Object> get, BiConsumer<PyType, Object> set, Function<Object, Slots.Call> wrap,
            Object dispatcher) {
            this.name = name;
            this.pyName = PyStr.intern(name);
            this.get = get;
            this.set = set;
            this.wrap = wrap;
            this.dispatcher = dispatcher;
        }

        public Object slotOf(PyType t) { return get.apply(t); }
    }

    static final List<Def> DEFS = new ArrayList<>();
    static final HashMap<String, List<Def>> BY_NAME = new HashMap<>();

    private static void def(String name, Function<PyType, Object> get, BiConsumer<PyType, Object> set,
                            Function<Object, Slots.Call> wrap, Object dispatcher) {
        Def d = new Def(name, get, set, wrap, dispatcher);
        DEFS.add(d);
        BY_NAME.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
    }

    public static boolean isSlotName(PyStr name) { return BY_NAME.containsKey(name.value()); }

    // --- wrapper bodies (what calling int.__add__(a, b) does) ---

    /**
     * CPython's hackcheck: {@code object.__setattr__(cls, ...)} must not skip over the setattr of a builtin
     * between the object's type and the wrapper's owner (type's, here), which keeps its own invariants.
     */
    private static void hackcheck(PyObject self, Slots.SetAttr func, String what) {
        PyType type = self.type();
        PyType[] mro = type.mro();
        if (mro == null) return;
        PyType defining = type;
        for (int i = mro.length - 1; i >= 0; i--) {
            PyType b = mro[i];
            if (b.tp_setattro != SlotDispatch.SETATTRO && b.tp_setattro == type.tp_setattro) {
                defining = b;
                break;
            }
        }
        for (PyType b = defining; b != null; b = b.base) {
            if (b.tp_setattro == func) return;
            if (b.tp_setattro != SlotDispatch.SETATTRO) {
                throw Errors.typeError("can't apply this " + what + " to " + type.name() + " object");
            }
        }
    }

    private static Slots.Call unaryW(String name, Object s) {
        Slots.Unary f = (Slots.Unary) s;
        return (self, a, off, n, kw) -> { ArgParser.exact(name, a, off, n, kw, 0); return f.apply(self); };
    }

    private static Slots.Call binaryW(String name, Object s) {
        Slots.Binary f = (Slots.Binary) s;
        return (self, a, off, n, kw) -> { ArgParser.exact(name, a, off, n, kw, 1); return f.apply(self, a[off]); };
    }

    private static Slots.Call binaryR(String name, Object s) {
        Slots.Binary f = (Slots.Binary) s;
        return (self, a, off, n, kw) -> { ArgParser.exact(name, a, off, n, kw, 1); return f.apply(a[off], self); };
    }

    private static Slots.Call compareW(String name, CompareOp op, Object s) {
        Slots.RichCompare f = (Slots.RichCompare) s;
        return (self, a, off, n, kw) -> { ArgParser.exact(name, a, off, n, kw, 1); return f.compare(self, a[off], op); };
    }

    static {
        SlotDispatch.init();
        def("__getattribute__", t -> t.tp_getattro, (t, v) -> t.tp_getattro = (Slots.GetAttr) v, s -> {
            Slots.GetAttr f = (Slots.GetAttr) s;
            return (self, a, off, n, kw) -> { ArgParser.exact("__getattribute__", a, off, n, kw, 1); return f.getattr(self, ArgParser.attrName(a[off])); };
        }, SlotDispatch.GETATTRO);
        def("__getattr__", t -> t.tp_getattro, (t, v) -> t.tp_getattro = (Slots.GetAttr) v, null, SlotDispatch.GETATTRO);
        def("__setattr__", t -> t.tp_setattro, (t, v) -> t.tp_setattro = (Slots.SetAttr) v, s -> {
            Slots.SetAttr f = (Slots.SetAttr) s;
            return (self, a, off, n, kw) -> {
                ArgParser.exact("__setattr__", a, off, n, kw, 2);
                hackcheck(self, f, "__setattr__");
                f.setattr(self, ArgParser.attrName(a[off]), a[off + 1]);
                return PyNone.INSTANCE;
            };
        }, SlotDispatch.SETATTRO);
        def("__delattr__", t -> t.tp_setattro, (t, v) -> t.tp_setattro = (Slots.SetAttr) v, s -> {
            Slots.SetAttr f = (Slots.SetAttr) s;
            return (self, a, off, n, kw) -> {
                ArgParser.exact("__delattr__", a, off, n, kw, 1);
                hackcheck(self, f, "__delattr__");
                f.setattr(self, ArgParser.attrName(a[off]), null);
                return PyNone.INSTANCE;
            };
        }, SlotDispatch.SETATTRO);
        def("__repr__", t -> t.tp_repr, (t, v) -> t.tp_repr = (Slots.Unary) v, s -> unaryW("__repr__", s), SlotDispatch.REPR);
        def("__str__", t -> t.tp_str, (t, v) -> t.tp_str = (Slots.Unary) v, s -> unaryW("__str__", s), SlotDispatch.STR);
        def("__hash__", t -> t.tp_hash, (t, v) -> t.tp_hash = (Slots.Hash) v, s -> {
            Slots.Hash f = (Slots.Hash) s;
            return (self, a, off, n, kw) -> { ArgParser.exact("__hash__", a, off, n, kw, 0); return kiln.runtime.types.PyInt.valueOf(f.hash(self)); };
        }, SlotDispatch.HASH);
        def("__call__", t -> t.tp_call, (t, v) -> t.tp_call = (Slots.Call) v, s -> (Slots.Call) s, SlotDispatch.CALL);
        for (CompareOp op : CompareOp.values()) {
            def(op.dunder, t -> t.tp_richcompare, (t, v) -> t.tp_richcompare = (Slots.RichCompare) v,
                    s -> compareW(op.dunder, op, s), SlotDispatch.RICHCOMPARE);
        }
        def("__iter__", t -> t.tp_iter, (t, v) -> t.tp_iter = (Slots.Unary) v, s -> unaryW("__iter__", s), SlotDispatch.ITER);
        def("__next__", t -> t.tp_iternext, (t, v) -> t.tp_iternext = (Slots.Next) v, s -> {
            Slots.Next f = (Slots.Next) s;
            return (self, a, off, n, kw) -> {
                ArgParser.exact("__next__", a, off, n, kw, 0);
                PyObject r = f.next(self);
                if (r == null) throw Errors.stopIteration();
                return r;
            };
        }, SlotDispatch.NEXT);
        def("__get__", t -> t.tp_descr_get, (t, v) -> t.tp_descr_get = (Slots.DescrGet) v, s -> {
            Slots.DescrGet f = (Slots.DescrGet) s;
            return (self, a, off, n, kw) -> {
                ArgParser.checkCount("__get__", n, 1, 2);
                PyObject obj = a[off] == PyNone.INSTANCE ? null : a[off];
                PyObject type = n > 1 && a[off + 1] != PyNone.INSTANCE ? a[off + 1] : null;
                if (obj == null && type == null) throw Errors.typeError("__get__(None, None) is invalid");
                return f.get(self, obj, type);
            };
        }, SlotDispatch.DESCR_GET);
        def("__set__", t -> t.tp_descr_set, (t, v) -> t.tp_descr_set = (Slots.DescrSet) v, s -> {
            Slots.DescrSet f = (Slots.DescrSet) s;
            return (self, a, off, n, kw) -> { ArgParser.exact("__set__", a, off, n, kw, 2); f.set(self, a[off], a[off + 1]); return PyNone.INSTANCE; };
        }, SlotDispatch.DESCR_SET);
        def("__delete__", t -> t.tp_descr_set, (t, v) -> t.tp_descr_set = (Slots.DescrSet) v, s -> {
            Slots.DescrSet f = (Slots.DescrSet) s;
            return (self, a, off, n, kw) -> { ArgParser.exact("__delete__", a, off, n, kw, 1); f.set(self, a[off], null); return PyNone.INSTANCE; };
        }, SlotDispatch.DESCR_SET);
        def("__init__", t -> t.tp_init, (t, v) -> t.tp_init = (Slots.Init) v, s -> {
            Slots.Init f = (Slots.Init) s;
            return (self, a, off, n, kw) -> { f.init(self, a, off, n, kw); return PyNone.INSTANCE; };
        }, SlotDispatch.INIT);
        def("__new__", t -> t.tp_new, (t, v) -> t.tp_new = (Slots.New) v, null, SlotDispatch.NEW);
        def("__await__", t -> t.am_await, (t, v) -> t.am_await = (Slots.Unary) v, s -> unaryW("__await__", s), SlotDispatch.AWAIT);
        def("__aiter__", t -> t.am_aiter, (t, v) -> t.am_aiter = (Slots.Unary) v, s -> unaryW("__aiter__", s), SlotDispatch.AITER);
        def("__anext__", t -> t.am_anext, (t, v) -> t.am_anext = (Slots.Unary) v, s -> unaryW("__anext__", s), SlotDispatch.ANEXT);

        binary("add", t -> t.nb_add, (t, v) -> t.nb_add = v, SlotDispatch.NB_ADD);
        binary("sub", t -> t.nb_subtract, (t, v) -> t.nb_subtract = v, SlotDispatch.NB_SUBTRACT);
        binary("mul", t -> t.nb_multiply, (t, v) -> t.nb_multiply = v, SlotDispatch.NB_MULTIPLY);
        binary("mod", t -> t.nb_remainder, (t, v) -> t.nb_remainder = v, SlotDispatch.NB_REMAINDER);
        binary("divmod", t -> t.nb_divmod, (t, v) -> t.nb_divmod = v, SlotDispatch.NB_DIVMOD);
        binary("lshift", t -> t.nb_lshift, (t, v) -> t.nb_lshift = v, SlotDispatch.NB_LSHIFT);
        binary("rshift", t -> t.nb_rshift, (t, v) -> t.nb_rshift = v, SlotDispatch.NB_RSHIFT);
        binary("and", t -> t.nb_and, (t, v) -> t.nb_and = v, SlotDispatch.NB_AND);
        binary("xor", t -> t.nb_xor, (t, v) -> t.nb_xor = v, SlotDispatch.NB_XOR);
        binary("or", t -> t.nb_or, (t, v) -> t.nb_or = v, SlotDispatch.NB_OR);
        binary("floordiv", t -> t.nb_floor_divide, (t, v) -> t.nb_floor_divide = v, SlotDispatch.NB_FLOOR_DIVIDE);
        binary("truediv", t -> t.nb_true_divide, (t, v) -> t.nb_true_divide = v, SlotDispatch.NB_TRUE_DIVIDE);
        binary("matmul", t -> t.nb_matrix_multiply, (t, v) -> t.nb_matrix_multiply = v, SlotDispatch.NB_MATRIX_MULTIPLY);
        def("__pow__", t -> t.nb_power, (t, v) -> t.nb_power = (Slots.Ternary) v, s -> {
            Slots.Ternary f = (Slots.Ternary) s;
            return (self, a, off, n, kw) -> {
                ArgParser.checkCount("__pow__", n, 1, 2);
                return f.apply(self, a[off], n > 1 ? a[off + 1] : PyNone.INSTANCE);
            };
        }, SlotDispatch.NB_POWER);
        def("__rpow__", t -> t.nb_power, (t, v) -> t.nb_power = (Slots.Ternary) v, s -> {
            Slots.Ternary f = (Slots.Ternary) s;
            return (self, a, off, n, kw) -> {
                ArgParser.checkCount("__rpow__", n, 1, 2);
                return f.apply(a[off], self, n > 1 ? a[off + 1] : PyNone.INSTANCE);
            };
        }, SlotDispatch.NB_POWER);
        inplace("add", t -> t.nb_inplace_add, (t, v) -> t.nb_inplace_add = v);
        inplace("sub", t -> t.nb_inplace_subtract, (t, v) -> t.nb_inplace_subtract = v);
        inplace("mul", t -> t.nb_inplace_multiply, (t, v) -> t.nb_inplace_multiply = v);
        inplace("mod", t -> t.nb_inplace_remainder, (t, v) -> t.nb_inplace_remainder = v);
        inplace("lshift", t -> t.nb_inplace_lshift, (t, v) -> t.nb_inplace_lshift = v);
        inplace("rshift", t -> t.nb_inplace_rshift, (t, v) -> t.nb_inplace_rshift = v);
        inplace("and", t -> t.nb_inplace_and, (t, v) -> t.nb_inplace_and = v);
        inplace("xor", t -> t.nb_inplace_xor, (t, v) -> t.nb_inplace_xor = v);
        inplace("or", t -> t.nb_inplace_or, (t, v) -> t.nb_inplace_or = v);
        inplace("floordiv", t -> t.nb_inplace_floor_divide, (t, v) -> t.nb_inplace_floor_divide = v);
        inplace("truediv", t -> t.nb_inplace_true_divide, (t, v) -> t.nb_inplace_true_divide = v);
        inplace("matmul", t -> t.nb_inplace_matrix_multiply, (t, v) -> t.nb_inplace_matrix_multiply = v);
        def("__ipow__", t -> t.nb_inplace_power, (t, v) -> t.nb_inplace_power = (Slots.Ternary) v, s -> {
            Slots.Ternary f = (Slots.Ternary) s;
            return (self, a, off, n, kw) -> {
                ArgParser.checkCount("__ipow__", n, 1, 2);
                return f.apply(self, a[off], PyNone.INSTANCE);
            };
        }, SlotDispatch.NB_INPLACE_POWER);
        unary("__neg__", t -> t.nb_negative, (t, v) -> t.nb_negative = v, SlotDispatch.NB_NEGATIVE);
        unary("__pos__", t -> t.nb_positive, (t, v) -> t.nb_positive = v, SlotDispatch.NB_POSITIVE);
        unary("__abs__", t -> t.nb_absolute, (t, v) -> t.nb_absolute = v, SlotDispatch.NB_ABSOLUTE);
        unary("__invert__", t -> t.nb_invert, (t, v) -> t.nb_invert = v, SlotDispatch.NB_INVERT);
        unary("__int__", t -> t.nb_int, (t, v) -> t.nb_int = v, SlotDispatch.NB_INT);
        unary("__float__", t -> t.nb_float, (t, v) -> t.nb_float = v, SlotDispatch.NB_FLOAT);
        unary("__index__", t -> t.nb_index, (t, v) -> t.nb_index = v, SlotDispatch.NB_INDEX);
        def("__bool__", t -> t.nb_bool, (t, v) -> t.nb_bool = (Slots.Predicate) v, s -> {
            Slots.Predicate f = (Slots.Predicate) s;
            return (self, a, off, n, kw) -> { ArgParser.exact("__bool__", a, off, n, kw, 0); return kiln.runtime.types.PyBool.of(f.test(self)); };
        }, SlotDispatch.NB_BOOL);
        def("__len__", t -> t.mp_length, (t, v) -> t.mp_length = (Slots.Length) v, s -> {
            Slots.Length f = (Slots.Length) s;
            return (self, a, off, n, kw) -> { ArgParser.exact("__len__", a, off, n, kw, 0); return kiln.runtime.types.PyInt.valueOf(f.length(self)); };
        }, SlotDispatch.LENGTH);
        def("__getitem__", t -> t.mp_subscript, (t, v) -> t.mp_subscript = (Slots.Binary) v, s -> binaryW("__getitem__", s), SlotDispatch.GETITEM);
        def("__setitem__", t -> t.mp_ass_subscript, (t, v) -> t.mp_ass_subscript = (Slots.SetItem) v, s -> {
            Slots.SetItem f = (Slots.SetItem) s;
            return (self, a, off, n, kw) -> { ArgParser.exact("__setitem__", a, off, n, kw, 2); f.set(self, a[off], a[off + 1]); return PyNone.INSTANCE; };
        }, SlotDispatch.SETITEM);
        def("__delitem__", t -> t.mp_ass_subscript, (t, v) -> t.mp_ass_subscript = (Slots.SetItem) v, s -> {
            Slots.SetItem f = (Slots.SetItem) s;
            return (self, a, off, n, kw) -> { ArgParser.exact("__delitem__", a, off, n, kw, 1); f.set(self, a[off], null); return PyNone.INSTANCE; };
        }, SlotDispatch.SETITEM);
        def("__contains__", t -> t.sq_contains, (t, v) -> t.sq_contains = (Slots.Contains) v, s -> {
            Slots.Contains f = (Slots.Contains) s;
            return (self, a, off, n, kw) -> { ArgParser.exact("__contains__", a, off, n, kw, 1); return kiln.runtime.types.PyBool.of(f.contains(self, a[off])); };
        }, SlotDispatch.CONTAINS);
    }

    private static void binary(String op, Function<PyType, Slots.Binary> get, BiConsumer<PyType, Slots.Binary> set, Object disp) {
        String name = "__" + op + "__", rname = "__r" + op + "__";
        def(name, t -> get.apply(t), (t, v) -> set.accept(t, (Slots.Binary) v), s -> binaryW(name, s), disp);
        def(rname, t -> get.apply(t), (t, v) -> set.accept(t, (Slots.Binary) v), s -> binaryR(rname, s), disp);
    }

    private static void inplace(String op, Function<PyType, Slots.Binary> get, BiConsumer<PyType, Slots.Binary> set) {
        String name = "__i" + op + "__";
        def(name, t -> get.apply(t), (t, v) -> set.accept(t, (Slots.Binary) v), s -> binaryW(name, s), SlotDispatch.inplace(name));
    }

    private static void unary(String name, Function<PyType, Slots.Unary> get, BiConsumer<PyType, Slots.Unary> set, Object disp) {
        def(name, t -> get.apply(t), (t, v) -> set.accept(t, (Slots.Unary) v), s -> unaryW(name, s), disp);
    }

    /** Builtin types: a slot wrapper in the dict for every slot the type defines and whose dunder it lacks. */
    static void addSlotWrappers(PyType t) {
        for (Def d : DEFS) {
            if (d.wrap == null) continue;
            Object s = d.get.apply(t);
            if (s == null) continue;
            if (t.base != null && s == d.get.apply(t.base)) continue;  // inherited: the base's wrapper serves
            if (t.dict().getStr(d.pyName) != null) continue;
            t.dict().setItem(d.pyName, new PyWrapperDescr(t, d, s, d.wrap.apply(s)));
        }
        if (t.tp_new != null && t.dict().getStr(PyStr.intern("__new__")) == null
                && (t.base == null || t.tp_new != t.base.tp_new)) {
            t.dict().setItem(PyStr.intern("__new__"), TypeSlots.newWrapper(t));
        }
    }

    /** Builtin types: CPython's inherit_slots, reduced to "take the base's slot where ours is unset". */
    static void inheritSlots(PyType t, PyType base) {
        boolean ownCompare = t.tp_richcompare != null, ownHash = t.tp_hash != null;
        for (Def d : DEFS) {
            if (d.get.apply(t) == null) {
                Object s = d.get.apply(base);
                if (s != null) d.set.accept(t, s);
            }
        }
        // tp_hash and tp_richcompare are inherited together: defining one alone keeps the other unset.
        if (ownCompare && !ownHash && t.tp_hash == base.tp_hash) t.tp_hash = base.tp_hash;
    }

    /** Classes: recomputes every slot from the MRO (after creation, or a change of bases). */
    public static void fixupAll(PyType t) {
        for (Def d : DEFS) fixup(t, d);
    }

    /** After {@code setattr(cls, name, v)}: re-derives the slots named by {@code name} here and in subclasses. */
    public static void update(PyType t, PyStr name) {
        List<Def> defs = BY_NAME.get(name.value());
        if (defs == null) return;
        updateRec(t, defs);
    }

    private static void updateRec(PyType t, List<Def> defs) {
        if (t.isHeapType()) for (Def d : defs) fixup(t, d);
        for (PyType sub : t.subclasses()) updateRec(sub, defs);
    }

    private static void fixup(PyType t, Def d) {
        // Every dunder sharing this slot decides together (e.g. __add__ and __radd__ both feed nb_add).
        Object chosen = null;
        boolean useDispatcher = false, any = false;
        for (Def other : DEFS) {
            if (!sameSlot(other, d)) continue;
            PyObject found = t.lookup(other.pyName);
            if (found == null) continue;
            any = true;
            if (found instanceof PyWrapperDescr w && sameSlot(w.def, d)) {
                if (chosen == null) chosen = w.slot;
                else if (chosen != w.slot) useDispatcher = true;
            } else if (d.name.equals("__new__") && TypeSlots.NEW_WRAPPERS.containsKey(found)) {
                Slots.New n = TypeSlots.NEW_WRAPPERS.get(found).tp_new;
                if (chosen == null) chosen = n;
            } else if (found == PyNone.INSTANCE && d.name.equals("__hash__")) {
                chosen = SlotDispatch.HASH_NOT_IMPLEMENTED;
            } else {
                useDispatcher = true;
            }
        }
        Object value = !any ? null : useDispatcher ? d.dispatcher : chosen;
        if (d.name.equals("__new__") && value == null) return;
        d.set.accept(t, value);
    }

    private static boolean sameSlot(Def a, Def b) {
        return a == b || SLOT_GROUP.get(a.name).equals(SLOT_GROUP.get(b.name));
    }

    /** Dunders that feed one slot share a group name. */
    private static final HashMap<String, String> SLOT_GROUP = new HashMap<>();
    static {
        for (Def d : DEFS) {
            String g = d.name;
            if (g.startsWith("__r") && !g.equals("__repr__") && BY_NAME.containsKey("__" + g.substring(3))) g = "__" + g.substring(3);
            switch (g) {
                case "__getattr__" -> g = "__getattribute__";
                case "__delattr__" -> g = "__setattr__";
                case "__delete__" -> g = "__set__";
                case "__delitem__" -> g = "__setitem__";
                case "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" -> g = "__richcmp__";
                default -> { }
            }
            SLOT_GROUP.put(d.name, g);
        }
    }
}
