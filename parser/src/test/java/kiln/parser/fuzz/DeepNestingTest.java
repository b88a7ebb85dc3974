package kiln.parser.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Deeply nested and very long sources give what CPython 3.12 gives: a tree, or the same error class,
 * message and position ("too many nested parentheses", "too many levels of indentation", "too many
 * nested f-strings", MemoryError "Parser stack overflowed - Python source too complex to parse"...).
 *
 * <p>The expected values are hard-coded in {@link DeepNestingCases}, produced by running CPython
 * 3.12.1's {@code ast.parse} over these very sources with
 * {@code PYENV_VERSION=3.12.1 python tests/parser/gen_deep_nesting_cases.py}; each probe's length
 * and CRC-32 prove the source built here is the one CPython parsed. Probes sit on both sides of
 * every N where CPython's outcome changes (e.g. 200 vs 201 nested parentheses, 99 vs 100 nested
 * blocks, 5968 vs 5969 unary minus signs) and at the largest N measured.
 *
 * <p>Where CPython's ast.parse says "RecursionError: maximum recursion depth exceeded during ast
 * construction", its parser has built the tree and only the conversion to Python objects failed
 * (Python/Python-ast.c); that conversion is not the parser's job, so a tree is accepted there too.
 * Parsing runs on a 256 MB stack thread, as in the CLI.
 */
class DeepNestingTest {

    @TestFactory
    List<DynamicTest> probesGiveCPythonsOutcome() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] p : DeepNestingCases.PROBES) {
            String kind = (String) p[0];
            int n = (Integer) p[1];
            int length = (Integer) p[2];
            long crc = (Long) p[3];
            String expected = (String) p[4];
            tests.add(DynamicTest.dynamicTest(kind + " N=" + n, () -> {
                byte[] source = DeepNesting.source(kind, n).getBytes(StandardCharsets.UTF_8);
                CRC32 c = new CRC32();
                c.update(source);
                assertEquals(length, source.length, "source differs from the one CPython parsed");
                assertEquals(crc, c.getValue(), "source differs from the one CPython parsed");
                Outcome outcome = BigStack.parse(source, "<fuzz>", 30_000);
                String actual = outcome.detailed();
                if (!DeepNesting.agrees(expected, actual)) {
                    assertEquals(expected, actual, kind + " N=" + n
                            + (outcome.error() != null && outcome.kind() == Outcome.Kind.FAILURE
                                    ? " threw " + outcome.error() : ""));
                }
            }));
        }
        return tests;
    }

    /** The fuzzer's oracle (TRANSITIONS) agrees with every probe CPython answered. */
    @Test
    void transitionsAgreeWithProbes() {
        for (Object[] p : DeepNestingCases.PROBES) {
            String full = (String) p[4];
            int at = full.indexOf(" @");
            String classAndMessage = at < 0 ? full : full.substring(0, at);
            assertEquals(classAndMessage, DeepNesting.expected((String) p[0], (Integer) p[1]), p[0] + " N=" + p[1]);
        }
    }

    @Test
    void everyKindHasProbesAtItsTransitions() {
        for (String kind : DeepNesting.kinds()) {
            for (int t : DeepNesting.transitions(kind)) {
                boolean found = false;
                for (Object[] p : DeepNestingCases.PROBES) {
                    found |= p[0].equals(kind) && (Integer) p[1] == t;
                }
                assertTrue(found, kind + " has no probe at N=" + t);
            }
        }
    }
}
