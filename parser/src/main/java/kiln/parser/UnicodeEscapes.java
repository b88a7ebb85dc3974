package kiln.parser;

import java.util.BitSet;

/**
 * The "unicode_escape" decoding of a str literal's body, with CPython 3.12's error messages.
 *
 * <p>CPython first copies the body into a buffer where every non-ASCII character is spelled
 * {@code \UXXXXXXXX} (10 bytes) and a backslash before a non-ASCII character becomes
 * {@code \u005c}, then decodes that buffer; error positions are offsets in that buffer, so this
 * decoder keeps the equivalent offset ({@code pos}) as it walks the original text.
 */
// CPython 3.12: Parser/string_parser.c, decode_unicode_with_escapes, and
// Objects/unicodeobject.c, _PyUnicode_DecodeUnicodeEscapeInternal
final class UnicodeEscapes {
    private UnicodeEscapes() {}

    /**
     * Appends the decoded text[start, end) to {@code out}.
     *
     * @return the index in {@code text} of the character after the backslash of the first invalid
     *     escape (for an octal escape above 0o377, of its first digit), or -1
     * @throws LiteralError for a malformed escape
     */
    static int decode(String text, int start, int end, StringBuilder out, BitSet splits) {
        int invalid = -1;
        int pos = 0; // offset in CPython's intermediate buffer
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c != '\\') {
                if (c < 0x80) {
                    if (c == '\r') {
                        c = '\n';
                        if (i + 1 < end && text.charAt(i + 1) == '\n') i++;
                    }
                    out.append(c);
                    i++;
                    pos++;
                } else {
                    // A surrogate pair is one code point, spelled once as \UXXXXXXXX.
                    int len = Character.isHighSurrogate(c) && i + 1 < end
                            && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
                    out.append(text, i, i + len);
                    i += len;
                    pos += 10;
                }
                continue;
            }
            int escStart = pos;
            if (i + 1 >= end || text.charAt(i + 1) >= 0x80) {
                // Spelled \u005c in CPython's buffer: a plain backslash, the next character kept.
                out.append('\\');
                i++;
                pos += 6;
                continue;
            }
            char e = text.charAt(i + 1);
            i += 2;
            pos += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < end && text.charAt(i) == '\n') i++;
                }
                case '\\', '\'', '"' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    if (i < end && StringLiterals.isOctal(text.charAt(i))) {
                        v = v * 8 + (text.charAt(i++) - '0');
                        pos++;
                        if (i < end && StringLiterals.isOctal(text.charAt(i))) {
                            v = v * 8 + (text.charAt(i++) - '0');
                            pos++;
                        }
                    }
                    if (v > 0377 && invalid < 0) invalid = i - 3;
                    out.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < count; k++) {
                        int d = i < end ? hexValue(text.charAt(i)) : -1;
                        if (d < 0) {
                            String what = e == 'x' ? "truncated \\xXX escape"
                                    : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                            throw error(escStart, pos, what);
                        }
                        v = (v << 4) | d;
                        i++;
                        pos++;
                    }
                    if (Integer.compareUnsigned(v, Character.MAX_CODE_POINT) > 0) {
                        throw error(escStart, pos, "illegal Unicode character");
                    }
                    if (Character.isLowSurrogate((char) v) && v <= 0xffff && !out.isEmpty()
                            && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
                        // Two escaped surrogates are two Python code points; a Java String would fuse them.
                        splits.set(out.length());
                    }
                    out.appendCodePoint(v);
                }
                case 'N' -> {
                    int braceAt = i;
                    i = namedEscape(text, i, end, out, escStart, pos);
                    pos += bufferLength(text, braceAt, i, end);
                }
                default -> {
                    if (invalid < 0) invalid = i - 1;
                    out.append('\\').append(e);
                }
            }
        }
        return invalid;
    }

    private static int namedEscape(String text, int i, int end, StringBuilder out, int escStart, int pos) {
        String malformed = "malformed \\N character escape";
        if (i >= end || text.charAt(i) != '{') throw error(escStart, pos, malformed);
        int nameStart = i + 1;
        int close = text.indexOf('}', nameStart);
        if (close < 0 || close >= end) {
            throw error(escStart, pos + 1 + bufferLength(text, nameStart, end, end), malformed);
        }
        if (close == nameStart) throw error(escStart, pos + 1, malformed);
        int after = pos + 1 + bufferLength(text, nameStart, close, end) + 1;
        int cp = UnicodeNames.lookup(text.substring(nameStart, close));
        if (cp < 0) throw error(escStart, after, "unknown Unicode character name");
        out.appendCodePoint(cp);
        return close + 1;
    }

    /** The length of text[from, to) in CPython's intermediate buffer. */
    private static int bufferLength(String text, int from, int to, int end) {
        int len = 0;
        for (int i = from; i < to; ) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 >= end || text.charAt(i + 1) >= 0x80) {
                    len += 6;
                    i++;
                } else {
                    len += 2;
                    i += 2;
                }
            } else if (c >= 0x80) {
                len += 10;
                i += Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            } else {
                if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') i++;
                len++;
                i++;
            }
        }
        return len;
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // CPython 3.12: Objects/exceptions.c, UnicodeDecodeError_str
    private static LiteralError error(int start, int endExclusive, String reason) {
        String where = endExclusive == start + 1
                ? "byte 0x5c in position " + start
                : "bytes in position " + start + "-" + (endExclusive - 1);
        return new LiteralError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason, false);
    }
}
