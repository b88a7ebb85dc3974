package kiln.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import kiln.parser.ast.BytesConstant;
import kiln.parser.ast.ComplexConstant;
import kiln.parser.ast.ConstantRepr;
import kiln.parser.ast.ConstantValue;
import org.junit.jupiter.api.Test;

/** Expected reprs were produced by CPython 3.12.1 (Unicode 15.0) for the same values. */
class ConstantReprTest {
    private static void str(String value, String repr) {
        assertEquals(repr, ConstantRepr.repr(value));
        StringBuilder sb = new StringBuilder("x=");
        ConstantRepr.appendRepr(sb, value);
        assertEquals("x=" + repr, sb.toString());
    }

    private static void bytes(byte[] value, String repr) {
        assertEquals(repr, ConstantRepr.repr(new BytesConstant(value)));
    }

    private static void flt(double value, String repr) {
        assertEquals(repr, ConstantRepr.repr(value));
    }

    private static void cplx(double real, double imag, String repr) {
        assertEquals(repr, ConstantRepr.repr(new ComplexConstant(real, imag)));
    }

    @Test
    void cpythonReprs() {
        str("", "''");
        str("abc", "'abc'");
        str("it's", "\"it's\"");
        str("say \"hi\"", "'say \"hi\"'");
        str("both ' and \"", "'both \\' and \"'");
        str("\\", "'\\\\'");
        str("tab\tnl\nret\r", "'tab\\tnl\\nret\\r'");
        str("\u0000\u0001\u001F\u007F", "'\\x00\\x01\\x1f\\x7f'");
        str("\u0080\u009F\u00A0\u00AD\u00E9\u00FF", "'\\x80\\x9f\\xa0\\xad\u00E9\u00FF'");
        str("\u0378\u1C89\u2028\u2029\u3000\uE000\uFEFF\uFFFF", "'\\u0378\\u1c89\\u2028\\u2029\\u3000\\ue000\\ufeff\\uffff'");
        str("\uD83D\uDE00\uDB40\uDC01\uDBFF\uDFFF\uD83E\uDE89\uD884\uDF50\uD889\uDC00", "'\uD83D\uDE00\\U000e0001\\U0010ffff\\U0001fa89\uD884\uDF50\\U00032400'");
        str("\uD800", "'\\ud800'");
        str("a\uDFFFb", "'a\\udfffb'");
        str("\u00E9t\u00E9", "'\u00E9t\u00E9'");
        str("\u0132 \u01C5 \u0965 \u180E", "'\u0132 \u01C5 \u0965 \\u180e'");
        bytes(new byte[] {}, "b''");
        bytes(new byte[] {(byte) 0x27}, "b\"'\"");
        bytes(new byte[] {(byte) 0x22}, "b'\"'");
        bytes(new byte[] {(byte) 0x27, (byte) 0x22}, "b'\\'\"'");
        bytes(new byte[] {(byte) 0x00, (byte) 0x07, (byte) 0x7f, (byte) 0x80, (byte) 0xff, (byte) 0x09, (byte) 0x0a, (byte) 0x0d, (byte) 0x5c}, "b'\\x00\\x07\\x7f\\x80\\xff\\t\\n\\r\\\\'");
        bytes(new byte[] {(byte) 0x61, (byte) 0x62, (byte) 0x63}, "b'abc'");
        flt(Double.longBitsToDouble(0x0000000000000000L), "0.0"); // 0.0
        flt(Double.longBitsToDouble(0x8000000000000000L), "-0.0"); // -0.0
        flt(Double.longBitsToDouble(0x3ff0000000000000L), "1.0"); // 1.0
        flt(Double.longBitsToDouble(0xbff8000000000000L), "-1.5"); // -1.5
        flt(Double.longBitsToDouble(0x3fb999999999999aL), "0.1"); // 0.1
        flt(Double.longBitsToDouble(0x4341c37937e08000L), "1e+16"); // 1e+16
        flt(Double.longBitsToDouble(0x430c6bf526340000L), "1000000000000000.0"); // 1000000000000000.0
        flt(Double.longBitsToDouble(0x3f1a36e2eb1c432dL), "0.0001"); // 0.0001
        flt(Double.longBitsToDouble(0x3ee4f8b588e368f1L), "1e-05"); // 1e-05
        flt(Double.longBitsToDouble(0x7e41eb2d66005835L), "1.5e+300"); // 1.5e+300
        flt(Double.longBitsToDouble(0x0000000000000001L), "5e-324"); // 5e-324
        flt(Double.longBitsToDouble(0x4480f0cf064dd592L), "1e+22"); // 1e+22
        flt(Double.longBitsToDouble(0x44b52d02c7e14af6L), "1e+23"); // 1e+23
        flt(Double.longBitsToDouble(0x4004000000000000L), "2.5"); // 2.5
        flt(Double.longBitsToDouble(0x3fd5555555555555L), "0.3333333333333333"); // 0.3333333333333333
        flt(Double.longBitsToDouble(0x437b69b4ba630f35L), "1.2345678901234568e+17"); // 1.2345678901234568e+17
        flt(Double.longBitsToDouble(0x4340000000000000L), "9007199254740992.0"); // 9007199254740992.0
        flt(Double.longBitsToDouble(0x7fefffffffffffffL), "1.7976931348623157e+308"); // 1.7976931348623157e+308
        flt(Double.longBitsToDouble(0x0010000000000000L), "2.2250738585072014e-308"); // 2.2250738585072014e-308
        flt(Double.POSITIVE_INFINITY, "inf"); // inf
        flt(Double.NEGATIVE_INFINITY, "-inf"); // -inf
        flt(Double.NaN, "nan"); // nan
        flt(Double.longBitsToDouble(0x4059000000000000L), "100.0"); // 100.0
        flt(Double.longBitsToDouble(0x3e8091b5aeffdb8eL), "1.2345e-07"); // 1.2345e-07
        flt(Double.longBitsToDouble(0x4011666666666666L), "4.35"); // 4.35
        flt(Double.longBitsToDouble(0x3fd3333333333333L), "0.3"); // 0.3
        flt(Double.longBitsToDouble(0x43e0000000000000L), "9.223372036854776e+18"); // 9.223372036854776e+18
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.longBitsToDouble(0x3ff0000000000000L), "1j");
        cplx(Double.longBitsToDouble(0x3ff0000000000000L), Double.longBitsToDouble(0x4000000000000000L), "(1+2j)");
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.longBitsToDouble(0x8000000000000000L), "-0j");
        cplx(Double.longBitsToDouble(0x8000000000000000L), Double.longBitsToDouble(0xbff0000000000000L), "(-0-1j)");
        cplx(Double.longBitsToDouble(0x8000000000000000L), Double.longBitsToDouble(0x0000000000000000L), "(-0+0j)");
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.POSITIVE_INFINITY, "infj");
        cplx(Double.NaN, Double.NaN, "(nan+nanj)");
        cplx(Double.longBitsToDouble(0x3ff0000000000000L), Double.NaN, "(1+nanj)");
        cplx(Double.NaN, Double.longBitsToDouble(0x3ff0000000000000L), "(nan+1j)");
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.NaN, "nanj");
        cplx(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, "(inf-infj)");
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.longBitsToDouble(0x4341c37937e08000L), "1e+16j");
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.longBitsToDouble(0x430c6bf526340000L), "1000000000000000j");
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.longBitsToDouble(0x3ff8000000000000L), "1.5j");
        cplx(Double.longBitsToDouble(0x3ee4f8b588e368f1L), Double.longBitsToDouble(0xfe37e43c8800759cL), "(1e-05-1e+300j)");
        cplx(Double.longBitsToDouble(0xbff0000000000000L), Double.longBitsToDouble(0x0000000000000000L), "(-1+0j)");
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.longBitsToDouble(0x0000000000000000L), "0j");
        cplx(Double.longBitsToDouble(0x3ff0000000000000L), Double.longBitsToDouble(0x8000000000000000L), "(1-0j)");
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.longBitsToDouble(0xbff0000000000000L), "-1j");
        cplx(Double.longBitsToDouble(0x8000000000000000L), Double.NaN, "(-0+nanj)");
        cplx(Double.longBitsToDouble(0x0000000000000000L), Double.longBitsToDouble(0x0000000000000001L), "5e-324j");
        cplx(Double.NEGATIVE_INFINITY, Double.longBitsToDouble(0x0000000000000000L), "(-inf+0j)");
    }

    @Test
    void nanSignIsNotShown() {
        flt(Double.longBitsToDouble(0xfff8000000000000L), "nan");
        cplx(1.0, Double.longBitsToDouble(0xfff8000000000000L), "(1+nanj)");
    }

    @Test
    void ints() {
        assertEquals("0", ConstantRepr.repr(0L));
        assertEquals("-9223372036854775808", ConstantRepr.repr(Long.MIN_VALUE));
        assertEquals("18446744073709551616", ConstantRepr.repr(BigInteger.ONE.shiftLeft(64)));
        String big = "9".repeat(4300);
        assertEquals(big, ConstantRepr.repr(new BigInteger(big)));
        // CPython: ValueError from repr() beyond sys.get_int_max_str_digits().
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConstantRepr.repr(BigInteger.TEN.pow(4300)));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion; use"
                + " sys.set_int_max_str_digits() to increase the limit", e.getMessage());
    }

    @Test
    void singletons() {
        assertEquals("True", ConstantRepr.repr(Boolean.TRUE));
        assertEquals("False", ConstantRepr.repr(Boolean.FALSE));
        assertEquals("None", ConstantRepr.repr(ConstantValue.NONE));
        assertEquals("Ellipsis", ConstantRepr.repr(ConstantValue.ELLIPSIS));
    }
}
