package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;

/** {@code bytearray}: a mutable byte sequence; {@code items[0, size)} are the bytes. */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = new PyType("bytearray", PyType.OBJECT, PyType.BASETYPE | PyType.SEQUENCE);
    private static final byte[] NONE = new byte[0];

    public byte[] items;
    public int size;
    /** Live memoryview exports: while positive, the array must not be resized. */
    int exports;

    public PyByteArray() { this(TYPE); }

    public PyByteArray(PyType type) {
        super(type);
        items = NONE;
    }

    /** Takes ownership of {@code b}. */
    public PyByteArray(byte[] b) {
        super(TYPE);
        items = b;
        size = b.length;
    }

    public final byte[] toArray() { return java.util.Arrays.copyOf(items, size); }

    /** Raises BufferError when a memoryview holds the buffer (a resize would leave it dangling). */
    final void checkResizable() {
        if (exports > 0) throw Errors.of(PyExceptions.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    final void ensure(int n) {
        if (n > items.length) items = java.util.Arrays.copyOf(items, Math.max(n, items.length + (items.length >> 1) + 8));
    }

    static {
        ByteArrayType.init(TYPE);
        TYPE.ready();
    }
}
