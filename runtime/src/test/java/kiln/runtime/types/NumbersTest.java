package kiln.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The numeric types against CPython 3.12's recorded results (see NumberCases). */
class NumbersTest {

    /** Every recorded case; failures are listed (up to 60) in the assertion message. */
    @Test
    void recordedCases() throws Exception {
        List<NumberCases.Case> cases = NumberCases.load();
        assertTrue(cases.size() > 1000, "case file too small: " + cases.size());
        List<String> failures = new ArrayList<>();
        for (NumberCases.Case c : cases) {
            String got = NumberCases.run(c);
            if (!got.equals(c.expected())) {
                failures.add("line " + c.line() + " " + c.op() + " " + c.args() + "\n   expected " + c.expected()
                        + "\n   got      " + got);
            }
        }
        StringBuilder msg = new StringBuilder(failures.size() + " of " + cases.size() + " cases differ from CPython\n");
        for (int i = 0; i < Math.min(60, failures.size()); i++) msg.append(failures.get(i)).append('\n');
        assertEquals(0, failures.size(), msg.toString());
    }

    /** Runs the recorded cases without a JUnit launcher; prints a summary and the first differences. */
    public static void main(String[] args) throws Exception {
        List<NumberCases.Case> cases;
        if (args.length > 1) {
            try (java.io.InputStream in = new java.io.FileInputStream(args[1])) {
                cases = NumberCases.load(in);
            }
        } else {
            cases = NumberCases.load();
        }
        int bad = 0;
        java.util.Map<String, Integer> byOp = new java.util.TreeMap<>();
        for (NumberCases.Case c : cases) {
            String got = NumberCases.run(c);
            if (!got.equals(c.expected())) {
                bad++;
                byOp.merge(c.op(), 1, Integer::sum);
                if (bad <= (args.length > 0 ? Integer.parseInt(args[0]) : 40)) {
                    System.out.println("line " + c.line() + " " + c.op() + " " + c.args() + "\n   expected "
                            + c.expected() + "\n   got      " + got);
                }
            }
        }
        System.out.println((cases.size() - bad) + " / " + cases.size() + " cases pass; failures by op: " + byOp);
    }
}
