import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kiln.parser.LiteralError;
import kiln.parser.NumberLiterals;
import kiln.parser.StringLiterals;
import kiln.parser.ast.ConstantRepr;

/**
 * Checks Kiln's literal values against the table tools/literals_oracle.py writes from CPython 3.12.
 * Run: java -cp <parser classes> tools/LiteralsBulkCheck.java /tmp/literals.tsv
 */
public class LiteralsBulkCheck {
    public static void main(String[] args) throws IOException {
        HexFormat hex = HexFormat.of();
        int total = 0, bad = 0, tokenizerErrors = 0, pairedSurrogates = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t", -1);
            String kind = f[0];
            if (kind.equals("N") && new String(hex.parseHex(f[3]), StandardCharsets.UTF_8).startsWith("Eleading zeros")) {
                tokenizerErrors++; // rejected by CPython's tokenizer (Python 2 octal), not a value question
                continue;
            }
            boolean raw = f[1].equals("1");
            String text = new String(hex.parseHex(f[2]), StandardCharsets.UTF_8);
            String expected = new String(hex.parseHex(f[3]), StandardCharsets.UTF_8);
            String expectedWarns = new String(hex.parseHex(f[4]), StandardCharsets.UTF_8);
            List<String> warns = new ArrayList<>();
            StringLiterals.WarningSink sink = (m, at) -> warns.add(m);
            String actual;
            try {
                Object v = switch (kind) {
                    case "N" -> NumberLiterals.parse(text);
                    case "S" -> StringLiterals.decode(text, null, sink);
                    default -> StringLiterals.decodeFStringMiddle(text, raw, null, sink);
                };
                actual = "V" + ConstantRepr.repr(v);
            } catch (LiteralError e) {
                actual = "E" + e.msg;
            } catch (IllegalArgumentException e) {
                actual = "X" + e.getMessage();
            }
            String actualWarns = String.join("\0", warns);
            total++;
            if (!actual.equals(expected) || !actualWarns.equals(expectedWarns)) {
                if (PAIRED_SURROGATES.matcher(expected).find()) {
                    pairedSurrogates++; // a Java String cannot keep "\ud800\udc00" apart from "\U00010000"
                    continue;
                }
                if (bad++ < 30) {
                    System.out.println("MISMATCH " + kind + " " + abbreviate(text) + "\n  cpython: " + abbreviate(expected)
                            + " " + expectedWarns.replace('\0', '|') + "\n  kiln:    " + abbreviate(actual) + " "
                            + actualWarns.replace('\0', '|'));
                }
            }
        }
        System.out.println(total + " literal tokens checked, " + bad + " mismatches; not counted: "
                + tokenizerErrors + " rejected by the tokenizer, " + pairedSurrogates
                + " known differences (str values with an escaped surrogate pair)");
        if (bad != 0) System.exit(1);
    }

    private static final java.util.regex.Pattern PAIRED_SURROGATES =
            java.util.regex.Pattern.compile("\\\\ud[89ab][0-9a-f]{2}\\\\ud[c-f][0-9a-f]{2}");

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + " chars)" : s;
    }
}
