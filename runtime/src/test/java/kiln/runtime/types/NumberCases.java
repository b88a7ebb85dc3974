package kiln.runtime.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * Replays the cases CPython 3.12 recorded in number_cases.txt (written by tests/runtime/gen_number_cases.py)
 * through Kiln's Java API and compares outcomes: result reprs, or exception class and message.
 */
final class NumberCases {
    private NumberCases() {}

    record Case(int line, String op, List<String> args, String expected) {}

    static List<Case> load() throws IOException {
        try (InputStream in = NumberCases.class.getResourceAsStream("number_cases.txt")) {
            if (in == null) throw new IOException("number_cases.txt not on the class path");
            return load(in);
        }
    }

    static List<Case> load(InputStream in) throws IOException {
        List<Case> out = new ArrayList<>();
        {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            int n = 0;
            while ((l = r.readLine()) != null) {
                n++;
                if (l.isEmpty()) continue;
                String[] f = l.split("\t", -1);
                List<String> args = new ArrayList<>(List.of(f).subList(1, f.length - 1));
                String exp = f[f.length - 1];
                if (exp.startsWith("\"")) exp = (String) Json.parse(exp);
                out.add(new Case(n, f[0], args, exp));
            }
        }
        return out;
    }

    static PyObject decode(String a) {
        String v = a.substring(2);
        switch (a.charAt(0)) {
            case 'i': return PyInt.valueOf(new BigInteger(v));
            case 'f': return PyFloat.valueOf(Double.longBitsToDouble(Long.parseUnsignedLong(v, 16)));
            case 'c': {
                String[] p = v.split(",");
                return PyComplex.valueOf(Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16)),
                        Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16)));
            }
            case 's': return new PyStr((String) Json.parse(v));
            case 'b': return PyBool.of(v.equals("True"));
            case 'n': return PyNone.INSTANCE;
            default: throw new IllegalArgumentException(a);
        }
    }

    static String show(PyObject r) {
        if (r instanceof PyTuple t) {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) b.append(", ");
                b.append(show(t.get(i)));
            }
            if (t.size() == 1) b.append(',');
            return b.append(')').toString();
        }
        if (r instanceof PyStr s) return pyStrRepr(s.value());
        return Abstract.reprJava(r);
    }

    /** repr of a str, so results don't depend on str's own repr being finished. */
    static String pyStrRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int t = Character.getType(c);
            boolean printable = !(t == Character.CONTROL || t == Character.UNASSIGNED || t == Character.PRIVATE_USE
                    || t == Character.SURROGATE || t == Character.FORMAT || t == Character.LINE_SEPARATOR
                    || t == Character.PARAGRAPH_SEPARATOR || (t == Character.SPACE_SEPARATOR && c != ' '));
            if (c == q || c == '\\') b.append('\\').append((char) c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (c == '\r') b.append("\\r");
            else if (printable) b.appendCodePoint(c);
            else if (c < 256) b.append(String.format("\\x%02x", c));
            else if (c < 0x10000) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        }
        return b.append(q).toString();
    }

    private static final java.util.Map<String, PyNumber.Op> BIN = java.util.Map.ofEntries(
            java.util.Map.entry("add", PyNumber.ADD), java.util.Map.entry("sub", PyNumber.SUB),
            java.util.Map.entry("mul", PyNumber.MUL), java.util.Map.entry("truediv", PyNumber.TRUEDIV),
            java.util.Map.entry("floordiv", PyNumber.FLOORDIV), java.util.Map.entry("mod", PyNumber.MOD),
            java.util.Map.entry("divmod", PyNumber.DIVMOD), java.util.Map.entry("lshift", PyNumber.LSHIFT),
            java.util.Map.entry("rshift", PyNumber.RSHIFT), java.util.Map.entry("and", PyNumber.AND),
            java.util.Map.entry("or", PyNumber.OR), java.util.Map.entry("xor", PyNumber.XOR));

    static PyObject eval(String op, PyObject[] a) {
        PyNumber.Op bin = BIN.get(op);
        if (bin != null) return PyNumber.binary(a[0], a[1], bin);
        switch (op) {
            case "lt": return Abstract.richCompare(a[0], a[1], CompareOp.LT);
            case "le": return Abstract.richCompare(a[0], a[1], CompareOp.LE);
            case "eq": return Abstract.richCompare(a[0], a[1], CompareOp.EQ);
            case "ne": return Abstract.richCompare(a[0], a[1], CompareOp.NE);
            case "gt": return Abstract.richCompare(a[0], a[1], CompareOp.GT);
            case "ge": return Abstract.richCompare(a[0], a[1], CompareOp.GE);
            case "pow": return PyNumber.power(a[0], a[1], PyNone.INSTANCE);
            case "pow3": return PyNumber.power(a[0], a[1], a[2]);
            case "neg": return PyNumber.negative(a[0]);
            case "pos": return PyNumber.positive(a[0]);
            case "abs": return PyNumber.absolute(a[0]);
            case "invert": return PyNumber.invert(a[0]);
            case "int", "int_base": return Abstract.call(PyInt.TYPE, a);
            case "float": return Abstract.call(PyFloat.TYPE, a);
            case "bool": return Abstract.call(PyBool.TYPE, a);
            case "complex", "complex2": return Abstract.call(PyComplex.TYPE, a);
            case "repr": return Abstract.repr(a[0]);
            case "str": return Abstract.str(a[0]);
            case "hash": return PyInt.valueOf(Abstract.hash(a[0]));
            case "round": return round(a);
            case "meth0": return Abstract.call0(Abstract.getAttr(a[0], ((PyStr) a[1]).value()));
            case "attr": return Abstract.getAttr(a[0], ((PyStr) a[1]).value());
            case "fromhex": return Abstract.call(Abstract.getAttr(PyFloat.TYPE, "fromhex"), a[0]);
            case "format": return Abstract.call(Abstract.getAttr(a[0], "__format__"), a[1]);
            case "to_bytes_list": {
                byte[] b = IntType.toByteArray((PyInt) a[0], ((PyInt) a[1]).value,
                        ((PyStr) a[2]).value().equals("little"), a[3] == PyBool.TRUE);
                StringBuilder s = new StringBuilder("[");
                for (int i = 0; i < b.length; i++) {
                    if (i > 0) s.append(", ");
                    s.append(b[i] & 0xff);
                }
                return new PyStr(s.append(']').toString());
            }
            case "from_bytes_list": {
                List<?> data = (List<?>) Json.parse(((PyStr) a[0]).value());
                PyList l = new PyList();
                for (Object x : data) l.append(PyInt.valueOf(((Number) x).longValue()));
                PyObject f = Abstract.getAttr(PyInt.TYPE, "from_bytes");
                return Abstract.call(f, new PyObject[] {l, a[1], a[2]}, 0, 2, new PyStr[] {PyStr.intern("signed")});
            }
            case "callkw": {
                PyType t = typeNamed(((PyStr) a[0]).value());
                List<?> names = (List<?>) Json.parse(((PyStr) a[1]).value());
                PyStr[] kw = null;
                if (!names.isEmpty()) {
                    kw = new PyStr[names.size()];
                    for (int i = 0; i < kw.length; i++) kw[i] = PyStr.intern((String) names.get(i));
                }
                int nvals = a.length - 2;
                return Abstract.call(t, java.util.Arrays.copyOfRange(a, 2, a.length), 0, nvals - names.size(), kw);
            }
            case "meth": {
                PyObject f = Abstract.getAttr(a[0], ((PyStr) a[1]).value());
                return Abstract.call(f, java.util.Arrays.copyOfRange(a, 2, a.length));
            }
            case "tmeth": {
                PyObject f = Abstract.getAttr(typeNamed(((PyStr) a[0]).value()), ((PyStr) a[1]).value());
                PyObject[] rest = java.util.Arrays.copyOfRange(a, 2, a.length);
                for (int i = 0; i < rest.length; i++) {
                    if (rest[i] instanceof PyStr s && s.value().startsWith("[")) {
                        List<?> data = (List<?>) Json.parse(s.value());
                        byte[] raw = new byte[data.size()];
                        for (int j = 0; j < raw.length; j++) raw[j] = (byte) ((Number) data.get(j)).intValue();
                        rest[i] = new PyBytes(raw);
                    }
                }
                return Abstract.call(f, rest);
            }
            case "subcls": return subclassCase(((PyStr) a[0]).value(), a[1], ((PyStr) a[2]).value());
            case "hasheq": return PyBool.of(Abstract.hash(a[0]) == Abstract.hash(a[1]));
            default: throw new IllegalArgumentException("unknown op " + op);
        }
    }

    static PyType typeNamed(String n) {
        return switch (n) {
            case "int" -> PyInt.TYPE;
            case "float" -> PyFloat.TYPE;
            case "complex" -> PyComplex.TYPE;
            case "bool" -> PyBool.TYPE;
            default -> throw new IllegalArgumentException(n);
        };
    }

    /** builtins.round as CPython 3.12 does it: __round__ looked up on the type. */
    static PyObject round(PyObject[] a) {
        PyObject f = Abstract.lookupSpecial(a[0], PyStr.intern("__round__"));
        if (f == null) throw kiln.runtime.Errors.typeError("type " + a[0].type().name() + " doesn't define __round__ method");
        return a.length == 1 ? Abstract.call0(f) : Abstract.call(f, a[1]);
    }

    private static final java.util.Map<String, PyType> SUBCLASSES = new java.util.HashMap<>();

    /** class SI(int): pass (SF for float, SC for complex), made once through the class machinery. */
    static PyType subclass(String base) {
        return SUBCLASSES.computeIfAbsent(base, b -> {
            String name = switch (b) { case "int" -> "SI"; case "float" -> "SF"; default -> "SC"; };
            PyDict ns = new PyDict();
            ns.setItem(PyStr.intern("__module__"), new PyStr("__main__"));
            ns.setItem(PyStr.intern("__qualname__"), new PyStr(name));
            return kiln.runtime.TypeNew.newClass(PyType.TYPE, name, PyTuple.of(typeNamed(b)), ns, null, null);
        });
    }

    static PyObject subclassCase(String base, PyObject v, String op) {
        PyType s = subclass(base);
        PyObject x = Abstract.call(s, v);
        PyObject r = switch (op) {
            case "new" -> x;
            case "add1" -> PyNumber.add(x, PyInt.valueOf(1));
            case "radd" -> PyNumber.add(PyInt.valueOf(1), x);
            case "neg" -> PyNumber.negative(x);
            case "pos" -> PyNumber.positive(x);
            case "abs" -> PyNumber.absolute(x);
            case "repr" -> Abstract.repr(x);
            case "str" -> Abstract.str(x);
            case "format" -> Abstract.call(Abstract.getAttr(x, "__format__"), PyStr.EMPTY);
            case "format2" -> Abstract.call(Abstract.getAttr(x, "__format__"), new PyStr("x"));
            case "real" -> Abstract.getAttr(x, "real");
            case "conj" -> Abstract.call0(Abstract.getAttr(x, "conjugate"));
            case "toint" -> Abstract.call(PyInt.TYPE, x);
            case "tofloat" -> Abstract.call(PyFloat.TYPE, x);
            case "tocomplex" -> Abstract.call(PyComplex.TYPE, x);
            case "hash" -> PyBool.of(Abstract.hash(x) == Abstract.hash(v));
            case "eq" -> Abstract.richCompare(x, v, CompareOp.EQ);
            case "round" -> round(new PyObject[] {x});
            case "trunc" -> Abstract.call0(Abstract.getAttr(x, "__trunc__"));
            case "getnewargs" -> Abstract.call0(Abstract.getAttr(x, "__getnewargs__"));
            default -> throw new IllegalArgumentException(op);
        };
        String tn = r.type().name().replace("SI", "S").replace("SF", "S").replace("SC", "S");
        PyObject shown = r.type() == s ? Abstract.repr(r) : r;
        return PyTuple.of(new PyStr(tn), shown);
    }

    /** The outcome as the generator wrote it. */
    static String run(Case c) {
        PyObject[] a = new PyObject[c.args().size()];
        for (int i = 0; i < a.length; i++) a[i] = decode(c.args().get(i));
        try {
            PyObject r = eval(c.op(), a);
            if (c.op().equals("to_bytes_list")) return ((PyStr) r).value();
            return show(r);
        } catch (PyException e) {
            String msg;
            try {
                msg = Abstract.strJava(e.value);
            } catch (RuntimeException inner) {
                msg = "<str failed: " + inner + ">";
            }
            return "!" + e.value.type().name() + ": " + msg;
        } catch (RuntimeException e) {
            return "JAVA " + e;
        }
    }

    /** A minimal JSON reader for the strings and int lists the generator writes. */
    static final class Json {
        private final String s;
        private int p;

        private Json(String s) { this.s = s; }

        static Object parse(String s) { return new Json(s).value(); }

        private Object value() {
            char c = s.charAt(p);
            if (c == '"') return string();
            if (c == '[') {
                p++;
                List<Object> l = new ArrayList<>();
                while (s.charAt(p) != ']') {
                    if (s.charAt(p) == ',' || s.charAt(p) == ' ') { p++; continue; }
                    l.add(value());
                }
                p++;
                return l;
            }
            int st = p;
            while (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '-')) p++;
            return Long.parseLong(s.substring(st, p));
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            p++;
            while (true) {
                char c = s.charAt(p++);
                if (c == '"') return b.toString();
                if (c != '\\') { b.append(c); continue; }
                char e = s.charAt(p++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> { b.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; }
                    default -> b.append(e);
                }
            }
        }
    }
}
