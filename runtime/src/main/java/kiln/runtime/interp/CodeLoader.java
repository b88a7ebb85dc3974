package kiln.runtime.interp;

import java.lang.invoke.MethodHandle;
import java.math.BigInteger;

import kiln.compiler.CodeUnit;
import kiln.compiler.ConstFrozenset;
import kiln.compiler.ConstTuple;
import kiln.compiler.Opcode;
import kiln.parser.ast.BytesConstant;
import kiln.parser.ast.ComplexConstant;
import kiln.parser.ast.ConstantValue;
import kiln.parser.ast.SurrogateStr;
import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyEllipsis;
import kiln.runtime.types.PyFloat;
import kiln.runtime.types.PyFrozenSet;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * Prepares a code object for the interpreter on its first execution: constants to Python objects, co_code to the
 * compact instruction array (CACHE and EXTENDED_ARG units dropped, jump targets made absolute), and the exception
 * table decoded (CPython 3.12: Objects/exception_handling_notes.txt).
 */
public final class CodeLoader {
    private CodeLoader() {}

    public static void prepare(PyCode co) {
        if (co.instrs != null) return;
        synchronized (co) {
            if (co.instrs != null) return;
            co.consts = convertConsts(co.unit.consts);
            decode(co);
        }
    }

    static PyObject[] convertConsts(Object[] cs) {
        PyObject[] out = new PyObject[cs.length];
        for (int i = 0; i < cs.length; i++) out[i] = constant(cs[i]);
        return out;
    }

    public static PyObject constant(Object c) {
        if (c instanceof String s) return PyStr.intern(s);
        if (c instanceof Long l) return PyInt.valueOf(l);
        if (c instanceof Integer l) return PyInt.valueOf(l);
        if (c instanceof BigInteger b) return PyInt.valueOf(b);
        if (c instanceof Double d) return PyFloat.valueOf(d);
        if (c instanceof Boolean b) return PyBool.of(b);
        if (c == ConstantValue.NONE || c == null) return PyNone.INSTANCE;
        if (c == ConstantValue.ELLIPSIS) return PyEllipsis.INSTANCE;
        if (c instanceof PyObject p) return p;
        if (c instanceof CodeUnit u) return new PyCode(u);
        if (c instanceof ConstTuple t) {
            PyObject[] items = new PyObject[t.items().length];
            for (int i = 0; i < items.length; i++) items[i] = constant(t.items()[i]);
            return PyTuple.of(items);
        }
        if (c instanceof ConstFrozenset t) {
            PyFrozenSet s = new PyFrozenSet();
            for (Object o : t.items()) s.add(constant(o));
            return s;
        }
        if (c instanceof SurrogateStr ss) {
            StringBuilder sb = new StringBuilder();
            for (int cp : ss.codePoints()) sb.appendCodePoint(cp);
            return new PyStr(sb.toString());
        }
        if (c instanceof BytesConstant b) return new kiln.runtime.types.PyBytes(b.bytes().clone());
        if (c instanceof ComplexConstant z) return kiln.runtime.types.PyComplex.valueOf(z.real(), z.imag());
        throw Errors.systemError(new IllegalArgumentException("unknown constant " + c.getClass()));
    }


    private static void decode(PyCode co) {
        byte[] code = co.unit.code;
        int nunits = code.length / 2;
        int[] compactOf = new int[nunits + 1];
        // First pass: which units start instructions (after EXTENDED_ARG prefixes, skipping caches).
        int n = 0;
        for (int u = 0; u < nunits; ) {
            int start = u;
            int op = code[2 * u] & 0xff;
            while (op == Opcode.EXTENDED_ARG && u + 1 < nunits) {
                u++;
                op = code[2 * u] & 0xff;
            }
            for (int k = start; k <= u; k++) compactOf[k] = n;
            int next = u + 1 + Opcode.cacheEntries(op);
            for (int k = u + 1; k < next && k < nunits; k++) compactOf[k] = n + 1;
            n++;
            u = next;
        }
        compactOf[nunits] = n;
        int[] instrs = new int[n];
        int[] offsets = new int[n];
        int i = 0;
        for (int u = 0; u < nunits; ) {
            int arg = 0;
            int op = code[2 * u] & 0xff;
            while (op == Opcode.EXTENDED_ARG && u + 1 < nunits) {
                arg = (arg | (code[2 * u + 1] & 0xff)) << 8;
                u++;
                op = code[2 * u] & 0xff;
            }
            arg |= code[2 * u + 1] & 0xff;
            int after = u + 1 + Opcode.cacheEntries(op);
            switch (op) {
                case Opcode.JUMP_FORWARD, Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE, Opcode.POP_JUMP_IF_NONE,
                     Opcode.POP_JUMP_IF_NOT_NONE, Opcode.SEND -> arg = compactOf[Math.min(after + arg, nunits)];
                // An exhausted FOR_ITER skips the END_FOR at its target.
                case Opcode.FOR_ITER -> arg = compactOf[Math.min(after + arg + 1, nunits)];
                case Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT -> arg = compactOf[after - arg];
                default -> { }
            }
            offsets[i] = u;
            instrs[i++] = op | (arg << 9);
            u = after;
        }
        co.offsets = offsets;
        co.excTable = decodeExceptionTable(co.unit.exceptiontable, compactOf, nunits);
        co.cache = new Object[n];
        co.misses = new byte[n];
        co.instrs = instrs;
    }

    private static int[] decodeExceptionTable(byte[] t, int[] compactOf, int nunits) {
        if (t == null || t.length == 0) return new int[0];
        java.util.ArrayList<int[]> rows = new java.util.ArrayList<>();
        int[] p = {0};
        while (p[0] < t.length) {
            int start = varint(t, p);
            int len = varint(t, p);
            int target = varint(t, p);
            int dl = varint(t, p);
            rows.add(new int[] {compactOf[Math.min(start, nunits)], compactOf[Math.min(start + len, nunits)],
                    compactOf[Math.min(target, nunits)], dl >> 1, dl & 1});
        }
        int[] out = new int[rows.size() * 5];
        for (int i = 0; i < rows.size(); i++) System.arraycopy(rows.get(i), 0, out, i * 5, 5);
        return out;
    }

    private static int varint(byte[] t, int[] p) {
        int b = t[p[0]++] & 0xff;
        int v = b & 63;
        while ((b & 64) != 0) {
            b = t[p[0]++] & 0xff;
            v = (v << 6) | (b & 63);
        }
        return v;
    }
}
