package kiln.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Source bytes to text as CPython 3.12's string tokenizer reads them ({@code compile(bytes)},
 * {@code ast.parse(bytes)}): newlines translated first ("\r\n" and a lone "\r" become "\n"), then a
 * UTF-8 BOM, then a PEP 263 coding cookie on line 1 or 2 (line 2 only when line 1 holds nothing
 * but blanks or a comment). Without a cookie, or with one CPython normalises to "utf-8", the bytes
 * are not checked: a byte that is not valid UTF-8 is kept as U+DC80..U+DCFF (see {@link Source})
 * and CPython's error comes later, from the token that holds it. Any other codec decodes the whole
 * text strictly, and a failure is a SyntaxError without a line, as in CPython.
 * CPython 3.12: Parser/tokenizer.c, decode_str, check_bom, check_coding_spec, get_normal_name.
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    /** The decoded text (newlines translated, no final newline added). */
    public static String decode(byte[] bytes, String filename) {
        return decodeText(bytes, filename, null);
    }

    /** The decoded text as the tokenizer's input for the 'exec' start rule (a final newline added). */
    public static Source decodeSource(byte[] bytes, String filename) {
        boolean[] declared = new boolean[1];
        String text = decodeText(bytes, filename, declared);
        return new Source(Source.translate(text, true), !declared[0]);
    }

    private static String decodeText(byte[] bytes, String filename, boolean[] declared) {
        // compile() refuses these before anything else (Python/pythonrun.c, _Py_SourceAsString).
        for (byte b : bytes) {
            if (b == 0) {
                throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename,
                        0, 0, 0, 0, null);
            }
        }
        byte[] b = translateNewlineBytes(bytes);
        int start = 0;
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        String cookie = findCookie(b, start);
        if (bom && cookie != null && !cookie.equals("utf-8")) {
            throw noLine("encoding problem: " + cookie + " with BOM", filename);
        }
        if (declared != null) {
            declared[0] = bom || cookie != null;
        }
        if (cookie == null || cookie.equals("utf-8")) {
            return Utf8Codec.decodeEscaped(b, start, b.length);
        }
        return decodeWith(cookie, b, start, filename);
    }

    private static PySyntaxError noLine(String msg, String filename) {
        // CPython raises these before reading any line: lineno 0, offset -1, no text.
        return new PySyntaxError("SyntaxError", msg, filename, 0, -1, 0, 0, null);
    }

    /**
     * Whether CPython learns an encoding from these bytes (a UTF-8 BOM or a coding cookie). Without
     * one, its parser reports SyntaxError columns in bytes ({@link Source#errorColumnsInBytes()}).
     */
    public static boolean declaresEncoding(byte[] bytes) {
        byte[] b = translateNewlineBytes(bytes);
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        return bom || findCookie(b, bom ? 3 : 0) != null;
    }

    /** "\r\n" and a lone "\r" become "\n", as CPython's tokenizer reads str input. */
    public static String translateNewlines(String s) {
        return Source.translate(s, false);
    }

    /** CPython's translate_newlines on bytes: "\r\n" and a lone "\r" become "\n". */
    static byte[] translateNewlineBytes(byte[] b) {
        int cr = -1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\r') {
                cr = i;
                break;
            }
        }
        if (cr < 0) {
            return b;
        }
        byte[] out = new byte[b.length];
        System.arraycopy(b, 0, out, 0, cr);
        int o = cr;
        for (int i = cr; i < b.length; i++) {
            if (b[i] == '\r') {
                out[o++] = '\n';
                if (i + 1 < b.length && b[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[o++] = b[i];
            }
        }
        return java.util.Arrays.copyOf(out, o);
    }

    // ---------------------------------------------------------------- the cookie

    /** The normalised cookie of line 1 or 2, or null. */
    static String findCookie(byte[] b, int start) {
        // (CPython adds a final newline before looking, so a last line without one counts too.)
        int end1 = lineEnd(b, start);
        Object first = cookieOf(b, start, end1);
        if (first instanceof String s) {
            return s;
        }
        if (first == Boolean.FALSE || end1 >= b.length) {
            return null; // line 1 holds code: no cookie can follow
        }
        int start2 = end1 + 1;
        int end2 = lineEnd(b, start2);
        Object second = cookieOf(b, start2, end2);
        return second instanceof String s ? s : null;
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') return i;
        }
        return b.length;
    }

    /**
     * The cookie on one line (without its newline); Boolean.TRUE when the line is blank or only a
     * comment (so line 2 may still hold one), Boolean.FALSE when it holds code.
     * CPython 3.12: Parser/tokenizer.c, get_coding_spec and check_coding_spec.
     */
    private static Object cookieOf(byte[] b, int from, int to) {
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) i++;
        if (i >= to) {
            return Boolean.TRUE;
        }
        if (b[i] != '#') {
            return Boolean.FALSE;
        }
        // "coding" must start early enough for one more byte (":" or "=") to fit on the line.
        for (int k = i; k + 6 < to; k++) {
            if (b[k] == 'c' && b[k + 1] == 'o' && b[k + 2] == 'd' && b[k + 3] == 'i' && b[k + 4] == 'n'
                    && b[k + 5] == 'g' && (b[k + 6] == ':' || b[k + 6] == '=')) {
                int t = k + 7;
                while (t < to && (b[t] == ' ' || b[t] == '\t')) t++;
                int begin = t;
                while (t < to && (isAlnum(b[t]) || b[t] == '-' || b[t] == '_' || b[t] == '.')) t++;
                if (t > begin) {
                    return normalName(new String(b, begin, t - begin, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return Boolean.TRUE;
    }

    private static boolean isAlnum(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // CPython 3.12: Parser/tokenizer.c, get_normal_name (only utf-8 and latin-1 spellings are folded)
    static String normalName(String s) {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < s.length() && i < 12; i++) {
            char c = s.charAt(i);
            sb.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = sb.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    // ---------------------------------------------------------------- codecs

    /**
     * The codec module Python's codec registry finds for a name, or null.
     * CPython 3.12: Lib/encodings/__init__.py, normalize_encoding and search_function.
     */
    static String codecModule(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                if (punct && !sb.isEmpty()) {
                    sb.append('_');
                }
                sb.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        String norm = sb.toString();
        String module = CodecTable.alias(norm);
        if (module == null) {
            module = CodecTable.alias(norm.replace('.', '_'));
        }
        if (module == null) {
            module = norm;
        }
        return CodecTable.known(module) ? module : null;
    }

    /** The whole text through a named codec, or CPython's error for it (lineno 0, no text). */
    private static String decodeWith(String cookie, byte[] b, int start, String filename) {
        String module = codecModule(cookie);
        if (module == null) {
            throw noLine("unknown encoding: " + cookie, filename);
        }
        if (CodecTable.nonText(module)) {
            throw noLine("'" + cookie + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                    filename);
        }
        if (module.equals("undefined")) {
            throw noLine("undefined encoding", filename);
        }
        String errorName = CodecTable.errorName(module);
        if (module.equals("utf_8") || module.equals("utf_8_sig")) {
            int from = start;
            if (module.equals("utf_8_sig") && b.length - from >= 3 && (b[from] & 0xff) == 0xEF
                    && (b[from + 1] & 0xff) == 0xBB && (b[from + 2] & 0xff) == 0xBF) {
                from += 3;
            }
            Utf8Codec.Error e = Utf8Codec.firstError(b, from, b.length);
            if (e != null) {
                throw noLine(e.message(errorName, b, start), filename);
            }
            return new String(b, from, b.length - from, StandardCharsets.UTF_8);
        }
        String table = CodecTable.charmap(module);
        if (table != null) {
            char[] out = new char[b.length - start];
            for (int i = start; i < b.length; i++) {
                char c = table.charAt(b[i] & 0xff);
                if (c == '\uFFFE') {
                    throw noLine(String.format("'%s' codec can't decode byte 0x%02x in position %d: "
                            + "character maps to <undefined>", errorName, b[i] & 0xff, i - start), filename);
                }
                out[i - start] = c;
            }
            return new String(out);
        }
        String jdk = CodecTable.jdkCharset(module);
        if (jdk == null || !Charset.isSupported(jdk)) {
            throw noLine("unknown encoding: " + cookie, filename);
        }
        return decodeJdk(Charset.forName(jdk), errorName, module, b, start, filename);
    }

    private static String decodeJdk(Charset cs, String errorName, String module, byte[] b, int start,
                                    String filename) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        CharBuffer out = CharBuffer.allocate((b.length - start) * 2 + 4);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int pos = in.position();
            // CPython's CJK codecs report an illegal sequence at its first byte.
            int n = module.startsWith("utf_") ? r.length() : 1;
            String reason;
            if (module.equals("ascii")) {
                reason = "ordinal not in range(128)";
            } else if (module.startsWith("utf_16") || module.startsWith("utf_32")) {
                reason = pos + n >= b.length ? "truncated data" : "illegal encoding";
            } else {
                reason = pos + n >= b.length ? "incomplete multibyte sequence" : "illegal multibyte sequence";
            }
            String msg = n <= 1
                    ? String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", errorName,
                            b[pos] & 0xff, pos - start, reason)
                    : String.format("'%s' codec can't decode bytes in position %d-%d: %s", errorName, pos - start,
                            pos - start + n - 1, reason);
            throw noLine(msg, filename);
        }
        out.flip();
        return out.toString();
    }

    // ---------------------------------------------------------------- undecodable bytes

    /**
     * Python's message for the first undecodable byte in {@code s[from, to)}, as CPython gives it
     * when it decodes that span of the source as UTF-8 ("'utf-8' codec can't decode byte 0xf6 in
     * position 2: invalid start byte", positions in bytes from {@code from}), or null when the span
     * holds no byte kept by the decoder. For the parser's string decoding ("(unicode error) " is
     * CPython's prefix there).
     */
    public static String undecodableBytesMessage(CharSequence s, int from, int to) {
        if (!Utf8Codec.hasEscapedByte(s, from, to)) {
            return null;
        }
        byte[] raw = Utf8Codec.encode(s, from, to);
        Utf8Codec.Error e = Utf8Codec.firstError(raw, 0, raw.length);
        return e == null ? null : e.message("utf-8", raw, 0);
    }
}
