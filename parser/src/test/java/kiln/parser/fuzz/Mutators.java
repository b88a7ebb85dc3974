package kiln.parser.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * The byte- and line-level mutations the fuzzer applies to real sources. Every method takes the
 * input's own {@link Random} and returns a new array, so an input is a pure function of the seed
 * and its index.
 */
final class Mutators {
    private Mutators() {}

    private static final byte[] BRACKETS_AND_QUOTES = "()[]{}'\"".getBytes(StandardCharsets.US_ASCII);

    /** Bytes that mean something to a tokenizer or a UTF-8 decoder. */
    private static final byte[] INTERESTING_BYTES = {
        0, '\t', '\n', '\r', '\f', 0x0b, ' ', '\\', '#', '\'', '"', '(', ')', '[', ']', '{', '}', ':', ';', ',',
        '.', '=', '@', '$', '?', '!', '`', '0', '_', 'x', 'j', 'e', (byte) 0x80, (byte) 0xa0, (byte) 0xbf,
        (byte) 0xc0, (byte) 0xc3, (byte) 0xe2, (byte) 0xed, (byte) 0xef, (byte) 0xf0, (byte) 0xf4, (byte) 0xf8,
        (byte) 0xfe, (byte) 0xff, 0x7f, 0x1b,
    };

    /** Python tokens and token fragments, valid or not, chosen to reach every tokenizer and parser state. */
    static final String[] TOKENS = {
        // keywords and soft keywords
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "except*", "finally", "for", "from", "global", "if", "import", "in",
        "is", "is not", "not in", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield", "yield from", "match", "case", "type", "_", "print", "__debug__", "__peg_parser__",
        // operators and delimiters
        "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">", "<=", ">=",
        "==", "!=", "<>", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "->", "=", "+=", "-=",
        "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=", "!", "$", "?", "`",
        // strings, f-strings, bytes
        "'", "\"", "'''", "\"\"\"", "f\"{", "f'{", "f\"{x}\"", "f'{x!r:>{w}}'", "f\"{x=}\"", "f'{x:{y}}'",
        "f'{{'", "f'}'", "f'{'", "f'{!r}'", "f'{x!z}'", "f'{lambda x: 1}'", "f'{yield}'", "f'''{\n'''",
        "rf'\\{x}'", "fr\"", "rb'", "br'''", "u'", "b'\\xff'", "b'\u00e9'", "'\\N{BULLET}'", "'\\N{", "'\\x1'",
        "'\\777'", "'\\q'", "t'", "ur''",
        // numbers
        "0", "1_000", "1_", "1__0", "0x", "0xg", "0b2", "0o8", "0777", "00", "1e", "1e+", "1.e5j", ".5", "5.",
        "1if", "0x1for", "1_j", "9" .repeat(40), "1.7976931348623157e309", "0_0", "1__", "0b_1",
        // layout
        "\\", "\\\n", "\t", "\f", "\r", "\r\n", "\n", "\n\n", "    ", "\t ", " \t", "\u000b", "#", "# type: ignore",
        "# type: int", "# -*- coding: latin-1 -*-\n", "#!python\n",
        // statements and their openings
        "def f(", "def f():\n", "class C:", "class C[T]:", "if x:\n", "else:", "try:", "except:", "with (",
        "for x in y:", "while 1:", "async def", "return", "global x", "nonlocal x", "import *", "from . import",
        "from __future__ import braces", "match x:\n case", "type X = int", "@", "*a, b = c", "**kw", "*args",
        "lambda *a, **k: 0", "x[::]", "a if b", "yield (", "await (", "del (a, [b])", "(x := 1)",
        // characters outside ASCII, valid and invalid
        "\u00e9", "\u00a0", "\u2028", "\u00b2", "\u0660", "\ud835\udd18", "\u200b", "\ufeff", "\u30c6\u30b9\u30c8", "\u212b",
        "\0",
    };

    /** Raw byte sequences that no Python source is allowed to contain, or that need care. */
    private static final byte[][] RAW_TOKENS = {
        {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xc0, (byte) 0x80}, {0},
        {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {0x1a}, {0x1b},
    };

    static final String[] ENCODINGS = {
        "utf-8", "UTF-8", "utf8", "latin-1", "iso-8859-1", "iso-8859-15", "cp1252", "ascii", "us-ascii", "utf-16",
        "utf-8-sig", "euc-jp", "shift_jis", "koi8-r", "mac-roman", "cp037", "bogus-encoding", "", "utf-8 ", "idna",
        "rot13", "latin-1-unix", "uTf_8",
    };

    // ---------------------------------------------------------------- byte level

    static byte[] byteFlip(Random r, byte[] src) {
        if (src.length == 0) {
            return src;
        }
        byte[] out = src.clone();
        int k = 1 + r.nextInt(4);
        for (int i = 0; i < k; i++) {
            int pos = r.nextInt(out.length);
            out[pos] = r.nextBoolean() ? (byte) (out[pos] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
        }
        return out;
    }

    static byte[] byteInsert(Random r, byte[] src) {
        byte[] out = src;
        int k = 1 + r.nextInt(4);
        for (int i = 0; i < k; i++) {
            byte b = r.nextInt(3) == 0 ? (byte) r.nextInt(256) : INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)];
            out = insert(out, r.nextInt(out.length + 1), new byte[] {b});
        }
        return out;
    }

    static byte[] byteDelete(Random r, byte[] src) {
        byte[] out = src;
        int k = 1 + r.nextInt(4);
        for (int i = 0; i < k && out.length > 0; i++) {
            int from = r.nextInt(out.length);
            int to = Math.min(out.length, from + 1 + r.nextInt(16));
            out = delete(out, from, to);
        }
        return out;
    }

    static byte[] truncate(Random r, byte[] src) {
        return Arrays.copyOf(src, r.nextInt(src.length + 1));
    }

    // ---------------------------------------------------------------- brackets, quotes, tokens

    static byte[] bracketDelete(Random r, byte[] src) {
        int count = 0;
        for (byte b : src) {
            if (isBracketOrQuote(b)) {
                count++;
            }
        }
        if (count == 0) {
            return byteDelete(r, src);
        }
        int k = 1 + r.nextInt(3);
        byte[] out = src;
        for (int i = 0; i < k && count > 0; i++) {
            int target = r.nextInt(count);
            for (int p = 0; p < out.length; p++) {
                if (isBracketOrQuote(out[p]) && target-- == 0) {
                    out = delete(out, p, p + 1);
                    count--;
                    break;
                }
            }
        }
        return out;
    }

    static byte[] bracketInsert(Random r, byte[] src) {
        byte[] out = src;
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            byte[] ins = r.nextInt(6) == 0
                    ? (r.nextBoolean() ? "\"\"\"" : "'''").getBytes(StandardCharsets.US_ASCII)
                    : new byte[] {BRACKETS_AND_QUOTES[r.nextInt(BRACKETS_AND_QUOTES.length)]};
            out = insert(out, r.nextInt(out.length + 1), ins);
        }
        return out;
    }

    private static boolean isBracketOrQuote(byte b) {
        for (byte c : BRACKETS_AND_QUOTES) {
            if (b == c) {
                return true;
            }
        }
        return false;
    }

    static byte[] randomToken(Random r) {
        if (r.nextInt(8) == 0) {
            return RAW_TOKENS[r.nextInt(RAW_TOKENS.length)];
        }
        String t = TOKENS[r.nextInt(TOKENS.length)];
        return switch (r.nextInt(4)) {
            case 0 -> (" " + t + " ").getBytes(StandardCharsets.UTF_8);
            case 1 -> (" " + t).getBytes(StandardCharsets.UTF_8);
            default -> t.getBytes(StandardCharsets.UTF_8);
        };
    }

    static byte[] tokenInsert(Random r, byte[] src) {
        byte[] out = src;
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            out = insert(out, r.nextInt(out.length + 1), randomToken(r));
        }
        return out;
    }

    /** Replaces the word (identifier, keyword or number) at or after a random offset by a random token. */
    static byte[] tokenReplace(Random r, byte[] src) {
        byte[] out = src;
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            if (out.length == 0) {
                return randomToken(r);
            }
            int start = r.nextInt(out.length);
            while (start < out.length && !isWordByte(out[start])) {
                start++;
            }
            if (start == out.length) {
                out = insert(out, out.length, randomToken(r));
                continue;
            }
            while (start > 0 && isWordByte(out[start - 1])) {
                start--;
            }
            int end = start;
            while (end < out.length && isWordByte(out[end])) {
                end++;
            }
            out = replace(out, start, end, randomToken(r));
        }
        return out;
    }

    private static boolean isWordByte(byte b) {
        return b == '_' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }

    // ---------------------------------------------------------------- lines

    /** Lines of b's source [from, to) inserted into a's, or replacing as many of a's lines. */
    static byte[] lineSplice(Random r, byte[] a, byte[] b) {
        int[] la = lineStarts(a);
        int[] lb = lineStarts(b);
        int bFrom = r.nextInt(lb.length - 1);
        int bTo = Math.min(lb.length - 1, bFrom + 1 + r.nextInt(20));
        byte[] piece = Arrays.copyOfRange(b, lb[bFrom], lb[bTo]);
        int at = r.nextInt(la.length);
        int replaceTo = r.nextBoolean() ? at : Math.min(la.length - 1, at + r.nextInt(20));
        int start = at == la.length - 1 ? a.length : la[at];
        int end = replaceTo >= la.length - 1 ? a.length : la[replaceTo];
        return replace(a, start, Math.max(start, end), piece);
    }

    static byte[] lineShuffle(Random r, byte[] src) {
        byte[] out = src;
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            int[] ls = lineStarts(out);
            int lines = ls.length - 1;
            if (lines == 0) {
                return out;
            }
            int x = r.nextInt(lines);
            byte[] line = Arrays.copyOfRange(out, ls[x], ls[x + 1]);
            switch (r.nextInt(3)) {
                case 0 -> out = delete(out, ls[x], ls[x + 1]);
                case 1 -> out = insert(out, ls[x], line);
                default -> {
                    // Move the line somewhere else.
                    byte[] without = delete(out, ls[x], ls[x + 1]);
                    int[] ws = lineStarts(without);
                    out = insert(without, ws[r.nextInt(ws.length)], line);
                }
            }
        }
        return out;
    }

    static byte[] indentChange(Random r, byte[] src) {
        byte[] out = src;
        int k = 1 + r.nextInt(5);
        for (int i = 0; i < k; i++) {
            int[] ls = lineStarts(out);
            int x = r.nextInt(ls.length);
            int start = x == ls.length - 1 ? out.length : ls[x];
            int ws = start;
            while (ws < out.length && (out[ws] == ' ' || out[ws] == '\t' || out[ws] == '\f')) {
                ws++;
            }
            byte[] indent = Arrays.copyOfRange(out, start, ws);
            byte[] replacement = switch (r.nextInt(7)) {
                case 0 -> concat(" ".repeat(1 + r.nextInt(8)).getBytes(StandardCharsets.US_ASCII), indent);
                case 1 -> Arrays.copyOf(indent, Math.max(0, indent.length - 1 - r.nextInt(8)));
                case 2 -> ascii(new String(indent, StandardCharsets.US_ASCII).replace("        ", "\t"));
                case 3 -> ascii(new String(indent, StandardCharsets.US_ASCII).replace("\t", "    "));
                case 4 -> concat(ascii("\f"), indent);
                case 5 -> concat(indent, ascii(r.nextBoolean() ? " \t" : "\t "));
                default -> new byte[0];
            };
            out = replace(out, start, ws, replacement);
        }
        return out;
    }

    static byte[] newlineChange(Random r, byte[] src) {
        String eol = switch (r.nextInt(4)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            case 2 -> "\n\r";
            default -> "";
        };
        int[] ls = lineStarts(src);
        int from = r.nextInt(ls.length);
        int to = r.nextInt(4) == 0 ? ls.length : Math.min(ls.length, from + 1 + r.nextInt(10));
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length + 64);
        byte[] eolBytes = ascii(eol);
        for (int i = 0; i < src.length; i++) {
            if (src[i] == '\n' && inLines(ls, i, from, to)) {
                out.writeBytes(eolBytes);
            } else {
                out.write(src[i]);
            }
        }
        return out.toByteArray();
    }

    private static boolean inLines(int[] ls, int offset, int from, int to) {
        int lo = from < ls.length ? ls[from] : Integer.MAX_VALUE;
        int hi = to < ls.length ? ls[to] : Integer.MAX_VALUE;
        return offset >= lo && offset < hi;
    }

    /** A BOM, a coding declaration on line 1, 2 or 3, or both, most often disagreeing with the bytes. */
    static byte[] encoding(Random r, byte[] src) {
        String enc = ENCODINGS[r.nextInt(ENCODINGS.length)];
        byte[] cookie = ascii(switch (r.nextInt(3)) {
            case 0 -> "# -*- coding: " + enc + " -*-\n";
            case 1 -> "# coding=" + enc + "\n";
            default -> "#vim: set fileencoding=" + enc + " :\n";
        });
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        int[] ls = lineStarts(src);
        return switch (r.nextInt(4)) {
            case 0 -> concat(bom, src);
            case 1 -> concat(cookie, src);
            case 2 -> concat(concat(bom, cookie), src);
            default -> {
                int line = Math.min(ls.length - 1, 1 + r.nextInt(2));
                yield insert(src, ls[line], cookie);
            }
        };
    }

    // ---------------------------------------------------------------- helpers

    /** Offsets where each line starts, plus src.length as a last entry; a final line without '\n' counts. */
    static int[] lineStarts(byte[] src) {
        int n = 1;
        for (int i = 0; i < src.length; i++) {
            if (src[i] == '\n' && i + 1 < src.length) {
                n++;
            }
        }
        int[] starts = new int[n + 1];
        int k = 1;
        for (int i = 0; i < src.length; i++) {
            if (src[i] == '\n' && i + 1 < src.length) {
                starts[k++] = i + 1;
            }
        }
        starts[n] = src.length;
        return starts;
    }

    static byte[] insert(byte[] a, int pos, byte[] ins) {
        return replace(a, pos, pos, ins);
    }

    static byte[] delete(byte[] a, int from, int to) {
        return replace(a, from, to, new byte[0]);
    }

    static byte[] replace(byte[] a, int from, int to, byte[] ins) {
        byte[] out = new byte[a.length - (to - from) + ins.length];
        System.arraycopy(a, 0, out, 0, from);
        System.arraycopy(ins, 0, out, from, ins.length);
        System.arraycopy(a, to, out, from + ins.length, a.length - to);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        return replace(a, a.length, a.length, b);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
