package kiln.parser;

/**
 * UTF-8 decoding with CPython's rules for what is invalid and where an error starts and ends, so
 * that messages read like Python's UnicodeDecodeError. Invalid bytes can be kept as lone
 * surrogates U+DC80..U+DCFF (Python's "surrogateescape") and turned back into bytes later.
 * CPython 3.12: Objects/stringlib/codecs.h, utf8_decode; Objects/unicodeobject.c, unicode_decode_utf8.
 */
final class Utf8Codec {
    private Utf8Codec() {}

    /** Result of scanning for the first error: start and end byte offsets and the reason. */
    record Error(int start, int end, String reason) {
        /** Python's str(UnicodeDecodeError) for this error, positions relative to {@code base}. */
        String message(String codec, byte[] bytes, int base) {
            if (end - start == 1) {
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec,
                        bytes[start] & 0xff, start - base, reason);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", codec, start - base,
                    end - 1 - base, reason);
        }
    }

    /** The first invalid sequence of b[from, to), or null when it is all valid UTF-8. */
    static Error firstError(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int n = sequenceLength(b, i, to);
            if (n <= 0) {
                return error(b, i, to, n);
            }
            i += n;
        }
        return null;
    }

    /**
     * The length of the valid sequence at b[i], or, for an invalid one: 0 for "unexpected end of
     * data", -1 for an invalid start byte, -k for an invalid continuation after k-1 good bytes.
     */
    private static int sequenceLength(byte[] b, int i, int to) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
            return 1;
        }
        if (c < 0xC2) {
            return -1;
        }
        int avail = to - i;
        if (c < 0xE0) {
            if (avail < 2) return 0;
            return isCont(b[i + 1]) ? 2 : -2;
        }
        if (c < 0xF0) {
            if (avail < 2) return 0;
            int c2 = b[i + 1] & 0xff;
            if (!isCont(b[i + 1]) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0)) return -2;
            if (avail < 3) return 0;
            return isCont(b[i + 2]) ? 3 : -3;
        }
        if (c < 0xF5) {
            if (avail < 2) return 0;
            int c2 = b[i + 1] & 0xff;
            if (!isCont(b[i + 1]) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90)) return -2;
            if (avail < 3) return 0;
            if (!isCont(b[i + 2])) return -3;
            if (avail < 4) return 0;
            return isCont(b[i + 3]) ? 4 : -4;
        }
        return -1;
    }

    private static boolean isCont(byte x) {
        return (x & 0xC0) == 0x80;
    }

    private static Error error(byte[] b, int i, int to, int code) {
        if (code == 0) {
            return new Error(i, to, "unexpected end of data");
        }
        if (code == -1) {
            return new Error(i, i + 1, "invalid start byte");
        }
        return new Error(i, i - code - 1, "invalid continuation byte");
    }

    /** Decodes b[from, to), keeping each byte of an invalid sequence as U+DC80..U+DCFF. */
    static String decodeEscaped(byte[] b, int from, int to) {
        // The JDK's decoder is much faster and agrees on valid input; it marks invalid bytes with
        // U+FFFD, and only then (or for a real U+FFFD) is the slow path needed.
        String s = new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        return decode(b, from, to, false);
    }

    /**
     * Text with its kept bytes shown as Python's "replace" error handler shows them: one U+FFFD
     * for each invalid sequence. For SyntaxError texts, which CPython decodes that way.
     */
    static String replaceEscapes(String s) {
        if (!hasEscapedByte(s, 0, s.length())) {
            return s;
        }
        byte[] raw = encode(s, 0, s.length());
        return decode(raw, 0, raw.length, true);
    }

    private static String decode(byte[] b, int from, int to, boolean replace) {
        char[] out = new char[to - from];
        int o = 0;
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                out[o++] = (char) c;
                i++;
                continue;
            }
            int n = sequenceLength(b, i, to);
            if (n <= 0) {
                Error e = error(b, i, to, n);
                if (replace) {
                    out[o++] = '\uFFFD';
                } else {
                    for (int k = e.start(); k < e.end(); k++) {
                        out[o++] = (char) (0xDC00 | (b[k] & 0xff));
                    }
                }
                i = e.end();
                continue;
            }
            int cp = switch (n) {
                case 2 -> ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
                case 3 -> ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
                default -> ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6)
                        | (b[i + 3] & 0x3F);
            };
            if (cp >= 0x10000) {
                out[o++] = Character.highSurrogate(cp);
                out[o++] = Character.lowSurrogate(cp);
            } else {
                out[o++] = (char) cp;
            }
            i += n;
        }
        return new String(out, 0, o);
    }

    /** Whether s[from, to) holds a byte kept by {@link #decodeEscaped}. */
    static boolean hasEscapedByte(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && (i == from || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The bytes s[from, to) came from: UTF-8, with kept bytes restored. */
    static byte[] encode(CharSequence s, int from, int to) {
        byte[] out = new byte[Source.utf8Length(s, from, to)];
        int o = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | (c >> 6));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[o++] = (byte) (0xF0 | (cp >> 18));
                out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (cp & 0x3F));
            } else if (c >= 0xDC80 && c <= 0xDCFF) {
                out[o++] = (byte) c;
            } else {
                out[o++] = (byte) (0xE0 | (c >> 12));
                out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }
}
