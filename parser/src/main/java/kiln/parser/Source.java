package kiln.parser;

import java.util.Arrays;

/**
 * Decoded source text with its line table. Lines are 1-based; a line's text includes its "\n".
 * Columns in tokens and AST nodes are UTF-8 byte offsets within a line, as CPython counts them,
 * so this class converts between char indexes and byte columns.
 *
 * <p>A byte that was not valid UTF-8 in a source without a declared encoding is kept as the lone
 * surrogate U+DC80..U+DCFF (Python's "surrogateescape"): CPython reads such bytes unchecked and
 * only fails where a token holding them is decoded, and it counts them as one byte each.
 */
public final class Source {
    private final String text;
    private final char[] chars;
    /** lineStarts[k] is the char index where line k+1 begins; one extra entry holds text.length(). */
    private final int[] lineStarts;
    private final int lineCount;
    private final boolean errorColumnsInBytes;

    /** The text as it is: no newline translation, no final newline added. */
    public Source(String text) {
        this(text, false);
    }

    Source(String text, boolean errorColumnsInBytes) {
        this.text = text;
        this.chars = text.toCharArray();
        this.errorColumnsInBytes = errorColumnsInBytes;
        int[] starts = new int[Math.max(16, chars.length / 32)];
        int n = 0;
        starts[n++] = 0;
        char[] cs = chars;
        for (int i = 0, len = cs.length; i < len; i++) {
            if (cs[i] == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        // A last line without "\n" still counts; an empty tail after the final "\n" does not.
        if (starts[n - 1] == chars.length && n > 1) {
            n--;
        }
        this.lineCount = chars.length == 0 ? 0 : n;
        this.lineStarts = Arrays.copyOf(starts, n + 1);
        this.lineStarts[n] = chars.length;
    }

    /**
     * Text as CPython's string tokenizer reads it: "\r\n" and a lone "\r" become "\n", and with
     * {@code execInput} (the 'exec' start rule) a last line without a newline gets one.
     * CPython 3.12: Parser/tokenizer.c, translate_newlines.
     */
    public static Source of(String text, boolean execInput) {
        return new Source(translate(text, execInput), false);
    }

    static String translate(String s, boolean execInput) {
        if (s.indexOf('\r') >= 0) {
            StringBuilder sb = new StringBuilder(s.length() + 1);
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c == '\r') {
                    sb.append('\n');
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else {
                    sb.append(c);
                }
            }
            s = sb.toString();
        }
        if (execInput && !s.isEmpty() && s.charAt(s.length() - 1) != '\n') {
            s = s + "\n";
        }
        return s;
    }

    public String text() {
        return text;
    }

    /** The text as a char array, shared: callers must not modify it. */
    char[] chars() {
        return chars;
    }

    /**
     * Whether CPython reports parser SyntaxError columns of this source in bytes rather than
     * characters: bytes that declared no encoding (no BOM, no coding cookie) leave the tokenizer's
     * encoding unset, and then the parser skips its byte-to-character conversion.
     */
    public boolean errorColumnsInBytes() {
        return errorColumnsInBytes;
    }

    /** Number of lines (a final line without a newline counts). */
    public int lineCount() {
        return lineCount;
    }

    /** The char index where a line starts (the text's length past the last line). */
    public int lineStart(int lineno) {
        if (lineno < 1) return 0;
        if (lineno > lineCount) return chars.length;
        return lineStarts[lineno - 1];
    }

    /** The char index just past a line's "\n" (or the end of the text). */
    public int lineEnd(int lineno) {
        if (lineno < 1) return 0;
        if (lineno > lineCount) return chars.length;
        return lineStarts[lineno];
    }

    /** The text of a line including its "\n", or null when there is no such line. */
    public String line(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return null;
        }
        return text.substring(lineStarts[lineno - 1], lineStarts[lineno]);
    }

    /** The 1-based line holding a char index (the last line for the end of the text). */
    public int lineOf(int index) {
        if (lineCount == 0) {
            return 1;
        }
        int k = Arrays.binarySearch(lineStarts, 0, lineCount, index);
        return k >= 0 ? k + 1 : -k - 1;
    }

    /** The UTF-8 byte column of a char index within its line. */
    public int byteColumn(int charIndex) {
        return byteColumn(lineOf(charIndex), charIndex);
    }

    /** The UTF-8 byte column of a char index, counted from the start of the given line. */
    public int byteColumn(int lineno, int charIndex) {
        return utf8Length(lineStart(lineno), charIndex);
    }

    /**
     * The char index of a UTF-8 byte column of a line; a column inside a character gives the
     * index after it, a column past the line's end gives the line's end.
     */
    public int charIndex(int lineno, int byteColumn) {
        int i = lineStart(lineno);
        int end = lineEnd(lineno);
        int bytes = 0;
        while (i < end && bytes < byteColumn) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                bytes += 4;
                i += 2;
            } else {
                bytes += utf8Width(c);
                i++;
            }
        }
        return i;
    }

    /** UTF-8 length of text[from, to). */
    public int utf8Length(int from, int to) {
        return utf8Length(chars, from, to);
    }

    static int utf8Length(char[] cs, int from, int to) {
        int n = to - from;
        for (int i = from; i < to; i++) {
            char c = cs[i];
            if (c >= 0x80) {
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(cs[i + 1])) {
                    n += 2; // four bytes for two chars
                    i++;
                } else {
                    n += utf8Width(c) - 1;
                }
            }
        }
        return n;
    }

    static int utf8Length(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += utf8Width(c);
            }
        }
        return n;
    }

    /** Bytes one char (not a surrogate pair) takes in the source's UTF-8. */
    static int utf8Width(char c) {
        if (c < 0x80) return 1;
        if (c < 0x800) return 2;
        if (c >= 0xDC80 && c <= 0xDCFF) return 1; // an undecodable byte kept as-is
        return 3;
    }

    /** The number of code points in text[from, to). */
    public int codePoints(int from, int to) {
        return text.codePointCount(from, to);
    }

    /**
     * How many characters the first {@code n} UTF-8 bytes of {@code line} decode to, a cut
     * sequence counting as one (replacement) character, and past the end the terminating NUL as
     * one more. CPython 3.12: Parser/pegen.c, _PyPegen_byte_offset_to_character_offset.
     */
    static int byteOffsetToCharOffset(CharSequence line, int n) {
        int bytes = 0;
        int chars = 0;
        int i = 0;
        int len = line.length();
        while (i < len && bytes < n) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(line.charAt(i + 1))) {
                bytes += 4;
                i += 2;
            } else {
                bytes += utf8Width(c);
                i++;
            }
            chars++;
        }
        if (bytes < n) {
            chars++;
        }
        return chars;
    }
}
