package kiln.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * A class's MRO and its {@code __bases__} (CPython 3.12: Objects/typeobject.c mro_internal, type_set_bases and
 * compatible_for_assignment): a metaclass may override {@code mro()}; assigning {@code __bases__} checks the
 * new bases, recomputes the MRO of the class and of all its subclasses, and re-derives their slots.
 */
final class TypeBases {
    private TypeBases() {}

    private static final PyStr MRO = PyStr.intern("mro");

    /** The MRO of {@code t} from its current bases: the metaclass's own mro() if it overrides type's, else C3. */
    static PyType[] computeMro(PyType t) {
        PyType meta = t.type();
        if (meta != PyType.TYPE) {
            PyObject m = meta.lookup(MRO);
            if (m != null && m != PyType.TYPE.dict().getStr(MRO)) {
                PyObject[] items = Abstract.toArray(Abstract.callSpecial(t, MRO));
                return checkMro(t, items);
            }
        }
        return C3.mro(t, t.bases);
    }

    /** mro_check: every entry of a custom MRO is a class whose layout {@code t}'s extends. */
    private static PyType[] checkMro(PyType t, PyObject[] items) {
        PyType solid = TypeNew.solidOf(t);
        PyType[] out = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType b)) {
                throw Errors.typeError("mro() returned a non-class ('" + items[i].type().name() + "')");
            }
            if (!solid.isSubtype(TypeNew.solidOf(b))) {
                throw Errors.typeError("mro() returned base with unsuitable layout ('" + b.name() + "')");
            }
            out[i] = b;
        }
        return out;
    }

    /** {@code cls.__bases__ = value}. */
    static void setBases(PyType type, PyObject value) {
        String name = type.name();
        if (!type.isHeapType() || type.hasFlag(PyType.IMMUTABLETYPE)) {
            throw Errors.typeError("cannot set '__bases__' attribute of immutable type '" + name + "'");
        }
        if (value == null) throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '" + name + "'");
        if (!(value instanceof PyTuple bases)) {
            throw Errors.typeError("can only assign tuple to " + name + ".__bases__, not " + value.type().name());
        }
        if (bases.size() == 0) throw Errors.typeError("can only assign non-empty tuple to " + name + ".__bases__, not ()");
        for (int i = 0; i < bases.size(); i++) {
            PyObject b = bases.get(i);
            if (!(b instanceof PyType bt)) {
                throw Errors.typeError(name + ".__bases__ must be tuple of classes, not '" + b.type().name() + "'");
            }
            if (bt.isSubtype(type) || inBaseChain(bt, type)) {
                throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            }
        }
        PyType newBase = TypeNew.bestBase(bases);
        checkCompatible(type.base, newBase, "__bases__");

        PyTuple oldBases = type.bases;
        PyType oldBase = type.base;
        type.bases = bases;
        type.base = newBase;
        List<PyType[]> undo = new ArrayList<>();
        List<PyType> changed = new ArrayList<>();
        try {
            mroHierarchy(type, undo, changed);
        } catch (PyException e) {
            for (int i = changed.size() - 1; i >= 0; i--) changed.get(i).setMro(undo.get(i));
            type.bases = oldBases;
            type.base = oldBase;
            throw e;
        }
        for (int i = 0; i < oldBases.size(); i++) ((PyType) oldBases.get(i)).removeSubclass(type);
        for (int i = 0; i < bases.size(); i++) ((PyType) bases.get(i)).addSubclass(type);
        type.modified();
        fixupHierarchy(type);
    }

    private static boolean inBaseChain(PyType a, PyType b) {
        for (PyType t = a; t != null; t = t.base) if (t == b) return true;
        return false;
    }

    /** mro_hierarchy: new MROs for {@code t} and, depth first, every subclass; old ones kept for undo. */
    private static void mroHierarchy(PyType t, List<PyType[]> undo, List<PyType> changed) {
        PyType[] old = t.mro;
        PyType[] mro = computeMro(t);
        undo.add(old);
        changed.add(t);
        t.setMro(mro);
        for (PyType sub : t.subclasses()) mroHierarchy(sub, undo, changed);
    }

    private static void fixupHierarchy(PyType t) {
        if (t.isHeapType()) SlotTable.fixupAll(t);
        for (PyType sub : t.subclasses()) fixupHierarchy(sub);
    }

    /**
     * compatible_for_assignment: instances of {@code oldTo} can become instances of {@code newTo} (for
     * {@code __class__}) or a class can move from one to the other (for {@code __bases__}) only when the two
     * share one instance layout.
     */
    static void checkCompatible(PyType oldTo, PyType newTo, String attr) {
        PyType newBase = newTo, oldBase = oldTo;
        while (sameLayoutAsBase(newBase)) newBase = newBase.base;
        while (sameLayoutAsBase(oldBase)) oldBase = oldBase.base;
        boolean same = newBase == oldBase || newBase.base == oldBase.base && sameSlotsAdded(newBase, oldBase);
        if (!same || newTo.hasFlag(PyType.HAS_DICT) != oldTo.hasFlag(PyType.HAS_DICT)) {
            throw Errors.typeError(attr + " assignment: '" + newTo.name() + "' object layout differs from '"
                    + oldTo.name() + "'");
        }
    }

    /** compatible_with_tp_base: the class adds nothing to its base's instance layout. */
    private static boolean sameLayoutAsBase(PyType t) {
        PyType p = t.base;
        return p != null && t.solidBase == p.solidBase && t.nslots == p.nslots
                && t.hasFlag(PyType.HAS_DICT) == p.hasFlag(PyType.HAS_DICT);
    }

    /** same_slots_added: two classes on one base that add the same dict and the same __slots__. */
    private static boolean sameSlotsAdded(PyType a, PyType b) {
        if (!a.isHeapType() || !b.isHeapType()) return false;
        if (a.solidBase != b.solidBase || a.nslots != b.nslots) return false;
        if (a.hasFlag(PyType.HAS_DICT) != b.hasFlag(PyType.HAS_DICT)) return false;
        return Arrays.equals(a.slotNames, b.slotNames);
    }
}
