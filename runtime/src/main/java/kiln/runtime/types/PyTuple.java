package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code tuple}. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = new PyType("tuple", PyType.OBJECT, PyType.BASETYPE | PyType.TUPLE_SUBCLASS | PyType.SEQUENCE);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    /** Takes ownership of {@code items}. */
    public PyTuple(PyObject[] items) {
        super(TYPE);
        this.items = items;
    }

    public PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    public static PyTuple of(PyObject... items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

    public static PyTuple of(PyObject[] a, int off, int n) {
        if (n == 0) return EMPTY;
        PyObject[] items = new PyObject[n];
        System.arraycopy(a, off, items, 0, n);
        return new PyTuple(items);
    }

    public static PyTuple fromIterable(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.type() == TYPE) return t;
        return new PyTuple(Abstract.toArray(iterable));
    }

    public final int size() { return items.length; }
    public final PyObject get(int i) { return items[i]; }
    /** The backing array: callers must not modify it. */
    public final PyObject[] items() { return items; }

    static {
        TupleType.init(TYPE);
        TYPE.ready();
    }
}
