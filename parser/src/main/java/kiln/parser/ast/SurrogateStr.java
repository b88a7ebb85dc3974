package kiln.parser.ast;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A str constant that a Java String cannot hold: escapes such as {@code '\ud800\udc00'} make a high and
 * a low surrogate two separate Python code points, where a String would read them as one character.
 * Every other str constant is a {@link String}. Code points are kept as written, one int each.
 */
public record SurrogateStr(int[] codePoints) {
    /**
     * Builds the value of decoded text in which the chars at the indexes in {@code splits} are low
     * surrogates that begin a code point of their own.
     */
    public static SurrogateStr split(CharSequence text, BitSet splits) {
        int[] cps = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && !splits.get(i + 1)
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                cps[n++] = Character.toCodePoint(c, text.charAt(i + 1));
                i += 2;
            } else {
                cps[n++] = c;
                i++;
            }
        }
        return new SurrogateStr(Arrays.copyOf(cps, n));
    }

    /**
     * Python's {@code a + b + ...} for str constants (String or SurrogateStr), in one pass: a String
     * when the result can be one, else a SurrogateStr. Used for implicit concatenation, where
     * {@code '\ud800' '\udc00'} must stay two code points.
     */
    public static Object concat(java.util.List<?> pieces) {
        boolean plain = true;
        int length = 0;
        String previous = null;
        for (Object p : pieces) {
            if (!(p instanceof String s) || (previous != null && endsWithHigh(previous) && startsWithLow(s))) {
                plain = false;
                break;
            }
            length += s.length();
            previous = s;
        }
        if (plain) {
            StringBuilder sb = new StringBuilder(length);
            for (Object p : pieces) sb.append((String) p);
            return sb.toString();
        }
        int[][] parts = new int[pieces.size()][];
        int total = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = codePoints(pieces.get(i));
            total += parts[i].length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return new SurrogateStr(all);
    }

    private static boolean endsWithHigh(String s) {
        return !s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1));
    }

    private static boolean startsWithLow(String s) {
        return !s.isEmpty() && Character.isLowSurrogate(s.charAt(0));
    }

    /** The code points of a str constant; a String's lone surrogates are single code points. */
    public static int[] codePoints(Object str) {
        return str instanceof SurrogateStr s ? s.codePoints : ((String) str).codePoints().toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurrogateStr s && Arrays.equals(codePoints, s.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
        return ConstantRepr.repr(this);
    }
}
