package kiln.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyBuiltinFunction;
import kiln.runtime.types.PyClassMethod;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyMemberDescr;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStaticMethod;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** Creating classes (CPython 3.12: Objects/typeobject.c type_new and friends) and the attributes of {@code type}. */
public final class TypeNew {
    private TypeNew() {}

    private static PyStr s(String n) { return PyStr.intern(n); }

    /** type.__new__(meta, name, bases, dict, **kwds) or type(x). */
    static PyObject typeNew(PyType meta, PyObject[] a, int off, int n, PyStr[] kw) {
        if (n != 3) throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + n + " given)");
        if (!(a[off] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + a[off].type().name());
        }
        if (!(a[off + 1] instanceof PyTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + a[off + 1].type().name());
        }
        if (!(a[off + 2] instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + a[off + 2].type().name());
        }
        // The most derived metaclass wins; if it is not meta, let it build the class.
        PyType winner = calculateMetaclass(meta, bases);
        if (winner != meta && winner.tp_new != meta.tp_new) {
            return winner.tp_new.make(winner, a, off, n, kw);
        }
        PyObject[] kwValues = new PyObject[kw == null ? 0 : kw.length];
        if (kw != null) System.arraycopy(a, off + n, kwValues, 0, kw.length);
        return newClass(winner, name.value(), bases, ns, kw, kwValues);
    }

    public static PyType calculateMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (int i = 0; i < bases.size(); i++) {
            PyType t = bases.get(i).type();
            if (winner.isSubtype(t)) continue;
            if (t.isSubtype(winner)) { winner = t; continue; }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** A heap type: layout, MRO, namespace fix-ups, __set_name__ and __init_subclass__. */
    public static PyType newClass(PyType meta, String name, PyTuple bases, PyDict ns, PyStr[] kwNames, PyObject[] kwValues) {
        if (bases.size() == 0) bases = PyTuple.of(PyType.OBJECT);
        PyType base = bestBase(bases);
        PyDict dict = ns.copy();
        HeapType t = new HeapType(meta, name, dict);
        t.base = base;
        t.solidBase = base.solidBase;
        t.flags |= base.flags & (PyType.LONG_SUBCLASS | PyType.LIST_SUBCLASS | PyType.TUPLE_SUBCLASS | PyType.BYTES_SUBCLASS
                | PyType.UNICODE_SUBCLASS | PyType.DICT_SUBCLASS | PyType.BASE_EXC_SUBCLASS | PyType.TYPE_SUBCLASS
                | PyType.SEQUENCE | PyType.MAPPING);
        t.bases = bases;
        PyType[] mro = TypeBases.computeMro(t);
        t.setBasesAndMro(bases, mro);

        if (dict.getStr(s("__module__")) == null) {
            PyObject g = kiln.runtime.interp.ThreadState.currentGlobals();
            PyObject modName = g instanceof PyDict gd ? gd.getStr(s("__name__")) : null;
            if (modName != null) dict.setItem(s("__module__"), modName);
        }
        PyObject qn = dict.getStr(s("__qualname__"));
        if (qn != null) {
            if (!(qn instanceof PyStr q)) {
                throw Errors.typeError("type __qualname__ must be a str, not " + qn.type().name());
            }
            t.setQualname(q.value());
            dict.delItem(s("__qualname__"));
        }
        boolean addWeakref = layoutSlots(t, base, dict);
        if (t.hasFlag(PyType.HAS_DICT) && base.lookup(s("__dict__")) == null && dict.getStr(s("__dict__")) == null) {
            dict.setItem(s("__dict__"), new kiln.runtime.types.PyGetSetDescr(t, "__dict__", self -> self.getDict(), (d, self, v) -> {
                if (!(v instanceof PyDict nd)) {
                    throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + (v == null ? "NoneType" : v.type().name()) + "'");
                }
                self.setDict(nd);
            }));
        }
        if (addWeakref && dict.getStr(s("__weakref__")) == null) {
            dict.setItem(s("__weakref__"), new kiln.runtime.types.PyGetSetDescr(t, "__weakref__", self -> PyNone.INSTANCE, null));
        }
        // __new__ is implicitly a static method, __init_subclass__ and __class_getitem__ class methods.
        PyObject nw = dict.getStr(s("__new__"));
        if (nw instanceof PyFunction) dict.setItem(s("__new__"), new PyStaticMethod(nw));
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.getStr(s(cm));
            if (f instanceof PyFunction) dict.setItem(s(cm), new PyClassMethod(PyClassMethod.TYPE, f));
        }
        if (dict.getStr(s("__doc__")) == null) dict.setItem(s("__doc__"), PyNone.INSTANCE);
        // A class that defines __eq__ without __hash__ is unhashable.
        if (dict.getStr(s("__eq__")) != null && dict.getStr(s("__hash__")) == null) {
            dict.setItem(s("__hash__"), PyNone.INSTANCE);
        }
        PyObject cell = dict.getStr(s("__classcell__"));
        if (cell != null) {
            if (!(cell instanceof kiln.runtime.types.PyCell c)) {
                throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + cell.type());
            }
            c.set(t);
            dict.delItem(s("__classcell__"));
        }
        for (PyType b : mro) {
            if (b.hasFlag(PyType.IS_ABSTRACT)) { }
        }
        SlotTable.fixupAll(t);
        if (t.tp_new == null) t.tp_new = base.tp_new;
        t.modified();
        setNames(t);
        initSubclass(t, kwNames, kwValues);
        return t;
    }

    /** Heap types are this Java class so {@code __class__} checks can tell them apart cheaply. */
    static final class HeapType extends PyType {
        HeapType(PyType meta, String name, PyDict dict) { super(meta, name, dict); }
    }

    /** CPython's best_base: the base whose instance layout all the others' extend. */
    static PyType bestBase(PyTuple bases) {
        PyType winner = null, winnerSolid = null;
        for (int i = 0; i < bases.size(); i++) {
            if (!(bases.get(i) instanceof PyType b)) throw Errors.typeError("bases must be types");
            if (!b.hasFlag(PyType.BASETYPE)) {
                throw Errors.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
            PyType solid = solidOf(b);
            if (winner == null) {
                winner = b;
                winnerSolid = solid;
            } else if (winnerSolid.isSubtype(solid)) {
                // keep
            } else if (solid.isSubtype(winnerSolid)) {
                winner = b;
                winnerSolid = solid;
            } else {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    static PyType solidOf(PyType t) {
        // A class with __slots__ adds layout; otherwise its layout is its builtin base's.
        for (PyType c = t; c != null; c = c.base) {
            if (!c.isHeapType()) return c.solidBase == null ? c : c.solidBase;
            if (c.nslots > 0 && c.base != null && c.base.nslots != c.nslots) return c;
        }
        return PyType.OBJECT;
    }

    /** Lays out {@code __slots__} (or a dict); returns whether the class gets its own {@code __weakref__}. */
    private static boolean layoutSlots(PyType t, PyType base, PyDict dict) {
        PyObject slots = dict.getStr(s("__slots__"));
        boolean baseHasDict = base.hasFlag(PyType.HAS_DICT);
        boolean mayAddWeak = mayAddWeakref(base), addWeak = false;
        t.nslots = base.nslots;
        if (slots == null) {
            t.flags |= PyType.HAS_DICT;
            return mayAddWeak;
        }
        if (baseHasDict) t.flags |= PyType.HAS_DICT;
        PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
        List<String> own = new ArrayList<>();
        for (PyObject o : names) {
            if (!(o instanceof PyStr ns)) throw Errors.typeError("__slots__ items must be strings, not '" + o.type().name() + "'");
            String nm = ns.value();
            if (!isIdentifier(nm)) throw Errors.typeError("__slots__ must be identifiers");
            if (nm.equals("__dict__")) {
                if (baseHasDict || t.hasFlag(PyType.HAS_DICT)) throw Errors.typeError("__dict__ slot disallowed: we already got one");
                t.flags |= PyType.HAS_DICT;
                continue;
            }
            if (nm.equals("__weakref__")) {
                if (!mayAddWeak || addWeak) throw Errors.typeError("__weakref__ slot disallowed: we already got one");
                addWeak = true;
                continue;
            }
            String mangled = mangle(t.name(), nm);
            if (own.contains(mangled)) throw Errors.typeError("duplicate slot name");
            if (dict.getStr(s(mangled)) != null) {
                throw Errors.valueError("'" + nm + "' in __slots__ conflicts with class variable");
            }
            own.add(mangled);
        }
        if (!own.isEmpty() && t.solidBase != PyType.OBJECT && t.solidBase.nslots == 0
                && t.solidBase != kiln.runtime.exceptions.PyBaseException.TYPE) {
            // Builtins with variable-size layouts (int, tuple, bytes) refuse nonempty slots, as in CPython.
            String sb = t.solidBase.name();
            if (sb.equals("int") || sb.equals("tuple") || sb.equals("bytes")) {
                throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + sb + "'");
            }
        }
        t.slotNames = own.toArray(new String[0]);
        for (String nm : own) {
            int index = t.nslots++;
            dict.setItem(s(nm), new PyMemberDescr(t, nm, index));
        }
        return addWeak;
    }

    /**
     * CPython adds a {@code __weakref__} slot unless the base already has weak reference support or a
     * variable-size layout. Kiln has no weak references yet, so the attribute is always None.
     */
    private static boolean mayAddWeakref(PyType base) {
        if (base.lookup(s("__weakref__")) != null) return false;
        String solid = base.solidBase.name();
        return !(base.solidBase.hasFlag(PyType.LONG_SUBCLASS | PyType.TUPLE_SUBCLASS | PyType.BYTES_SUBCLASS
                | PyType.TYPE_SUBCLASS) || solid.equals("set") || solid.equals("frozenset"));
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int c0 = s.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(c0) || c0 == '_')) return false;
        for (int i = Character.charCount(c0); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** Private name mangling: __x in class _A becomes _A__x. */
    public static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        String stripped = className.replaceFirst("^_+", "");
        if (stripped.isEmpty()) return name;
        return "_" + stripped + name;
    }

    private static void setNames(PyType t) {
        PyDict d = t.dict();
        List<PyObject[]> items = new ArrayList<>();
        for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) items.add(new PyObject[] {d.keyAt(i), d.valueAt(i)});
        for (PyObject[] kv : items) {
            PyObject setName = kv[1].type().lookup(s("__set_name__"));
            if (setName == null) continue;
            try {
                SlotDispatch.callBound(setName, kv[1], new PyObject[] {t, kv[0]}, 0, 2, null);
            } catch (PyException e) {
                kiln.runtime.exceptions.PyBaseException note = e.value;
                Abstract.callSpecial(note, s("add_note"), new PyStr("Error calling __set_name__ on '" + kv[1].type().name()
                        + "' instance " + Abstract.reprJava(kv[0]) + " in '" + t.name() + "'"));
                throw e;
            }
        }
    }

    private static void initSubclass(PyType t, PyStr[] kwNames, PyObject[] kwValues) {
        // super(t, t).__init_subclass__(**kwargs)
        PyObject f = null;
        PyType[] mro = t.mro();
        PyStr name = s("__init_subclass__");
        for (int i = 1; i < mro.length && f == null; i++) {
            PyObject v = mro[i].dict().getStr(name);
            if (v != null) {
                Slots.DescrGet g = v.type().tp_descr_get;
                f = g != null ? g.get(v, null, t) : v;
            }
        }
        if (f == null) return;
        int k = kwNames == null ? 0 : kwNames.length;
        Abstract.call(f, kwValues, 0, 0, k == 0 ? null : kwNames);
    }

    /** Instances of classes whose builtin base is object. Builtin bases allocate in their own tp_new. */
    static PyObject allocate(PyType type) {
        if (type.solidBase == PyType.OBJECT || !type.isHeapType() && type == PyType.OBJECT) return new PyInstance(type);
        if (type.solidBase != null && type.solidBase != PyType.OBJECT && type.solidBase.tp_new != null
                && type.solidBase.tp_new != PyType.OBJECT.tp_new) {
            return type.solidBase.tp_new.make(type, new PyObject[0], 0, 0, null);
        }
        return new PyInstance(type);
    }

    static void raiseAbstract(PyType type) {
        PyObject am = type.lookup(s("__abstractmethods__"));
        List<String> names = new ArrayList<>();
        if (am != null) for (PyObject o : Abstract.toArray(am)) names.add(Abstract.strJava(o));
        java.util.Collections.sort(names);
        throw Errors.typeError("Can't instantiate abstract class " + type.name() + " with abstract method"
                + (names.size() == 1 ? "" : "s") + " " + String.join(", ", names.stream().map(x -> "'" + x + "'").toList()));
    }

    /** obj.__class__ = cls, with CPython's compatibility rules reduced to "same layout, both heap types". */
    static void setClass(PyObject self, PyObject v) {
        if (v == null) throw Errors.typeError("can't delete __class__ attribute");
        if (!(v instanceof PyType nt)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + v.type().name() + "' object");
        }
        PyType old = self.type();
        if (!(old.isHeapType() && nt.isHeapType())) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        TypeBases.checkCompatible(old, nt, "__class__");
        self.setType(nt);
    }

    /** object.__dir__: instance dict keys plus class attributes along the MRO. */
    static PyObject objectDir(PyObject self) {
        LinkedHashSet<PyObject> names = new LinkedHashSet<>();
        PyDict d = self.getDict();
        if (d != null) for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) names.add(d.keyAt(i));
        PyObject cls = Abstract.lookupAttr(self, "__class__");
        if (cls instanceof PyType t) for (PyType c : t.mro()) {
            PyDict cd = c.dict();
            for (int i = cd.nextEntry(0); i >= 0; i = cd.nextEntry(i + 1)) names.add(cd.keyAt(i));
        }
        PyList l = new PyList();
        for (PyObject o : names) l.append(o);
        return l;
    }

    /** A builtin type named "sys.hash_info" (CPython's tp_name) has __name__ "hash_info" and __module__ "sys". */
    private static String shortName(PyType t, String n) {
        return t.isHeapType() ? n : n.substring(n.lastIndexOf('.') + 1);
    }

    /** The attributes and methods of {@code type} itself. */
    static void initTypeAttributes(PyType t) {
        t.getset("__name__", self -> new PyStr(shortName((PyType) self, ((PyType) self).name())), (d, self, v) -> {
            if (!(v instanceof PyStr ns)) throw Errors.typeError("can only assign string to " + ((PyType) self).name() + ".__name__, not '" + (v == null ? "NoneType" : v.type().name()) + "'");
            checkHeap((PyType) self, "__name__");
            ((PyType) self).setName(ns.value());
        });
        t.getset("__qualname__", self -> new PyStr(shortName((PyType) self, ((PyType) self).qualname())), (d, self, v) -> {
            if (!(v instanceof PyStr ns)) throw Errors.typeError("can only assign string to " + ((PyType) self).name() + ".__qualname__, not '" + (v == null ? "NoneType" : v.type().name()) + "'");
            checkHeap((PyType) self, "__qualname__");
            ((PyType) self).setQualname(ns.value());
        });
        t.getset("__bases__", self -> ((PyType) self).bases(), (d, self, v) -> TypeBases.setBases((PyType) self, v));
        t.getter("__base__", self -> { PyType b = ((PyType) self).base; return b == null ? PyNone.INSTANCE : b; });
        t.getter("__mro__", self -> ((PyType) self).mroTuple());
        t.getter("__dict__", self -> new kiln.runtime.types.PyMappingProxy(((PyType) self).dict()));
        t.getter("__flags__", self -> kiln.runtime.types.PyInt.valueOf(((PyType) self).flags & 0xffffffffL));
        t.getset("__module__", self -> {
            PyType ty = (PyType) self;
            PyObject m = ty.dict().getStr(s("__module__"));
            if (ty.isHeapType()) {
                if (m == null) throw Errors.attributeError("__module__");
                return m;
            }
            // A builtin type's module is named in its dict as a str (GenericAlias: "types"); type's own
            // dict entry is this descriptor; a dotted name (sys.hash_info) names the module.
            if (m instanceof PyStr) return m;
            int dot = ty.name().lastIndexOf('.');
            return dot < 0 ? s("builtins") : new PyStr(ty.name().substring(0, dot));
        }, (d, self, v) -> {
            checkHeap((PyType) self, "__module__");
            ((PyType) self).dict().setItem(s("__module__"), v);
            ((PyType) self).modified();
        });
        t.getset("__doc__", self -> {
            PyObject doc = ((PyType) self).dict().getStr(s("__doc__"));
            if (doc == null) return PyNone.INSTANCE;
            Slots.DescrGet g = doc.type().tp_descr_get;
            return g != null ? g.get(doc, null, self) : doc;
        }, (d, self, v) -> {
            checkHeap((PyType) self, "__doc__");
            ((PyType) self).dict().setItem(s("__doc__"), v);
            ((PyType) self).modified();
        });
        t.getset("__abstractmethods__", self -> {
            PyObject v = ((PyType) self).dict().getStr(s("__abstractmethods__"));
            if (v == null || self == PyType.TYPE) throw Errors.attributeError("__abstractmethods__");
            return v;
        }, (d, self, v) -> {
            PyType ty = (PyType) self;
            if (v == null) {
                if (ty.dict().delItem(s("__abstractmethods__")) == null) throw Errors.attributeError("__abstractmethods__");
                ty.flags &= ~PyType.IS_ABSTRACT;
            } else {
                ty.dict().setItem(s("__abstractmethods__"), v);
                if (Abstract.isTrue(v)) ty.flags |= PyType.IS_ABSTRACT; else ty.flags &= ~PyType.IS_ABSTRACT;
            }
            ty.modified();
        });
        t.getset("__annotations__", self -> {
            PyType ty = (PyType) self;
            PyObject v = ty.dict().getStr(s("__annotations__"));
            if (v == null) {
                if (!ty.isHeapType()) throw Errors.attributeError("type object '" + ty.name() + "' has no attribute '__annotations__'");
                v = new PyDict();
                ty.dict().setItem(s("__annotations__"), v);
            }
            Slots.DescrGet g = v.type().tp_descr_get;
            return g != null ? g.get(v, null, self) : v;
        }, (d, self, v) -> {
            PyType ty = (PyType) self;
            checkHeap(ty, "__annotations__");
            if (v == null) ty.dict().delItem(s("__annotations__")); else ty.dict().setItem(s("__annotations__"), v);
            ty.modified();
        });
        t.method("mro", self -> new PyList(C3.mro((PyType) self, ((PyType) self).bases()).clone()));
        t.method("__subclasses__", self -> {
            PyList l = new PyList();
            for (PyType sub : ((PyType) self).subclasses()) l.append(sub);
            return l;
        });
        t.method("__instancecheck__", (self, inst) -> kiln.runtime.types.PyBool.of(inst.type().isSubtype((PyType) self)
                || Abstract.lookupAttr(inst, "__class__") instanceof PyType c && c.isSubtype((PyType) self)));
        t.method("__subclasscheck__", (self, sub) -> {
            if (!(sub instanceof PyType st)) throw Errors.typeError("issubclass() arg 1 must be a class");
            return kiln.runtime.types.PyBool.of(st.isSubtype((PyType) self));
        });
        t.classMethod("__prepare__", (cls, a, off, n, kw) -> new PyDict());
        t.method("__dir__", self -> {
            LinkedHashSet<PyObject> names = new LinkedHashSet<>();
            for (PyType c : ((PyType) self).mro()) {
                PyDict cd = c.dict();
                for (int i = cd.nextEntry(0); i >= 0; i = cd.nextEntry(i + 1)) names.add(cd.keyAt(i));
            }
            PyList l = new PyList();
            for (PyObject o : names) l.append(o);
            return l;
        });
        t.method("__sizeof__", self -> kiln.runtime.types.PyInt.valueOf(920));
        t.tp_hash = self -> System.identityHashCode(self);
        t.tp_richcompare = (self, other, op) -> {
            if (op == CompareOp.EQ) return kiln.runtime.types.PyBool.of(self == other);
            if (op == CompareOp.NE) return kiln.runtime.types.PyBool.of(self != other);
            return kiln.runtime.types.PyNotImplemented.INSTANCE;
        };
    }

    private static void checkHeap(PyType t, String attr) {
        if (!t.isHeapType()) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + t.name() + "'");
        }
    }

    static PyBuiltinFunction unused() { return null; }
    static PyExceptions unusedE() { return null; }
}
