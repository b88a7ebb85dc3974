package kiln.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kiln.parser.Parser;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.ModNode;
import org.junit.jupiter.api.Test;

/**
 * Compares Kiln's symbol tables with CPython 3.12's, recorded by gen_symtable_expected.py (test resources) from
 * the {@code _symtable} module: every scope, its parameters, every symbol's raw flags, or the SyntaxError.
 */
public class SymtableOracleTest {

    record Case(String source, String expected) {}

    static List<Case> cases() throws IOException {
        try (InputStream in = SymtableOracleTest.class.getResourceAsStream("symtable_expected.txt")) {
            if (in == null) throw new IOException("symtable_expected.txt not on the classpath");
            return parseCases(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<Case> parseCases(String text) {
        List<Case> out = new ArrayList<>();
        {
            String[] lines = text.split("\n");
            String src = null;
            StringBuilder exp = new StringBuilder();
            for (String line : lines) {
                if (line.startsWith("SRC ")) {
                    src = decodeJsonString(line.substring(4));
                    exp.setLength(0);
                } else if (line.equals("END")) {
                    out.add(new Case(src, exp.toString()));
                } else {
                    exp.append(line).append('\n');
                }
            }
        }
        return out;
    }

    /** What Kiln produces in the recorded form. */
    static String actual(String src) {
        ModNode mod = Parser.parse(src, "<symtable>", Parser.Mode.EXEC);
        int future = src.contains("from __future__ import annotations") ? SymbolTable.CO_FUTURE_ANNOTATIONS : 0;
        try {
            return SymbolTable.build(mod, "<symtable>", future).dump();
        } catch (PySyntaxError e) {
            return "ERROR " + e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno + "|" + e.endOffset + "\n";
        }
    }

    @Test
    public void matchesCPython() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() > 100, "too few cases: " + cases.size());
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String got;
            try {
                got = actual(c.source);
            } catch (RuntimeException e) {
                got = "EXCEPTION " + e + "\n";
            }
            if (!got.equals(c.expected))
                failures.add("--- source:\n" + c.source + "\n--- CPython:\n" + c.expected + "--- Kiln:\n" + got);
        }
        assertEquals("", String.join("\n", failures), failures.size() + " of " + cases.size() + " differ");
    }

    @Test
    public void mangling() {
        assertEquals("_C__x", SymbolTable.mangle("C", "__x"));
        assertEquals("_C__x", SymbolTable.mangle("__C", "__x"));
        assertEquals("__x", SymbolTable.mangle("___", "__x"));
        assertEquals("__x__", SymbolTable.mangle("C", "__x__"));
        assertEquals("__a.b", SymbolTable.mangle("C", "__a.b"));
        assertEquals("_x", SymbolTable.mangle("C", "_x"));
        assertEquals("__x", SymbolTable.mangle(null, "__x"));
    }

    static String decodeJsonString(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** Runs the checks without a JUnit launcher: prints each difference and a summary. */
    public static void main(String[] args) throws IOException {
        int failed = 0;
        // an optional argument names another file in the same format (e.g. recorded over CPython's Lib)
        List<Case> cases = args.length > 0
                ? parseCases(java.nio.file.Files.readString(java.nio.file.Path.of(args[0]))) : cases();
        for (Case c : cases) {
            String got;
            try {
                got = actual(c.source);
            } catch (RuntimeException e) {
                got = "EXCEPTION " + e + "\n";
            }
            if (!got.equals(c.expected)) {
                failed++;
                System.out.println("--- source:\n" + c.source + "\n--- CPython:\n" + c.expected + "--- Kiln:\n" + got);
            }
        }
        new SymtableOracleTest().mangling();
        System.out.println("symtable: " + (cases.size() - failed) + " passed, " + failed + " failed");
    }
}
