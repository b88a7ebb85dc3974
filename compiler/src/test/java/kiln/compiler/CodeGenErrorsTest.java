package kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kiln.parser.Parser;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.ModNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compile-time SyntaxErrors and SyntaxWarnings (compiler, symbol table, future statements) against what CPython 3.12
 * reports; the expected values in codegen_errors.txt come from tests/compiler/gen_error_cases.py run under CPython.
 */
class CodeGenErrorsTest {
    record Case(String source, String type, String msg, int lineno, int offset, int endLineno, int endOffset) {}

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = CodeGenErrorsTest.class.getResourceAsStream("codegen_errors.txt")) {
            if (in == null) throw new IOException("codegen_errors.txt missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                cases.add(new Case(unescape(f[0]), f[1], unescape(f[2]), num(f[3]), num(f[4]), num(f[5]), num(f[6])));
            }
        }
        return cases;
    }

    private static int num(String s) {
        return s.equals("None") || s.equals("-") ? 0 : Integer.parseInt(s);
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static void check(Case c) {
        List<CompileWarning> warnings = new ArrayList<>();
        if (c.type.equals("SyntaxWarning")) {
            ModNode mod = Parser.parse(c.source, "<case>", Parser.Mode.EXEC);
            Compiler.compile(mod, "<case>", 0, 0, warnings);
            assertTrue(!warnings.isEmpty(), "no warning for " + c.source);
            CompileWarning w = warnings.get(0);
            assertEquals("SyntaxWarning", w.category());
            assertEquals(c.msg, w.message(), "message for " + c.source);
            assertEquals(c.lineno, w.lineno(), "line for " + c.source);
            return;
        }
        try {
            ModNode mod = Parser.parse(c.source, "<case>", Parser.Mode.EXEC);
            Compiler.compile(mod, "<case>", 0, 0, warnings);
        } catch (PySyntaxError e) {
            String where = " for:\n" + c.source;
            assertEquals(c.type, e.errorType, "type" + where);
            assertEquals(c.msg, e.msg, "message" + where);
            assertEquals(c.lineno, e.lineno, "lineno" + where);
            assertEquals(c.offset, e.offset, "offset" + where);
            assertEquals(c.endLineno, e.endLineno, "end lineno" + where);
            assertEquals(c.endOffset, e.endOffset, "end offset" + where);
            return;
        }
        fail("no SyntaxError (" + c.msg + ") for:\n" + c.source);
    }

    @TestFactory
    Stream<DynamicTest> cpythonErrors() throws IOException {
        return load().stream().map(c -> DynamicTest.dynamicTest(
                c.type + ": " + c.msg + " <- " + c.source.replace("\n", "\\n"), () -> check(c)));
    }

    @Test
    void resourceHasCases() throws IOException {
        assertTrue(load().size() > 50);
    }

    @Test
    void noWarningForSingletonComparisons() {
        List<CompileWarning> warnings = new ArrayList<>();
        ModNode mod = Parser.parse("x is None\nx is not True\nx is ...\n", "<case>", Parser.Mode.EXEC);
        Compiler.compile(mod, "<case>", 0, 0, warnings);
        assertEquals(List.of(), warnings);
    }
}
