package kiln.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Source bytes to text as CPython 3.12's tokenizer reads them: a UTF-8 BOM, a PEP 263 coding cookie
 * on line 1 or 2 (line 2 only when line 1 holds nothing but a comment or blanks), UTF-8 otherwise,
 * and newlines translated ("\r\n" and a lone "\r" become "\n").
 * CPython 3.12: Parser/tokenizer.c, decode_str, check_bom, check_coding_spec, get_normal_name.
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    public static String decode(byte[] bytes, String filename) {
        int start = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        if (bom) {
            start = 3;
        }
        String cookie = findCookie(bytes, start);
        String text;
        if (cookie == null || cookie.equals("utf-8")) {
            text = decodeUtf8(bytes, start, filename);
        } else {
            if (bom) {
                throw noLine("encoding problem: " + cookie + " with BOM", filename);
            }
            Charset cs = charsetFor(cookie);
            if (cs == null) {
                throw noLine("unknown encoding: " + cookie, filename);
            }
            try {
                text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            } catch (CharacterCodingException e) {
                throw new PySyntaxError("SyntaxError", "(unicode error) '" + cookie + "' codec can't decode bytes",
                        filename, 0, -1, 0, 0, null);
            }
        }
        return translateNewlines(text);
    }

    /** Whether the bytes declare their encoding, by a UTF-8 BOM or a coding cookie. */
    public static boolean declaresEncoding(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        return bom || findCookie(bytes, 0) != null;
    }

    private static PySyntaxError noLine(String msg, String filename) {
        // CPython raises these before reading any line: lineno 0, offset -1, no text.
        return new PySyntaxError("SyntaxError", msg, filename, 0, -1, 0, 0, null);
    }

    /** The normalised cookie of line 1 or 2, or null. */
    static String findCookie(byte[] b, int start) {
        int end1 = lineEnd(b, start);
        Object first = cookieOf(b, start, end1);
        if (first instanceof String s) {
            return s;
        }
        if (first == Boolean.FALSE || end1 >= b.length) {
            return null;   // line 1 holds code: no cookie can follow
        }
        int start2 = end1 + 1;
        Object second = cookieOf(b, start2, lineEnd(b, start2));
        return second instanceof String s ? s : null;
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') return i;
        }
        return b.length;
    }

    /**
     * The cookie on one line; Boolean.TRUE when the line is blank or only a comment (so line 2 may
     * still hold one), Boolean.FALSE when it holds code.
     */
    private static Object cookieOf(byte[] b, int from, int to) {
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) i++;
        if (i >= to || b[i] == '\r') {
            return Boolean.TRUE;
        }
        if (b[i] != '#') {
            return Boolean.FALSE;
        }
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
        String buf = (s.length() > 12 ? s.substring(0, 12) : s).replace('_', '-').toLowerCase(Locale.ROOT);
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** A Java charset for a Python codec name, following Python's name normalisation and common aliases. */
    static Charset charsetFor(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String alias = switch (n) {
            case "utf8", "u8", "utf", "utf8-ucs2", "utf8-ucs4", "cp65001" -> "UTF-8";
            case "latin", "latin1", "l1", "iso8859-1", "8859", "cp819", "iso-ir-100" -> "ISO-8859-1";
            case "ascii", "us-ascii", "646", "us" -> "US-ASCII";
            case "euc-jp", "eucjp", "ujis", "u-jis" -> "EUC-JP";
            case "shift-jis", "shiftjis", "sjis", "s-jis" -> "Shift_JIS";
            case "koi8-r", "koi8r" -> "KOI8-R";
            case "koi8-u", "koi8u" -> "KOI8-U";
            case "gb2312", "euc-cn", "euccn" -> "GB2312";
            case "big5", "big5-tw", "csbig5" -> "Big5";
            case "utf-16", "utf16" -> "UTF-16";
            default -> null;
        };
        if (alias != null) {
            return Charset.forName(alias);
        }
        String[] tries = {n, n.replaceFirst("^cp(\\d+)$", "windows-$1"), n.replaceFirst("^iso(\\d)", "iso-$1"),
                n.replaceFirst("^latin-?(\\d+)$", "iso-8859-$1"), n.replaceFirst("^cp(\\d+)$", "IBM$1")};
        for (String t : tries) {
            try {
                if (Charset.isSupported(t)) {
                    return Charset.forName(t);
                }
            } catch (IllegalArgumentException e) {
                // not a legal charset name: try the next spelling
            }
        }
        return null;
    }

    /**
     * UTF-8 without a declared encoding. CPython reads such bytes unchecked and fails only where a
     * token is decoded; every Lib file with bad bytes fails inside a string, so the first bad byte's
     * line is where Kiln reports it.
     */
    private static String decodeUtf8(byte[] bytes, int start, String filename) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int b0 = bytes[bad] & 0xff;
            String reason = (b0 >= 0x80 && b0 < 0xc2) || b0 > 0xf4 ? "invalid start byte"
                    : bad + r.length() >= bytes.length ? "unexpected end of data" : "invalid continuation byte";
            int lineEnd = lineEnd(bytes, lineStart);
            String text = new String(bytes, lineStart, Math.min(lineEnd + 1, bytes.length) - lineStart,
                    StandardCharsets.UTF_8);
            throw new PySyntaxError("SyntaxError", String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                    b0, bad - lineStart, reason), filename, line, 1, line, 0, text);
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** "\r\n" and lone "\r" to "\n", as CPython's tokenizer does before tokenizing. */
    static String translateNewlines(String s) {
        int cr = s.indexOf('\r');
        if (cr < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, cr);
        for (int i = cr; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
