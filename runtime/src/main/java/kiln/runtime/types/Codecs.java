package kiln.runtime.types;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.PyExceptions;

/**
 * The text codecs str.encode / bytes.decode need before the {@code codecs} module exists: UTF-8, UTF-16, UTF-32,
 * Latin-1, ASCII and single-byte code pages, with the standard error handlers and CPython's exception messages
 * (CPython 3.12: Objects/unicodeobject.c and Python/codecs.c).
 */
public final class Codecs {
    private Codecs() {}

    /** Codec names after normalization (lowercase, punctuation runs as '_'), mapped to their canonical names. */
    private static final Map<String, String> ALIASES = new HashMap<>();
    /** Single-byte codecs served by a JDK charset: Python name to Java name. */
    private static final Map<String, String> CHARMAPS = new HashMap<>();
    private static final Map<String, char[]> TABLES = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        alias("utf-8", "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001");
        alias("latin-1", "latin_1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859",
                "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100");
        alias("ascii", "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        alias("utf-8-sig", "utf_8_sig", "utf8_sig");
        alias("unicodeescape", "unicode_escape", "unicodeescape");
        alias("rawunicodeescape", "raw_unicode_escape", "rawunicodeescape");
        alias("utf-16", "utf_16", "utf16", "u16");
        alias("utf-16-le", "utf_16_le", "utf_16le", "unicodelittleunmarked");
        alias("utf-16-be", "utf_16_be", "utf_16be", "unicodebigunmarked");
        alias("utf-32", "utf_32", "utf32", "u32");
        alias("utf-32-le", "utf_32_le", "utf_32le");
        alias("utf-32-be", "utf_32_be", "utf_32be");
        String[][] maps = {
            {"cp1250", "windows-1250", "windows_1250"}, {"cp1251", "windows-1251", "windows_1251"},
            {"cp1252", "windows-1252", "windows_1252"}, {"cp1253", "windows-1253", "windows_1253"},
            {"cp1254", "windows-1254", "windows_1254"}, {"cp1257", "windows-1257", "windows_1257"},
            {"cp437", "IBM437", "437", "ibm437"}, {"cp850", "IBM850", "850", "ibm850"},
            {"cp866", "IBM866", "866", "ibm866"}, {"koi8_r", "KOI8-R"}, {"koi8_u", "KOI8-U"},
            {"mac_roman", "x-MacRoman", "macroman", "macintosh"},
            {"iso8859_2", "ISO-8859-2", "iso_8859_2", "latin2", "l2"}, {"iso8859_5", "ISO-8859-5", "iso_8859_5", "cyrillic"},
            {"iso8859_7", "ISO-8859-7", "iso_8859_7", "greek"}, {"iso8859_9", "ISO-8859-9", "iso_8859_9", "latin5", "l5"},
            {"iso8859_15", "ISO-8859-15", "iso_8859_15", "latin9", "l9"},
        };
        for (String[] m : maps) {
            CHARMAPS.put(m[0], m[1]);
            ALIASES.put(m[0], m[0]);
            for (int i = 2; i < m.length; i++) ALIASES.put(m[i], m[0]);
        }
    }

    private static void alias(String canonical, String... names) {
        for (String n : names) ALIASES.put(n, canonical);
    }

    /** encodings.normalize_encoding plus the alias table; null for an unknown codec. */
    public static String lookup(String encoding) {
        String fast = switch (encoding) {
            case "utf-8", "utf8", "UTF-8" -> "utf-8";
            case "latin-1", "latin1", "iso-8859-1" -> "latin-1";
            case "ascii" -> "ascii";
            default -> null;
        };
        if (fast != null) return fast;
        return ALIASES.get(normalize(encoding));
    }

    /** encodings.normalize_encoding, lower-cased: runs of punctuation become one '_'. */
    private static String normalize(String encoding) {
        StringBuilder b = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && b.length() > 0) b.append('_');
                b.append(c < 128 ? Character.toLowerCase(c) : c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return b.toString();
    }

    /** CPython's bytes-to-bytes and str-to-str codecs (normalized names and aliases): not text encodings. */
    private static final java.util.Set<String> NON_TEXT = java.util.Set.of("base64", "base_64", "base64_codec", "bz2",
            "bz2_codec", "hex", "hex_codec", "quopri", "quotedprintable", "quoted_printable", "quopri_codec", "rot13",
            "rot_13", "uu", "uu_codec", "zip", "zlib", "zlib_codec");

    /** The codec for str.encode ({@code encoding} true) or bytes.decode, as _PyCodec_LookupTextEncoding finds it. */
    private static String codec(String encoding, boolean encode) {
        String c = lookup(encoding);
        if (c == null) {
            if (NON_TEXT.contains(normalize(encoding))) {
                throw Errors.lookupError("'" + encoding + "' is not a text encoding; use codecs." + (encode ? "encode" : "decode")
                        + "() to handle arbitrary codecs");
            }
            throw Errors.lookupError("unknown encoding: " + encoding);
        }
        return c;
    }

    // ------------------------------------------------------------------ decoding

    public static String decode(byte[] a, int off, int len, String encoding, String errors) {
        return decode(a, off, len, encoding, errors, true).text();
    }

    /** Text decoded from a prefix of the input, and how many bytes that prefix has. */
    public record Decoded(String text, int consumed) {}

    /**
     * Decodes {@code a[off, off+len)}; with {@code fin} false, an incomplete sequence at the end is left
     * unconsumed instead of being an error (the {@code final} flag of _codecs.utf_8_decode and friends, which
     * incremental decoders rely on).
     */
    public static Decoded decode(byte[] a, int off, int len, String encoding, String errors, boolean fin) {
        String c = codec(encoding, false);
        if (c.equals("utf-8") && fin && isAscii(a, off, len)) return new Decoded(new String(a, off, len, StandardCharsets.ISO_8859_1), len);
        Decoder d = new Decoder(a, off, len, c, errors);
        d.fin = fin;
        switch (c) {
            case "utf-8" -> d.utf8();
            case "unicodeescape", "rawunicodeescape" -> d.escapes(c.equals("rawunicodeescape"));
            case "utf-8-sig" -> {
                if (len >= 3 && (a[off] & 0xff) == 0xef && (a[off + 1] & 0xff) == 0xbb && (a[off + 2] & 0xff) == 0xbf) d.start = 3;
                else if (!fin && len < 3 && isBomPrefix(a, off, len)) return new Decoded("", 0);
                d.utf8();
            }
            case "latin-1" -> {
                return new Decoded(new String(a, off, len, StandardCharsets.ISO_8859_1), len);
            }
            case "ascii" -> d.ascii();
            case "utf-16" -> d.utf16(0);
            case "utf-16-le" -> d.utf16(1);
            case "utf-16-be" -> d.utf16(2);
            case "utf-32" -> d.utf32(0);
            case "utf-32-le" -> d.utf32(1);
            case "utf-32-be" -> d.utf32(2);
            default -> d.charmap(table(c));
        }
        return new Decoded(d.out.toString(), d.consumed);
    }

    static boolean isAscii(byte[] a, int off, int len) {
        for (int i = off; i < off + len; i++) if (a[i] < 0) return false;
        return true;
    }

    private static boolean isBomPrefix(byte[] a, int off, int len) {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        for (int i = 0; i < len; i++) if (a[off + i] != bom[i]) return false;
        return true;
    }

    /** The 256 chars of a single-byte code page, '\uffff' for undefined bytes. */
    private static char[] table(String codec) {
        return TABLES.computeIfAbsent(codec, k -> {
            char[] t = new char[256];
            CharsetDecoder dec = Charset.forName(CHARMAPS.get(k)).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            for (int i = 0; i < 256; i++) {
                try {
                    CharBuffer cb = dec.reset().decode(ByteBuffer.wrap(new byte[] {(byte) i}));
                    t[i] = cb.length() == 1 ? cb.get(0) : '\uffff';
                } catch (java.nio.charset.CharacterCodingException e) {
                    t[i] = '\uffff';
                }
            }
            return t;
        });
    }

    private static final class Decoder {
        final byte[] a;
        final int off, n;
        final String codec, errors;
        final StringBuilder out;
        /** False while more input may follow: a sequence cut short by the end is then left for later. */
        boolean fin = true;
        /** Where decoding starts (after a BOM) and how far it got. */
        int start, consumed;

        Decoder(byte[] a, int off, int len, String codec, String errors) {
            this.a = a;
            this.off = off;
            this.n = len;
            this.codec = codec;
            this.errors = errors;
            this.out = new StringBuilder(len);
        }

        int at(int i) { return a[off + i] & 0xff; }

        /** Handles the undecodable bytes [start, end); returns where decoding resumes. */
        int error(int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw decodeError(start, end, reason);
                case "ignore" -> { }
                case "replace" -> out.append('\ufffd');
                case "backslashreplace" -> {
                    for (int i = start; i < end; i++) StrType.hex2(out.append("\\x"), at(i));
                }
                case "surrogateescape" -> {
                    for (int i = start; i < end; i++) if (at(i) < 128) throw decodeError(start, end, reason);
                    for (int i = start; i < end; i++) out.append((char) (0xdc00 + at(i)));
                }
                case "surrogatepass" -> {
                    int r = surrogatePass(start);
                    if (r < 0) throw decodeError(start, end, reason);
                    return r;
                }
                case "xmlcharrefreplace", "namereplace" ->
                    throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default -> throw Errors.lookupError("unknown error handler name '" + errors + "'");
            }
            return end;
        }

        /** A surrogate encoded the way this codec encodes other code points, at start; -1 when there is none. */
        int surrogatePass(int start) {
            int c = -1, size = 0;
            switch (codec) {
                case "utf-8", "utf-8-sig" -> {
                    if (start + 2 < n && at(start) == 0xed && (at(start + 1) & 0xe0) == 0xa0 && (at(start + 2) & 0xc0) == 0x80) {
                        c = 0xd000 | ((at(start + 1) & 0x3f) << 6) | (at(start + 2) & 0x3f);
                        size = 3;
                    }
                }
                case "utf-16", "utf-16-le", "utf-16-be" -> {
                    if (start + 1 < n) {
                        c = bigEndian ? (at(start) << 8) | at(start + 1) : at(start) | (at(start + 1) << 8);
                        size = 2;
                    }
                }
                case "utf-32", "utf-32-le", "utf-32-be" -> {
                    if (start + 3 < n) {
                        c = bigEndian ? (at(start) << 24) | (at(start + 1) << 16) | (at(start + 2) << 8) | at(start + 3)
                                : at(start) | (at(start + 1) << 8) | (at(start + 2) << 16) | (at(start + 3) << 24);
                        size = 4;
                    }
                }
                default -> { }
            }
            if (c < 0xd800 || c > 0xdfff) return -1;
            out.append((char) c);
            return start + size;
        }

        PyException decodeError(int from, int to, String reason) {
            // utf-8-sig decodes what follows the BOM with the utf-8 codec, which is what its errors report.
            int skip = this.start;
            byte[] copy = java.util.Arrays.copyOfRange(a, off + skip, off + n);
            return Errors.of(PyExceptions.UnicodeDecodeError, new PyStr(errorName(codec, bigEndian)), new PyBytes(copy),
                    PyInt.valueOf(from - skip), PyInt.valueOf(to - skip), new PyStr(reason));
        }

        static boolean cont(int b) { return (b & 0xc0) == 0x80; }

        // CPython 3.12: Objects/stringlib/codecs.h, utf8_decode (error ranges: maximal invalid subparts)
        void utf8() {
            int i = start;
            while (i < n) {
                int b = at(i);
                if (b < 0x80) {
                    out.append((char) b);
                    i++;
                    continue;
                }
                if (b < 0xc2 || b > 0xf4) {
                    i = error(i, i + 1, "invalid start byte");
                    continue;
                }
                int need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
                int lo = 0x80, hi = 0xbf;
                if (b == 0xe0) lo = 0xa0;
                else if (b == 0xed) hi = 0x9f;
                else if (b == 0xf0) lo = 0x90;
                else if (b == 0xf4) hi = 0x8f;
                if (i + 1 >= n) {
                    if (!fin) break;
                    i = error(i, n, "unexpected end of data");
                    continue;
                }
                int b1 = at(i + 1);
                if (b1 < lo || b1 > hi) {
                    i = error(i, i + 1, "invalid continuation byte");
                    continue;
                }
                if (need == 1) {
                    out.append((char) (((b & 0x1f) << 6) | (b1 & 0x3f)));
                    i += 2;
                    continue;
                }
                if (i + 2 >= n) {
                    if (!fin) break;
                    i = error(i, n, "unexpected end of data");
                    continue;
                }
                int b2 = at(i + 2);
                if (!cont(b2)) {
                    i = error(i, i + 2, "invalid continuation byte");
                    continue;
                }
                if (need == 2) {
                    out.append((char) (((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)));
                    i += 3;
                    continue;
                }
                if (i + 3 >= n) {
                    if (!fin) break;
                    i = error(i, n, "unexpected end of data");
                    continue;
                }
                int b3 = at(i + 3);
                if (!cont(b3)) {
                    i = error(i, i + 3, "invalid continuation byte");
                    continue;
                }
                out.appendCodePoint(((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f));
                i += 4;
            }
            consumed = Math.min(i, n);
        }

        void ascii() {
            consumed = n;
            for (int i = 0; i < n; ) {
                int b = at(i);
                if (b < 0x80) {
                    out.append((char) b);
                    i++;
                } else {
                    i = error(i, i + 1, "ordinal not in range(128)");
                }
            }
        }

        void charmap(char[] t) {
            consumed = n;
            for (int i = 0; i < n; ) {
                char c = t[at(i)];
                if (c != '\uffff') {
                    out.append(c);
                    i++;
                } else {
                    i = error(i, i + 1, "character maps to <undefined>");
                }
            }
        }

        boolean bigEndian;

        /** mode 0: BOM decides (little-endian without one), 1: LE, 2: BE. */
        void utf16(int mode) {
            int i = 0;
            bigEndian = mode == 2;
            if (mode == 0 && n >= 2) {
                if (at(0) == 0xff && at(1) == 0xfe) i = 2;
                else if (at(0) == 0xfe && at(1) == 0xff) {
                    i = 2;
                    bigEndian = true;
                }
            }
            while (i < n) {
                if (i + 1 >= n) {
                    if (!fin) break;
                    i = error(i, n, "truncated data");
                    continue;
                }
                int u = unit16(i);
                if (u < 0xd800 || u > 0xdfff) {
                    out.append((char) u);
                    i += 2;
                    continue;
                }
                if (u >= 0xdc00) {
                    i = error(i, i + 2, "illegal encoding");
                    continue;
                }
                if (i + 3 >= n) {
                    if (!fin) break;
                    i = error(i, n, "unexpected end of data");
                    continue;
                }
                int u2 = unit16(i + 2);
                if (u2 < 0xdc00 || u2 > 0xdfff) {
                    i = error(i, i + 2, "illegal UTF-16 surrogate");
                    continue;
                }
                out.append((char) u).append((char) u2);
                i += 4;
            }
            consumed = Math.min(i, n);
        }

        // CPython 3.12: Objects/unicodeobject.c, _PyUnicode_DecodeUnicodeEscapeInternal and
        // PyUnicode_DecodeRawUnicodeEscape (bytes are Latin-1 text with backslash escapes).
        void escapes(boolean raw) {
            int i = 0;
            consumed = n;
            while (i < n) {
                int c = at(i);
                if (c != '\\') {
                    out.append((char) c);
                    i++;
                    continue;
                }
                int s = i;
                if (raw) {
                    // Only backslash-u and backslash-U escapes, and only after an odd run of backslashes.
                    int j = i;
                    while (j < n && at(j) == '\\') j++;
                    int run = j - i;
                    if (run % 2 == 0 || j >= n || (at(j) != 'u' && at(j) != 'U')) {
                        for (int k = i; k < j; k++) out.append('\\');
                        i = j;
                        continue;
                    }
                    for (int k = 0; k < run - 1; k++) out.append('\\');
                    s = j - 1;
                    i = j;
                } else {
                    i++;
                    if (i >= n) {
                        if (!fin) {
                            consumed = s;
                            return;
                        }
                        i = error(s, n, "\\ at end of string");
                        continue;
                    }
                }
                char e = (char) at(i++);
                int digits;
                switch (e) {
                    case '\n' -> { continue; }
                    case '\\' -> { out.append('\\'); continue; }
                    case '\'' -> { out.append('\''); continue; }
                    case '"' -> { out.append('"'); continue; }
                    case 'b' -> { out.append('\b'); continue; }
                    case 'f' -> { out.append('\f'); continue; }
                    case 't' -> { out.append('\t'); continue; }
                    case 'n' -> { out.append('\n'); continue; }
                    case 'r' -> { out.append('\r'); continue; }
                    case 'v' -> { out.append('\u000b'); continue; }
                    case 'a' -> { out.append('\u0007'); continue; }
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && at(i) >= '0' && at(i) <= '7'; k++) v = v * 8 + (at(i++) - '0');
                        out.appendCodePoint(v);
                        continue;
                    }
                    case 'x' -> digits = 2;
                    case 'u' -> digits = 4;
                    case 'U' -> digits = 8;
                    case 'N' -> {
                        int close = -1;
                        if (i < n && at(i) == '{') {
                            for (int k = i + 1; k < n; k++) if (at(k) == '}') { close = k; break; }
                        }
                        if (close < 0 || close == i + 1) {
                            i = error(s, close < 0 ? n : close + 1, "malformed \\N character escape");
                            continue;
                        }
                        String name = new String(a, off + i + 1, close - i - 1, StandardCharsets.ISO_8859_1);
                        int cp;
                        try {
                            cp = Character.codePointOf(name);
                        } catch (IllegalArgumentException ex) {
                            cp = -1;
                        }
                        if (cp < 0) {
                            i = error(s, close + 1, "unknown Unicode character name");
                            continue;
                        }
                        out.appendCodePoint(cp);
                        i = close + 1;
                        continue;
                    }
                    default -> {
                        out.append('\\').append(e);
                        continue;
                    }
                }
                int v = 0, k = 0;
                for (; k < digits && i < n; k++, i++) {
                    int d = Character.digit(at(i), 16);
                    if (d < 0) break;
                    v = v * 16 + d;
                }
                if (k < digits) {
                    if (!fin && i >= n) {
                        consumed = s;
                        return;
                    }
                    String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    i = error(s, i, what);
                    continue;
                }
                if (v > 0x10ffff || v < 0) {
                    i = error(s, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
                    continue;
                }
                out.appendCodePoint(v);
            }
        }

        int unit16(int i) { return bigEndian ? (at(i) << 8) | at(i + 1) : at(i) | (at(i + 1) << 8); }

        void utf32(int mode) {
            int i = 0;
            bigEndian = mode == 2;
            if (mode == 0 && n >= 4) {
                if (at(0) == 0xff && at(1) == 0xfe && at(2) == 0 && at(3) == 0) i = 4;
                else if (at(0) == 0 && at(1) == 0 && at(2) == 0xfe && at(3) == 0xff) {
                    i = 4;
                    bigEndian = true;
                }
            }
            while (i < n) {
                if (i + 3 >= n) {
                    if (!fin) break;
                    i = error(i, n, "truncated data");
                    continue;
                }
                long c = bigEndian ? ((long) at(i) << 24) | (at(i + 1) << 16) | (at(i + 2) << 8) | at(i + 3)
                        : at(i) | (at(i + 1) << 8) | (at(i + 2) << 16) | ((long) at(i + 3) << 24);
                if (c > 0x10ffff) {
                    i = error(i, i + 4, "code point not in range(0x110000)");
                } else if (c >= 0xd800 && c <= 0xdfff) {
                    i = error(i, i + 4, "code point in surrogate character range");
                } else {
                    out.appendCodePoint((int) c);
                    i += 4;
                }
            }
            consumed = Math.min(i, n);
        }
    }

    /** The codec name decode errors report: the byte order found for UTF-16/32, 'charmap' for code pages. */
    static String errorName(String codec, boolean bigEndian) {
        if (codec.equals("utf-16") || codec.equals("utf-32")) return codec + (bigEndian ? "-be" : "-le");
        if (codec.equals("utf-8-sig")) return "utf-8";
        if (codec.equals("unicodeescape")) return "unicodeescape";
        if (CHARMAPS.containsKey(codec)) return "charmap";
        return codec;
    }

    // ------------------------------------------------------------------ encoding

    public static byte[] encode(PyStr s, String encoding, String errors) {
        String c = codec(encoding, true);
        String v = s.value();
        if (c.equals("utf-8") && !hasLoneSurrogate(v)) return v.getBytes(StandardCharsets.UTF_8);
        if (c.equals("unicodeescape") || c.equals("rawunicodeescape")) return escapeEncode(v, c.equals("rawunicodeescape"));
        Encoder e = new Encoder(s, c.equals("utf-8-sig") ? "utf-8" : c, errors);
        switch (c) {
            case "utf-8" -> e.run(0x110000);
            case "utf-8-sig" -> {
                e.put(0xef).put(0xbb).put(0xbf);
                e.run(0x110000);
            }
            case "latin-1" -> e.run(0x100);
            case "ascii" -> e.run(0x80);
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                e.bigEndian = c.equals("utf-16-be");
                if (c.equals("utf-16")) e.put(0xff).put(0xfe);
                e.run(0x110000);
            }
            case "utf-32", "utf-32-le", "utf-32-be" -> {
                e.bigEndian = c.equals("utf-32-be");
                if (c.equals("utf-32")) e.put(0xff).put(0xfe).put(0).put(0);
                e.run(0x110000);
            }
            default -> {
                e.table = table(c);
                e.run(0x110000);
            }
        }
        return e.toBytes();
    }

    /** unicode_escape / raw_unicode_escape encoding: never fails. */
    static byte[] escapeEncode(String v, boolean raw) {
        StringBuilder b = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x10000) StrType.hexN(b.append("\\U"), c, 8);
            else if (c >= 0x100) StrType.hexN(b.append("\\u"), c, 4);
            else if (raw) b.append((char) c);
            else if (c == '\\') b.append("\\\\");
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c >= 0x7f) StrType.hex2(b.append("\\x"), c);
            else b.append((char) c);
        }
        return BytesOps.latin1(b.toString());
    }

    static boolean hasLoneSurrogate(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) i++;
                else return true;
            }
        }
        return false;
    }

    private static final class Encoder {
        final PyStr src;
        final String codec, errors;
        final int[] cps;
        byte[] buf;
        int len;
        boolean bigEndian;
        char[] table;
        /** The reverse of {@link #table}. */
        HashMap<Integer, Integer> reverse;

        Encoder(PyStr s, String codec, String errors) {
            this.src = s;
            this.codec = codec;
            this.errors = errors;
            this.cps = s.value().codePoints().toArray();
            this.buf = new byte[Math.max(16, cps.length * 2)];
        }

        Encoder put(int b) {
            if (len == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2 + 16);
            buf[len++] = (byte) b;
            return this;
        }

        byte[] toBytes() { return java.util.Arrays.copyOf(buf, len); }

        /** Whether c can be written by this codec as is. */
        boolean encodable(int c, int limit) {
            if (c >= limit) return false;
            if (table != null) return charmapByte(c) >= 0;
            if (limit == 0x110000) return c < 0xd800 || c > 0xdfff;
            return true;
        }

        int charmapByte(int c) {
            if (reverse == null) {
                reverse = new HashMap<>();
                for (int i = 0; i < 256; i++) if (table[i] != '\uffff') reverse.putIfAbsent((int) table[i], i);
            }
            Integer b = reverse.get(c);
            return b == null ? -1 : b;
        }

        void write(int c) {
            if (table != null) {
                put(charmapByte(c));
                return;
            }
            switch (codec) {
                case "utf-8" -> {
                    if (c < 0x80) put(c);
                    else if (c < 0x800) put(0xc0 | c >> 6).put(0x80 | c & 0x3f);
                    else if (c < 0x10000) put(0xe0 | c >> 12).put(0x80 | (c >> 6) & 0x3f).put(0x80 | c & 0x3f);
                    else put(0xf0 | c >> 18).put(0x80 | (c >> 12) & 0x3f).put(0x80 | (c >> 6) & 0x3f).put(0x80 | c & 0x3f);
                }
                case "utf-16", "utf-16-le", "utf-16-be" -> {
                    if (c >= 0x10000) {
                        unit16(Character.highSurrogate(c));
                        unit16(Character.lowSurrogate(c));
                    } else {
                        unit16(c);
                    }
                }
                case "utf-32", "utf-32-le", "utf-32-be" -> {
                    if (bigEndian) put(c >>> 24).put(c >> 16 & 0xff).put(c >> 8 & 0xff).put(c & 0xff);
                    else put(c & 0xff).put(c >> 8 & 0xff).put(c >> 16 & 0xff).put(c >>> 24);
                }
                default -> put(c);
            }
        }

        void unit16(int u) {
            if (bigEndian) put(u >> 8).put(u & 0xff);
            else put(u & 0xff).put(u >> 8);
        }

        String reason(int limit) {
            if (table != null) return "character maps to <undefined>";
            if (limit == 0x80) return "ordinal not in range(128)";
            if (limit == 0x100) return "ordinal not in range(256)";
            return "surrogates not allowed";
        }

        void run(int limit) {
            int n = cps.length;
            for (int i = 0; i < n; ) {
                int c = cps[i];
                if (encodable(c, limit)) {
                    write(c);
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < n && !encodable(cps[end], limit)) end++;
                i = error(i, end, limit);
            }
        }

        int error(int start, int end, int limit) {
            String reason = reason(limit);
            switch (errors) {
                case "strict" -> throw encodeError(start, end, reason);
                case "ignore" -> { }
                case "replace" -> {
                    for (int i = start; i < end; i++) write('?');
                }
                case "backslashreplace" -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = start; i < end; i++) {
                        int c = cps[i];
                        if (c < 0x100) StrType.hex2(b.append("\\x"), c);
                        else if (c < 0x10000) StrType.hexN(b.append("\\u"), c, 4);
                        else StrType.hexN(b.append("\\U"), c, 8);
                    }
                    for (int i = 0; i < b.length(); i++) write(b.charAt(i));
                }
                case "xmlcharrefreplace" -> {
                    for (int i = start; i < end; i++) {
                        String r = "&#" + cps[i] + ";";
                        for (int k = 0; k < r.length(); k++) write(r.charAt(k));
                    }
                }
                case "namereplace" -> {
                    for (int i = start; i < end; i++) {
                        int c = cps[i];
                        String name = Character.getName(c);
                        StringBuilder b = new StringBuilder();
                        if (name != null && !Character.isSurrogate((char) c) && Character.getType(c) != Character.PRIVATE_USE) {
                            b.append("\\N{").append(name).append('}');
                        } else if (c < 0x100) StrType.hex2(b.append("\\x"), c);
                        else if (c < 0x10000) StrType.hexN(b.append("\\u"), c, 4);
                        else StrType.hexN(b.append("\\U"), c, 8);
                        for (int k = 0; k < b.length(); k++) write(b.charAt(k));
                    }
                }
                case "surrogateescape" -> {
                    for (int i = start; i < end; i++) {
                        if (cps[i] < 0xdc80 || cps[i] > 0xdcff) throw encodeError(start, end, reason);
                    }
                    for (int i = start; i < end; i++) put(cps[i] - 0xdc00);
                }
                case "surrogatepass" -> {
                    boolean unicodeCodec = codec.startsWith("utf");
                    for (int i = start; i < end; i++) {
                        if (!unicodeCodec || cps[i] < 0xd800 || cps[i] > 0xdfff) throw encodeError(start, end, reason);
                    }
                    for (int i = start; i < end; i++) {
                        int c = cps[i];
                        if (codec.equals("utf-8")) put(0xe0 | c >> 12).put(0x80 | (c >> 6) & 0x3f).put(0x80 | c & 0x3f);
                        else write(c);
                    }
                }
                default -> throw Errors.lookupError("unknown error handler name '" + errors + "'");
            }
            return end;
        }

        PyException encodeError(int start, int end, String reason) {
            return Errors.of(PyExceptions.UnicodeEncodeError, new PyStr(table != null ? "charmap" : codec), src, PyInt.valueOf(start),
                    PyInt.valueOf(end), new PyStr(reason));
        }
    }

    /** For callers holding a Java String and wanting the default encoding. */
    public static byte[] utf8(String s) { return encode(new PyStr(s), "utf-8", "strict"); }
}
