package kiln.runtime.interp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import kiln.compiler.CodeUnit;
import kiln.compiler.ConstFrozenset;
import kiln.compiler.ConstTuple;
import kiln.parser.ast.BytesConstant;
import kiln.parser.ast.ComplexConstant;
import kiln.parser.ast.ConstantValue;

/**
 * A reader of marshal format 4 (CPython 3.12: Python/marshal.c) for what code objects contain, producing
 * {@link CodeUnit}s with the compiler's constant representation. Lets CPython's compiler stand in for Kiln's.
 */
public final class Marshal {
    private final byte[] b;
    private int p;
    private final List<Object> refs = new ArrayList<>();

    private Marshal(byte[] b, int start) {
        this.b = b;
        this.p = start;
    }

    /** Reads one object (a CodeUnit for compile() output). */
    public static Object load(byte[] data) { return new Marshal(data, 0).read(); }

    /** Reads the code object of a .pyc file (16-byte header). */
    public static CodeUnit loadPyc(byte[] data) { return (CodeUnit) new Marshal(data, 16).read(); }

    private int u8() { return b[p++] & 0xff; }

    private int i32() {
        int v = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | (b[p + 3] & 0xff) << 24;
        p += 4;
        return v;
    }

    private byte[] bytes(int n) {
        byte[] r = new byte[n];
        System.arraycopy(b, p, r, 0, n);
        p += n;
        return r;
    }

    private int reserve(boolean flag) {
        if (!flag) return -1;
        refs.add(null);
        return refs.size() - 1;
    }

    private Object set(int idx, Object v) {
        if (idx >= 0) refs.set(idx, v);
        return v;
    }

    private Object read() {
        int code = u8();
        boolean flag = (code & 0x80) != 0;
        int type = code & 0x7f;
        switch (type) {
            case '0': return null;
            case 'N': return ConstantValue.NONE;
            case 'F': return Boolean.FALSE;
            case 'T': return Boolean.TRUE;
            case '.': return ConstantValue.ELLIPSIS;
            case 'S': throw new IllegalArgumentException("StopIteration in marshal data");
            case 'i': return set(reserve(flag), (long) i32());
            case 'l': {
                int n = i32();
                int size = Math.abs(n);
                BigInteger v = BigInteger.ZERO;
                for (int i = 0; i < size; i++) {
                    int digit = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
                    p += 2;
                    v = v.or(BigInteger.valueOf(digit).shiftLeft(15 * i));
                }
                if (n < 0) v = v.negate();
                Object r = v.bitLength() < 64 ? (Object) v.longValue() : v;
                return set(reserve(flag), r);
            }
            case 'g': {
                long bits = 0;
                for (int i = 0; i < 8; i++) bits |= (long) (b[p + i] & 0xff) << (8 * i);
                p += 8;
                return set(reserve(flag), Double.longBitsToDouble(bits));
            }
            case 'y': {
                long r = 0, im = 0;
                for (int i = 0; i < 8; i++) r |= (long) (b[p + i] & 0xff) << (8 * i);
                for (int i = 0; i < 8; i++) im |= (long) (b[p + 8 + i] & 0xff) << (8 * i);
                p += 16;
                return set(reserve(flag), new ComplexConstant(Double.longBitsToDouble(r), Double.longBitsToDouble(im)));
            }
            case 's': return set(reserve(flag), new BytesConstant(bytes(i32())));
            case 't', 'u': return set(reserve(flag), utf8(bytes(i32())));
            case 'a', 'A': return set(reserve(flag), new String(bytes(i32()), StandardCharsets.ISO_8859_1));
            case 'z', 'Z': return set(reserve(flag), new String(bytes(u8()), StandardCharsets.ISO_8859_1));
            case '(': case ')': case '[': {
                int n = type == ')' ? u8() : i32();
                int idx = reserve(flag);
                Object[] items = new Object[n];
                for (int i = 0; i < n; i++) items[i] = read();
                return set(idx, new ConstTuple(items));
            }
            case '<', '>': {
                int n = i32();
                int idx = reserve(flag);
                Object[] items = new Object[n];
                for (int i = 0; i < n; i++) items[i] = read();
                return set(idx, new ConstFrozenset(items));
            }
            case 'r': return refs.get(i32());
            case 'c': {
                int idx = reserve(flag);
                int argcount = i32(), posonly = i32(), kwonly = i32(), stacksize = i32(), flags = i32();
                byte[] codeBytes = ((BytesConstant) read()).bytes();
                Object[] consts = ((ConstTuple) read()).items();
                String[] names = strings(read());
                String[] lpnames = strings(read());
                byte[] kinds = ((BytesConstant) read()).bytes();
                String filename = (String) read();
                String name = (String) read();
                String qualname = (String) read();
                int firstlineno = i32();
                byte[] linetable = ((BytesConstant) read()).bytes();
                byte[] exctable = ((BytesConstant) read()).bytes();
                return set(idx, new CodeUnit(argcount, posonly, kwonly, stacksize, flags, firstlineno, codeBytes, consts,
                        names, lpnames, kinds, filename, name, qualname, linetable, exctable));
            }
            default: throw new IllegalArgumentException("bad marshal type " + (char) type + " at " + (p - 1));
        }
    }

    private static String[] strings(Object o) {
        Object[] items = ((ConstTuple) o).items();
        String[] r = new String[items.length];
        for (int i = 0; i < items.length; i++) r[i] = (String) items[i];
        return r;
    }

    /** UTF-8 with lone surrogates (surrogatepass) decoded as themselves. */
    private static String utf8(byte[] d) {
        StringBuilder sb = new StringBuilder(d.length);
        for (int i = 0; i < d.length; ) {
            int c = d[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
            } else if (c < 0xe0) {
                sb.append((char) (((c & 0x1f) << 6) | (d[i + 1] & 0x3f)));
                i += 2;
            } else if (c < 0xf0) {
                sb.append((char) (((c & 0x0f) << 12) | ((d[i + 1] & 0x3f) << 6) | (d[i + 2] & 0x3f)));
                i += 3;
            } else {
                int cp = ((c & 0x07) << 18) | ((d[i + 1] & 0x3f) << 12) | ((d[i + 2] & 0x3f) << 6) | (d[i + 3] & 0x3f);
                sb.appendCodePoint(cp);
                i += 4;
            }
        }
        return sb.toString();
    }
}
