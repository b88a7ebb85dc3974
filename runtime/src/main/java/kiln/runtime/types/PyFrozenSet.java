package kiln.runtime.types;

import kiln.runtime.PyType;

/** {@code frozenset}: a {@link PySet} whose type has no mutating methods, hashable (hash cached). */
public class PyFrozenSet extends PySet {
    public static final PyType TYPE = new PyType("frozenset", PyType.OBJECT, PyType.BASETYPE);

    /** 0 when not computed (a computed 0 is stored as is and recomputed, which is harmless). */
    long hash;

    public PyFrozenSet() { super(TYPE); }

    public PyFrozenSet(PyType type) { super(type); }

    static {
        SetType.initFrozen(TYPE);
        TYPE.ready();
    }
}
