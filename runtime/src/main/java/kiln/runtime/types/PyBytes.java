package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code bytes}: an immutable byte sequence. */
public class PyBytes extends PyObject {
    public static final PyType TYPE = new PyType("bytes", PyType.OBJECT, PyType.BASETYPE | PyType.BYTES_SUBCLASS | PyType.SEQUENCE);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    /** The bytes; never modified once the object exists. */
    public final byte[] bytes;
    private long hash;

    /** Takes ownership of {@code bytes}. */
    public PyBytes(byte[] bytes) {
        super(TYPE);
        this.bytes = bytes;
    }

    public PyBytes(PyType type, byte[] bytes) {
        super(type);
        this.bytes = bytes;
    }

    public static PyBytes of(byte[] b) { return new PyBytes(b); }

    public final int size() { return bytes.length; }

    public final long hash() {
        long h = hash;
        if (h == 0) h = hash = BytesOps.hash(bytes, 0, bytes.length);
        return h;
    }

    static {
        BytesType.init(TYPE);
        TYPE.ready();
        IntMath.bytesFactory = PyBytes::new;
    }
}
