package kiln.parser;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kiln.parser.ast.Unicode15;

/**
 * Character name lookup as {@code "\N{...}"} does it in CPython 3.12 (Unicode 15.0): regular names
 * and formal name aliases, case-insensitively; algorithmic Hangul syllable and CJK unified ideograph
 * names, which CPython only accepts in upper case; never named sequences.
 */
// CPython 3.12: Modules/unicodedata.c, _getcode (with_named_seq = 0)
final class UnicodeNames {
    private UnicodeNames() {}

    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final int HANGUL_BASE = 0xAC00, V_COUNT = 21, T_COUNT = 28;
    private static final String[] JAMO_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
        "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
        "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static volatile Map<String, Integer> aliases;

    /** The code point named {@code name}, or -1 when CPython 3.12 would not accept the name. */
    static int lookup(String name) {
        if (name.startsWith(HANGUL_PREFIX)) return hangul(name);
        if (name.startsWith(CJK_PREFIX)) return unifiedIdeograph(name);
        int n = name.length();
        if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') return -1;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            // Every Unicode name and alias is spelled with these; checking keeps Java's lookup (which
            // trims whitespace and folds non-ASCII case) from accepting what CPython would not.
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == ' ' || c == '-';
            if (!ok) return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        Integer alias = aliasMap().get(upper);
        if (alias != null) return alias;
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        // The JDK knows newer characters, Unicode 1.0 names for controls and "BLOCK NAME XXXX"
        // forms for unnamed characters; CPython knows none of those.
        return Unicode15.hasRegularName(cp) ? cp : -1;
    }

    private static Map<String, Integer> aliasMap() {
        Map<String, Integer> m = aliases;
        if (m == null) {
            m = new HashMap<>(Unicode15.aliasCount() * 2);
            for (int i = 0; i < Unicode15.aliasCount(); i++) {
                m.put(Unicode15.aliasName(i), Unicode15.aliasCodePoint(i));
            }
            aliases = m;
        }
        return m;
    }

    private static int hangul(String name) {
        int pos = HANGUL_PREFIX.length();
        int l = longestJamo(name, pos, JAMO_L);
        if (l < 0) return -1;
        pos += JAMO_L[l].length();
        int v = longestJamo(name, pos, JAMO_V);
        if (v < 0) return -1;
        pos += JAMO_V[v].length();
        int t = longestJamo(name, pos, JAMO_T);
        if (t < 0) return -1;
        pos += JAMO_T[t].length();
        if (pos != name.length()) return -1;
        return HANGUL_BASE + (l * V_COUNT + v) * T_COUNT + t;
    }

    /** Index of the longest entry of {@code table} that {@code name} has at {@code pos}, or -1. */
    private static int longestJamo(String name, int pos, String[] table) {
        int best = -1, bestLen = -1;
        for (int i = 0; i < table.length; i++) {
            String s = table[i];
            if (s.length() > bestLen && name.startsWith(s, pos)) {
                best = i;
                bestLen = s.length();
            }
        }
        return best;
    }

    private static int unifiedIdeograph(String name) {
        int from = CJK_PREFIX.length();
        int digits = name.length() - from;
        if (digits != 4 && digits != 5) return -1;
        int v = 0;
        for (int i = from; i < name.length(); i++) {
            char c = name.charAt(i);
            int d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else return -1;
            v = v * 16 + d;
        }
        return Unicode15.isUnifiedIdeograph(v) ? v : -1;
    }
}
