package kiln.parser.fuzz;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Sources nested or chained N deep, one family per kind, and what CPython 3.12 does with each N.
 *
 * <p>The builders here are mirrored line for line by tests/parser/gen_deep_nesting_cases.py, which
 * runs CPython 3.12's {@code ast.parse} over them and writes {@link DeepNestingCases}: the N at which
 * CPython's outcome changes for each kind, and probes with CPython's exact error. Each probe carries
 * the CRC-32 of the source CPython parsed, so a builder that drifts from its mirror fails the test
 * instead of comparing different sources.
 */
public final class DeepNesting {
    private DeepNesting() {}

    /**
     * CPython's parser accepts these trees, then {@code ast.parse} fails to turn them into Python
     * objects (Python/Python-ast.c, ast2obj_* recursion check). That stage belongs to Kiln's future
     * {@code ast} module, not to the parser, so a tree from Kiln's parser is as right as this error.
     */
    public static final String AST_CONSTRUCTION_RECURSION =
            "RecursionError: maximum recursion depth exceeded during ast construction";

    /** The kinds, in {@link DeepNestingCases#KINDS} order. */
    public static String[] kinds() {
        String[] names = new String[DeepNestingCases.KINDS.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) DeepNestingCases.KINDS[i][0];
        }
        return names;
    }

    /** The largest N the generator script measured for a kind; beyond it nothing is expected. */
    public static int maxN(String kind) {
        for (Object[] row : DeepNestingCases.KINDS) {
            if (row[0].equals(kind)) {
                return (Integer) row[1];
            }
        }
        throw new IllegalArgumentException("unknown kind " + kind);
    }

    /** The Ns at which CPython's outcome changes for a kind (the first is always 1). */
    public static int[] transitions(String kind) {
        return Arrays.stream(DeepNestingCases.TRANSITIONS).filter(r -> r[0].equals(kind))
                .mapToInt(r -> (Integer) r[1]).toArray();
    }

    /** CPython 3.12's outcome for kind at N ("OK" or "Class: message"), or null when N is beyond the measured range. */
    public static String expected(String kind, int n) {
        if (n < 1 || n > maxN(kind)) {
            return null;
        }
        String result = null;
        for (Object[] row : TRANSITIONS_BY_KIND.get(kind)) {
            if ((Integer) row[1] <= n) {
                result = (String) row[2];
            }
        }
        return result;
    }

    /** Whether Kiln's outcome (same format as {@link #expected}) agrees with CPython's. */
    public static boolean agrees(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        return expected.equals(AST_CONSTRUCTION_RECURSION) && actual.equals("OK");
    }

    private static final Map<String, Object[][]> TRANSITIONS_BY_KIND = new HashMap<>();

    static {
        for (String k : kinds()) {
            TRANSITIONS_BY_KIND.put(k, Arrays.stream(DeepNestingCases.TRANSITIONS).filter(r -> r[0].equals(k))
                    .toArray(Object[][]::new));
        }
    }

    /** An N worth trying for a kind: mostly around the Ns where CPython's outcome changes. */
    public static int pickN(String kind, Random r) {
        int max = maxN(kind);
        int[] t = transitions(kind);
        int choice = r.nextInt(8);
        if (choice < 4 && t.length > 1) {
            int at = t[1 + r.nextInt(t.length - 1)];
            return clamp(at - 12 + r.nextInt(25), max);
        }
        if (choice < 6) {
            return clamp(1 + r.nextInt(260), max);
        }
        // Log-uniform over the whole measured range.
        double v = Math.exp(r.nextDouble() * Math.log(max));
        return clamp((int) v, max);
    }

    private static int clamp(int n, int max) {
        return Math.max(1, Math.min(max, n));
    }

    /** The source for kind at depth or length N. */
    public static String source(String kind, int n) {
        return switch (kind) {
            case "paren" -> rep("(", n) + "x" + rep(")", n);
            case "bracket" -> rep("[", n) + "x" + rep("]", n);
            case "brace" -> rep("{", n) + "x" + rep("}", n);
            case "paren-newlines" -> rep("(\n", n) + "x" + rep("\n)", n);
            case "mixed-brackets" -> mixedBrackets(n);
            case "unclosed-paren" -> rep("(", n);
            case "unclosed-mixed" -> cycle("([{", n - 1) + "(";
            case "tuple" -> rep("(1,", n) + rep(")", n);
            case "list" -> rep("[1,", n) + rep("]", n);
            case "set" -> rep("{1,", n) + rep("}", n);
            case "dict" -> rep("{1:", n) + "1" + rep("}", n);
            case "call" -> rep("f(", n) + rep(")", n);
            case "subscript" -> rep("a[", n) + "0" + rep("]", n);
            case "listcomp" -> rep("[x for x in ", n) + "y" + rep("]", n);
            case "genexp" -> rep("(x for x in ", n) + "y" + rep(")", n);
            case "walrus" -> rep("(a:=", n) + "1" + rep(")", n);
            case "match-sequence" -> "match x:\n case " + rep("[", n) + "a" + rep("]", n) + ": pass\n";
            case "match-class" -> "match x:\n case " + rep("C(", n) + "a" + rep(")", n) + ": pass\n";
            case "neg" -> rep("-", n) + "1";
            case "pos" -> rep("+", n) + "1";
            case "invert" -> rep("~", n) + "1";
            case "not" -> rep("not ", n) + "x";
            case "unary-mixed" -> cycle("-+~", n) + "1";
            case "lambda" -> rep("lambda: ", n) + "x";
            case "lambda-arg" -> rep("lambda x: ", n) + "x";
            case "power" -> "2" + rep("**2", n);
            case "await" -> "async def f():\n " + rep("await ", n) + "x\n";
            case "attribute-chain" -> "a" + rep(".b", n);
            case "call-chain" -> "f" + rep("()", n);
            case "subscript-chain" -> "a" + rep("[0]", n);
            case "plus-chain" -> "x" + rep("+x", n);
            case "mult-chain" -> "a" + rep("*a", n);
            case "bitor-chain" -> "a" + rep("|a", n);
            case "compare-chain" -> rep("a<", n) + "a";
            case "or-chain" -> rep("a or ", n) + "a";
            case "if-expression" -> rep("x if x else ", n) + "x";
            case "elif-chain" -> "if x: pass\n" + rep("elif x: pass\n", n);
            case "string-concat" -> rep("'a' ", n);
            case "fstring-concat" -> rep("f'{x}' 'a' ", n);
            case "decorators" -> rep("@d\n", n) + "def f(): pass\n";
            case "semicolons" -> rep("x=1;", n);
            case "continuation-lines" -> "x = 1" + rep(" \\\n+1", n);
            case "fstring" -> nestedFstrings(n, true);
            case "fstring-same-quote" -> nestedFstrings(n, false);
            case "fstring-format-spec" -> "f'{x" + rep(":{x", n) + rep("}", n) + "}'";
            case "if-blocks" -> blocks("if x:", " ", n);
            case "if-blocks-tab" -> blocks("if x:", "\t", n);
            case "def-blocks" -> blocks("def f():", "    ", n);
            case "class-blocks" -> blocks("class C:", "  ", n);
            case "while-blocks" -> blocks("while x:", " ", n);
            case "with-blocks" -> blocks("with x:", " ", n);
            case "try-blocks" -> tryBlocks(n);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    static String rep(String s, int n) {
        return s.repeat(n);
    }

    private static String cycle(String chars, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(chars.charAt(i % chars.length()));
        }
        return sb.toString();
    }

    private static String mixedBrackets(int n) {
        String open = "([{";
        String close = ")]}";
        StringBuilder sb = new StringBuilder(2 * n + 1);
        for (int i = 0; i < n; i++) {
            sb.append(open.charAt(i % 3));
        }
        sb.append('x');
        for (int i = n - 1; i >= 0; i--) {
            sb.append(close.charAt(i % 3));
        }
        return sb.toString();
    }

    /** f'{f"{f'{x}'}"}' and so on, N f-strings deep. */
    private static String nestedFstrings(int n, boolean alternateQuotes) {
        String s = "x";
        for (int i = 0; i < n; i++) {
            String q = alternateQuotes && i % 2 == 1 ? "\"" : "'";
            s = "f" + q + "{" + s + "}" + q;
        }
        return s;
    }

    /** N compound statements, each inside the previous, with one more indent unit per level. */
    private static String blocks(String header, String unit, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(unit.repeat(i)).append(header).append('\n');
        }
        sb.append(unit.repeat(n)).append("pass\n");
        return sb.toString();
    }

    private static String tryBlocks(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(" ".repeat(i)).append("try:\n");
        }
        sb.append(" ".repeat(n)).append("pass\n");
        for (int i = n - 1; i >= 0; i--) {
            sb.append(" ".repeat(i)).append("finally: pass\n");
        }
        return sb.toString();
    }
}
