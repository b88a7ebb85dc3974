package kiln.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import kiln.parser.ast.BytesConstant;
import kiln.parser.ast.ConstantRepr;
import org.junit.jupiter.api.Test;

/**
 * Expected values (as reprs), messages and SyntaxWarnings were produced by CPython 3.12.1's
 * ast.parse of each literal; for f-string parts, of an f-string whose FSTRING_MIDDLE is that text.
 */
class StringLiteralsTest {
    private static final Token AT = new Token(TokenType.STRING, "", 3, 4, 3, 9, 0, 0);
    private static final StringLiterals.WarningSink IGNORE = StringLiterals.WarningSink.IGNORE;

    /** A STRING token whose value has repr {@code repr}, with these SyntaxWarnings. */
    private static void value(String token, String repr, List<String> warns) {
        List<String> seen = new ArrayList<>();
        Object v = StringLiterals.decode(token, AT, (m, at) -> {
            assertSame(AT, at);
            seen.add(m);
        });
        assertEquals(repr, ConstantRepr.repr(v), token);
        assertEquals(warns, seen, token);
    }

    private static void error(String token, String message) {
        LiteralError e = assertThrows(LiteralError.class, () -> StringLiterals.decode(token, AT, IGNORE), token);
        assertEquals(message, e.msg, token);
        assertFalse(e.noColumns);
    }

    private static void middle(String text, String repr, List<String> warns) {
        middle(text, false, repr, warns);
    }

    private static void rawMiddle(String text, String repr, List<String> warns) {
        middle(text, true, repr, warns);
    }

    private static void middle(String text, boolean raw, String repr, List<String> warns) {
        List<String> seen = new ArrayList<>();
        String v = StringLiterals.decodeFStringMiddle(text, raw, AT, (m, at) -> seen.add(m));
        assertEquals(repr, ConstantRepr.repr(v), text);
        assertEquals(warns, seen, text);
    }

    private static void middleError(String text, String message) {
        LiteralError e = assertThrows(LiteralError.class,
                () -> StringLiterals.decodeFStringMiddle(text, false, AT, IGNORE), text);
        assertEquals(message, e.msg, text);
    }

    @Test
    void cpythonCorners() {
        error("'\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
        error("'\\x'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape");
        error("'ab\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape");
        error("'\\xg0'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape");
        error("b'\\x4'", "(value error) invalid \\x escape at position 0");
        error("b'\\x'", "(value error) invalid \\x escape at position 0");
        error("b'ab\\x4'", "(value error) invalid \\x escape at position 2");
        error("b'\\xg0'", "(value error) invalid \\x escape at position 0");
        error("'\\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape");
        error("'\\u123g'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \\uXXXX escape");
        error("'\\U1234'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape");
        error("'\\U00110000'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character");
        error("'\\UFFFFFFFF'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character");
        value("'\\U0010ffff'", "'\\U0010ffff'", List.of());
        value("'\\U0001F600'", "'\uD83D\uDE00'", List.of());
        error("'\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name");
        value("'\\N{LATIN SMALL LETTER A}'", "'a'", List.of());
        error("'\\N'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape");
        error("'\\Nx'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape");
        error("'\\N{'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape");
        error("'\\N{abc'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape");
        error("'\\N{}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape");
        value("'\\N{latin small letter a}'", "'a'", List.of());
        value("'\\N{LINE FEED}'", "'\\n'", List.of());
        value("'\\N{line feed}'", "'\\n'", List.of());
        value("'\\N{LF}'", "'\\n'", List.of());
        value("'\\N{BYTE ORDER MARK}'", "'\\ufeff'", List.of());
        value("'\\N{EM}'", "'\\x19'", List.of());
        value("'\\N{SUNDANESE LETTER ARCHAIC I}'", "'\u1BBD'", List.of());
        error("'\\N{KEYCAP NUMBER SIGN}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name");
        value("'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "'\u4E00'", List.of());
        error("'\\N{CJK UNIFIED IDEOGRAPH-4e00}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name");
        error("'\\N{cjk unified ideograph-4E00}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name");
        error("'\\N{CJK UNIFIED IDEOGRAPH-2EBF0}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name");
        value("'\\N{CJK UNIFIED IDEOGRAPH-31350}'", "'\uD884\uDF50'", List.of());
        value("'\\N{HANGUL SYLLABLE GA}'", "'\uAC00'", List.of());
        error("'\\N{HANGUL SYLLABLE GAGX}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name");
        error("'\\N{hangul syllable ga}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name");
        value("'\\N{HANGUL SYLLABLE A}'", "'\uC544'", List.of());
        error("'\\N{TANGUT IDEOGRAPH-17000}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name");
        error("'\\N{LINE FEED (LF)}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-17: unknown Unicode character name");
        error("'\\N{ LATIN SMALL LETTER A}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name");
        error("'\\N{LATIN SMALL LETTER A }'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name");
        error("'\\N{LATIN SMALL LETTER A\t}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name");
        error("'\\N{BASIC LATIN 41}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-17: unknown Unicode character name");
        error("'\\N{CJK UNIFIED IDEOGRAPHS EXTENSION A 3400}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-42: unknown Unicode character name");
        error("'\\N{PRIVATE USE AREA E000}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name");
        error("'\\N{GARAY CAPITAL LETTER A}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name");
        value("'\\N{DIGIT ZERO}'", "'0'", List.of());
        value("'\\N{space}'", "' '", List.of());
        value("'\\N{SP}'", "' '", List.of());
        value("'\\d'", "'\\\\d'", List.of("invalid escape sequence '\\d'"));
        value("b'\\d'", "b'\\\\d'", List.of("invalid escape sequence '\\d'"));
        value("'\\777'", "'\u01FF'", List.of("invalid octal escape sequence '\\777'"));
        value("b'\\777'", "b'\\xff'", List.of("invalid octal escape sequence '\\777'"));
        value("'\\400'", "'\u0100'", List.of("invalid octal escape sequence '\\400'"));
        value("b'\\400'", "b'\\x00'", List.of("invalid octal escape sequence '\\400'"));
        value("'\\377'", "'\u00FF'", List.of());
        value("'\\8'", "'\\\\8'", List.of("invalid escape sequence '\\8'"));
        value("'\\9'", "'\\\\9'", List.of("invalid escape sequence '\\9'"));
        value("b'\\u1234'", "b'\\\\u1234'", List.of("invalid escape sequence '\\u'"));
        value("b'\\N{DASH}'", "b'\\\\N{DASH}'", List.of("invalid escape sequence '\\N'"));
        value("b'\\U00000041'", "b'\\\\U00000041'", List.of("invalid escape sequence '\\U'"));
        value("'\\1'", "'\\x01'", List.of());
        value("'\\12'", "'\\n'", List.of());
        value("'\\123'", "'S'", List.of());
        value("'\\1234'", "'S4'", List.of());
        value("'\\0'", "'\\x00'", List.of());
        value("'\\08'", "'\\x008'", List.of());
        value("'\\d\\777'", "'\\\\d\u01FF'", List.of("invalid escape sequence '\\d'"));
        value("'\\777\\d'", "'\u01FF\\\\d'", List.of("invalid octal escape sequence '\\777'"));
        error("b'\u00E9'", "bytes can only contain ASCII literal characters");
        error("rb'\u00E9'", "bytes can only contain ASCII literal characters");
        error("'\\x4' 'ok'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
        value("u'\\x41'", "'A'", List.of());
        value("U'\\x41'", "'A'", List.of());
        value("R'\\x41'", "'\\\\x41'", List.of());
        value("Rb'\\x41'", "b'\\\\x41'", List.of());
        value("bR'\\x41'", "b'\\\\x41'", List.of());
        value("BR'\\x41'", "b'\\\\x41'", List.of());
        value("rB'\\x41'", "b'\\\\x41'", List.of());
        value("br'\\d'", "b'\\\\d'", List.of());
        value("'\\a\\b\\f\\v\\t\\n\\r'", "'\\x07\\x08\\x0c\\x0b\\t\\n\\r'", List.of());
        value("'\\''", "\"'\"", List.of());
        value("\"\\\"\"", "'\"'", List.of());
        value("'\\\"'", "'\"'", List.of());
        value("\"\\'\"", "\"'\"", List.of());
        value("'a\\\nb'", "'ab'", List.of());
        value("'a\\\r\nb'", "'ab'", List.of());
        value("'a\\\rb'", "'ab'", List.of());
        value("'''a\r\nb'''", "'a\\nb'", List.of());
        value("'''a\rb'''", "'a\\nb'", List.of());
        value("r'''a\r\nb\\\r\nc'''", "'a\\nb\\\\\\nc'", List.of());
        value("b'''a\r\nb'''", "b'a\\nb'", List.of());
        value("b'a\\\r\nb'", "b'ab'", List.of());
        value("'\\ud800'", "'\\ud800'", List.of());
        value("'\\udc00\\ud800'", "'\\udc00\\ud800'", List.of());
        error("'\u00E9\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape");
        value("'\u00E9\\d'", "'\u00E9\\\\d'", List.of("invalid escape sequence '\\d'"));
        value("'\\\u00E9'", "'\\\\\u00E9'", List.of());
        value("'\\\\\u00E9'", "'\\\\\u00E9'", List.of());
        error("'\\\u00E9\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: truncated \\xXX escape");
        error("'\uD83D\uDE00\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape");
        error("'\uD83D\uDE00\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-16: unknown Unicode character name");
        error("'\\N{\u00E9}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name");
        error("'\\N{a\\\u00E9}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name");
        error("'\\N{LATIN SMALL LETTER A}\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 24-26: truncated \\xXX escape");
        value("'''it's'''", "\"it's\"", List.of());
        value("\"\"\"say \"hi\\\"\"\"\"", "'say \"hi\"'", List.of());
        value("''", "''", List.of());
        value("\"\"", "''", List.of());
        value("''''''", "''", List.of());
        value("'\\\\'", "'\\\\'", List.of());
        value("b'\\\\'", "b'\\\\'", List.of());
        value("'a\\\\\\nb'", "'a\\\\\\nb'", List.of());
        value("'\\N{EM DASH}\\d'", "'\u2014\\\\d'", List.of("invalid escape sequence '\\d'"));
        error("'\\N{EM DASH'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: malformed \\N character escape");
        error("'\\u00'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape");
        error("'\\x4\\d'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
        error("b'\\d\\x4'", "(value error) invalid \\x escape at position 2");
        value("'\\t\\x41\\u0042\\U00000043\\103'", "'\\tABCC'", List.of());
        error("'\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-47: unknown Unicode character name");
        error("'\\N{MENDE KIKAKUI NUMBER TEN}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-27: unknown Unicode character name");
        value("'\\N{VS1}'", "'\uFE00'", List.of());
        value("'\\N{vs256}'", "'\uDB40\uDDEF'", List.of());
        value("'\\N{ALERT}'", "'\\x07'", List.of());
        value("'\\N{BELL}'", "'\uD83D\uDD14'", List.of());
        value("'\\N{NULL}'", "'\\x00'", List.of());
        value("'\\N{DELETE}'", "'\\x7f'", List.of());
        middle("\\N{EM DASH}", "'\u2014'", List.of());
        middle("a\\{", "'a\\\\{'", List.of());
        rawMiddle("a\\{", "'a\\\\{'", List.of());
        middle("\\{", "'\\\\{'", List.of());
        rawMiddle("\\{", "'\\\\{'", List.of());
        middle("\\}", "'\\\\}'", List.of());
        rawMiddle("\\}", "'\\\\}'", List.of());
        middle("{{", "'{'", List.of());
        rawMiddle("{{", "'{'", List.of());
        middle("}}", "'}'", List.of());
        rawMiddle("}}", "'}'", List.of());
        middle("\\x41", "'A'", List.of());
        rawMiddle("\\x41", "'\\\\x41'", List.of());
        middle("\\d", "'\\\\d'", List.of("invalid escape sequence '\\d'"));
        rawMiddle("\\d", "'\\\\d'", List.of());
        middleError("\\x4", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
        rawMiddle("\\x4", "'\\\\x4'", List.of());
        middleError("\n\\x4", "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \\xXX escape");
        rawMiddle("\n\\x4", "'\\n\\\\x4'", List.of());
        middle("\\d\\e", "'\\\\d\\\\e'", List.of("invalid escape sequence '\\d'"));
        rawMiddle("\\d\\e", "'\\\\d\\\\e'", List.of());
        middle("\\777", "'\u01FF'", List.of("invalid octal escape sequence '\\777'"));
        rawMiddle("\\777", "'\\\\777'", List.of());
        middle("a\\\nb", "'ab'", List.of());
        rawMiddle("a\\\nb", "'a\\\\\\nb'", List.of());
        middle("\\\\", "'\\\\'", List.of());
        rawMiddle("\\\\", "'\\\\\\\\'", List.of());
        middle("\\'", "\"'\"", List.of());
        rawMiddle("\\'", "\"\\\\'\"", List.of());
        middleError("\\N{foo}", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name");
        middleError("\u00E9\\x4", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape");
        rawMiddle("\u00E9\\x4", "'\u00E9\\\\x4'", List.of());
        middle("a\r\nb", "'a\\nb'", List.of());
        rawMiddle("a\r\nb", "'a\\nb'", List.of());
    }

    @Test
    void valuesAreJavaStringsAndBytes() {
        assertEquals("a\u2014b", StringLiterals.decode("'a\\N{EM DASH}b'", AT, IGNORE));
        assertEquals("\uD83D\uDE00", StringLiterals.decode("'\\U0001F600'", AT, IGNORE));
        assertEquals("h\u00e9\uD83D\uDE00", StringLiterals.decode("\"h\u00e9\uD83D\uDE00\"", AT, IGNORE));
        assertEquals("x\ny", StringLiterals.decode("'''x\r\ny'''", AT, IGNORE));
        Object b = StringLiterals.decode("b'\\x00\\xffA'", AT, IGNORE);
        assertInstanceOf(BytesConstant.class, b);
        assertEquals(new BytesConstant(new byte[] {0, (byte) 0xff, 'A'}), b);
    }

    @Test
    void prefixFlags() {
        assertEquals(0, StringLiterals.prefixFlags("'x'"));
        assertEquals(StringLiterals.UNICODE, StringLiterals.prefixFlags("u'x'"));
        assertEquals(StringLiterals.UNICODE, StringLiterals.prefixFlags("U\"x\""));
        assertEquals(StringLiterals.BYTES | StringLiterals.RAW, StringLiterals.prefixFlags("Rb'x'"));
        assertEquals(StringLiterals.BYTES | StringLiterals.RAW, StringLiterals.prefixFlags("bR'''x'''"));
        assertEquals(StringLiterals.FORMAT | StringLiterals.RAW, StringLiterals.prefixFlags("rF'"));
        assertEquals(StringLiterals.FORMAT, StringLiterals.prefixFlags("f\"\"\""));
    }

    @Test
    void warningSinkMayRaise() {
        // Under -W error CPython raises the warning's message as a SyntaxError at the token.
        LiteralError e = assertThrows(LiteralError.class,
                () -> StringLiterals.decode("'\\d'", AT, (m, at) -> { throw new LiteralError(m, false); }));
        assertEquals("invalid escape sequence '\\d'", e.msg);
    }
}
