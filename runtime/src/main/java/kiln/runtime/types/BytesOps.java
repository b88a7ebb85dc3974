package kiln.runtime.types;

import java.util.Arrays;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * The methods bytes and bytearray share (CPython 3.12: Objects/bytes_methods.c and Objects/stringlib), the
 * bytes-like ("buffer") view of an object, repr, hex/fromhex, and the conversions they need. Every method works on
 * the backing array and a length, and returns an object of the receiver's own kind.
 */
public final class BytesOps {
    private BytesOps() {}

    /** A read view of a bytes-like object: {@code a[off, off+len)}. */
    public record Buf(byte[] a, int off, int len) {
        public byte[] copy() { return Arrays.copyOfRange(a, off, off + len); }
    }

    /**
     * Implemented by other objects that expose their memory as a buffer (array.array, mmap, ...): bytes(x),
     * memoryview(x), b''.join and every other bytes-like argument then accept them.
     */
    public interface Exporter {
        /** The exported bytes; the array may change between calls (a resize), the view fetches it each time. */
        Buf exportBuffer();

        default boolean exportReadonly() { return false; }

        /** The struct format of one item: 'B' for plain bytes. */
        default char exportFormat() { return 'B'; }
    }

    /** The bytes of a bytes-like object (bytes, bytearray, memoryview, an Exporter), or null for anything else. */
    public static Buf buffer(PyObject o) {
        if (o instanceof PyBytes b) return new Buf(b.bytes, 0, b.bytes.length);
        if (o instanceof PyByteArray b) return new Buf(b.items, 0, b.size);
        if (o instanceof PyMemoryView m) return m.buf();
        if (o instanceof Exporter e) return e.exportBuffer();
        return null;
    }

    /** A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'". */
    public static Buf bufferArg(PyObject o) {
        Buf b = buffer(o);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        return b;
    }

    static byte[] arr(PyObject self) { return self instanceof PyBytes b ? b.bytes : ((PyByteArray) self).items; }

    static int len(PyObject self) { return self instanceof PyBytes b ? b.bytes.length : ((PyByteArray) self).size; }

    static PyObject make(PyObject self, byte[] r) {
        return self instanceof PyByteArray ? new PyByteArray(r) : new PyBytes(r);
    }

    static PyObject make(PyObject self, byte[] a, int from, int to) {
        if (self instanceof PyBytes b && from == 0 && to == a.length && b.type() == PyBytes.TYPE) return b;
        return make(self, Arrays.copyOfRange(a, from, to));
    }

    public static byte[] latin1(String s) {
        byte[] r = new byte[s.length()];
        for (int i = 0; i < r.length; i++) r[i] = (byte) s.charAt(i);
        return r;
    }

    public static String latin1String(byte[] a, int off, int len) {
        return new String(a, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // --- repr and hash ---

    /** b'...' with CPython's quote choice and escapes. */
    public static String repr(byte[] a, int off, int n) { return repr(a, off, n, false); }

    /** bytearray's repr escapes a single quote even inside double quotes. */
    static String repr(byte[] a, int off, int n, boolean alwaysEscapeSingle) {
        boolean sq = false, dq = false;
        for (int i = off; i < off + n; i++) {
            if (a[i] == '\'') sq = true;
            else if (a[i] == '"') dq = true;
        }
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder b = new StringBuilder(n + 3).append('b').append(quote);
        for (int i = off; i < off + n; i++) {
            int c = a[i] & 0xff;
            if (c == quote || c == '\\' || alwaysEscapeSingle && c == '\'') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c >= 0x7f) StrType.hex2(b.append("\\x"), c);
            else b.append((char) c);
        }
        return b.append(quote).toString();
    }

    /** The same function str uses for its chars, so hash(b'abc') == hash('abc') as in CPython. */
    static long hash(byte[] a, int off, int n) {
        if (n == 0) return 0; // CPython's _Py_HashBytes
        long h = 0xcbf29ce484222325L;
        for (int i = off; i < off + n; i++) h = (h ^ (a[i] & 0xff)) * 0x100000001b3L;
        h ^= h >>> 29;
        if (h == -1 || h == 0) h = -2;
        return h;
    }

    static int compare(byte[] a, int an, byte[] b, int bn) {
        return Arrays.compareUnsigned(a, 0, an, b, 0, bn);
    }

    static PyObject richCompare(byte[] a, int an, byte[] b, int bn, CompareOp op) {
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            boolean eq = Arrays.equals(a, 0, an, b, 0, bn);
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return PyBool.of(op.test(compare(a, an, b, bn)));
    }

    // --- hex ---

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(byte[] a, int off, int n, PyObject sepObj, PyObject perObj) {
        if (sepObj == null) {
            char[] out = new char[n * 2];
            for (int i = 0; i < n; i++) {
                int c = a[off + i] & 0xff;
                out[2 * i] = HEX[c >> 4];
                out[2 * i + 1] = HEX[c & 15];
            }
            return new String(out);
        }
        char sep;
        if (sepObj instanceof PyStr s) {
            if (s.length() != 1) throw Errors.valueError("sep must be length 1.");
            sep = s.value.charAt(0);
        } else {
            Buf sb = buffer(sepObj);
            if (sb == null) throw Errors.typeError("object of type '" + sepObj.type().name() + "' has no len()");
            if (sb.len != 1) throw Errors.valueError("sep must be length 1.");
            sep = (char) (sb.a[sb.off] & 0xff);
        }
        if (sep > 127) throw Errors.valueError("sep must be ASCII.");
        long per = perObj == null ? 1 : PyNumber.asLong(perObj);
        if (per == 0 || n == 0) return hex(a, off, n, null, null);
        long group = Math.abs(per);
        StringBuilder b = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            // Groups are counted from the right for a positive count, from the left for a negative one.
            if (i > 0) {
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) b.append(sep);
            }
            int c = a[off + i] & 0xff;
            b.append(HEX[c >> 4]).append(HEX[c & 15]);
        }
        return b.toString();
    }

    static byte[] fromhex(PyObject arg) {
        if (!(arg instanceof PyStr s)) {
            throw Errors.typeError("fromhex() argument must be str, not " + StrType.argType(arg));
        }
        String v = s.value;
        byte[] out = new byte[v.length() / 2];
        int n = 0, i = 0, len = v.length();
        while (i < len) {
            char c = v.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            if (i + 1 >= len) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            char d = v.charAt(i + 1);
            int lo = Character.digit(d, 16);
            if (lo < 0 || d > 127) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            out[n++] = (byte) (hi << 4 | lo);
            i += 2;
        }
        return Arrays.copyOf(out, n);
    }

    // --- search helpers ---

    static int indexOf(byte[] a, int from, int to, byte[] w, int woff, int wn) {
        if (wn == 0) return from <= to ? from : -1;
        if (wn == 1) {
            byte x = w[woff];
            for (int i = from; i < to; i++) if (a[i] == x) return i;
            return -1;
        }
        byte first = w[woff];
        outer:
        for (int i = from, last = to - wn; i <= last; i++) {
            if (a[i] != first) continue;
            for (int k = 1; k < wn; k++) if (a[i + k] != w[woff + k]) continue outer;
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] a, int from, int to, byte[] w, int woff, int wn) {
        outer:
        for (int i = to - wn; i >= from; i--) {
            for (int k = 0; k < wn; k++) if (a[i + k] != w[woff + k]) continue outer;
            return i;
        }
        return -1;
    }

    /** The sub argument of find/count/index: a bytes-like object or an int in range(256). */
    static Buf subArg(PyObject o) {
        Buf b = buffer(o);
        if (b != null) return b;
        if (o instanceof PyInt || o.type().nb_index != null) {
            long v = PyNumber.asLong(o);
            if (v < 0 || v > 255) throw Errors.valueError("byte must be in range(0, 256)");
            return new Buf(new byte[] {(byte) v}, 0, 1);
        }
        throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.type().name() + "'");
    }

    /** ADJUST_INDICES: [start, end) packed, or -1 when start is past the end. */
    static long range(int len, PyObject startObj, PyObject endObj) {
        long start = StrType.optIndex(startObj, 0), end = StrType.optIndex(endObj, Long.MAX_VALUE);
        if (end > len) end = len;
        else if (end < 0) {
            end += len;
            if (end < 0) end = 0;
        }
        if (start < 0) {
            start += len;
            if (start < 0) start = 0;
        }
        if (start > len) return -1;
        if (end < start) return ((long) start << 32) | 0xffffffffL;
        return (start << 32) | end;
    }

    static PyObject find(PyObject self, PyObject sub, PyObject start, PyObject end, boolean reverse, boolean raise) {
        byte[] s = arr(self);
        int n = len(self);
        Buf w = subArg(sub);
        long r = range(n, start, end);
        int res = -1;
        if (r != -1) {
            int cs = (int) (r >>> 32), ce = (int) r;
            if (ce != -1 && ce - cs >= w.len) {
                res = reverse ? lastIndexOf(s, cs, ce, w.a, w.off, w.len) : indexOf(s, cs, ce, w.a, w.off, w.len);
            }
        }
        if (res < 0 && raise) throw Errors.valueError("subsection not found");
        return PyInt.valueOf(res);
    }

    static PyObject count(PyObject self, PyObject sub, PyObject start, PyObject end) {
        byte[] s = arr(self);
        int n = len(self);
        Buf w = subArg(sub);
        long r = range(n, start, end);
        if (r == -1) return PyInt.valueOf(0);
        int cs = (int) (r >>> 32), ce = (int) r;
        if (ce == -1 || ce < cs) return PyInt.valueOf(0);
        if (w.len == 0) return PyInt.valueOf(ce - cs + 1);
        int c = 0;
        for (int i = cs; (i = indexOf(s, i, ce, w.a, w.off, w.len)) >= 0; i += w.len) c++;
        return PyInt.valueOf(c);
    }

    static PyObject startsEnds(PyObject self, PyObject prefix, PyObject start, PyObject end, boolean ends) {
        byte[] s = arr(self);
        int n = len(self);
        String name = ends ? "endswith" : "startswith";
        long r = range(n, start, end);
        if (prefix instanceof PyTuple t) {
            for (PyObject o : t.items) {
                Buf w = buffer(o);
                if (w == null) {
                    throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
                }
                if (tailMatch(s, r, w, ends)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        Buf w = buffer(prefix);
        if (w == null) {
            throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + prefix.type().name());
        }
        return PyBool.of(tailMatch(s, r, w, ends));
    }

    private static boolean tailMatch(byte[] s, long r, Buf w, boolean ends) {
        if (r == -1) return false;
        int cs = (int) (r >>> 32), ce = (int) r;
        if (ce == -1 || ce - cs < w.len) return false;
        int at = ends ? ce - w.len : cs;
        return Arrays.equals(s, at, at + w.len, w.a, w.off, w.off + w.len);
    }

    // --- split family ---

    static boolean isSpace(int c) { return c == ' ' || (c >= 9 && c <= 13); }

    static PyList split(PyObject self, PyObject sepObj, int max, boolean reverse) {
        byte[] s = arr(self);
        int n = len(self);
        java.util.ArrayList<PyObject> parts = new java.util.ArrayList<>();
        if (sepObj == null || sepObj == PyNone.INSTANCE) {
            if (!reverse) {
                int i = 0;
                while (max-- > 0) {
                    while (i < n && isSpace(s[i])) i++;
                    if (i == n) break;
                    int j = i;
                    while (i < n && !isSpace(s[i])) i++;
                    parts.add(make(self, s, j, i));
                }
                if (i < n) {
                    while (i < n && isSpace(s[i])) i++;
                    if (i != n) parts.add(make(self, s, i, n));
                }
            } else {
                int i = n - 1;
                while (max-- > 0) {
                    while (i >= 0 && isSpace(s[i])) i--;
                    if (i < 0) break;
                    int j = i;
                    while (i >= 0 && !isSpace(s[i])) i--;
                    parts.add(make(self, s, i + 1, j + 1));
                }
                if (i >= 0) {
                    while (i >= 0 && isSpace(s[i])) i--;
                    if (i >= 0) parts.add(make(self, s, 0, i + 1));
                }
                java.util.Collections.reverse(parts);
            }
        } else {
            Buf w = bufferArg(sepObj);
            if (w.len == 0) throw Errors.valueError("empty separator");
            byte[] sep = w.copy();
            if (!reverse) {
                int i = 0;
                while (max-- > 0) {
                    int j = indexOf(s, i, n, sep, 0, sep.length);
                    if (j < 0) break;
                    parts.add(make(self, s, i, j));
                    i = j + sep.length;
                }
                parts.add(make(self, s, i, n));
            } else {
                int end = n;
                while (max-- > 0) {
                    int j = lastIndexOf(s, 0, end, sep, 0, sep.length);
                    if (j < 0) break;
                    parts.add(make(self, s, j + sep.length, end));
                    end = j;
                }
                parts.add(make(self, s, 0, end));
                java.util.Collections.reverse(parts);
            }
        }
        return new PyList(parts.toArray(new PyObject[0]));
    }

    static PyList splitlines(PyObject self, boolean keepends) {
        byte[] s = arr(self);
        int n = len(self), i = 0;
        PyList out = new PyList();
        while (i < n) {
            int j = i;
            while (i < n && s[i] != '\n' && s[i] != '\r') i++;
            int eol = i;
            if (i < n) {
                if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            out.append(make(self, s, j, eol));
        }
        return out;
    }

    static PyTuple partition(PyObject self, PyObject sepObj, boolean reverse) {
        byte[] s = arr(self);
        int n = len(self);
        Buf w = bufferArg(sepObj);
        if (w.len == 0) throw Errors.valueError("empty separator");
        byte[] sep = w.copy();
        int i = reverse ? lastIndexOf(s, 0, n, sep, 0, sep.length) : indexOf(s, 0, n, sep, 0, sep.length);
        PyObject empty = make(self, new byte[0]);
        if (i < 0) {
            PyObject whole = make(self, s, 0, n);
            return reverse ? PyTuple.of(empty, make(self, new byte[0]), whole) : PyTuple.of(whole, empty, make(self, new byte[0]));
        }
        // bytes is immutable, so CPython hands back the separator object it was given (stringlib/partition.h)
        PyObject mid = self instanceof PyByteArray ? make(self, sep) : sepObj;
        return PyTuple.of(make(self, s, 0, i), mid, make(self, s, i + sep.length, n));
    }

    static PyObject join(PyObject self, PyObject iterable) {
        byte[] sep = arr(self);
        int sn = len(self);
        PyObject[] items = Abstract.toArray(iterable);
        long total = (long) sn * Math.max(0, items.length - 1);
        Buf[] bufs = new Buf[items.length];
        for (int i = 0; i < items.length; i++) {
            Buf b = buffer(items[i]);
            if (b == null) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().name() + " found");
            }
            bufs[i] = b;
            total += b.len;
        }
        if (total > Integer.MAX_VALUE - 8) throw Errors.overflowError("join() result is too long");
        byte[] out = new byte[(int) total];
        int p = 0;
        for (int i = 0; i < bufs.length; i++) {
            if (i > 0) {
                System.arraycopy(sep, 0, out, p, sn);
                p += sn;
            }
            System.arraycopy(bufs[i].a, bufs[i].off, out, p, bufs[i].len);
            p += bufs[i].len;
        }
        return make(self, out);
    }

    static PyObject replace(PyObject self, PyObject[] a) {
        byte[] s = arr(self);
        int n = len(self);
        byte[] old = bufferArg(a[0]).copy(), nw = bufferArg(a[1]).copy();
        long count = a[2] == null ? -1 : PyNumber.asLong(a[2]);
        if (count < 0) count = Long.MAX_VALUE;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(n);
        if (count == 0) return make(self, s, 0, n);
        if (old.length == 0) {
            int i = 0;
            long done = 0;
            while (done < count) {
                out.write(nw, 0, nw.length);
                done++;
                if (i >= n) break;
                out.write(s[i++]);
            }
            out.write(s, i, n - i);
            return make(self, out.toByteArray());
        }
        int last = 0, i = indexOf(s, 0, n, old, 0, old.length);
        if (i < 0) return make(self, s, 0, n);
        while (i >= 0 && count-- > 0) {
            out.write(s, last, i - last);
            out.write(nw, 0, nw.length);
            last = i + old.length;
            i = indexOf(s, last, n, old, 0, old.length);
        }
        out.write(s, last, n - last);
        return make(self, out.toByteArray());
    }

    static PyObject strip(PyObject self, PyObject chars, boolean left, boolean right) {
        byte[] s = arr(self);
        int i = 0, j = len(self);
        boolean[] set = null;
        if (chars != null && chars != PyNone.INSTANCE) {
            Buf c = bufferArg(chars);
            set = new boolean[256];
            for (int k = 0; k < c.len; k++) set[c.a[c.off + k] & 0xff] = true;
        }
        if (left) while (i < j && (set == null ? isSpace(s[i]) : set[s[i] & 0xff])) i++;
        if (right) while (j > i && (set == null ? isSpace(s[j - 1]) : set[s[j - 1] & 0xff])) j--;
        return make(self, s, i, j);
    }

    static byte fillByte(PyObject o, String fname) {
        if (o == null) return ' ';
        if (o instanceof PyBytes b && b.bytes.length == 1) return b.bytes[0];
        if (o instanceof PyByteArray b && b.size == 1) return b.items[0];
        throw Errors.typeError(fname + "() argument 2 must be a byte string of length 1, not " + StrType.argType(o));
    }

    static PyObject pad(PyObject self, long left, long right, byte fill) {
        byte[] s = arr(self);
        int n = len(self);
        if (left < 0) left = 0;
        if (right < 0) right = 0;
        if (left + right + n > Integer.MAX_VALUE - 8) throw Errors.overflowError("padded bytes are too long");
        byte[] out = new byte[(int) (left + n + right)];
        Arrays.fill(out, 0, (int) left, fill);
        System.arraycopy(s, 0, out, (int) left, n);
        Arrays.fill(out, (int) left + n, out.length, fill);
        return make(self, out);
    }

    // --- case and predicates (ASCII only) ---

    static PyObject mapCase(PyObject self, int mode) {
        byte[] s = arr(self);
        int n = len(self);
        byte[] out = new byte[n];
        boolean prevCased = false;
        for (int i = 0; i < n; i++) {
            int c = s[i] & 0xff;
            boolean lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
            int r = c;
            switch (mode) {
                case 0 -> r = lo ? c - 32 : c;                                   // upper
                case 1 -> r = up ? c + 32 : c;                                   // lower
                case 2 -> r = lo ? c - 32 : up ? c + 32 : c;                     // swapcase
                case 3 -> r = i == 0 ? (lo ? c - 32 : c) : (up ? c + 32 : c);    // capitalize
                default -> {                                                      // title
                    r = prevCased ? (up ? c + 32 : c) : (lo ? c - 32 : c);
                    prevCased = lo || up;
                }
            }
            out[i] = (byte) r;
        }
        return make(self, out);
    }

    interface ByteTest { boolean test(int c); }

    static PyBool all(PyObject self, ByteTest t) {
        byte[] s = arr(self);
        int n = len(self);
        if (n == 0) return PyBool.FALSE;
        for (int i = 0; i < n; i++) if (!t.test(s[i] & 0xff)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    static boolean isAlpha(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

    static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    static PyBool isLowerUpper(PyObject self, boolean lower) {
        byte[] s = arr(self);
        boolean cased = false;
        for (int i = 0, n = len(self); i < n; i++) {
            int c = s[i] & 0xff;
            boolean lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
            if (lower ? up : lo) return PyBool.FALSE;
            if (lower ? lo : up) cased = true;
        }
        return PyBool.of(cased);
    }

    static PyBool isTitle(PyObject self) {
        byte[] s = arr(self);
        boolean cased = false, prev = false;
        for (int i = 0, n = len(self); i < n; i++) {
            int c = s[i] & 0xff;
            if (c >= 'A' && c <= 'Z') {
                if (prev) return PyBool.FALSE;
                prev = cased = true;
            } else if (c >= 'a' && c <= 'z') {
                if (!prev) return PyBool.FALSE;
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return PyBool.of(cased);
    }

    static PyObject expandtabs(PyObject self, long tab) {
        byte[] s = arr(self);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long col = 0;
        for (int i = 0, n = len(self); i < n; i++) {
            byte c = s[i];
            if (c == '\t') {
                if (tab > 0) {
                    long k = tab - col % tab;
                    for (long j = 0; j < k; j++) out.write(' ');
                    col += k;
                }
            } else {
                out.write(c);
                col++;
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        return make(self, out.toByteArray());
    }

    static PyObject zfill(PyObject self, long width) {
        byte[] s = arr(self);
        int n = len(self);
        if (width <= n) return make(self, s, 0, n);
        byte[] out = new byte[(int) width];
        long fill = width - n;
        Arrays.fill(out, 0, (int) fill, (byte) '0');
        System.arraycopy(s, 0, out, (int) fill, n);
        if (n > 0 && (s[0] == '+' || s[0] == '-')) {
            out[0] = s[0];
            out[(int) fill] = '0';
        }
        return make(self, out);
    }

    static PyObject translate(PyObject self, PyObject table, PyObject delete) {
        byte[] s = arr(self);
        int n = len(self);
        Buf t = null;
        if (table != PyNone.INSTANCE) {
            t = bufferArg(table);
            if (t.len != 256) throw Errors.valueError("translation table must be 256 characters long");
        }
        boolean[] del = new boolean[256];
        if (delete != null) {
            Buf d = bufferArg(delete);
            for (int i = 0; i < d.len; i++) del[d.a[d.off + i] & 0xff] = true;
        }
        byte[] out = new byte[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int c = s[i] & 0xff;
            if (del[c]) continue;
            out[k++] = t == null ? (byte) c : t.a[t.off + c];
        }
        return make(self, Arrays.copyOf(out, k));
    }

    static PyObject maketrans(PyObject type, PyObject from, PyObject to) {
        Buf f = bufferArg(from), t = bufferArg(to);
        if (f.len != t.len) throw Errors.valueError("maketrans arguments must have same length");
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte) i;
        for (int i = 0; i < f.len; i++) table[f.a[f.off + i] & 0xff] = t.a[t.off + i];
        return new PyBytes(table);
    }

    /** Byte values of an iterable of ints, for bytes(iterable) and bytearray.extend. */
    static byte[] fromIterable(PyObject it) {
        PyObject[] items = Abstract.toArray(it);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) out[i] = byteValue(items[i]);
        return out;
    }

    static byte byteValue(PyObject o) {
        long v;
        if (o instanceof PyInt i && i.big == null) v = i.value;
        else v = PyNumber.index(o).big != null ? -1 : PyNumber.index(o).value;
        if (v < 0 || v > 255) throw Errors.valueError("byte must be in range(0, 256)");
        return (byte) v;
    }

    static PyObject getItem(PyObject self, PyObject key, String kind) {
        byte[] s = arr(self);
        int n = len(self);
        if (key instanceof PySlice sl) {
            PySlice.Bounds b = sl.indices(n);
            int m = (int) b.length;
            if (m <= 0) return make(self, new byte[0]);
            if (b.step == 1) return make(self, s, (int) b.start, (int) b.start + m);
            byte[] out = new byte[m];
            for (int k = 0, j = (int) b.start; k < m; k++, j += (int) b.step) out[k] = s[j];
            return make(self, out);
        }
        long i;
        if (key instanceof PyInt ik && ik.big == null) i = ik.value;
        else if (key instanceof PyInt || key.type().nb_index != null) i = Seq.itemIndex(key, kind);
        else throw Errors.typeError(kind + " indices must be integers or slices, not " + key.type().name());
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError(kind.equals("byte") ? "index out of range" : kind + " index out of range");
        return PyInt.valueOf(s[(int) i] & 0xff);
    }

    static boolean contains(PyObject self, PyObject item) {
        byte[] s = arr(self);
        int n = len(self);
        Buf b = buffer(item);
        if (b == null) {
            if (!(item instanceof PyInt) && item.type().nb_index == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + item.type().name() + "'");
            }
            byte v = byteValue(item);
            for (int i = 0; i < n; i++) if (s[i] == v) return true;
            return false;
        }
        return indexOf(s, 0, n, b.a, b.off, b.len) >= 0;
    }

    /** bytes_iterator / bytearray_iterator: yields ints. */
    static final class BytesIter extends PyObject {
        static final PyType BYTES_ITER = new PyType("bytes_iterator", PyType.OBJECT, 0);
        static final PyType BYTEARRAY_ITER = new PyType("bytearray_iterator", PyType.OBJECT, 0);
        PyObject seq;
        int pos;

        BytesIter(PyObject seq) {
            super(seq instanceof PyByteArray ? BYTEARRAY_ITER : BYTES_ITER);
            this.seq = seq;
        }

        static {
            for (PyType t : new PyType[] {BYTES_ITER, BYTEARRAY_ITER}) {
                t.tp_iter = self -> self;
                t.tp_iternext = self -> {
                    BytesIter it = (BytesIter) self;
                    if (it.seq == null) return null;
                    if (it.pos < len(it.seq)) return PyInt.valueOf(arr(it.seq)[it.pos++] & 0xff);
                    it.seq = null;
                    return null;
                };
                t.method("__length_hint__", self -> {
                    BytesIter it = (BytesIter) self;
                    return PyInt.valueOf(it.seq == null ? 0 : Math.max(0, len(it.seq) - it.pos));
                });
                t.ready();
            }
        }
    }

    private static final ArgParser SPLIT_ARGS = new ArgParser("split", new String[] {"sep", "maxsplit"}, 0, 0, 2);
    private static final ArgParser RSPLIT_ARGS = new ArgParser("rsplit", new String[] {"sep", "maxsplit"}, 0, 0, 2);
    private static final ArgParser SPLITLINES_ARGS = new ArgParser("splitlines", new String[] {"keepends"}, 0, 0, 1);
    private static final ArgParser EXPANDTABS_ARGS = new ArgParser("expandtabs", new String[] {"tabsize"}, 0, 0, 1);
    private static final ArgParser DECODE_ARGS = new ArgParser("decode", new String[] {"encoding", "errors"}, 0, 0, 2);
    private static final ArgParser HEX_ARGS = new ArgParser("hex", new String[] {"sep", "bytes_per_sep"}, 0, 0, 2);

    static String decodeArgs(PyObject self, PyObject[] a, int off, int n, kiln.runtime.types.PyStr[] kw) {
        PyObject[] p = DECODE_ARGS.parse(a, off, n, kw);
        String enc = "utf-8", err = "strict";
        if (p[0] != null) {
            if (!(p[0] instanceof PyStr e)) throw Errors.typeError("decode() argument 'encoding' must be str, not " + StrType.argType(p[0]));
            enc = e.value;
        }
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr e)) throw Errors.typeError("decode() argument 'errors' must be str, not " + StrType.argType(p[1]));
            err = e.value;
        }
        return Codecs.decode(arr(self), 0, len(self), enc, err);
    }

    /** Registers the methods bytes and bytearray have in common. */
    static void registerCommon(PyType t, String kind) {
        StrType.finder(t, "find", (self, x, st, en) -> find(self, x, st, en, false, false));
        StrType.finder(t, "rfind", (self, x, st, en) -> find(self, x, st, en, true, false));
        StrType.finder(t, "index", (self, x, st, en) -> find(self, x, st, en, false, true));
        StrType.finder(t, "rindex", (self, x, st, en) -> find(self, x, st, en, true, true));
        StrType.finder(t, "count", BytesOps::count);
        StrType.finder(t, "startswith", (self, x, st, en) -> startsEnds(self, x, st, en, false));
        StrType.finder(t, "endswith", (self, x, st, en) -> startsEnds(self, x, st, en, true));
        t.methodKw("split", (self, a, off, n, kw) -> {
            PyObject[] p = SPLIT_ARGS.parse(a, off, n, kw);
            return split(self, p[0], StrType.maxsplit(p[1]), false);
        });
        t.methodKw("rsplit", (self, a, off, n, kw) -> {
            PyObject[] p = RSPLIT_ARGS.parse(a, off, n, kw);
            return split(self, p[0], StrType.maxsplit(p[1]), true);
        });
        t.methodKw("splitlines", (self, a, off, n, kw) -> {
            PyObject[] p = SPLITLINES_ARGS.parse(a, off, n, kw);
            return splitlines(self, p[0] != null && StrType.boolArg(p[0]));
        });
        t.method("partition", (self, sep) -> partition(self, sep, false));
        t.method("rpartition", (self, sep) -> partition(self, sep, true));
        t.method("join", BytesOps::join);
        t.methodN("replace", 2, 3, BytesOps::replace);
        StrType.positional(t, "strip", 0, 1, (self, x, y, z) -> strip(self, x, true, true));
        StrType.positional(t, "lstrip", 0, 1, (self, x, y, z) -> strip(self, x, true, false));
        StrType.positional(t, "rstrip", 0, 1, (self, x, y, z) -> strip(self, x, false, true));
        t.methodN("center", 1, 2, (self, a) -> {
            long w = PyNumber.asLong(a[0]);
            byte fill = fillByte(a[1], "center");
            long marg = w - len(self);
            if (marg <= 0) return pad(self, 0, 0, fill);
            long left = marg / 2 + (marg & w & 1);
            return pad(self, left, marg - left, fill);
        });
        t.methodN("ljust", 1, 2, (self, a) -> pad(self, 0, PyNumber.asLong(a[0]) - len(self), fillByte(a[1], "ljust")));
        t.methodN("rjust", 1, 2, (self, a) -> pad(self, PyNumber.asLong(a[0]) - len(self), 0, fillByte(a[1], "rjust")));
        t.method("zfill", (self, w) -> zfill(self, PyNumber.asLong(w)));
        t.methodKw("expandtabs", (self, a, off, n, kw) -> {
            PyObject[] p = EXPANDTABS_ARGS.parse(a, off, n, kw);
            return expandtabs(self, p[0] == null ? 8 : PyNumber.asLong(p[0]));
        });
        t.method("removeprefix", (self, p) -> {
            Buf w = bufferArg(p);
            byte[] s = arr(self);
            int n = len(self);
            if (w.len <= n && Arrays.equals(s, 0, w.len, w.a, w.off, w.off + w.len)) return make(self, s, w.len, n);
            return make(self, s, 0, n);
        });
        t.method("removesuffix", (self, p) -> {
            Buf w = bufferArg(p);
            byte[] s = arr(self);
            int n = len(self);
            if (w.len <= n && w.len > 0 && Arrays.equals(s, n - w.len, n, w.a, w.off, w.off + w.len)) {
                return make(self, s, 0, n - w.len);
            }
            return make(self, s, 0, n);
        });
        t.method("upper", self -> mapCase(self, 0));
        t.method("lower", self -> mapCase(self, 1));
        t.method("swapcase", self -> mapCase(self, 2));
        t.method("capitalize", self -> mapCase(self, 3));
        t.method("title", self -> mapCase(self, 4));
        t.method("isascii", self -> {
            byte[] s = arr(self);
            for (int i = 0, n = len(self); i < n; i++) if (s[i] < 0) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        t.method("isalpha", self -> all(self, BytesOps::isAlpha));
        t.method("isalnum", self -> all(self, c -> isAlpha(c) || isDigit(c)));
        t.method("isdigit", self -> all(self, BytesOps::isDigit));
        t.method("isspace", self -> all(self, BytesOps::isSpace));
        t.method("islower", self -> isLowerUpper(self, true));
        t.method("isupper", self -> isLowerUpper(self, false));
        t.method("istitle", BytesOps::isTitle);
        t.methodN("translate", 1, 2, (self, a) -> translate(self, a[0], a[1]));
        t.staticMethod("maketrans", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("maketrans", kw);
            ArgParser.checkCount("maketrans", n, 2, 2);
            return maketrans(null, a[off], a[off + 1]);
        });
        t.methodKw("decode", (self, a, off, n, kw) -> new PyStr(decodeArgs(self, a, off, n, kw)));
        t.methodKw("hex", (self, a, off, n, kw) -> {
            PyObject[] p = HEX_ARGS.parse(a, off, n, kw);
            return new PyStr(hex(arr(self), 0, len(self), p[0], p[1]));
        });
        t.classMethod("fromhex", (cls, a, off, n, kw) -> {
            ArgParser.oneArg(t.name() + ".fromhex", n, kw);
            byte[] r = fromhex(a[off]);
            PyObject base = cls == PyByteArray.TYPE ? new PyByteArray(r) : new PyBytes(r);
            if (cls == PyBytes.TYPE || cls == PyByteArray.TYPE) return base;
            return Abstract.call(cls, base);
        });
        t.tp_iter = BytesIter::new;
        t.mp_length = BytesOps::len;
        t.sq_contains = BytesOps::contains;
        t.nb_remainder = (v, w) -> {
            if (!(v instanceof PyBytes) && !(v instanceof PyByteArray)) return PyNotImplemented.INSTANCE;
            String r = StrPercentFormat.formatBytes(latin1String(arr(v), 0, len(v)), w);
            return make(v, latin1(r));
        };
        t.method("__buffer__", (self, flags) -> {
            PyNumber.asLong(flags);
            return PyMemoryView.of(self);
        });
    }

    static PyObject repeat(PyObject self, PyObject count) {
        long c = StrType.repeatCount(count);
        byte[] s = arr(self);
        int n = len(self);
        if (c == 1 && self.type() == PyBytes.TYPE) return self;
        if (n > 0 && c > (Integer.MAX_VALUE - 8) / n) {
            throw Errors.of(kiln.runtime.exceptions.PyExceptions.MemoryError, new PyObject[0]);
        }
        byte[] out = new byte[(int) (c * n)];
        for (int k = 0; k < c; k++) System.arraycopy(s, 0, out, k * n, n);
        return make(self, out);
    }

    static PyObject concat(PyObject self, PyObject other) {
        Buf b = buffer(other);
        if (b == null) {
            throw Errors.typeError("can't concat " + other.type().name() + " to " + self.type().name());
        }
        byte[] s = arr(self);
        int n = len(self);
        byte[] out = Arrays.copyOf(s, n + b.len);
        System.arraycopy(b.a, b.off, out, n, b.len);
        return make(self, out);
    }
}
