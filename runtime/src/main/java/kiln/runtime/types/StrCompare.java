package kiln.runtime.types;

/** Code-point order of Java strings: UTF-16 order differs from it once surrogate pairs are involved. */
public final class StrCompare {
    private StrCompare() {}

    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                boolean xs = Character.isSurrogate(x), ys = Character.isSurrogate(y);
                if (xs == ys) return x - y;
                // A surrogate (part of a code point >= 0x10000, or a lone one) sorts by the code point it starts.
                return Integer.compare(a.codePointAt(i), b.codePointAt(i));
            }
        }
        return a.length() - b.length();
    }
}
