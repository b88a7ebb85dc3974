package kiln.parser;

import java.util.BitSet;

import kiln.parser.ast.BytesConstant;
import kiln.parser.ast.SurrogateStr;

/**
 * Values of string literal tokens, computed as CPython 3.12's parser does (Parser/string_parser.c,
 * Parser/action_helpers.c), one token at a time; the parser concatenates adjacent pieces.
 *
 * <ul>
 *   <li>{@link #decode(Token, WarningSink)} / {@link #decode(String, Token, WarningSink)}: a STRING
 *       token's full text (prefix, quotes, body) to a {@link String} (str) or a
 *       {@link BytesConstant} (bytes). Prefixes r, u, b, br, rb in any case.</li>
 *   <li>{@link #decodeFStringMiddle(String, boolean, Token, WarningSink)}: an FSTRING_MIDDLE token's
 *       text (an f-string's literal part, in which the tokenizer has already turned each doubled
 *       brace into a single one) to a String; escapes are processed unless the f-string is raw,
 *       {@code \N{...}} included.</li>
 *   <li>{@link #prefixFlags(String)}: the {@link #BYTES}, {@link #RAW}, {@link #UNICODE} (the
 *       Constant's {@code kind='u'}) and {@link #FORMAT} bits of a STRING or FSTRING_START token.</li>
 * </ul>
 *
 * <p>Errors throw {@link LiteralError} with CPython's message, e.g. {@code (unicode error)
 * 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape}, {@code (value
 * error) invalid \x escape at position 0}, {@code bytes can only contain ASCII literal characters};
 * positions count as CPython does, in its intermediate buffer where each non-ASCII character is
 * spelled {@code \UXXXXXXXX}. See LiteralError for where CPython reports them.
 *
 * <p>Invalid escapes ({@code \d}) and octal escapes above 0o377 are not errors in 3.12 but a
 * SyntaxWarning, reported to the {@link WarningSink} for the first one in each token. CPython
 * attributes the warning to a token: pass the STRING token for strings and the f-string's
 * FSTRING_END token for f-string parts. Under {@code -W error} CPython turns the warning into a
 * SyntaxError with the same message at that token; a sink may do that by throwing.
 *
 * <p>Newlines in the text may be {@code \n}, {@code \r\n} or {@code \r}; each counts as one
 * {@code \n}, as in CPython, whose tokenizer translates them before the parser sees the text.
 */
public final class StringLiterals {
    private StringLiterals() {}

    /** Receives the SyntaxWarnings that decoding a literal produces. */
    @FunctionalInterface
    public interface WarningSink {
        /** @param at the token CPython attributes the warning to (its lineno is the warning's) */
        void warn(String message, Token at);

        WarningSink IGNORE = (message, at) -> {};
    }

    public static final int BYTES = 1, RAW = 2, UNICODE = 4, FORMAT = 8;

    /** The prefix bits of a STRING or FSTRING_START token's text. */
    public static int prefixFlags(String text) {
        int flags = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            switch (text.charAt(i)) {
                case 'b', 'B' -> flags |= BYTES;
                case 'r', 'R' -> flags |= RAW;
                case 'u', 'U' -> flags |= UNICODE;
                case 'f', 'F' -> flags |= FORMAT;
                default -> {
                    return flags;
                }
            }
        }
        return flags;
    }

    public static Object decode(Token token, WarningSink sink) {
        return decode(token.text, token, sink);
    }

    /**
     * @param text a STRING token's text
     * @param warnAt the token warnings are attributed to (may be null when {@code sink} ignores it)
     * @return a String, or a BytesConstant for a bytes literal
     */
    // CPython 3.12: Parser/string_parser.c, _PyPegen_parse_string
    public static Object decode(String text, Token warnAt, WarningSink sink) {
        int p = 0;
        int flags = 0;
        char quote;
        while (true) {
            char c = text.charAt(p);
            if (c == '\'' || c == '"') {
                quote = c;
                break;
            }
            flags |= (c == 'b' || c == 'B') ? BYTES : (c == 'r' || c == 'R') ? RAW : 0;
            p++;
        }
        int n = text.length();
        int quoteLen = (n - p >= 6 && text.charAt(p + 1) == quote && text.charAt(p + 2) == quote) ? 3 : 1;
        int start = p + quoteLen, end = n - quoteLen;
        boolean raw = (flags & RAW) != 0;
        if ((flags & BYTES) != 0) {
            return new BytesConstant(decodeBytes(text, start, end, raw, warnAt, sink));
        }
        // Bytes that were not UTF-8 reach here kept as U+DC80..U+DCFF; CPython fails when it decodes the literal.
        String undecodable = SourceDecoder.undecodableBytesMessage(text, start, end);
        if (undecodable != null) {
            throw new LiteralError("(unicode error) " + undecodable, false);
        }
        return decodeStr(text, start, end, raw, warnAt, sink, false);
    }

    /**
     * @param text an FSTRING_MIDDLE token's text
     * @param raw whether the f-string has an r prefix
     * @param warnAt the f-string's FSTRING_END token, which CPython attributes warnings to
     */
    // CPython 3.12: Parser/action_helpers.c, _PyPegen_decode_fstring_part
    public static String decodeFStringMiddle(String text, boolean raw, Token warnAt, WarningSink sink) {
        if (text.equals("{{") || text.equals("}}")) return text.substring(0, 1);
        // An f-string part is joined to its neighbours as Java text, so escaped surrogate pairs fuse
        // here (docs/COMPATIBILITY.md); plain string literals keep them apart.
        return decodeStr(text, 0, text.length(), raw, warnAt, sink, true).toString();
    }

    /** @return a String, or a {@link SurrogateStr} when escapes spell a surrogate pair as two code points */
    private static Object decodeStr(String text, int start, int end, boolean raw, Token warnAt,
                                    WarningSink sink, boolean fstring) {
        boolean plain = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c == '\\' && !raw)) {
                plain = false;
                break;
            }
        }
        if (plain) return text.substring(start, end);
        StringBuilder out = new StringBuilder(end - start);
        if (raw) {
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\r') {
                    out.append('\n');
                    if (i + 1 < end && text.charAt(i + 1) == '\n') i++;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        BitSet splits = new BitSet();
        int invalid = UnicodeEscapes.decode(text, start, end, out, splits);
        if (invalid >= 0) {
            char c = text.charAt(invalid);
            // The tokenizer has already warned about "\{" and "\}" in f-strings.
            if (!(fstring && (c == '{' || c == '}'))) {
                sink.warn(invalidEscapeMessage(text, invalid, end), warnAt);
            }
        }
        if (!splits.isEmpty()) {
            return SurrogateStr.split(out, splits);
        }
        return out.toString();
    }

    // CPython 3.12: Parser/string_parser.c, warn_invalid_escape_sequence
    private static String invalidEscapeMessage(String text, int at, int end) {
        char c = text.charAt(at);
        if (c >= '4' && c <= '7') {
            return "invalid octal escape sequence '\\" + text.substring(at, Math.min(at + 3, end)) + "'";
        }
        return "invalid escape sequence '\\" + c + "'";
    }

    // CPython 3.12: Objects/bytesobject.c, _PyBytes_DecodeEscape
    private static byte[] decodeBytes(String text, int start, int end, boolean raw, Token warnAt,
                                      WarningSink sink) {
        boolean simple = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) throw new LiteralError("bytes can only contain ASCII literal characters", false);
            if (c == '\r' || (c == '\\' && !raw)) simple = false;
        }
        byte[] buf = new byte[end - start];
        int len = 0;
        if (simple || raw) {
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\r') {
                    c = '\n';
                    if (i + 1 < end && text.charAt(i + 1) == '\n') i++;
                }
                buf[len++] = (byte) c;
            }
            return trim(buf, len);
        }
        int invalid = -1;
        int crlfSeen = 0; // "\r\n" pairs so far, so positions count them once, as CPython's translated text does
        for (int i = start; i < end; ) {
            char c = text.charAt(i++);
            if (c != '\\') {
                if (c == '\r') {
                    c = '\n';
                    if (i < end && text.charAt(i) == '\n') {
                        i++;
                        crlfSeen++;
                    }
                }
                buf[len++] = (byte) c;
                continue;
            }
            if (i >= end) throw new LiteralError("(value error) Trailing \\ in string", false);
            char e = text.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < end && text.charAt(i) == '\n') {
                        i++;
                        crlfSeen++;
                    }
                }
                case '\\', '\'', '"' -> buf[len++] = (byte) e;
                case 'b' -> buf[len++] = '\b';
                case 'f' -> buf[len++] = '\f';
                case 't' -> buf[len++] = '\t';
                case 'n' -> buf[len++] = '\n';
                case 'r' -> buf[len++] = '\r';
                case 'v' -> buf[len++] = 0x0b;
                case 'a' -> buf[len++] = 0x07;
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    if (i < end && isOctal(text.charAt(i))) {
                        v = v * 8 + (text.charAt(i++) - '0');
                        if (i < end && isOctal(text.charAt(i))) v = v * 8 + (text.charAt(i++) - '0');
                    }
                    if (v > 0377 && invalid < 0) invalid = i - 3;
                    buf[len++] = (byte) v;
                }
                case 'x' -> {
                    int d1 = i < end ? UnicodeEscapes.hexValue(text.charAt(i)) : -1;
                    int d2 = i + 1 < end ? UnicodeEscapes.hexValue(text.charAt(i + 1)) : -1;
                    if (d1 < 0 || d2 < 0) {
                        int position = i - 2 - start - crlfSeen;
                        throw new LiteralError("(value error) invalid \\x escape at position " + position, false);
                    }
                    buf[len++] = (byte) (d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    if (invalid < 0) invalid = i - 1;
                    buf[len++] = '\\';
                    buf[len++] = (byte) e;
                }
            }
        }
        if (invalid >= 0) sink.warn(invalidEscapeMessage(text, invalid, end), warnAt);
        return trim(buf, len);
    }

    static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static byte[] trim(byte[] buf, int len) {
        if (len == buf.length) return buf;
        byte[] r = new byte[len];
        System.arraycopy(buf, 0, r, 0, len);
        return r;
    }
}
