package kiln.parser;

import java.util.Arrays;

/**
 * Decoded source text with its line table. Lines are 1-based; a line's text includes its "\n".
 * Columns in tokens and AST nodes are UTF-8 byte offsets within a line, as CPython counts them,
 * so this class converts between char indexes and byte columns.
 */
public final class Source {
    private final String text;
    /** lineStarts[k] is the char index where line k+1 begins; one extra entry holds text.length(). */
    private final int[] lineStarts;
    private final int lineCount;

    public Source(String text) {
        this.text = text;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
            starts[n++] = i + 1;
        }
        // A last line without "\n" still counts; an empty tail after the final "\n" does not.
        if (starts[n - 1] == text.length() && n > 1) {
            n--;
        }
        this.lineCount = text.isEmpty() ? 0 : n;
        this.lineStarts = Arrays.copyOf(starts, n + 1);
        this.lineStarts[n] = text.length();
    }

    public String text() {
        return text;
    }

    /** Number of lines (a final line without a newline counts). */
    public int lineCount() {
        return lineCount;
    }

    /** The char index where a line starts. */
    public int lineStart(int lineno) {
        if (lineno < 1) return 0;
        if (lineno > lineCount) return text.length();
        return lineStarts[lineno - 1];
    }

    /** The text of a line including its "\n", or null when there is no such line. */
    public String line(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return null;
        }
        return text.substring(lineStarts[lineno - 1], lineStarts[lineno]);
    }

    /** The 1-based line holding a char index. */
    public int lineOf(int index) {
        int k = Arrays.binarySearch(lineStarts, 0, Math.max(lineCount, 1), index);
        return k >= 0 ? k + 1 : -k - 1;
    }

    /** UTF-8 length of text[from, to). */
    public int utf8Length(int from, int to) {
        return utf8Length(text, from, to);
    }

    static int utf8Length(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The number of code points in text[from, to). */
    public int codePoints(int from, int to) {
        return text.codePointCount(from, to);
    }
}
