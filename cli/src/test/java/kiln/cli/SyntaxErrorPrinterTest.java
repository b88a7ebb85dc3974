package kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kiln.parser.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Expected texts are what CPython 3.12.1 printed for {@code python FILE} on these sources; the exception
 * fields are the ones CPython's SyntaxError carried for them (lineno, offset, end_lineno, end_offset, text).
 */
class SyntaxErrorPrinterTest {
    private static String format(String type, String msg, int line, int off, int endLine, int endOff, String text) {
        return kiln.runtime.main.SyntaxErrorFormat.format(new PySyntaxError(type, msg, "f.py", line, off, endLine, endOff, text));
    }

    @Test
    void singleCaretWhenEndOffsetIsZero() {
        assertEquals("  File \"f.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
                format("SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (1,\n"));
    }

    @Test
    void caretRange() {
        assertEquals("  File \"f.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\n"
                        + "SyntaxError: Generator expression must be parenthesized\n",
                format("SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15, "f(a for a in b, c)\n"));
    }

    @Test
    void indentationIsStrippedAndCaretShifted() {
        assertEquals("  File \"f.py\", line 2\n    2 +* 3)\n       ^\nSyntaxError: invalid syntax\n",
                format("SyntaxError", "invalid syntax", 2, 6, 2, 7, "  2 +* 3)\n"));
        assertEquals("  File \"f.py\", line 4\n    b = 3\n         ^\n"
                        + "IndentationError: unindent does not match any outer indentation level\n",
                format("IndentationError", "unindent does not match any outer indentation level", 4, 8, 4, -1,
                        "  b = 3\n"));
    }

    @Test
    void noCaretLeftOfTheText() {
        assertEquals("  File \"f.py\", line 1\n    x=1\nIndentationError: unexpected indent\n",
                format("IndentationError", "unexpected indent", 1, 2, 1, -1, "  x=1\n"));
        assertEquals("  File \"f.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n",
                format("TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        pass\n"));
        assertEquals("  File \"f.py\", line 2\n    foo(\u20ac)\nIndentationError: unexpected indent\n",
                format("IndentationError", "unexpected indent", 2, 1, 2, -1, "\tfoo(\u20ac)\n"));
    }

    @Test
    void offsetsCountCharactersNotBytes() {
        assertEquals("  File \"f.py\", line 1\n    x = \"\u00e9\u00e9\" + * 1\n                 ^\nSyntaxError: invalid syntax\n",
                format("SyntaxError", "invalid syntax", 1, 14, 1, 15, "x = \"\u00e9\u00e9\" + * 1\n"));
    }

    @Test
    void textWithoutNewline() {
        assertEquals("  File \"f.py\", line 1\n    s = \"\"\"abc\n        ^\n"
                        + "SyntaxError: unterminated triple-quoted string literal (detected at line 2)\n",
                format("SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5,
                        "s = \"\"\"abc"));
    }
}
