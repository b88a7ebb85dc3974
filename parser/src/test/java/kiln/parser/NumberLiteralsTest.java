package kiln.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import kiln.parser.ast.ComplexConstant;
import kiln.parser.ast.ConstantRepr;
import org.junit.jupiter.api.Test;

/** Expected values are CPython 3.12.1's reprs of ast.parse(literal).body[0].value.value. */
class NumberLiteralsTest {
    private static void number(String literal, String repr) {
        assertEquals(repr, ConstantRepr.repr(NumberLiterals.parse(literal)), literal);
    }

    @Test
    void ints() {
        number("0", "0");
        number("00", "0");
        number("0_0", "0");
        number("1", "1");
        number("1_000", "1000");
        number("9223372036854775807", "9223372036854775807");
        number("9223372036854775808", "9223372036854775808");
        number("18446744073709551615", "18446744073709551615");
        number("18446744073709551616", "18446744073709551616");
        number("0x7fffffffffffffff", "9223372036854775807");
        number("0x8000000000000000", "9223372036854775808");
        number("0xffffffffffffffff", "18446744073709551615");
        number("0X_FF", "255");
        number("0o777", "511");
        number("0O17", "15");
        number("0b101", "5");
        number("0B1_0", "2");
        number("0b111111111111111111111111111111111111111111111111111111111111111", "9223372036854775807");
        number("0b1111111111111111111111111111111111111111111111111111111111111111", "18446744073709551615");
        number("0x00000000000000000000000000000000000000001", "1");
        number("0x10", "16");
        number("9999999999999999999", "9999999999999999999");
        number("999999999999999999", "999999999999999999");
        number("0".repeat(4301), "0");
        number("1".repeat(4300), "1".repeat(4300));
    }

    @Test
    void intTypes() {
        assertEquals(Long.valueOf(Long.MAX_VALUE), NumberLiterals.parse("9223372036854775807"));
        assertEquals(Long.valueOf(Long.MAX_VALUE), NumberLiterals.parse("0x7fff_ffff_ffff_ffff"));
        assertEquals(Long.valueOf(255), NumberLiterals.parse("0xff"));
        assertEquals(Long.valueOf(1), NumberLiterals.parse("0x00000000000000000000000000000000000000001"));
        assertInstanceOf(BigInteger.class, NumberLiterals.parse("9223372036854775808"));
        assertInstanceOf(BigInteger.class, NumberLiterals.parse("0x8000000000000000"));
    }

    @Test
    void floats() {
        number("1.", "1.0");
        number(".5", "0.5");
        number("1.5", "1.5");
        number("1e5", "100000.0");
        number("1E+5", "100000.0");
        number("1e-5", "1e-05");
        number("1_0.0_1e1_0", "100100000000.0");
        number("0e0", "0.0");
        number("00.5", "0.5");
        number("0777.0", "777.0");
        number("1e999", "inf");
        number("1e-999", "0.0");
        number("1e308", "1e+308");
        number("1.7976931348623157e308", "1.7976931348623157e+308");
        number("1.7976931348623158e308", "1.7976931348623157e+308");
        number("1.7976931348623159e308", "inf");
        number("2.2250738585072014e-308", "2.2250738585072014e-308");
        number("5e-324", "5e-324");
        number("2e-324", "0.0");
        number("3e-324", "5e-324");
        number("0.1", "0.1");
        number("100.0", "100.0");
        number("1e16", "1e+16");
        number("1e15", "1000000000000000.0");
        number("123456789012345678901234567890.0", "1.2345678901234568e+29");
        number("1".repeat(4301) + ".0", "inf");
        number("1".repeat(5000) + "e-4990", "1111111111.1111112");
        assertEquals(Double.valueOf(0.5), NumberLiterals.parse(".5"));
    }

    @Test
    void imaginary() {
        number("1j", "1j");
        number("1.5J", "1.5j");
        number("0j", "0j");
        number("1e999j", "infj");
        number("1e-400j", "0j");
        number("10j", "10j");
        number("1_0j", "10j");
        number(".5j", "0.5j");
        number("1.e5j", "100000j");
        number("1".repeat(4301) + "j", "infj");
        assertEquals(new ComplexConstant(0.0, 2.0), NumberLiterals.parse("2j"));
    }

    @Test
    void intMaxStrDigits() {
        String message = "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits;"
                + " use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge"
                + " integer literals to avoid decimal conversion limits.";
        LiteralError e = assertThrows(LiteralError.class, () -> NumberLiterals.parse("1".repeat(4301)));
        assertEquals(message, e.msg);
        assertTrue(e.noColumns);
        // Underscores do not count as digits.
        e = assertThrows(LiteralError.class, () -> NumberLiterals.parse("1_".repeat(4300) + "1"));
        assertEquals(message, e.msg);
        // Power-of-two bases have no limit.
        assertInstanceOf(BigInteger.class, NumberLiterals.parse("0x" + "f".repeat(5000)));
    }
}
