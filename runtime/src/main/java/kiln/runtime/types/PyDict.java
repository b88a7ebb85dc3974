package kiln.runtime.types;

import java.util.Arrays;

import kiln.runtime.Abstract;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code dict}: CPython's compact ordered table (Objects/dictobject.c's layout idea: a sparse index array into
 * dense insertion-ordered entry arrays). str keys compare without calling Python code. {@link #version} changes
 * on every mutation so global-load inline caches can guard on it.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = new PyType("dict", PyType.OBJECT, PyType.BASETYPE | PyType.DICT_SUBCLASS | PyType.MAPPING);

    private static final int FREE = -1, DUMMY = -2;
    private static int versionCounter;

    /** Slot -> entry index, FREE or DUMMY. Length is a power of two. */
    private int[] index;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Entries used (including deleted holes) and live entries. */
    private int used, size;
    /** Bumped on every mutation, for caches and iteration-mutation checks. */
    public int version;
    /** Bumped when the set of keys changes (not on value updates): views and iterators check it. */
    public int keysVersion;
    /**
     * One bit per key ever inserted since the last clear (bit = hash & 63): a clear bit proves a key absent without
     * probing ({@link #getStr}).
     */
    private long keyBits;

    public PyDict() { this(TYPE); }

    public PyDict(PyType type) {
        super(type);
        index = new int[8];
        Arrays.fill(index, FREE);
        hashes = new long[5];
        keys = new PyObject[5];
        values = new PyObject[5];
        version = ++versionCounter;
    }

    public final int size() { return size; }

    /**
     * Lookup with a str key by value; never calls Python code. A key absent from the hash filter returns at once,
     * and this part is small enough to inline where misses are common (instance dicts that don't shadow a method).
     */
    public final PyObject getStr(PyStr key) {
        long h = key.hash();
        return (keyBits & (1L << h)) == 0 ? null : probeStr(key, h);
    }

    private PyObject probeStr(PyStr key, long h) {
        int mask = index.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = index[i];
            if (ix == FREE) return null;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) return values[ix];
                if (hashes[ix] == h && k instanceof PyStr ks && ks.value.equals(key.value)) return values[ix];
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** d[key] or null; may call the key's __hash__/__eq__. */
    public final PyObject getItem(PyObject key) {
        if (key instanceof PyStr s && s.type() == PyStr.TYPE) return getStr(s);
        long h = key instanceof PyInt i && i.big == null && i.type() == PyInt.TYPE ? NumericHash.hashLong(i.value) : Abstract.hash(key);
        int ix = find(key, h);
        return ix < 0 ? null : values[ix];
    }

    public final PyObject getItem(String key) { return getStr(PyStr.intern(key)); }

    /** Entry index of key, or -1. */
    private int find(PyObject key, long h) {
        int mask = index.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = index[i];
            if (ix == FREE) return -1;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) return ix;
                if (hashes[ix] == h) {
                    if (k instanceof PyInt ki && key instanceof PyInt kk && ki.big == null && kk.big == null
                            && ki.type() == PyInt.TYPE && kk.type() == PyInt.TYPE) {
                        if (ki.value == kk.value) return ix;
                    } else {
                        int ver = keysVersion;
                        PyObject[] ks = keys;
                        boolean eq = Abstract.richCompareBool(k, key, kiln.runtime.CompareOp.EQ);
                        // The comparison mutated the table: start over, as CPython's lookup does.
                        if (ks != keys || ver != keysVersion || keys[ix] != k) return find(key, h);
                        if (eq) return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Slot in index where key lives or would be inserted (first FREE; DUMMY slots are reused only on rebuild). */
    private int slotFor(int entry, long h) {
        int mask = index.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (index[i] != entry) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    public final void setItem(PyObject key, PyObject value) {
        long h = key instanceof PyStr s && s.type() == PyStr.TYPE ? s.hash()
                : key instanceof PyInt i && i.big == null && i.type() == PyInt.TYPE ? NumericHash.hashLong(i.value) : Abstract.hash(key);
        int ix = key instanceof PyStr s && s.type() == PyStr.TYPE ? findStr(s, h) : find(key, h);
        if (ix >= 0) {
            values[ix] = value;
            version = ++versionCounter;
            return;
        }
        insertNew(key, h, value);
    }

    public final void setItem(String key, PyObject value) { setItem(PyStr.intern(key), value); }

    private int findStr(PyStr key, long h) {
        int mask = index.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = index[i];
            if (ix == FREE) return -1;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) return ix;
                if (hashes[ix] == h) {
                    if (k instanceof PyStr ks) {
                        if (ks.value.equals(key.value)) return ix;
                    } else if (Abstract.richCompareBool(k, key, kiln.runtime.CompareOp.EQ)) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private void insertNew(PyObject key, long h, PyObject value) {
        if (used == keys.length || (used + 1) * 3 >= index.length * 2) resize(size * 3 + 1);
        int e = used++;
        keyBits |= 1L << h;
        hashes[e] = h;
        keys[e] = key;
        values[e] = value;
        int mask = index.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (index[i] >= 0 || index[i] == DUMMY) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = e;
        size++;
        version = ++versionCounter;
        keysVersion++;
    }

    private void resize(int minSize) {
        int n = 8;
        while (n * 2 < minSize * 3 + 3) n <<= 1;
        int cap = Math.max(5, (n * 2) / 3 + 1);
        long[] nh = new long[cap];
        PyObject[] nk = new PyObject[cap];
        PyObject[] nv = new PyObject[cap];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                nh[j] = hashes[i];
                nk[j] = keys[i];
                nv[j] = values[i];
                j++;
            }
        }
        hashes = nh;
        keys = nk;
        values = nv;
        used = j;
        index = new int[n];
        Arrays.fill(index, FREE);
        int mask = n - 1;
        for (int e = 0; e < j; e++) {
            long h = nh[e];
            int i = (int) h & mask;
            long perturb = h;
            while (index[i] != FREE) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            index[i] = e;
        }
    }

    /** Removes key; returns the old value or null when absent. */
    public final PyObject delItem(PyObject key) {
        long h = key instanceof PyStr s && s.type() == PyStr.TYPE ? s.hash() : Abstract.hash(key);
        int ix = key instanceof PyStr s && s.type() == PyStr.TYPE ? findStr(s, h) : find(key, h);
        if (ix < 0) return null;
        PyObject old = values[ix];
        index[slotFor(ix, h)] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        size--;
        version = ++versionCounter;
        keysVersion++;
        return old;
    }

    public final boolean containsKey(PyObject key) { return getItem(key) != null; }

    public final void clear() {
        index = new int[8];
        Arrays.fill(index, FREE);
        hashes = new long[5];
        keys = new PyObject[5];
        values = new PyObject[5];
        used = size = 0;
        keyBits = 0;
        version = ++versionCounter;
        keysVersion++;
    }

    // Positional iteration over entries: for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)).

    /** The first live entry position at or after {@code pos}, or -1. */
    public final int nextEntry(int pos) {
        for (int i = pos; i < used; i++) if (keys[i] != null) return i;
        return -1;
    }

    public final PyObject keyAt(int pos) { return keys[pos]; }
    public final PyObject valueAt(int pos) { return values[pos]; }
    public final void setValueAt(int pos, PyObject v) { values[pos] = v; version = ++versionCounter; }
    /** Number of entry positions (live and deleted) for iteration bounds. */
    public final int entryLimit() { return used; }

    public final long hashAt(int pos) { return hashes[pos]; }

    /** Removes the live entry at {@code pos} (popitem, iteration-time deletion by position). */
    public final void removeAt(int pos) {
        index[slotFor(pos, hashes[pos])] = DUMMY;
        keys[pos] = null;
        values[pos] = null;
        size--;
        version = ++versionCounter;
        keysVersion++;
    }

    /** d[key] = value with a hash the caller already has (set and dict copies, fromkeys). */
    public final void setItemHashed(PyObject key, long h, PyObject value) {
        int ix = key instanceof PyStr s && s.type() == PyStr.TYPE ? findStr(s, h) : find(key, h);
        if (ix >= 0) {
            values[ix] = value;
            version = ++versionCounter;
            return;
        }
        insertNew(key, h, value);
    }

    /** The entry position of key, or -1; may call __eq__. */
    public final int findEntry(PyObject key) {
        long h = key instanceof PyStr s && s.type() == PyStr.TYPE ? s.hash() : Abstract.hash(key);
        return key instanceof PyStr s && s.type() == PyStr.TYPE ? findStr(s, h) : find(key, h);
    }

    /** The entry position of key with a known hash, or -1. */
    public final int findEntry(PyObject key, long h) {
        return key instanceof PyStr s && s.type() == PyStr.TYPE ? findStr(s, h) : find(key, h);
    }

    /** Last live entry position, or -1 (for popitem). */
    public final int lastEntry() {
        for (int i = used - 1; i >= 0; i--) if (keys[i] != null) return i;
        return -1;
    }

    public final PyDict copy() {
        PyDict d = new PyDict();
        for (int i = nextEntry(0); i >= 0; i = nextEntry(i + 1)) d.insertNew(keys[i], hashes[i], values[i]);
        return d;
    }

    public final PyList keysList() {
        PyList l = new PyList();
        for (int i = nextEntry(0); i >= 0; i = nextEntry(i + 1)) l.append(keys[i]);
        return l;
    }

    static {
        DictType.init(TYPE);
        TYPE.ready();
    }
}
