package kiln.runtime.types;

import java.util.Arrays;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code list}. */
public class PyList extends PyObject {
    public static final PyType TYPE = new PyType("list", PyType.OBJECT, PyType.BASETYPE | PyType.LIST_SUBCLASS | PyType.SEQUENCE);
    private static final PyObject[] NONE = new PyObject[0];

    public PyObject[] items;
    public int size;

    public PyList() { this(TYPE); }

    public PyList(PyType type) {
        super(type);
        items = NONE;
    }

    /** Takes ownership of {@code items}. */
    public PyList(PyObject[] items) {
        super(TYPE);
        this.items = items;
        this.size = items.length;
    }

    public final int size() { return size; }
    public final PyObject get(int i) { return items[i]; }
    public final void set(int i, PyObject v) { items[i] = v; }

    public final void append(PyObject v) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        items[size++] = v;
    }

    /** list.sort(key=key, reverse=reverse): stable; ValueError when the list is modified meanwhile. */
    public static void sort(PyList l, PyObject key, boolean reverse) { ListType.sort(l, key, reverse); }

    public final PyObject[] toArray() { return Arrays.copyOf(items, size); }

    static {
        ListType.init(TYPE);
        TYPE.ready();
    }
}
