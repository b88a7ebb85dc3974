package kiln.runtime.types;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

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
    /**
     * The memoryviews over this array not yet released, held weakly: Java has no reference counts, so a view
     * CPython would have freed (and released) is only known to be gone once the collector has cleared it.
     */
    private ArrayList<WeakReference<PyMemoryView>> exports;
    /** When {@link #exports} reaches this size, collected views are dropped first (it stays near the live count). */
    private int purgeAt;

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

    final void addExport(PyMemoryView v) {
        if (exports == null) exports = new ArrayList<>(2);
        if (exports.size() >= purgeAt) {
            hasExports();
            purgeAt = Math.max(16, exports.size() * 2);
        }
        exports.add(new WeakReference<>(v));
    }

    final void removeExport(PyMemoryView v) {
        if (exports == null) return;
        exports.removeIf(r -> r.get() == v);
    }

    /** Drops views that were released or collected; true when some remain. */
    private boolean hasExports() {
        exports.removeIf(r -> {
            PyMemoryView v = r.get();
            return v == null || v.released;
        });
        return !exports.isEmpty();
    }

    /** Raises BufferError when a live memoryview holds the buffer (a resize would leave it dangling). */
    final void checkResizable() {
        if (exports == null || exports.isEmpty()) return;
        if (hasExports()) {
            // A view may be unreachable yet uncollected; only a collection tells (rare: CPython raises here too).
            System.gc();
            if (hasExports()) {
                throw Errors.of(PyExceptions.BufferError, "Existing exports of data: object cannot be re-sized");
            }
        }
    }

    final void ensure(int n) {
        if (n > items.length) items = java.util.Arrays.copyOf(items, Math.max(n, items.length + (items.length >> 1) + 8));
    }

    static {
        ByteArrayType.init(TYPE);
        TYPE.ready();
    }
}
