package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code set} (and, through {@link PyFrozenSet}, {@code frozenset}): CPython 3.12's open-addressing table
 * (Objects/setobject.c: linear probes then perturbation, the same growth rule), so iteration order, and
 * therefore printed sets, match CPython for keys whose hashes match.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = new PyType("set", PyType.OBJECT, PyType.BASETYPE);

    static final int MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;
    /** Marks a deleted slot (hash -1, which no live key has). */
    static final PyObject DUMMY = new PyObject(PyType.OBJECT) { };

    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    /** Live plus dummy slots, and live slots. */
    int fill, used;
    /** Where pop() looks next. */
    int finger;

    public PySet() { super(TYPE); }

    public PySet(PyType type) { super(type); }

    public final int size() { return used; }

    static long hashOf(PyObject key) {
        if (key instanceof PyStr s && s.type() == PyStr.TYPE) return s.hash();
        if (key instanceof PyInt i && i.big == null && i.type() == PyInt.TYPE) return TupleType.smallIntHash(i.value);
        return Abstract.hash(key);
    }

    private static boolean keyEq(PyObject a, PyObject b) {
        if (a instanceof PyStr x && b instanceof PyStr y && x.type() == PyStr.TYPE && y.type() == PyStr.TYPE) {
            return x.value.equals(y.value);
        }
        if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null
                && x.type() == PyInt.TYPE && y.type() == PyInt.TYPE) {
            return x.value == y.value;
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    // CPython 3.12: Objects/setobject.c, set_lookkey. Returns the slot of key, or -1.
    final int lookup(PyObject key, long hash) {
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            boolean restart = false;
            outer:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) return -1;
                    if (hashes[j] == hash && k != DUMMY) {
                        if (k == key) return j;
                        boolean eq = keyEq(k, key);
                        if (table != keys || table[j] != k) {
                            restart = true;
                            break outer;
                        }
                        if (eq) return j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) return -1;
        }
    }

    public final boolean contains(PyObject key) { return lookup(key, hashOf(key)) >= 0; }

    public final void add(PyObject key) { addEntry(key, hashOf(key)); }

    // CPython 3.12: Objects/setobject.c, set_add_entry
    final void addEntry(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        fill++;
                        used++;
                        table[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 >= (long) m * 3) resize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (hashes[j] == hash && k != DUMMY) {
                        if (k == key) return;
                        boolean eq = keyEq(k, key);
                        if (eq) return;
                        if (table != keys || table[j] != k) continue restart;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private static void insertClean(PyObject[] table, long[] hs, int m, PyObject key, long hash) {
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    // CPython 3.12: Objects/setobject.c, set_table_resize
    final void resize(long minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        PyObject[] oldK = keys;
        long[] oldH = hashes;
        PyObject[] nk = new PyObject[newsize];
        long[] nh = new long[newsize];
        int m = newsize - 1;
        for (int i = 0; i < oldK.length; i++) {
            PyObject k = oldK[i];
            if (k != null && k != DUMMY) insertClean(nk, nh, m, k, oldH[i]);
        }
        keys = nk;
        hashes = nh;
        mask = m;
        fill = used;
    }

    /** Removes key; true when it was present. */
    public final boolean discard(PyObject key) { return discardEntry(key, hashOf(key)); }

    final boolean discardEntry(PyObject key, long hash) {
        int j = lookup(key, hash);
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    public final void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = used = 0;
        finger = 0;
    }

    /** Next live slot at or after {@code pos}, or -1: {@code for (int i = s.next(0); i >= 0; i = s.next(i + 1))}. */
    public final int next(int pos) {
        PyObject[] k = keys;
        for (int i = pos; i < k.length; i++) if (k[i] != null && k[i] != DUMMY) return i;
        return -1;
    }

    public final PyObject keyAt(int slot) { return keys[slot]; }

    // CPython 3.12: Objects/setobject.c, set_merge
    final void merge(PySet other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((long) (used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, keys.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != DUMMY) insertClean(keys, hashes, mask, k, other.hashes[i]);
            }
            fill = used = other.used;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) addEntry(k, other.hashes[i]);
        }
    }

    /** set_update_internal: another set, a dict (its stored hashes), or any iterable. */
    public final void update(PyObject other) {
        if (other instanceof PySet s) {
            merge(s);
        } else if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) resize((long) (used + n) * 2);
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) addEntry(d.keyAt(i), d.hashAt(i));
        } else {
            PyObject it = Abstract.getIter(other);
            for (PyObject x; (x = Abstract.next(it)) != null; ) add(x);
        }
    }

    /** Exchanges tables with {@code o} (CPython's set_swap_bodies, for intersection_update). */
    final void swapBodies(PySet o) {
        PyObject[] k = keys; keys = o.keys; o.keys = k;
        long[] h = hashes; hashes = o.hashes; o.hashes = h;
        int t = mask; mask = o.mask; o.mask = t;
        t = fill; fill = o.fill; o.fill = t;
        t = used; used = o.used; o.used = t;
    }

    public final PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (int i = next(0); i >= 0; i = next(i + 1)) out[j++] = keys[i];
        return out;
    }

    static {
        SetType.initSet(TYPE);
        TYPE.ready();
    }
}
