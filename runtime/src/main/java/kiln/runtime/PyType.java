package kiln.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import kiln.runtime.types.PyBuiltinFunction;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyGetSetDescr;
import kiln.runtime.types.PyMethodDescr;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * A Python type ({@code type}). Keeps CPython-style slots as fields (DESIGN.md, "Speed principles"): the
 * abstract API and the interpreter call them directly. A version tag changes whenever the type or one of its
 * bases is modified, so inline caches keyed on it stay correct.
 */
public class PyType extends PyObject {
    // Flags, as CPython's Py_TPFLAGS_* where one exists.
    public static final int HEAPTYPE = 1 << 9;
    public static final int BASETYPE = 1 << 10;
    public static final int IS_ABSTRACT = 1 << 20;
    public static final int LONG_SUBCLASS = 1 << 24;
    public static final int LIST_SUBCLASS = 1 << 25;
    public static final int TUPLE_SUBCLASS = 1 << 26;
    public static final int BYTES_SUBCLASS = 1 << 27;
    public static final int UNICODE_SUBCLASS = 1 << 28;
    public static final int DICT_SUBCLASS = 1 << 29;
    public static final int BASE_EXC_SUBCLASS = 1 << 30;
    public static final int TYPE_SUBCLASS = 1 << 31;
    /** Instances carry a {@code __dict__} (a heap type without {@code __slots__}, or a builtin like function). */
    public static final int HAS_DICT = 1 << 2;
    public static final int SEQUENCE = 1 << 5;
    public static final int MAPPING = 1 << 6;
    public static final int IMMUTABLETYPE = 1 << 8;
    public static final int DISALLOW_INSTANTIATION = 1 << 7;
    public static final int MATCH_SELF = 1 << 22;

    public static final PyType TYPE;
    public static final PyType OBJECT;

    private static int nextVersion = 1;
    /** Builtin types readied during bootstrap, before object's slots existed. */
    private static java.util.List<PyType> EARLY = new java.util.ArrayList<>();

    // --- identity and layout ---
    String name;
    String qualname;
    public PyType base;
    PyTuple bases;
    PyType[] mro;
    PyTuple mroTuple;
    private PyDict dict;
    public int flags;
    /** Changes on any modification of this type or a base; 0 means "unversioned, don't cache". */
    public int version;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /** The class's own {@code __slots__} names, mangled, without __dict__ and __weakref__ (CPython's ht_slots), or null. */
    public String[] slotNames;
    /** Number of {@code __slots__} storage cells instances of this type need. */
    public int nslots;
    /** The builtin whose Java class instances of this type are (object for plain classes). */
    public PyType solidBase;

    static {
        // The two roots refer to each other: object's type is type, type's base is object. Type dicts are
        // created lazily so that making these two does not need dict and str to exist yet.
        OBJECT = new PyType("object", null, BASETYPE);
        TYPE = new PyType("type", OBJECT, BASETYPE | TYPE_SUBCLASS);
        OBJECT.type = TYPE;
        TYPE.type = TYPE;
        PyBaseObjectSlots.init(OBJECT);
        OBJECT.ready();
        TypeSlots.init(TYPE);
        TYPE.ready();
        // Types finished while object's slots were still being set (through str and dict) inherit again now.
        for (PyType t : EARLY) {
            if (t.base != null) {
                SlotTable.inheritSlots(t, t.base);
                SlotTable.addSlotWrappers(t);
            }
        }
        EARLY = null;
    }

    // --- slots (null = not supported) ---
    public Slots.Unary tp_repr, tp_str, tp_iter, am_await, am_aiter, am_anext;
    public Slots.Hash tp_hash;
    public Slots.Call tp_call;
    public Slots.GetAttr tp_getattro;
    public Slots.SetAttr tp_setattro;
    public Slots.RichCompare tp_richcompare;
    public Slots.Next tp_iternext;
    public Slots.DescrGet tp_descr_get;
    public Slots.DescrSet tp_descr_set;
    public Slots.Init tp_init;
    public Slots.New tp_new;
    public Slots.Unary tp_finalize;

    public Slots.Binary nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod, nb_lshift, nb_rshift, nb_and,
            nb_xor, nb_or, nb_floor_divide, nb_true_divide, nb_matrix_multiply;
    public Slots.Ternary nb_power, nb_inplace_power;
    public Slots.Binary nb_inplace_add, nb_inplace_subtract, nb_inplace_multiply, nb_inplace_remainder,
            nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and, nb_inplace_xor, nb_inplace_or,
            nb_inplace_floor_divide, nb_inplace_true_divide, nb_inplace_matrix_multiply;
    public Slots.Unary nb_negative, nb_positive, nb_absolute, nb_invert, nb_int, nb_float, nb_index;
    public Slots.Predicate nb_bool;

    /** sq_length and mp_length are one slot here: CPython keeps them in step for every builtin. */
    public Slots.Length mp_length;
    public Slots.Binary mp_subscript;
    public Slots.SetItem mp_ass_subscript;
    public Slots.Contains sq_contains;
    /** Sequence fallbacks of + and * (CPython's sq_concat / sq_repeat, used after nb_add / nb_multiply). */
    public Slots.Binary sq_concat, sq_inplace_concat;
    public Slots.Binary sq_repeat, sq_inplace_repeat;

    /** A builtin type. Its slots and methods are set by its class's static initializer, which ends with {@link #ready()}. */
    public PyType(String name, PyType base, int flags) {
        super(TYPE);
        this.name = name;
        this.qualname = name;
        this.base = base;
        this.flags = flags;
        this.version = nextVersion++;
        this.solidBase = this;
        if (base != null) {
            this.flags |= base.flags & (LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS
                    | UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS | TYPE_SUBCLASS);
            // Pattern matching's collection kind is inherited unless the type names its own.
            if ((flags & (SEQUENCE | MAPPING)) == 0) this.flags |= base.flags & (SEQUENCE | MAPPING);
        }
    }

    /** A heap type (class statement or 3-argument type()); see {@link TypeNew}. */
    protected PyType(PyType metatype, String name, PyDict dict) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.dict = dict;
        this.flags = HEAPTYPE | BASETYPE;
        this.version = nextVersion++;
    }

    /** The type's namespace ({@code __dict__} is a read-only proxy of it). */
    public final PyDict dict() {
        PyDict d = dict;
        if (d == null) d = dict = new PyDict();
        return d;
    }

    public final String name() { return name; }
    public final String qualname() { return qualname; }
    public final void setName(String n) { name = n; modified(); }
    public final void setQualname(String q) { qualname = q; }
    public final PyType[] mro() { return mro; }
    public final PyTuple mroTuple() { return mroTuple; }
    public final PyTuple bases() { return bases; }
    public final boolean isHeapType() { return (flags & HEAPTYPE) != 0; }
    public final boolean hasFlag(int f) { return (flags & f) != 0; }

    /** Sets bases and MRO; used while creating types and by {@code __bases__} assignment. */
    public final void setBasesAndMro(PyTuple bases, PyType[] mro) {
        this.bases = bases;
        this.mro = mro;
        this.mroTuple = PyTuple.of((PyObject[]) mro.clone());
        for (int i = 0; i < bases.size(); i++) {
            ((PyType) bases.get(i)).addSubclass(this);
        }
        modified();
    }

    /** Replaces the MRO only (bases and subclass links unchanged); see {@link TypeBases}. */
    final void setMro(PyType[] mro) {
        this.mro = mro;
        this.mroTuple = mro == null ? null : PyTuple.of((PyObject[]) mro.clone());
        modified();
    }

    public final void addSubclass(PyType t) {
        for (WeakReference<PyType> r : subclasses) if (r.get() == t) return;
        subclasses.add(new WeakReference<>(t));
    }

    public final void removeSubclass(PyType t) {
        subclasses.removeIf(r -> r.get() == null || r.get() == t);
    }

    public final List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) out.add(t);
        }
        return out;
    }

    /** Invalidates caches for this type and every subclass: call after any change to a type dict or MRO. */
    public final void modified() {
        version = nextVersion++;
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null && t != this) t.modified();
        }
    }

    public final boolean isSubtype(PyType other) {
        if (this == other) return true;
        PyType[] m = mro;
        if (m == null) {
            for (PyType t = this; t != null; t = t.base) if (t == other) return true;
            return false;
        }
        for (PyType t : m) if (t == other) return true;
        return false;
    }

    /** CPython's _PyType_Lookup: the attribute found along the MRO, or null; never calls Python code. */
    public final PyObject lookup(PyStr name) {
        int v = version;
        int i = TypeLookupCache.index(v, name);
        TypeLookupCache.Entry e = TypeLookupCache.entries[i];
        if (e != null && e.version == v && e.name == name) return e.value;
        PyObject found = lookupUncached(name);
        if (v != 0) TypeLookupCache.entries[i] = new TypeLookupCache.Entry(v, name, found);
        return found;
    }

    public final PyObject lookup(String name) { return lookup(PyStr.intern(name)); }

    private PyObject lookupUncached(PyStr name) {
        PyType[] m = mro;
        if (m == null) {
            for (PyType t = this; t != null; t = t.base) {
                PyObject v = t.dict().getStr(name);
                if (v != null) return v;
            }
            return null;
        }
        for (PyType t : m) {
            PyObject v = t.dict().getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    // --- builtin type construction ---

    /** Finishes a builtin type: computes its MRO, inherits unset slots from the base and adds slot wrappers. */
    public final PyType ready() {
        if (EARLY != null) EARLY.add(this);
        if (base != null) {
            PyType[] bm = base.mro != null ? base.mro : new PyType[] {base};
            PyType[] m = new PyType[bm.length + 1];
            m[0] = this;
            System.arraycopy(bm, 0, m, 1, bm.length);
            mro = m;
            bases = PyTuple.of(base);
            base.addSubclass(this);
            SlotTable.inheritSlots(this, base);
        } else {
            mro = new PyType[] {this};
            bases = PyTuple.EMPTY;
        }
        mroTuple = PyTuple.of((PyObject[]) mro.clone());
        SlotTable.addSlotWrappers(this);
        if (dict().getStr(PyStr.intern("__doc__")) == null) dict().setItem(PyStr.intern("__doc__"), kiln.runtime.types.PyNone.INSTANCE);
        modified();
        return this;
    }

    /**
     * A builtin type whose slots were set after {@link #ready()}: adds the wrappers ({@code __str__}, {@code __new__},
     * ...) for slots that now differ from the base's, so that Python code and subclasses see them.
     */
    public final void slotsChanged() {
        SlotTable.addSlotWrappers(this);
        modified();
    }

    /** Adds or replaces an entry of a builtin type's dict while it is being built. */
    public final void define(String name, PyObject value) { dict().setItem(PyStr.intern(name), value); }

    public final void method(String name, Builtin.M0 f) { define(name, PyMethodDescr.of(this, name, f)); }
    public final void method(String name, Builtin.M1 f) { define(name, PyMethodDescr.of(this, name, f)); }
    public final void method(String name, Builtin.M2 f) { define(name, PyMethodDescr.of(this, name, f)); }
    public final void method(String name, Builtin.M3 f) { define(name, PyMethodDescr.of(this, name, f)); }
    /** Positional-only parameters, {@code min..max} of them; missing optional ones arrive as null. */
    public final void methodN(String name, int min, int max, Builtin.MN f) {
        define(name, PyMethodDescr.ofRange(this, name, min, max, f));
    }
    /** Full control: the body parses its own arguments (see {@link ArgParser}). */
    public final void methodKw(String name, Slots.Call f) { define(name, PyMethodDescr.ofCall(this, name, f)); }
    /** Like {@link #methodKw}, and {@code f(*args, **kwargs)} passes the dict to {@code d} unchanged. */
    public final void methodKwDict(String name, Slots.Call f, Builtin.KwDict d) {
        PyMethodDescr m = PyMethodDescr.ofCall(this, name, f);
        m.kwDict = d;
        define(name, m);
    }
    public final void classMethod(String name, Slots.Call f) {
        define(name, new kiln.runtime.types.PyClassMethodDescr(this, name, f));
    }
    public final void staticMethod(String name, Slots.Call f) {
        define(name, new kiln.runtime.types.PyStaticMethod(new PyBuiltinFunction(name, null, f)));
    }
    public final void getter(String name, Slots.Unary get) { define(name, new PyGetSetDescr(this, name, get, null)); }
    public final void getset(String name, Slots.Unary get, Slots.DescrSet set) {
        define(name, new PyGetSetDescr(this, name, get, set));
    }

    // --- helpers ---

    /** The name CPython prints for this type in messages and reprs: module-qualified for heap types. */
    public final String fullName() {
        PyObject mod = dict().getStr(PyStr.intern("__module__"));
        if (mod instanceof PyStr s && !s.value().equals("builtins")) {
            // A builtin's tp_name carries its module (types.GenericAlias); a class's module is its dict entry.
            return isHeapType() ? s.value() + "." + qualname : name.indexOf('.') >= 0 ? name : s.value() + "." + name;
        }
        return name;
    }

    @Override
    public String toString() { return "<class '" + name + "'>"; }
}
