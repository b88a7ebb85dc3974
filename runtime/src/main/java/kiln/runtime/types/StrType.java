package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;

/**
 * Slots and methods of {@code str} (CPython 3.12: Objects/unicodeobject.c). Strings are Java Strings; every
 * position Python sees is a code-point index, converted at the edges so that searching and slicing run on
 * chars (with an O(1) mapping when {@link PyStr#isBmp}).
 */
final class StrType {
    private StrType() {}

    private static final ArgParser NEW_ARGS = new ArgParser("str", new String[] {"object", "encoding", "errors"}, 0, 0, 3);
    private static final ArgParser SPLIT_ARGS = new ArgParser("split", new String[] {"sep", "maxsplit"}, 0, 0, 2);
    private static final ArgParser RSPLIT_ARGS = new ArgParser("rsplit", new String[] {"sep", "maxsplit"}, 0, 0, 2);
    private static final ArgParser SPLITLINES_ARGS = new ArgParser("splitlines", new String[] {"keepends"}, 0, 0, 1);
    private static final ArgParser EXPANDTABS_ARGS = new ArgParser("expandtabs", new String[] {"tabsize"}, 0, 0, 1);
    private static final ArgParser ENCODE_ARGS = new ArgParser("encode", new String[] {"encoding", "errors"}, 0, 0, 2);

    static PyStr s(PyObject o) { return (PyStr) o; }

    /** How Argument Clinic names an argument's type in "must be str, not X": None for None. */
    static String argType(PyObject o) { return o == PyNone.INSTANCE ? "None" : o.type().name(); }

    /** PyArg_ParseTuple's "O|OO:find" checks: positional only, with its "takes at least/at most" messages. */
    static void checkFindArgs(PyType t, String name, int n, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(t.name() + "." + name + "() takes no keyword arguments");
        if (n < 1) throw Errors.typeError(name + "() takes at least 1 argument (" + n + " given)");
        if (n > 3) throw Errors.typeError(name + "() takes at most 3 arguments (" + n + " given)");
    }

    /** sub[, start[, end]] methods; absent arguments are null. */
    interface FindBody { PyObject run(PyObject self, PyObject sub, PyObject start, PyObject end); }

    /**
     * Registers a method of {@code min..max <= 3} positional-only arguments (absent ones null) with Argument
     * Clinic's messages, without the argument array {@link PyType#methodN} allocates per call.
     */
    static void positional(PyType t, String name, int min, int max, FindBody f) {
        String qual = t.name() + "." + name + "()";
        t.methodKw(name, (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(qual + " takes no keyword arguments");
            if (n < min || n > max) ArgParser.checkCount(name, n, min, max);
            return f.run(self, n > 0 ? a[off] : null, n > 1 ? a[off + 1] : null, n > 2 ? a[off + 2] : null);
        });
    }

    static void finder(PyType t, String name, FindBody f) {
        t.methodKw(name, (self, a, off, n, kw) -> {
            checkFindArgs(t, name, n, kw);
            return f.run(self, a[off], n > 1 ? a[off + 1] : null, n > 2 ? a[off + 2] : null);
        });
    }

    static PyStr str(String v) { return v.isEmpty() ? PyStr.EMPTY : new PyStr(v); }

    /** The argument as a str, or TypeError "must be str, not int". */
    static PyStr strArg(PyObject o) {
        if (o instanceof PyStr p) return p;
        throw Errors.typeError("must be str, not " + o.type().name());
    }

    /** The only argument of an Argument Clinic method as a str: "removeprefix() argument must be str, not int". */
    static PyStr strArg(String fname, PyObject o) {
        if (o instanceof PyStr p) return p;
        throw Errors.typeError(fname + "() argument must be str, not " + argType(o));
    }

    // --- repr ---

    static String repr(String v, boolean asciiOnly) {
        // CPython 3.12: Objects/unicodeobject.c, unicode_repr
        boolean sq = v.indexOf('\'') >= 0, dq = v.indexOf('"') >= 0;
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder b = new StringBuilder(v.length() + 2).append(quote);
        for (int i = 0, n = v.length(); i < n; ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c == 0x7f) hex2(b.append("\\x"), c);
            else if (c < 0x7f) b.append((char) c);
            else if (!asciiOnly && UnicodeProps.isPrintable(c)) b.appendCodePoint(c);
            else escapeNonAscii(b, c);
        }
        return b.append(quote).toString();
    }

    static void escapeNonAscii(StringBuilder b, int c) {
        if (c < 0x100) hex2(b.append("\\x"), c);
        else if (c < 0x10000) hexN(b.append("\\u"), c, 4);
        else hexN(b.append("\\U"), c, 8);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static void hex2(StringBuilder b, int c) { b.append(HEX[(c >> 4) & 15]).append(HEX[c & 15]); }

    static void hexN(StringBuilder b, int c, int digits) {
        for (int k = digits - 1; k >= 0; k--) b.append(HEX[(c >> (4 * k)) & 15]);
    }

    /** ascii(): the repr with non-ASCII code points escaped. */
    static String asciiEscape(String repr) {
        int i = 0, n = repr.length();
        while (i < n && repr.charAt(i) < 128) i++;
        if (i == n) return repr;
        StringBuilder b = new StringBuilder(n + 16).append(repr, 0, i);
        while (i < n) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) b.append((char) c);
            else escapeNonAscii(b, c);
        }
        return b.toString();
    }

    // --- index helpers ---

    /** A start/end argument: None or absent means the default. */
    static long optIndex(PyObject o, long dflt) {
        if (o == null || o == PyNone.INSTANCE) return dflt;
        return PySlice.sliceIndex(o);
    }

    /**
     * CPython's ADJUST_INDICES for start/end arguments, returned as char offsets packed (start << 32 | end), or
     * -1 when start lies past the end of the string.
     */
    static long charRange(PyStr s, PyObject startObj, PyObject endObj) {
        int len = s.length();
        long start = optIndex(startObj, 0), end = optIndex(endObj, Long.MAX_VALUE);
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
        int cs = s.charIndex((int) start), ce = end < start ? cs - 1 : s.charIndex((int) end);
        if (ce < cs) return ((long) cs << 32) | 0xffffffffL;  // empty range, start still valid
        return ((long) cs << 32) | ce;
    }

    static int rangeStart(long r) { return (int) (r >>> 32); }

    static int rangeEnd(long r) { return (int) r; }

    /**
     * First char offset of {@code sub} in {@code v[from, to)}, or -1. In strings with surrogate pairs, a match
     * that would start or end inside a pair is skipped (Python sees code points, never half of one).
     */
    static int indexOf(String v, String sub, int from, int to, boolean bmp) {
        int m = sub.length();
        while (true) {
            int i = v.indexOf(sub, from);
            if (i < 0 || i + m > to) return -1;
            if (bmp || onBoundary(v, i) && onBoundary(v, i + m)) return i;
            from = i + 1;
        }
    }

    static int lastIndexOf(String v, String sub, int from, int to, boolean bmp) {
        int m = sub.length();
        int pos = to - m;
        while (pos >= from) {
            int i = v.lastIndexOf(sub, pos);
            if (i < from) return -1;
            if (bmp || onBoundary(v, i) && onBoundary(v, i + m)) return i;
            pos = i - 1;
        }
        return -1;
    }

    static boolean onBoundary(String v, int i) {
        return i <= 0 || i >= v.length() || !(Character.isLowSurrogate(v.charAt(i)) && Character.isHighSurrogate(v.charAt(i - 1)));
    }

    // --- find family ---

    static PyObject find(PyObject self, PyObject subObj, PyObject start, PyObject end, boolean reverse, boolean raise) {
        PyStr s = s(self);
        PyStr sub = strArg(subObj);
        long r = charRange(s, start, end);
        int res = -1;
        if (r != -1) {
            int cs = rangeStart(r), ce = rangeEnd(r);
            if (ce != -1 && ce >= cs) {
                res = reverse ? lastIndexOf(s.value, sub.value, cs, ce, s.isBmp()) : indexOf(s.value, sub.value, cs, ce, s.isBmp());
            }
        }
        if (res < 0) {
            if (raise) throw Errors.valueError("substring not found");
            return PyInt.valueOf(-1);
        }
        return PyInt.valueOf(s.cpIndex(res));
    }

    static PyObject count(PyObject self, PyObject subObj, PyObject start, PyObject end) {
        PyStr s = s(self);
        PyStr sub = strArg(subObj);
        long r = charRange(s, start, end);
        if (r == -1) return PyInt.valueOf(0);
        int cs = rangeStart(r), ce = rangeEnd(r);
        if (ce == -1 || ce < cs) return PyInt.valueOf(0);
        String v = s.value, w = sub.value;
        if (w.isEmpty()) return PyInt.valueOf(s.isBmp() ? ce - cs + 1 : v.codePointCount(cs, ce) + 1);
        int c = 0;
        for (int i = cs; (i = indexOf(v, w, i, ce, s.isBmp())) >= 0; i += w.length()) c++;
        return PyInt.valueOf(c);
    }

    static PyObject startsEnds(PyObject self, PyObject prefix, PyObject start, PyObject end, boolean ends) {
        PyStr s = s(self);
        String name = ends ? "endswith" : "startswith";
        long r = charRange(s, start, end);
        if (prefix instanceof PyTuple t) {
            for (PyObject o : t.items) {
                if (!(o instanceof PyStr p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + o.type().name());
                }
                if (matchesAt(s, p.value, r, ends)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        if (!(prefix instanceof PyStr p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + prefix.type().name());
        }
        return PyBool.of(matchesAt(s, p.value, r, ends));
    }

    private static boolean matchesAt(PyStr s, String w, long r, boolean ends) {
        if (r == -1) return false;
        int cs = rangeStart(r), ce = rangeEnd(r);
        if (ce == -1 || ce < cs) return false;
        if (ce - cs < w.length()) return false;
        int at = ends ? ce - w.length() : cs;
        if (!s.value.startsWith(w, at)) return false;
        // A match must not begin or end inside a surrogate pair.
        return s.isBmp() || onBoundary(s.value, at) && onBoundary(s.value, at + w.length());
    }

    // --- split family ---

    static int maxsplit(PyObject o) {
        if (o == null) return Integer.MAX_VALUE;
        long m = asLong(o);
        return m < 0 || m > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) m;
    }

    static long asLong(PyObject o) { return kiln.runtime.PyNumber.asLong(o); }

    static PyList split(PyStr s, PyObject sepObj, int max) {
        String v = s.value;
        int n = v.length();
        PyList out = new PyList();
        if (sepObj == null || sepObj == PyNone.INSTANCE) {
            int i = 0;
            while (max-- > 0) {
                while (i < n && UnicodeProps.isSpace(v.charAt(i))) i++;
                if (i == n) break;
                int j = i;
                i++;
                while (i < n && !UnicodeProps.isSpace(v.charAt(i))) i++;
                out.append(j == 0 && i == n && s.type() == PyStr.TYPE ? s : str(v.substring(j, i)));
            }
            if (i < n) {
                while (i < n && UnicodeProps.isSpace(v.charAt(i))) i++;
                if (i != n) out.append(str(v.substring(i)));
            }
            return out;
        }
        if (!(sepObj instanceof PyStr sepS)) throw Errors.typeError("must be str or None, not " + sepObj.type().name());
        String sep = sepS.value;
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        int m = sep.length(), i = 0;
        boolean bmp = s.isBmp();
        while (max-- > 0) {
            int j = indexOf(v, sep, i, n, bmp);
            if (j < 0) break;
            out.append(str(v.substring(i, j)));
            i = j + m;
        }
        out.append(i == 0 && s.type() == PyStr.TYPE ? s : str(v.substring(i)));
        return out;
    }

    static PyList rsplit(PyStr s, PyObject sepObj, int max) {
        String v = s.value;
        int n = v.length();
        java.util.ArrayList<PyObject> rev = new java.util.ArrayList<>();
        if (sepObj == null || sepObj == PyNone.INSTANCE) {
            int i = n - 1;
            while (max-- > 0) {
                while (i >= 0 && UnicodeProps.isSpace(v.charAt(i))) i--;
                if (i < 0) break;
                int j = i;
                i--;
                while (i >= 0 && !UnicodeProps.isSpace(v.charAt(i))) i--;
                rev.add(str(v.substring(i + 1, j + 1)));
            }
            if (i >= 0) {
                while (i >= 0 && UnicodeProps.isSpace(v.charAt(i))) i--;
                if (i >= 0) rev.add(str(v.substring(0, i + 1)));
            }
        } else {
            if (!(sepObj instanceof PyStr sepS)) throw Errors.typeError("must be str or None, not " + sepObj.type().name());
            String sep = sepS.value;
            if (sep.isEmpty()) throw Errors.valueError("empty separator");
            int m = sep.length(), end = n;
            boolean bmp = s.isBmp();
            while (max-- > 0) {
                int j = lastIndexOf(v, sep, 0, end, bmp);
                if (j < 0) break;
                rev.add(str(v.substring(j + m, end)));
                end = j;
            }
            rev.add(str(v.substring(0, end)));
        }
        PyObject[] items = new PyObject[rev.size()];
        for (int k = 0; k < items.length; k++) items[k] = rev.get(items.length - 1 - k);
        return new PyList(items);
    }

    static PyList splitlines(PyStr s, boolean keepends) {
        String v = s.value;
        int n = v.length(), i = 0;
        PyList out = new PyList();
        while (i < n) {
            int j = i;
            while (i < n && !UnicodeProps.isLineBreak(v.charAt(i))) i++;
            int eol = i;
            if (i < n) {
                if (v.charAt(i) == '\r' && i + 1 < n && v.charAt(i + 1) == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            out.append(str(v.substring(j, eol)));
        }
        return out;
    }

    static PyTuple partition(PyStr s, PyObject sepObj, boolean reverse) {
        PyStr sep = strArg(sepObj);
        if (sep.value.isEmpty()) throw Errors.valueError("empty separator");
        String v = s.value;
        int i = reverse ? lastIndexOf(v, sep.value, 0, v.length(), s.isBmp()) : indexOf(v, sep.value, 0, v.length(), s.isBmp());
        PyStr whole = s.type() == PyStr.TYPE ? s : new PyStr(v);
        if (i < 0) return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, whole) : PyTuple.of(whole, PyStr.EMPTY, PyStr.EMPTY);
        return PyTuple.of(str(v.substring(0, i)), sep.type() == PyStr.TYPE ? sep : new PyStr(sep.value),
                str(v.substring(i + sep.value.length())));
    }

    // --- join, replace ---

    static PyStr join(PyStr sep, PyObject iterable) {
        PyObject[] items;
        int n;
        if (iterable instanceof PyList l) {
            items = l.items;
            n = l.size;
        } else if (iterable instanceof PyTuple t) {
            items = t.items;
            n = items.length;
        } else {
            if (iterable.type().tp_iter == null && iterable.type().mp_subscript == null) {
                throw Errors.typeError("can only join an iterable");
            }
            items = Abstract.toArray(iterable);
            n = items.length;
        }
        if (n == 0) return PyStr.EMPTY;
        if (n == 1 && items[0] instanceof PyStr only && only.type() == PyStr.TYPE) return only;
        String sv = sep.value;
        long total = (long) sv.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            PyObject o = items[i];
            if (!(o instanceof PyStr p)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + o.type().name() + " found");
            }
            total += p.value.length();
        }
        if (total > Integer.MAX_VALUE - 8) throw Errors.overflowError("join() result is too long for a Python string");
        StringBuilder b = new StringBuilder((int) total);
        for (int i = 0; i < n; i++) {
            if (i > 0 && !sv.isEmpty()) b.append(sv);
            b.append(((PyStr) items[i]).value);
        }
        return new PyStr(b.toString());
    }

    static PyStr replace(PyStr s, PyObject oldObj, PyObject newObj, PyObject countObj) {
        if (!(oldObj instanceof PyStr o)) throw Errors.typeError("replace() argument 1 must be str, not " + StrType.argType(oldObj));
        if (!(newObj instanceof PyStr nw)) throw Errors.typeError("replace() argument 2 must be str, not " + StrType.argType(newObj));
        long count = countObj == null ? -1 : asLong(countObj);
        if (count < 0) count = Long.MAX_VALUE;
        String v = s.value, ov = o.value, nv = nw.value;
        PyStr same = s.type() == PyStr.TYPE ? s : new PyStr(v);
        if (count == 0) return same;
        if (ov.isEmpty()) {
            StringBuilder b = new StringBuilder(v.length() + nv.length() * (int) Math.min(count, v.length() + 1));
            int i = 0, n = v.length();
            long done = 0;
            while (done < count) {
                b.append(nv);
                done++;
                if (i >= n) break;
                int c = v.codePointAt(i);
                b.appendCodePoint(c);
                i += Character.charCount(c);
            }
            b.append(v, i, n);
            return new PyStr(b.toString());
        }
        boolean bmp = s.isBmp();
        int i = indexOf(v, ov, 0, v.length(), bmp);
        if (i < 0) return same;
        StringBuilder b = new StringBuilder(v.length());
        int last = 0;
        while (i >= 0 && count-- > 0) {
            b.append(v, last, i).append(nv);
            last = i + ov.length();
            i = indexOf(v, ov, last, v.length(), bmp);
        }
        b.append(v, last, v.length());
        return new PyStr(b.toString());
    }

    // --- strip, pad ---

    static PyStr strip(PyStr s, PyObject chars, boolean left, boolean right, String name) {
        String v = s.value;
        int i = 0, j = v.length();
        if (chars == null || chars == PyNone.INSTANCE) {
            if (left) while (i < j && UnicodeProps.isSpace(v.charAt(i))) i++;
            if (right) while (j > i && UnicodeProps.isSpace(v.charAt(j - 1))) j--;
        } else {
            if (!(chars instanceof PyStr cs)) throw Errors.typeError(name + " arg must be None or str");
            String set = cs.value;
            if (left) {
                while (i < j) {
                    int c = v.codePointAt(i);
                    if (set.indexOf(c) < 0) break;
                    i += Character.charCount(c);
                }
            }
            if (right) {
                while (j > i) {
                    int c = v.codePointBefore(j);
                    if (set.indexOf(c) < 0) break;
                    j -= Character.charCount(c);
                }
            }
        }
        if (i == 0 && j == v.length() && s.type() == PyStr.TYPE) return s;
        return str(v.substring(i, j));
    }

    static int fillChar(PyObject o) {
        if (o == null) return ' ';
        if (!(o instanceof PyStr f)) {
            throw Errors.typeError("The fill character must be a unicode character, not " + o.type().name());
        }
        if (f.length() != 1) throw Errors.typeError("The fill character must be exactly one character long");
        return f.value.codePointAt(0);
    }

    static PyStr pad(PyStr s, long left, long right, int fill) {
        if (left < 0) left = 0;
        if (right < 0) right = 0;
        if (left == 0 && right == 0) return s.type() == PyStr.TYPE ? s : new PyStr(s.value);
        if (left + right + s.value.length() > Integer.MAX_VALUE - 8) throw Errors.noMemory();
        StringBuilder b = new StringBuilder((int) (left + right) * Character.charCount(fill) + s.value.length());
        for (long k = 0; k < left; k++) b.appendCodePoint(fill);
        b.append(s.value);
        for (long k = 0; k < right; k++) b.appendCodePoint(fill);
        return new PyStr(b.toString());
    }

    // --- case ---

    static PyStr lower(PyStr s) {
        String v = s.value;
        int n = v.length(), i = 0;
        while (i < n) {
            char c = v.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) break;
            i++;
        }
        if (i == n) return s.type() == PyStr.TYPE ? s : new PyStr(v);
        StringBuilder b = new StringBuilder(n).append(v, 0, i);
        while (i < n) {
            int c = v.codePointAt(i);
            if (c == 0x3a3) b.append(finalSigma(v, i) ? '\u03c2' : '\u03c3');
            else UnicodeProps.appendLower(b, c);
            i += Character.charCount(c);
        }
        return new PyStr(b.toString());
    }

    /** Final_Sigma: preceded by a cased letter and not followed by one (case-ignorables skipped). */
    static boolean finalSigma(String v, int i) {
        int j = i;
        boolean before = false;
        while (j > 0) {
            int c = v.codePointBefore(j);
            j -= Character.charCount(c);
            if (UnicodeProps.isCaseIgnorable(c)) continue;
            before = UnicodeProps.isCased(c);
            break;
        }
        if (!before) return false;
        j = i + 1;
        while (j < v.length()) {
            int c = v.codePointAt(j);
            j += Character.charCount(c);
            if (UnicodeProps.isCaseIgnorable(c)) continue;
            return !UnicodeProps.isCased(c);
        }
        return true;
    }

    static PyStr upper(PyStr s) {
        String v = s.value;
        int n = v.length(), i = 0;
        while (i < n) {
            char c = v.charAt(i);
            if (c >= 128 || (c >= 'a' && c <= 'z')) break;
            i++;
        }
        if (i == n) return s.type() == PyStr.TYPE ? s : new PyStr(v);
        StringBuilder b = new StringBuilder(n).append(v, 0, i);
        while (i < n) {
            int c = v.codePointAt(i);
            UnicodeProps.appendUpper(b, c);
            i += Character.charCount(c);
        }
        return new PyStr(b.toString());
    }

    static PyStr mapCase(PyStr s, int mode) {
        String v = s.value;
        StringBuilder b = new StringBuilder(v.length());
        boolean prevCased = false;
        for (int i = 0, n = v.length(); i < n; ) {
            int c = v.codePointAt(i);
            switch (mode) {
                case 0 -> {  // capitalize
                    if (i == 0) UnicodeProps.appendTitle(b, c);
                    else if (c == 0x3a3) b.append(finalSigma(v, i) ? '\u03c2' : '\u03c3');
                    else UnicodeProps.appendLower(b, c);
                }
                case 1 -> {  // title
                    if (prevCased) {
                        if (c == 0x3a3) b.append(finalSigma(v, i) ? '\u03c2' : '\u03c3');
                        else UnicodeProps.appendLower(b, c);
                    } else {
                        UnicodeProps.appendTitle(b, c);
                    }
                    prevCased = UnicodeProps.isCased(c);
                }
                case 2 -> {  // swapcase
                    if (UnicodeProps.isUpper(c)) {
                        if (c == 0x3a3) b.append(finalSigma(v, i) ? '\u03c2' : '\u03c3');
                        else UnicodeProps.appendLower(b, c);
                    } else if (UnicodeProps.isLower(c)) {
                        UnicodeProps.appendUpper(b, c);
                    } else {
                        b.appendCodePoint(c);
                    }
                }
                default -> UnicodeProps.appendFold(b, c);  // casefold
            }
            i += Character.charCount(c);
        }
        return new PyStr(b.toString());
    }

    // --- predicates ---

    interface CpTest { boolean test(int c); }

    static PyBool all(PyStr s, CpTest t) {
        String v = s.value;
        int n = v.length();
        if (n == 0) return PyBool.FALSE;
        for (int i = 0; i < n; ) {
            int c = v.codePointAt(i);
            if (!t.test(c)) return PyBool.FALSE;
            i += Character.charCount(c);
        }
        return PyBool.TRUE;
    }

    static PyBool isLowerUpper(PyStr s, boolean lower) {
        String v = s.value;
        boolean cased = false;
        for (int i = 0, n = v.length(); i < n; ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            boolean lo = UnicodeProps.isLower(c), up = UnicodeProps.isUpper(c);
            if (lower ? (up || UnicodeProps.isTitle(c)) : (lo || UnicodeProps.isTitle(c))) return PyBool.FALSE;
            if (lower ? lo : up) cased = true;
        }
        return PyBool.of(cased);
    }

    static PyBool isTitle(PyStr s) {
        String v = s.value;
        boolean cased = false, prev = false;
        for (int i = 0, n = v.length(); i < n; ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (UnicodeProps.isUpper(c) || UnicodeProps.isTitle(c)) {
                if (prev) return PyBool.FALSE;
                prev = cased = true;
            } else if (UnicodeProps.isLower(c)) {
                if (!prev) return PyBool.FALSE;
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return PyBool.of(cased);
    }

    static PyBool isIdentifier(PyStr s) {
        String v = s.value;
        if (v.isEmpty()) return PyBool.FALSE;
        int c0 = v.codePointAt(0);
        if (!UnicodeProps.isXidStart(c0)) return PyBool.FALSE;
        for (int i = Character.charCount(c0), n = v.length(); i < n; ) {
            int c = v.codePointAt(i);
            if (!UnicodeProps.isXidContinue(c)) return PyBool.FALSE;
            i += Character.charCount(c);
        }
        return PyBool.TRUE;
    }

    // --- misc methods ---

    static PyStr expandtabs(PyStr s, long tabsize) {
        String v = s.value;
        if (v.indexOf('\t') < 0) return s.type() == PyStr.TYPE ? s : new PyStr(v);
        StringBuilder b = new StringBuilder(v.length() + 16);
        long col = 0;
        for (int i = 0, n = v.length(); i < n; ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long k = tabsize - col % tabsize;
                    if (b.length() + k > Integer.MAX_VALUE - 8) throw Errors.overflowError("new string is too long");
                    for (long j = 0; j < k; j++) b.append(' ');
                    col += k;
                }
            } else {
                b.appendCodePoint(c);
                col++;
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        return new PyStr(b.toString());
    }

    static PyStr zfill(PyStr s, long width) {
        int len = s.length();
        if (width <= len) return s.type() == PyStr.TYPE ? s : new PyStr(s.value);
        long fill = width - len;
        if (fill > Integer.MAX_VALUE - 8) throw Errors.noMemory();
        String v = s.value;
        StringBuilder b = new StringBuilder((int) width + 1);
        int start = 0;
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            b.append(v.charAt(0));
            start = 1;
        }
        for (long k = 0; k < fill; k++) b.append('0');
        b.append(v, start, v.length());
        return new PyStr(b.toString());
    }

    static PyStr translate(PyStr s, PyObject table) {
        String v = s.value;
        StringBuilder b = new StringBuilder(v.length());
        java.util.HashMap<Integer, PyObject> cache = new java.util.HashMap<>();
        final PyObject miss = PyNotImplemented.INSTANCE;
        for (int i = 0, n = v.length(); i < n; ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            PyObject m = cache.get(c);
            if (m == null) {
                try {
                    m = Abstract.getItem(table, PyInt.valueOf(c));
                } catch (PyException e) {
                    if (!e.matches(PyExceptions.LookupError)) throw e;
                    m = miss;
                }
                cache.put(c, m);
            }
            if (m == miss) b.appendCodePoint(c);
            else if (m == PyNone.INSTANCE) continue;
            else if (m instanceof PyInt mi) {
                long x = mi.big == null ? mi.value : -1;
                if (x < 0 || x > 0x10ffff) throw Errors.valueError("character mapping must be in range(0x110000)");
                b.appendCodePoint((int) x);
            } else if (m instanceof PyStr ms) {
                b.append(ms.value);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return new PyStr(b.toString());
    }

    static PyDict maketrans(PyObject x, PyObject y, PyObject z) {
        PyDict d = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict xd)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = xd.nextEntry(0); i >= 0; i = xd.nextEntry(i + 1)) {
                PyObject k = xd.keyAt(i), val = xd.valueAt(i);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                    d.setItem(PyInt.valueOf(ks.codePointAt(0)), val);
                } else if (k instanceof PyInt) {
                    d.setItem(k, val);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        if (!(y instanceof PyStr ys)) throw Errors.typeError("maketrans() argument 2 must be str, not " + StrType.argType(y));
        if (z != null && !(z instanceof PyStr)) throw Errors.typeError("maketrans() argument 3 must be str, not " + StrType.argType(z));
        if (!(x instanceof PyStr xs)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (xs.length() != ys.length()) throw Errors.valueError("the first two maketrans arguments must have equal length");
        int[] xc = xs.value.codePoints().toArray(), yc = ys.value.codePoints().toArray();
        for (int i = 0; i < xc.length; i++) d.setItem(PyInt.valueOf(xc[i]), PyInt.valueOf(yc[i]));
        if (z != null) {
            ((PyStr) z).value.codePoints().forEach(c -> d.setItem(PyInt.valueOf(c), PyNone.INSTANCE));
        }
        return d;
    }

    // --- subscript, iteration ---

    static PyObject getItem(PyObject self, PyObject key) {
        PyStr s = s(self);
        if (key instanceof PyInt ik && ik.big == null) return item(s, ik.value);
        if (key instanceof PySlice sl) return slice(s, sl);
        if (key instanceof PyInt || key.type().nb_index != null) return item(s, Seq.itemIndex(key, "string"));
        throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
    }

    static PyStr item(PyStr s, long i) {
        String v = s.value;
        if (s.isBmp()) {
            int n = v.length();
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("string index out of range");
            return PyStr.ofCodePoint(v.charAt((int) i));
        }
        int n = s.length();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("string index out of range");
        return PyStr.ofCodePoint(s.codePointAt((int) i));
    }

    static PyStr slice(PyStr s, PySlice sl) {
        int len = s.length();
        PySlice.Bounds b = sl.indices(len);
        int n = (int) b.length;
        if (n <= 0) return PyStr.EMPTY;
        String v = s.value;
        if (b.step == 1) {
            if (n == len && s.type() == PyStr.TYPE) return s;
            if (s.isBmp()) return new PyStr(v.substring((int) b.start, (int) b.start + n));
            return new PyStr(v.substring(s.charIndex((int) b.start), s.charIndex((int) b.start + n)));
        }
        StringBuilder out = new StringBuilder(n);
        if (s.isBmp()) {
            for (long k = 0, j = b.start; k < n; k++, j += b.step) out.append(v.charAt((int) j));
        } else {
            int[] cps = v.codePoints().toArray();
            for (long k = 0, j = b.start; k < n; k++, j += b.step) out.appendCodePoint(cps[(int) j]);
        }
        return new PyStr(out.toString());
    }

    /** {@code str_ascii_iterator} / {@code str_iterator}: walks chars, yielding one code point at a time. */
    static final class StrIter extends PyObject {
        static final PyType ASCII_TYPE = new PyType("str_ascii_iterator", PyType.OBJECT, 0);
        static final PyType TYPE = new PyType("str_iterator", PyType.OBJECT, 0);
        PyStr seq;
        int pos;

        StrIter(PyStr seq) {
            super(isAscii(seq.value) ? ASCII_TYPE : TYPE);
            this.seq = seq;
        }

        static boolean isAscii(String v) {
            for (int i = 0, n = v.length(); i < n; i++) if (v.charAt(i) >= 128) return false;
            return true;
        }

        static {
            init(ASCII_TYPE);
            init(TYPE);
        }

        private static void init(PyType TYPE) {
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                StrIter it = (StrIter) self;
                PyStr s = it.seq;
                if (s == null) return null;
                String v = s.value;
                if (it.pos < v.length()) {
                    int c = v.codePointAt(it.pos);
                    it.pos += Character.charCount(c);
                    return PyStr.ofCodePoint(c);
                }
                it.seq = null;
                return null;
            };
            TYPE.method("__length_hint__", self -> {
                StrIter it = (StrIter) self;
                if (it.seq == null) return PyInt.valueOf(0);
                String v = it.seq.value;
                return PyInt.valueOf(it.seq.isBmp() ? v.length() - it.pos : v.codePointCount(it.pos, v.length()));
            });
            TYPE.ready();
        }
    }

    // --- construction ---

    static PyObject newStr(PyType type, PyObject[] a, int off, int n, kiln.runtime.types.PyStr[] kw) {
        PyObject[] p = NEW_ARGS.parse(a, off, n, kw);
        String v;
        if (p[1] == null && p[2] == null) {
            if (p[0] == null) {
                if (type == PyStr.TYPE) return PyStr.EMPTY;
                v = "";
            } else {
                PyStr r = Abstract.str(p[0]);
                if (type == PyStr.TYPE) return r;  // PyObject_Str's result, a str subclass included
                v = r.value;
            }
        } else {
            if (p[1] != null && !(p[1] instanceof PyStr)) {
                throw Errors.typeError("str() argument 'encoding' must be str, not " + StrType.argType(p[1]));
            }
            if (p[2] != null && !(p[2] instanceof PyStr)) {
                throw Errors.typeError("str() argument 'errors' must be str, not " + StrType.argType(p[2]));
            }
            String enc = p[1] == null ? "utf-8" : ((PyStr) p[1]).value, err = p[2] == null ? "strict" : ((PyStr) p[2]).value;
            PyObject o = p[0] == null ? new PyBytes(new byte[0]) : p[0];
            if (o instanceof PyStr) throw Errors.typeError("decoding str is not supported");
            BytesOps.Buf buf = BytesOps.buffer(o);
            if (buf == null) {
                throw Errors.typeError("decoding to str: need a bytes-like object, " + o.type().name() + " found");
            }
            v = Codecs.decode(buf.a(), buf.off(), buf.len(), enc, err);
        }
        return type == PyStr.TYPE ? str(v) : new PyStr(type, v);
    }

    static PyObject format(PyObject self, PyObject specObj) {
        if (!(specObj instanceof PyStr spec)) {
            throw Errors.typeError("__format__() argument must be str, not " + StrType.argType(specObj));
        }
        PyStr s = s(self);
        if (spec.value.isEmpty()) return s.type() == PyStr.TYPE ? s : Abstract.str(s);
        return new PyStr(formatStr(s.value, spec.value));
    }

    // CPython 3.12: Python/formatter_unicode.c, format_string_internal
    static String formatStr(String v, String specText) {
        FormatSpec spec = FormatSpec.parse(specText, "str", 's', '<');
        if (spec.type != 's') throw spec.unknownType("str");
        if (spec.sign != 0) throw Errors.valueError("Sign not allowed in string format specifier");
        if (spec.noNegZero) throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.alternate) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        if (spec.align == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        if (spec.precision >= 0) {
            int len = v.codePointCount(0, v.length());
            if (spec.precision < len) v = v.substring(0, v.offsetByCodePoints(0, (int) spec.precision));
        }
        return spec.pad(v);
    }

    static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        if (!(other instanceof PyStr o)) return PyNotImplemented.INSTANCE;
        String a = ((PyStr) self).value, b = o.value;
        return switch (op) {
            case EQ -> PyBool.of(self == other || a.equals(b));
            case NE -> PyBool.of(self != other && !a.equals(b));
            default -> PyBool.of(op.test(StrCompare.compare(a, b)));
        };
    }

    static PyObject concat(PyObject self, PyObject other) {
        if (!(other instanceof PyStr o)) {
            throw Errors.typeError("can only concatenate str (not \"" + other.type().name() + "\") to str");
        }
        PyStr s = (PyStr) self;
        if (o.value.isEmpty() && s.type() == PyStr.TYPE) return s;
        if (s.value.isEmpty() && o.type() == PyStr.TYPE) return o;
        if ((long) s.value.length() + o.value.length() > Integer.MAX_VALUE - 8) {
            throw Errors.overflowError("strings are too large to concat");
        }
        return new PyStr(s.value.concat(o.value));
    }

    /** n * seq's count: an int beyond the index range is an OverflowError (PyNumber_AsSsize_t), negative counts are 0. */
    static long repeatCount(PyObject count) {
        if (count instanceof PyInt i && i.big != null) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return Seq.repeatCount(count);
    }

    static PyObject repeat(PyObject self, PyObject count) {
        PyStr s = (PyStr) self;
        long c = repeatCount(count);
        if (c == 1 && s.type() == PyStr.TYPE) return s;
        if (c == 0 || s.value.isEmpty()) return PyStr.EMPTY;
        if (c * s.value.length() > Integer.MAX_VALUE - 8 || c > Integer.MAX_VALUE) {
            throw Errors.overflowError("repeated string is too long");
        }
        return new PyStr(s.value.repeat((int) c));
    }

    static void init(PyType t) {
        t.tp_new = StrType::newStr;
        t.tp_repr = self -> new PyStr(repr(s(self).value, false));
        t.tp_str = self -> self.type() == PyStr.TYPE ? self : new PyStr(s(self).value);
        t.tp_hash = self -> s(self).hash();
        t.tp_richcompare = StrType::richCompare;
        t.tp_iter = self -> new StrIter(s(self));
        t.mp_length = self -> s(self).length();
        t.mp_subscript = StrType::getItem;
        t.sq_contains = (self, item) -> {
            if (!(item instanceof PyStr p)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
            }
            PyStr s = s(self);
            return indexOf(s.value, p.value, 0, s.value.length(), s.isBmp()) >= 0;
        };
        t.sq_concat = StrType::concat;
        t.sq_repeat = StrType::repeat;
        t.nb_remainder = (v, w) -> v instanceof PyStr fmt ? StrPercentFormat.format(fmt, w) : PyNotImplemented.INSTANCE;
        t.method("__add__", StrType::concat);
        t.method("__mul__", StrType::repeat);
        t.method("__rmul__", StrType::repeat);
        t.method("__format__", StrType::format);
        t.method("__getnewargs__", self -> PyTuple.of(new PyStr(s(self).value)));
        t.method("__sizeof__", self -> {
            String v = s(self).value;
            int max = 0;
            for (int i = 0; i < v.length(); i++) max = Math.max(max, v.charAt(i));
            int n = s(self).length();
            if (max < 128) return PyInt.valueOf(41 + n);
            if (max < 256) return PyInt.valueOf(57 + n);
            if (s(self).isBmp()) return PyInt.valueOf(58 + 2L * n);
            return PyInt.valueOf(60 + 4L * n);
        });

        finder(t, "find", (self, x, st, en) -> find(self, x, st, en, false, false));
        finder(t, "rfind", (self, x, st, en) -> find(self, x, st, en, true, false));
        finder(t, "index", (self, x, st, en) -> find(self, x, st, en, false, true));
        finder(t, "rindex", (self, x, st, en) -> find(self, x, st, en, true, true));
        finder(t, "count", StrType::count);
        finder(t, "startswith", (self, x, st, en) -> startsEnds(self, x, st, en, false));
        finder(t, "endswith", (self, x, st, en) -> startsEnds(self, x, st, en, true));

        t.methodKw("split", (self, a, off, n, kw) -> {
            PyObject[] p = SPLIT_ARGS.parse(a, off, n, kw);
            return split(s(self), p[0], maxsplit(p[1]));
        });
        t.methodKw("rsplit", (self, a, off, n, kw) -> {
            PyObject[] p = RSPLIT_ARGS.parse(a, off, n, kw);
            return rsplit(s(self), p[0], maxsplit(p[1]));
        });
        t.methodKw("splitlines", (self, a, off, n, kw) -> {
            PyObject[] p = SPLITLINES_ARGS.parse(a, off, n, kw);
            return splitlines(s(self), p[0] != null && boolArg(p[0]));
        });
        t.method("partition", (self, sep) -> partition(s(self), sep, false));
        t.method("rpartition", (self, sep) -> partition(s(self), sep, true));
        t.method("join", (self, it) -> join(s(self), it));
        positional(t, "replace", 2, 3, (self, x, y, z) -> replace(s(self), x, y, z));
        positional(t, "strip", 0, 1, (self, x, y, z) -> strip(s(self), x, true, true, "strip"));
        positional(t, "lstrip", 0, 1, (self, x, y, z) -> strip(s(self), x, true, false, "lstrip"));
        positional(t, "rstrip", 0, 1, (self, x, y, z) -> strip(s(self), x, false, true, "rstrip"));
        t.methodN("center", 1, 2, (self, a) -> {
            PyStr s = s(self);
            long w = asLong(a[0]);
            int fill = fillChar(a[1]);
            long marg = w - s.length();
            if (marg <= 0) return pad(s, 0, 0, fill);
            long left = marg / 2 + (marg & w & 1);
            return pad(s, left, marg - left, fill);
        });
        t.methodN("ljust", 1, 2, (self, a) -> {
            PyStr s = s(self);
            long w = asLong(a[0]);
            int fill = fillChar(a[1]);
            return pad(s, 0, w - s.length(), fill);
        });
        t.methodN("rjust", 1, 2, (self, a) -> {
            PyStr s = s(self);
            long w = asLong(a[0]);
            int fill = fillChar(a[1]);
            return pad(s, w - s.length(), 0, fill);
        });
        t.method("zfill", (self, w) -> zfill(s(self), asLong(w)));
        t.methodKw("expandtabs", (self, a, off, n, kw) -> {
            PyObject[] p = EXPANDTABS_ARGS.parse(a, off, n, kw);
            return expandtabs(s(self), p[0] == null ? 8 : asLong(p[0]));
        });
        t.method("removeprefix", (self, p) -> {
            PyStr s = s(self), pre = strArg("removeprefix", p);
            if (s.value.startsWith(pre.value) && !pre.value.isEmpty()) return str(s.value.substring(pre.value.length()));
            return s.type() == PyStr.TYPE ? s : new PyStr(s.value);
        });
        t.method("removesuffix", (self, p) -> {
            PyStr s = s(self), suf = strArg("removesuffix", p);
            if (s.value.endsWith(suf.value) && !suf.value.isEmpty()) {
                return str(s.value.substring(0, s.value.length() - suf.value.length()));
            }
            return s.type() == PyStr.TYPE ? s : new PyStr(s.value);
        });

        t.method("lower", self -> lower(s(self)));
        t.method("upper", self -> upper(s(self)));
        t.method("capitalize", self -> s(self).value.isEmpty() ? PyStr.EMPTY : mapCase(s(self), 0));
        t.method("title", self -> mapCase(s(self), 1));
        t.method("swapcase", self -> mapCase(s(self), 2));
        t.method("casefold", self -> mapCase(s(self), 3));

        t.method("isascii", self -> {
            String v = s(self).value;
            for (int i = 0; i < v.length(); i++) if (v.charAt(i) >= 128) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        t.method("isalpha", self -> all(s(self), UnicodeProps::isAlpha));
        t.method("isalnum", self -> all(s(self), UnicodeProps::isAlnum));
        t.method("isdecimal", self -> all(s(self), UnicodeProps::isDecimal));
        t.method("isdigit", self -> all(s(self), UnicodeProps::isDigit));
        t.method("isnumeric", self -> all(s(self), UnicodeProps::isNumeric));
        t.method("isspace", self -> all(s(self), UnicodeProps::isSpace));
        t.method("isprintable", self -> s(self).value.isEmpty() ? PyBool.TRUE : all(s(self), UnicodeProps::isPrintable));
        t.method("islower", self -> isLowerUpper(s(self), true));
        t.method("isupper", self -> isLowerUpper(s(self), false));
        t.method("istitle", self -> isTitle(s(self)));
        t.method("isidentifier", self -> isIdentifier(s(self)));

        t.method("translate", (self, table) -> translate(s(self), table));
        t.staticMethod("maketrans", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("maketrans", kw);
            ArgParser.checkCount("maketrans", n, 1, 3);
            return maketrans(a[off], n > 1 ? a[off + 1] : null, n > 2 ? a[off + 2] : null);
        });
        t.methodKw("encode", (self, a, off, n, kw) -> {
            PyObject[] p = ENCODE_ARGS.parse(a, off, n, kw);
            String enc = "utf-8", err = "strict";
            if (p[0] != null) {
                if (!(p[0] instanceof PyStr e)) {
                    throw Errors.typeError("encode() argument 'encoding' must be str, not " + StrType.argType(p[0]));
                }
                enc = e.value;
            }
            if (p[1] != null) {
                if (!(p[1] instanceof PyStr e)) {
                    throw Errors.typeError("encode() argument 'errors' must be str, not " + StrType.argType(p[1]));
                }
                err = e.value;
            }
            return new PyBytes(Codecs.encode(s(self), enc, err));
        });
        t.methodKwDict("format", (self, a, off, n, kw) -> new PyStr(StrFormat.format(s(self).value, a, off, n, kw)),
                (self, a, off, n, kwargs) -> new PyStr(StrFormat.format(s(self).value, a, off, n, kwargs)));
        t.method("format_map", (self, m) -> new PyStr(StrFormat.formatMap(s(self).value, m)));
    }

    static boolean boolArg(PyObject o) {
        if (o instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        return Abstract.isTrue(o);
    }
}
