package kiln.parser.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A CI-sized run of {@link ParserFuzzer}: 10,000 inputs from seed 2024 over CPython 3.12's Lib must
 * all end in a tree or a Python error (CPython's own, for the deep-nesting generators), with no Java
 * exception and none slower than the time bound. The full run is {@code tests/parser/fuzz.sh}
 * (100,000 inputs). Skipped, with the reason reported, when no CPython 3.12 Lib can be found.
 */
class ParserFuzzTest {
    static final long SEED = 2024;
    static final int INPUTS = 10_000;

    @Test
    void tenThousandMutatedInputsEndInATreeOrAPythonError() throws Exception {
        Path lib = Corpus.locateLib();
        Assumptions.assumeTrue(lib != null,
                "no CPython 3.12 Lib found (KILN_CPYTHON_LIB, pyenv 3.12.1, /usr/lib/python3.12): fuzz test skipped");
        ParserFuzzer.Options o = new ParserFuzzer.Options(lib, INPUTS, SEED, 5000,
                Runtime.getRuntime().availableProcessors(), null, null, null, false, null);
        FuzzReport report = ParserFuzzer.run(Corpus.load(lib), o, System.out);
        StringBuilder failures = new StringBuilder();
        for (FuzzReport.Failure f : report.failures()) {
            if (failures.length() < 4000) {
                failures.append("\n  ").append(f.input().describe()).append(": ").append(f.outcome().key())
                        .append(" (").append(f.reason()).append(')');
            }
        }
        assertEquals(0, report.failures().size(), "failing inputs (seed " + SEED + "):" + failures);
        assertTrue(report.clean(), report.summaryLine());
        assertEquals(INPUTS, report.passed());
    }
}
