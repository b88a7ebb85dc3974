package kiln.runtime;

import kiln.runtime.types.PyDict;

/**
 * Every Python object. The type is a field (not a virtual method) so that a type check is one load, and so
 * that an instance of a user subclass of a builtin is the builtin's Java class with another type (see
 * {@link PyType#isHeapType()}); {@code __class__} assignment changes it.
 */
public abstract class PyObject {
    protected PyType type;
    /**
     * The instance {@code __dict__} of objects whose type has {@link PyType#HAS_DICT} (instances of classes, and
     * of subclasses of builtins), created on first use. One field here spares every builtin a "derived" subclass.
     */
    protected PyDict dict;

    protected PyObject(PyType type) { this.type = type; }

    public final PyType type() { return type; }

    /** Used by {@code __class__} assignment only, after its compatibility checks. */
    public final void setType(PyType t) { type = t; }

    /** The instance {@code __dict__}, or null for objects without one. */
    public final PyDict getDict() {
        // Final so the interpreter's attribute caches inline it; modules set their dict when they are made.
        PyDict d = dict;
        return d != null ? d : makeDict();
    }

    /** Out of line so that {@link #getDict} stays small enough to inline into the interpreter loop. */
    private PyDict makeDict() {
        if ((type.flags & PyType.HAS_DICT) == 0) return null;
        return dict = new PyDict();
    }

    /** The instance dict if one was ever made (CPython's non-NULL dict pointer), else null; never creates one. */
    public final PyDict existingDict() { return dict; }

    /** Replaces the instance dict; only objects that have one support it. */
    public void setDict(PyDict d) {
        if ((type.flags & PyType.HAS_DICT) == 0) {
            throw Errors.attributeError("'" + type.name() + "' object has no attribute '__dict__'");
        }
        dict = d;
    }

    /** The {@code __slots__} storage of instances of classes that declare slots, or null. */
    public final PyObject[] getSlots() { return this instanceof PyInstance pi ? pi.slots : null; }

    @Override
    public String toString() {
        // For Java-side debugging only; Python-visible text always goes through repr/str slots.
        return "<" + type.name() + " " + getClass().getSimpleName() + ">";
    }
}
