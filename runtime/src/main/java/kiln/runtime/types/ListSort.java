package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.PyObject;

/**
 * The stable, adaptive merge sort behind list.sort and sorted() (the ideas of CPython 3.12's
 * Objects/listsort.txt: natural runs, a minimum run length filled by binary insertion, merges of adjacent
 * runs keeping a balanced stack). Keys are sorted; an optional parallel array of values moves with them.
 * The comparison is chosen once per sort: machine ints, exact str and exact float compare without
 * dispatch, like CPython's unsafe_*_compare pre-checks.
 */
final class ListSort {
    private final PyObject[] keys;
    private final PyObject[] vals;
    private final int kind;
    private PyObject[] tmpK, tmpV;
    private final int[] runBase = new int[85];
    private final int[] runLen = new int[85];
    private int stackSize;

    private static final int GENERIC = 0, INTS = 1, STRS = 2, FLOATS = 3;
    private static final int MIN_MERGE = 64;

    private ListSort(PyObject[] keys, PyObject[] vals, int kind) {
        this.keys = keys;
        this.vals = vals;
        this.kind = kind;
    }

    /** Sorts {@code keys[0..n)} ascending (and {@code vals} alongside when non-null). */
    static void sort(PyObject[] keys, PyObject[] vals, int n) {
        if (n < 2) return;
        new ListSort(keys, vals, classify(keys, n)).sortRange(0, n);
    }

    private static int classify(PyObject[] a, int n) {
        kiln.runtime.PyType first = a[0].type();
        for (int i = 1; i < n; i++) if (a[i].type() != first) return GENERIC;
        if (first == PyInt.TYPE) {
            for (int i = 0; i < n; i++) if (((PyInt) a[i]).big != null) return GENERIC;
            return INTS;
        }
        if (first == PyStr.TYPE) return STRS;
        if (first == PyFloat.TYPE) return FLOATS;
        return GENERIC;
    }

    private boolean lt(PyObject x, PyObject y) {
        switch (kind) {
            case INTS: return ((PyInt) x).value < ((PyInt) y).value;
            case STRS: return StrCompare.compare(((PyStr) x).value, ((PyStr) y).value) < 0;
            case FLOATS: return ((PyFloat) x).value < ((PyFloat) y).value;
            default: return Abstract.richCompareBool(x, y, CompareOp.LT);
        }
    }

    private static int minRunLength(int n) {
        int r = 0;
        while (n >= MIN_MERGE) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void sortRange(int lo, int hi) {
        int remaining = hi - lo;
        if (remaining < MIN_MERGE) {
            int run = countRunAndMakeAscending(lo, hi);
            binaryInsertionSort(lo, hi, lo + run);
            return;
        }
        int minRun = minRunLength(remaining);
        do {
            int run = countRunAndMakeAscending(lo, hi);
            if (run < minRun) {
                int force = Math.min(remaining, minRun);
                binaryInsertionSort(lo, lo + force, lo + run);
                run = force;
            }
            runBase[stackSize] = lo;
            runLen[stackSize] = run;
            stackSize++;
            mergeCollapse();
            lo += run;
            remaining -= run;
        } while (remaining != 0);
        while (stackSize > 1) {
            int n = stackSize - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) n--;
            mergeAt(n);
        }
    }

    /** Length of the run starting at lo; a strictly descending run is reversed in place (keeps stability). */
    private int countRunAndMakeAscending(int lo, int hi) {
        int r = lo + 1;
        if (r == hi) return 1;
        if (lt(keys[r], keys[lo])) {
            r++;
            while (r < hi && lt(keys[r], keys[r - 1])) r++;
            reverse(lo, r);
        } else {
            r++;
            while (r < hi && !lt(keys[r], keys[r - 1])) r++;
        }
        return r - lo;
    }

    private void reverse(int lo, int hi) {
        hi--;
        while (lo < hi) {
            PyObject t = keys[lo]; keys[lo] = keys[hi]; keys[hi] = t;
            if (vals != null) { t = vals[lo]; vals[lo] = vals[hi]; vals[hi] = t; }
            lo++;
            hi--;
        }
    }

    private void binaryInsertionSort(int lo, int hi, int start) {
        if (start == lo) start++;
        for (; start < hi; start++) {
            PyObject pivot = keys[start];
            PyObject pv = vals != null ? vals[start] : null;
            int left = lo, right = start;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (lt(pivot, keys[mid])) right = mid;
                else left = mid + 1;
            }
            int n = start - left;
            System.arraycopy(keys, left, keys, left + 1, n);
            keys[left] = pivot;
            if (vals != null) {
                System.arraycopy(vals, left, vals, left + 1, n);
                vals[left] = pv;
            }
        }
    }

    private void mergeCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if (n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1]
                    || n > 1 && runLen[n - 2] <= runLen[n] + runLen[n - 1]) {
                if (runLen[n - 1] < runLen[n + 1]) n--;
            } else if (runLen[n] > runLen[n + 1]) {
                break;
            }
            mergeAt(n);
        }
    }

    private void mergeAt(int i) {
        int base1 = runBase[i], len1 = runLen[i];
        int base2 = runBase[i + 1], len2 = runLen[i + 1];
        runLen[i] = len1 + len2;
        if (i == stackSize - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        stackSize--;
        // Elements of run1 not greater than run2[0] are already in place.
        int k = upperBound(keys[base2], base1, len1);
        base1 += k;
        len1 -= k;
        if (len1 == 0) return;
        // Elements of run2 not less than run1's last are already in place.
        len2 = lowerBound(keys[base1 + len1 - 1], base2, len2) - base2;
        if (len2 == 0) return;
        if (len1 <= len2) mergeLo(base1, len1, base2, len2);
        else mergeHi(base1, len1, base2, len2);
    }

    /** First index in [base, base+len) whose key is greater than x, as an offset from base. */
    private int upperBound(PyObject x, int base, int len) {
        int lo = 0, hi = len;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lt(x, keys[base + mid])) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** First absolute index in [base, base+len) whose key is not less than x. */
    private int lowerBound(PyObject x, int base, int len) {
        int lo = base, hi = base + len;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lt(keys[mid], x)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void ensureTmp(int n) {
        if (tmpK == null || tmpK.length < n) {
            tmpK = new PyObject[Math.max(n, 16)];
            if (vals != null) tmpV = new PyObject[tmpK.length];
        }
    }

    private void mergeLo(int base1, int len1, int base2, int len2) {
        ensureTmp(len1);
        System.arraycopy(keys, base1, tmpK, 0, len1);
        if (vals != null) System.arraycopy(vals, base1, tmpV, 0, len1);
        int i = 0, j = base2, d = base1, end2 = base2 + len2;
        try {
            while (i < len1 && j < end2) {
                if (lt(keys[j], tmpK[i])) {
                    keys[d] = keys[j];
                    if (vals != null) vals[d] = vals[j];
                    j++;
                } else {
                    keys[d] = tmpK[i];
                    if (vals != null) vals[d] = tmpV[i];
                    i++;
                }
                d++;
            }
        } finally {
            // On a comparison error the remaining run1 items are copied back so nothing is lost.
            System.arraycopy(tmpK, i, keys, d, len1 - i);
            if (vals != null) System.arraycopy(tmpV, i, vals, d, len1 - i);
        }
    }

    private void mergeHi(int base1, int len1, int base2, int len2) {
        ensureTmp(len2);
        System.arraycopy(keys, base2, tmpK, 0, len2);
        if (vals != null) System.arraycopy(vals, base2, tmpV, 0, len2);
        int i = base1 + len1 - 1, j = len2 - 1, d = base2 + len2 - 1;
        try {
            while (i >= base1 && j >= 0) {
                if (lt(tmpK[j], keys[i])) {
                    keys[d] = keys[i];
                    if (vals != null) vals[d] = vals[i];
                    i--;
                } else {
                    keys[d] = tmpK[j];
                    if (vals != null) vals[d] = tmpV[j];
                    j--;
                }
                d--;
            }
        } finally {
            System.arraycopy(tmpK, 0, keys, d - j, j + 1);
            if (vals != null) System.arraycopy(tmpV, 0, vals, d - j, j + 1);
        }
    }
}
