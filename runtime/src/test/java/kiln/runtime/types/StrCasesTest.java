package kiln.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * str, bytes, bytearray, memoryview, %-formatting, str.format and the codecs against CPython 3.12: replays the
 * cases of {@code str_cases.txt} (written by tests/runtime/gen_str_cases.py) through the Java API and compares
 * the encoded outcome, exception type and message included.
 */
public class StrCasesTest {
    static {
        // The kernel boots from PyType: initializing a builtin type's class first would see half-made statics.
        PyType.TYPE.name();
    }

    record Case(String desc, String op, String args, String kw, String expected) {}

    static List<Case> load() throws Exception {
        List<Case> out = new ArrayList<>();
        try (InputStream in = StrCasesTest.class.getResourceAsStream("str_cases.txt")) {
            if (in == null) throw new IllegalStateException("str_cases.txt missing: run tests/runtime/gen_str_cases.py");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t", -1);
                out.add(new Case(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> cpythonCases() throws Exception {
        return load().stream().map(c -> DynamicTest.dynamicTest(c.desc, () -> {
            String got = outcome(c);
            assertEquals(c.expected, got, () -> c.desc + "\n  expected " + pretty(c.expected) + "\n  actual   " + pretty(got));
        }));
    }

    /** The encoding with str tokens shown as text, for failure messages. */
    static String pretty(String enc) {
        StringBuilder b = new StringBuilder();
        for (String t : enc.split(" ")) {
            if (b.length() > 0) b.append(' ');
            if (t.startsWith("s") && t.matches("s[0-9a-f.]*")) b.append(PyStr.repr(((PyStr) Codec.dec(t)).value()));
            else b.append(t);
        }
        return b.toString();
    }

    /** Runs one case; the encoded result or "!Type message". */
    static String outcome(Case c) {
        try {
            return Codec.enc(run(c.op, ((PyTuple) Codec.dec(c.args)).items(), (PyDict) Codec.dec(c.kw)));
        } catch (PyException e) {
            return "!" + e.value.type().name() + " " + Codec.enc(Abstract.str(e.value));
        } catch (RuntimeException | StackOverflowError e) {
            return "!JAVA " + e;
        }
    }

    static PyObject call(PyObject f, PyObject[] args, int from, PyDict kw) {
        int n = args.length - from, k = kw.size();
        PyObject[] a = new PyObject[n + k];
        System.arraycopy(args, from, a, 0, n);
        PyStr[] names = k == 0 ? null : new PyStr[k];
        int j = 0;
        for (int i = kw.nextEntry(0); i >= 0; i = kw.nextEntry(i + 1)) {
            names[j] = (PyStr) kw.keyAt(i);
            a[n + j++] = kw.valueAt(i);
        }
        return Abstract.call(f, a, 0, n, names);
    }

    static PyType type(String name) {
        return switch (name) {
            case "str" -> PyStr.TYPE;
            case "bytes" -> PyBytes.TYPE;
            case "bytearray" -> PyByteArray.TYPE;
            case "memoryview" -> PyMemoryView.TYPE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static String s(PyObject o) { return ((PyStr) o).value(); }

    static PyObject run(String op, PyObject[] a, PyDict kw) {
        switch (op) {
            case "call": return call(Abstract.getAttr(a[0], (PyStr) a[1]), a, 2, kw);
            case "repr": return Abstract.repr(a[0]);
            case "str": return Abstract.str(a[0]);
            case "ascii": return new PyStr(PyStr.ascii(a[0]));
            case "mod": return PyNumber.remainder(a[0], a[1]);
            case "add": return PyNumber.add(a[0], a[1]);
            case "mul": return PyNumber.multiply(a[0], a[1]);
            case "getitem": return Abstract.getItem(a[0], a[1]);
            case "contains": return PyBool.of(Abstract.contains(a[0], a[1]));
            case "format": return new PyStr(StrFormat.formatValue(a[0], s(a[1])));
            case "new": return call(type(s(a[0])), a, 1, kw);
            case "list": return new PyList(Abstract.toArray(a[0]));
            case "len": return PyInt.valueOf(Abstract.len(a[0]));
            case "hash_eq": return PyBool.of(Abstract.hash(a[0]) == Abstract.hash(a[1]));
            case "cmp": return Abstract.richCompare(a[0], a[2], CompareOp.valueOf(s(a[1]).toUpperCase()));
            case "mv": return memoryview(a, kw);
            case "partial": {
                BytesOps.Buf b = BytesOps.buffer(a[0]);
                Codecs.Decoded d = Codecs.decode(b.a(), b.off(), b.len(), s(a[1]), s(a[2]), a[3] == PyBool.TRUE);
                return PyTuple.of(new PyStr(d.text()), PyInt.valueOf(d.consumed()));
            }
            case "mutate": {
                PyByteArray ba = new PyByteArray("abc".getBytes(StandardCharsets.US_ASCII));
                PyObject r = call(Abstract.getAttr(ba, (PyStr) a[0]), a, 1, kw);
                return PyTuple.of(ba, r == ba ? new PyStr("self") : r);
            }
            default: throw new IllegalArgumentException(op);
        }
    }

    static PyObject memoryview(PyObject[] a, PyDict kw) {
        PyObject m = Abstract.call(PyMemoryView.TYPE, a[0]);
        int at = 1;
        if (s(a[1]).equals("cast")) {
            m = Abstract.call(Abstract.getAttr(m, "cast"), a[2]);
            at = 3;
        }
        String name = s(a[at]);
        switch (name) {
            case "getitem": {
                PyObject r = Abstract.getItem(m, a[at + 1]);
                return r instanceof PyMemoryView v ? Abstract.call(Abstract.getAttr(v, "tolist")) : r;
            }
            case "attrs":
                return PyTuple.of(Abstract.getAttr(m, "format"), Abstract.getAttr(m, "itemsize"), Abstract.getAttr(m, "nbytes"),
                        Abstract.getAttr(m, "readonly"), PyInt.valueOf(Abstract.len(m)), Abstract.getAttr(m, "ndim"),
                        Abstract.getAttr(m, "shape"), Abstract.getAttr(m, "strides"));
            case "setitem":
                Abstract.setItem(m, a[at + 1], a[at + 2]);
                return a[0];
            default:
                return call(Abstract.getAttr(m, name), a, at + 1, kw);
        }
    }

    /** The value encoding of gen_str_cases.py. */
    static final class Codec {
        private final String[] tok;
        private int pos;

        private Codec(String text) { tok = text.isEmpty() ? new String[0] : text.split(" "); }

        static PyObject dec(String text) { return new Codec(text).next(); }

        private PyObject next() {
            String t = tok[pos++];
            switch (t) {
                case "N": return PyNone.INSTANCE;
                case "T": return PyBool.TRUE;
                case "F": return PyBool.FALSE;
                case "E": return PyEllipsis.INSTANCE;
                case "(": return PyTuple.of(items(")"));
                case "[": return new PyList(items("]"));
                case "<": {
                    PyObject[] x = items(">");
                    return new PySlice(x[0], x[1], x[2]);
                }
                case "{": {
                    PyObject[] x = items("}");
                    PyDict d = new PyDict();
                    for (int i = 0; i < x.length; i += 2) d.setItem(x[i], x[i + 1]);
                    return d;
                }
                case "I": return Abstract.getIter(next());
                default: break;
            }
            String body = t.substring(1);
            switch (t.charAt(0)) {
                case 'i': return PyInt.valueOf(new java.math.BigInteger(body));
                case 'f': return PyFloat.valueOf(Double.longBitsToDouble(Long.parseUnsignedLong(body, 16)));
                case 's': {
                    StringBuilder b = new StringBuilder();
                    if (!body.isEmpty()) for (String cp : body.split("\\.")) b.appendCodePoint(Integer.parseInt(cp, 16));
                    return new PyStr(b.toString());
                }
                case 'b': return new PyBytes(hex(body));
                case 'a': return new PyByteArray(hex(body));
                case 'm': return PyMemoryView.of(new PyBytes(hex(body)));
                default: throw new IllegalArgumentException("bad token " + t);
            }
        }

        private PyObject[] items(String close) {
            List<PyObject> out = new ArrayList<>();
            while (!tok[pos].equals(close)) out.add(next());
            pos++;
            return out.toArray(new PyObject[0]);
        }

        static byte[] hex(String h) {
            byte[] b = new byte[h.length() / 2];
            for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
            return b;
        }

        static String hexOf(byte[] a, int off, int n) {
            StringBuilder b = new StringBuilder();
            for (int i = off; i < off + n; i++) b.append(String.format("%02x", a[i] & 0xff));
            return b.toString();
        }

        static String enc(PyObject v) {
            if (v == PyNone.INSTANCE) return "N";
            if (v == PyBool.TRUE) return "T";
            if (v == PyBool.FALSE) return "F";
            if (v == PyEllipsis.INSTANCE) return "E";
            if (v instanceof PyInt i) return "i" + i.bigValue();
            if (v instanceof PyFloat f) return "f" + String.format("%016x", Double.doubleToRawLongBits(f.value));
            if (v instanceof PyStr s) {
                StringBuilder b = new StringBuilder("s");
                String x = s.value();
                for (int i = 0; i < x.length(); ) {
                    int c = x.codePointAt(i);
                    if (i > 0) b.append('.');
                    b.append(Integer.toHexString(c));
                    i += Character.charCount(c);
                }
                return b.toString();
            }
            if (v instanceof PyBytes b) return "b" + hexOf(b.bytes, 0, b.bytes.length);
            if (v instanceof PyByteArray b) return "a" + hexOf(b.items, 0, b.size);
            if (v instanceof PyMemoryView m) {
                BytesOps.Buf b = m.buf();
                return "m" + hexOf(b.a(), b.off(), b.len());
            }
            if (v instanceof PyTuple t) return seq("(", t.items(), t.size(), ")");
            if (v instanceof PyList l) return seq("[", l.items, l.size, "]");
            if (v instanceof PyDict d) {
                StringBuilder b = new StringBuilder("{");
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    b.append(' ').append(enc(d.keyAt(i))).append(' ').append(enc(d.valueAt(i)));
                }
                return b.append(" }").toString();
            }
            return "?" + v.type().name();
        }

        private static String seq(String open, PyObject[] items, int n, String close) {
            StringBuilder b = new StringBuilder(open);
            for (int i = 0; i < n; i++) b.append(' ').append(enc(items[i]));
            return b.append(' ').append(close).toString();
        }
    }
}
