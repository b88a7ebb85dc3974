package kiln.runtime.interp;

import kiln.runtime.types.PyCode;

/** The 3.12 location table (CPython: Objects/locations.md) decoded to four ints per code unit; -1 is None. */
public final class LineTable {
    private LineTable() {}

    /** {line, endLine, col, endCol} for every code unit of co_code, flattened. */
    public static int[] positions(PyCode co) {
        Object d = co.interpData;
        if (d instanceof int[] a) return a;
        int[] a = decode(co.unit.linetable, co.unit.code.length / 2, co.firstlineno);
        co.interpData = a;
        return a;
    }

    static int[] decode(byte[] t, int nunits, int firstline) {
        int[] out = new int[nunits * 4];
        java.util.Arrays.fill(out, -1);
        int line = firstline;
        int unit = 0;
        int[] p = {0};
        while (p[0] < t.length && unit < nunits) {
            int b = t[p[0]++] & 0xff;
            int code = (b >> 3) & 15;
            int len = (b & 7) + 1;
            int l = -1, el = -1, c = -1, ec = -1;
            if (code == 15) {
                // no location
            } else if (code == 14) {
                line += svarint(t, p);
                l = line;
                el = line + uvarint(t, p);
                c = uvarint(t, p) - 1;
                ec = uvarint(t, p) - 1;
            } else if (code == 13) {
                line += svarint(t, p);
                l = el = line;
            } else if (code >= 10) {
                line += code - 10;
                l = el = line;
                c = t[p[0]++] & 0xff;
                ec = t[p[0]++] & 0xff;
            } else {
                int b2 = t[p[0]++] & 0xff;
                l = el = line;
                c = code * 8 + (b2 >> 4);
                ec = c + (b2 & 15);
            }
            for (int k = 0; k < len && unit < nunits; k++, unit++) {
                out[unit * 4] = l;
                out[unit * 4 + 1] = el;
                out[unit * 4 + 2] = c;
                out[unit * 4 + 3] = ec;
            }
        }
        return out;
    }

    private static int uvarint(byte[] t, int[] p) {
        int b = t[p[0]++] & 0xff;
        int v = b & 63, shift = 6;
        while ((b & 64) != 0) {
            b = t[p[0]++] & 0xff;
            v |= (b & 63) << shift;
            shift += 6;
        }
        return v;
    }

    private static int svarint(byte[] t, int[] p) {
        int v = uvarint(t, p);
        return (v & 1) != 0 ? -(v >>> 1) : v >>> 1;
    }

    /** The line of the code unit at {@code unit}, or -1. */
    public static int lineAt(PyCode co, int unit) {
        int[] a = positions(co);
        if (unit < 0 || unit * 4 >= a.length) return -1;
        return a[unit * 4];
    }
}
