package kiln.runtime.types;

import java.util.concurrent.ConcurrentHashMap;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code str}: an immutable sequence of code points, held as a Java String (UTF-16). Indexing is by code point;
 * {@link #isBmp} says whether every char is a whole code point, which makes indexing O(1).
 */
public class PyStr extends PyObject implements Comparable<PyStr> {
    public static final PyType TYPE = new PyType("str", PyType.OBJECT, PyType.BASETYPE | PyType.UNICODE_SUBCLASS);

    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    public static final PyStr EMPTY = intern("");

    final String value;
    /** 0 = not computed yet (a real hash of 0 is stored as 1, never observable as str hashes are not fixed). */
    private long hash;
    /** -1 unknown, 0 has surrogate pairs, 1 all BMP. */
    private byte bmp = -1;

    public PyStr(String value) {
        super(TYPE);
        this.value = value;
    }

    /** An instance of a str subclass. */
    public PyStr(PyType type, String value) {
        super(type);
        this.value = value;
    }

    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p == null) {
            p = new PyStr(s);
            PyStr prev = INTERNED.putIfAbsent(s, p);
            if (prev != null) p = prev;
        }
        return p;
    }

    public static PyStr of(String s) { return new PyStr(s); }

    public final String value() { return value; }

    /** True when no surrogate pair is present, so char index == code point index. */
    public final boolean isBmp() {
        if (bmp < 0) {
            byte b = 1;
            String v = value;
            for (int i = 0, n = v.length(); i < n; i++) {
                char c = v.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                    b = 0;
                    break;
                }
            }
            bmp = b;
        }
        return bmp == 1;
    }

    /** Length in code points. */
    public final int length() {
        if (isBmp()) return value.length();
        int n = cpLength;
        if (n < 0) n = cpLength = value.codePointCount(0, value.length());
        return n;
    }

    /** Code point at code-point index {@code i}. */
    public final int codePointAt(int i) {
        if (isBmp()) return value.charAt(i);
        return value.codePointAt(charIndex(i));
    }

    /**
     * Char offsets of every {@code 1 << SPARSE_SHIFT}-th code point, built on first use in strings with surrogate
     * pairs, so that indexing them costs a table load and a short scan instead of a walk from the start.
     */
    private int[] sparse() {
        int[] s = sparse;
        if (s == null) {
            String v = value;
            int n = length();
            s = new int[(n >> SPARSE_SHIFT) + 1];
            int ci = 0;
            for (int k = 0; k < s.length; k++) {
                s[k] = ci;
                ci = k + 1 < s.length ? v.offsetByCodePoints(ci, 1 << SPARSE_SHIFT) : ci;
            }
            sparse = s;
        }
        return s;
    }

    private static final int SPARSE_SHIFT = 5;
    private int cpLength = -1;
    private int[] sparse;

    /** Char offset of code-point index {@code cp} (0..length()). */
    public final int charIndex(int cp) {
        if (isBmp()) return cp;
        int base = sparse()[cp >> SPARSE_SHIFT];
        return value.offsetByCodePoints(base, cp & ((1 << SPARSE_SHIFT) - 1));
    }

    /** Code-point index of char offset {@code ci}. */
    public final int cpIndex(int ci) {
        if (isBmp()) return ci;
        int[] s = sparse();
        int lo = 0, hi = s.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s[mid] <= ci) lo = mid;
            else hi = mid - 1;
        }
        return (lo << SPARSE_SHIFT) + value.codePointCount(s[lo], ci);
    }

    /** The str of one code point; cached for Latin-1, as CPython caches its 1-character strings. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            PyStr s = LATIN1[cp];
            if (s == null) s = LATIN1[cp] = new PyStr(String.valueOf((char) cp));
            return s;
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    private static final PyStr[] LATIN1 = new PyStr[256];

    /** repr() of a Java string with CPython's quoting and escapes. */
    public static String repr(String s) { return StrType.repr(s, false); }

    /** ascii(o): repr with every non-ASCII character escaped. */
    public static String ascii(PyObject o) { return StrType.asciiEscape(kiln.runtime.Abstract.reprJava(o)); }

    /** str hash: deterministic 64-bit mix of the UTF-16 chars (never -1); 0 for "" as in CPython. */
    public final long hash() {
        long h = hash;
        if (h == 0 && !value.isEmpty()) {
            h = 0xcbf29ce484222325L;
            String v = value;
            for (int i = 0, n = v.length(); i < n; i++) {
                h = (h ^ v.charAt(i)) * 0x100000001b3L;
            }
            h ^= h >>> 29;
            if (h == -1 || h == 0) h = -2;
            hash = h;
        }
        return h;
    }

    /** Python equality of two str objects (subclasses compare by value too). */
    public final boolean strEquals(PyStr o) {
        return this == o || (hash() == o.hash() && value.equals(o.value));
    }

    @Override public boolean equals(Object o) { return o instanceof PyStr s && value.equals(s.value); }
    @Override public int hashCode() { return value.hashCode(); }
    @Override public int compareTo(PyStr o) { return StrCompare.compare(value, o.value); }
    @Override public String toString() { return value; }

    static {
        StrType.init(TYPE);
        TYPE.ready();
    }
}
