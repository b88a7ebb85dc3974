package kiln.compiler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import kiln.parser.ast.BytesConstant;
import kiln.parser.ast.ComplexConstant;
import kiln.parser.ast.ConstantValue;
import kiln.parser.ast.SurrogateStr;

/**
 * Writes CodeUnit trees in CPython's marshal format (version 4) and as 3.12 .pyc files.
 * CPython 3.12: Python/marshal.c, w_object / w_complex_object.
 */
public final class Pyc {
    private Pyc() {}

    /** importlib.util.MAGIC_NUMBER of CPython 3.12 (3531). */
    public static final byte[] MAGIC = {(byte) 0xcb, 0x0d, 0x0d, 0x0a};

    /** A .pyc file: magic, flags 0 (timestamp-based), source mtime, source size, marshalled code. */
    public static byte[] pyc(CodeUnit code, long mtimeSeconds, long sourceSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MAGIC);
        writeInt(out, 0);
        writeInt(out, (int) mtimeSeconds);
        writeInt(out, (int) sourceSize);
        out.writeBytes(marshal(code));
        return out.toByteArray();
    }

    public static void write(Path file, CodeUnit code, long mtimeSeconds, long sourceSize) throws IOException {
        Files.write(file, pyc(code, mtimeSeconds, sourceSize));
    }

    /** marshal.dumps(value) for code objects and the constant kinds they hold. */
    public static byte[] marshal(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeObject(out, value, false);
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >> 8);
        out.write(v >> 16);
        out.write(v >> 24);
    }

    private static void writeLongLE(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 8; i++) out.write((int) (v >> (8 * i)));
    }

    private static void writeObject(ByteArrayOutputStream out, Object v, boolean identifier) {
        switch (v) {
            case null -> out.write('N');
            case ConstantValue cv -> out.write(cv == ConstantValue.NONE ? 'N' : '.');
            case Boolean b -> out.write(b ? 'T' : 'F');
            case Long l -> writeInteger(out, BigInteger.valueOf(l));
            case Integer i -> writeInteger(out, BigInteger.valueOf(i));
            case BigInteger bi -> writeInteger(out, bi);
            case Double d -> {
                out.write('g');
                writeLongLE(out, Double.doubleToRawLongBits(d));
            }
            case ComplexConstant c -> {
                out.write('y');
                writeLongLE(out, Double.doubleToRawLongBits(c.real()));
                writeLongLE(out, Double.doubleToRawLongBits(c.imag()));
            }
            case String s -> writeString(out, s.codePoints().toArray(), identifier);
            case SurrogateStr s -> writeString(out, s.codePoints(), false);
            case BytesConstant b -> writeBytes(out, b.bytes());
            case byte[] b -> writeBytes(out, b);
            case ConstTuple t -> writeTuple(out, t.items(), false);
            case ConstFrozenset f -> {
                out.write('>');
                writeInt(out, f.items().length);
                for (Object o : f.items()) writeObject(out, o, false);
            }
            case CodeUnit c -> writeCode(out, c);
            default -> throw new IllegalArgumentException("cannot marshal " + v.getClass().getName() + ": " + v);
        }
    }

    private static void writeBytes(ByteArrayOutputStream out, byte[] b) {
        out.write('s');
        writeInt(out, b.length);
        out.writeBytes(b);
    }

    private static void writeTuple(ByteArrayOutputStream out, Object[] items, boolean identifiers) {
        if (items.length < 256) {
            out.write(')');
            out.write(items.length);
        } else {
            out.write('(');
            writeInt(out, items.length);
        }
        for (Object o : items) writeObject(out, o, identifiers);
    }

    private static void writeInteger(ByteArrayOutputStream out, BigInteger v) {
        if (v.bitLength() < 32) {
            out.write('i');
            writeInt(out, v.intValue());
            return;
        }
        // TYPE_LONG: signed count of 15-bit digits, then the digits of |v|, least significant first
        BigInteger mag = v.abs();
        int ndigits = (mag.bitLength() + 14) / 15;
        out.write('l');
        writeInt(out, v.signum() < 0 ? -ndigits : ndigits);
        for (int i = 0; i < ndigits; i++) {
            int d = mag.shiftRight(15 * i).intValue() & 0x7FFF;
            out.write(d);
            out.write(d >> 8);
        }
    }

    private static void writeString(ByteArrayOutputStream out, int[] cps, boolean interned) {
        boolean ascii = true;
        for (int cp : cps) if (cp >= 128) { ascii = false; break; }
        if (ascii) {
            if (cps.length < 256) {
                out.write(interned ? 'Z' : 'z');
                out.write(cps.length);
            } else {
                out.write(interned ? 'A' : 'a');
                writeInt(out, cps.length);
            }
            for (int cp : cps) out.write(cp);
            return;
        }
        byte[] utf8 = utf8SurrogatePass(cps);
        out.write(interned ? 't' : 'u');
        writeInt(out, utf8.length);
        out.writeBytes(utf8);
    }

    /** UTF-8 that lets lone surrogates through as 3-byte sequences, like CPython's "surrogatepass". */
    static byte[] utf8SurrogatePass(int[] cps) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(cps.length + 8);
        for (int cp : cps) {
            if (cp < 0x80) {
                b.write(cp);
            } else if (cp < 0x800) {
                b.write(0xC0 | (cp >> 6));
                b.write(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                b.write(0xE0 | (cp >> 12));
                b.write(0x80 | ((cp >> 6) & 0x3F));
                b.write(0x80 | (cp & 0x3F));
            } else {
                b.write(0xF0 | (cp >> 18));
                b.write(0x80 | ((cp >> 12) & 0x3F));
                b.write(0x80 | ((cp >> 6) & 0x3F));
                b.write(0x80 | (cp & 0x3F));
            }
        }
        return b.toByteArray();
    }

    private static void writeCode(ByteArrayOutputStream out, CodeUnit c) {
        out.write('c');
        writeInt(out, c.argcount);
        writeInt(out, c.posonlyargcount);
        writeInt(out, c.kwonlyargcount);
        writeInt(out, c.stacksize);
        writeInt(out, c.flags);
        writeBytes(out, c.code);
        writeTuple(out, c.consts, false);
        writeTuple(out, c.names, true);
        writeTuple(out, c.localsplusnames, true);
        writeBytes(out, c.localspluskinds);
        writeObject(out, c.filename, false);
        writeObject(out, c.name, true);
        writeObject(out, c.qualname, false);
        writeInt(out, c.firstlineno);
        writeBytes(out, c.linetable);
        writeBytes(out, c.exceptiontable);
    }
}
