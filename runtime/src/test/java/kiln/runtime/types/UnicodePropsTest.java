package kiln.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import kiln.runtime.PyType;

/**
 * Every code point of every str predicate and case mapping against CPython 3.12's answers (unicode_props.txt,
 * written by tests/runtime/gen_str_cases.py). Code points unassigned in Unicode 15.0 are skipped: the JDK's
 * tables are newer, and characters assigned since may legitimately differ.
 */
public class UnicodePropsTest {
    static {
        PyType.TYPE.name();
    }

    static Map<String, String> load() throws Exception {
        Map<String, String> lines = new HashMap<>();
        try (InputStream in = UnicodePropsTest.class.getResourceAsStream("unicode_props.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String l; (l = r.readLine()) != null; ) {
                int sp = l.indexOf(' ');
                lines.put(l.substring(0, sp), l.substring(sp + 1));
            }
        }
        return lines;
    }

    static BitSet ranges(String body) {
        BitSet b = new BitSet();
        if (body.isEmpty()) return b;
        for (String r : body.split(" ")) {
            String[] x = r.split("-");
            b.set(Integer.parseInt(x[0], 16), Integer.parseInt(x[1], 16));
        }
        return b;
    }

    static PyStr of(int c) { return new PyStr(new String(Character.toChars(c))); }

    static boolean test(String prop, int c) {
        return switch (prop) {
            case "isalpha" -> UnicodeProps.isAlpha(c);
            case "isdecimal" -> UnicodeProps.isDecimal(c);
            case "isdigit" -> UnicodeProps.isDigit(c);
            case "isnumeric" -> UnicodeProps.isNumeric(c);
            case "isalnum" -> UnicodeProps.isAlnum(c);
            case "islower" -> StrType.isLowerUpper(of(c), true) == PyBool.TRUE;
            case "isupper" -> StrType.isLowerUpper(of(c), false) == PyBool.TRUE;
            case "isspace" -> UnicodeProps.isSpace(c);
            case "isprintable" -> UnicodeProps.isPrintable(c);
            case "isidentifier" -> StrType.isIdentifier(of(c)) == PyBool.TRUE;
            default -> throw new IllegalArgumentException(prop);
        };
    }

    static String map(String m, int c) {
        PyStr s = of(c);
        return switch (m) {
            case "upper" -> StrType.upper(s).value();
            case "lower" -> StrType.lower(s).value();
            case "title" -> StrType.mapCase(s, 1).value();
            default -> StrType.mapCase(s, 3).value();
        };
    }

    @TestFactory
    Stream<DynamicTest> everyCodePoint() throws Exception {
        Map<String, String> lines = load();
        BitSet unassigned = ranges(lines.get("unassigned"));
        Stream<DynamicTest> props = Stream.of("isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "islower",
                "isupper", "isspace", "isprintable", "isidentifier").map(p -> DynamicTest.dynamicTest(p, () -> {
            BitSet want = ranges(lines.get(p));
            StringBuilder bad = new StringBuilder();
            int count = 0;
            for (int c = 0; c < 0x110000; c++) {
                if (unassigned.get(c) || test(p, c) == want.get(c)) continue;
                if (count++ < 20) bad.append(String.format("U+%04X(want %s) ", c, want.get(c)));
            }
            assertEquals(0, count, p + " differs from CPython 3.12 at " + bad);
        }));
        Stream<DynamicTest> maps = Stream.of("upper", "lower", "title", "casefold").map(m -> DynamicTest.dynamicTest(m, () -> {
            Map<Integer, String> want = new HashMap<>();
            for (String t : lines.get(m).split(" ")) {
                String[] x = t.split(":");
                StringBuilder b = new StringBuilder();
                for (String cp : x[1].split("\\.")) b.appendCodePoint(Integer.parseInt(cp, 16));
                want.put(Integer.parseInt(x[0], 16), b.toString());
            }
            StringBuilder bad = new StringBuilder();
            int count = 0;
            for (int c = 0; c < 0x110000; c++) {
                if (c >= 0xd800 && c <= 0xdfff || unassigned.get(c)) continue;
                String w = want.getOrDefault(c, new String(Character.toChars(c)));
                if (map(m, c).equals(w)) continue;
                if (count++ < 20) bad.append(String.format("U+%04X ", c));
            }
            assertEquals(0, count, m + " differs from CPython 3.12 at " + bad);
        }));
        return Stream.concat(props, maps);
    }
}
