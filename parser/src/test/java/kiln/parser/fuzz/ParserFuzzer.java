package kiln.parser.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The parser fuzzer: mutates CPython 3.12's Lib sources (byte flips, truncation, brackets and quotes
 * deleted or inserted, random tokens, spliced lines, indentation, encodings) and generates deeply
 * nested sources, then checks that every input ends in a tree or a Python error within the time
 * bound, never a Java exception; deep-nesting sources must give CPython 3.12's own outcome.
 *
 * <pre>
 *   tests/parser/fuzz.sh [--lib DIR] [--inputs N] [--seed S] [--timeout-ms T] [--jobs J]
 *                        [--save-failures DIR] [--only K,K...] [--mutator NAME] [--dump DIR]
 * </pre>
 * {@code --dump DIR} also writes every input and Kiln's outcome for tests/parser/fuzz_compare.py,
 * which checks them against CPython 3.12 (same error class, message and line).
 * Input k is made from its own Random seeded from (seed, k), so {@code --seed S --only k}
 * reproduces it alone. Exit status 1 when any input fails.
 */
public final class ParserFuzzer {
    /** A run's settings. {@code only}: the input indices to run (null: 0..inputs-1). */
    public record Options(Path lib, int inputs, long seed, long timeoutMs, int jobs, Path saveFailures,
                          int[] only, String mutator, boolean progress, Path dump) {
        public static Options defaults(Path lib) {
            return new Options(lib, 100_000, 1, 5000, Runtime.getRuntime().availableProcessors(), null, null, null,
                    true, null);
        }
    }

    private ParserFuzzer() {}

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parseArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("fuzz: " + e.getMessage());
            System.err.println("usage: ParserFuzzer [--lib DIR] [--inputs N] [--seed S] [--timeout-ms T] [--jobs J]"
                    + " [--save-failures DIR] [--only K,K...] [--mutator NAME] [--dump DIR]");
            System.exit(2);
            return;
        }
        if (o.lib() == null) {
            System.err.println("fuzz: no CPython 3.12 Lib found (set KILN_CPYTHON_LIB or pass --lib DIR)");
            System.exit(2);
            return;
        }
        FuzzReport report = run(Corpus.load(o.lib()), o, System.out);
        System.out.flush();
        System.exit(report.clean() ? 0 : 1);
    }

    static Options parseArgs(String[] args) {
        Options d = Options.defaults(null);
        Path lib = null;
        int inputs = d.inputs();
        long seed = d.seed();
        long timeout = d.timeoutMs();
        int jobs = d.jobs();
        Path save = null;
        int[] only = null;
        String mutator = null;
        Path dump = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                throw new IllegalArgumentException("options");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--lib" -> lib = Path.of(v);
                    case "--inputs" -> inputs = Integer.parseInt(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--timeout-ms" -> timeout = Long.parseLong(v);
                    case "--jobs" -> jobs = Integer.parseInt(v);
                    case "--save-failures" -> save = Path.of(v);
                    case "--only" -> only = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
                    case "--mutator" -> mutator = Mutation.byLabel(v).label;
                    case "--dump" -> dump = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad number for " + a + ": " + v);
            }
        }
        return new Options(lib != null ? lib : Corpus.locateLib(), inputs, seed, timeout, jobs, save, only, mutator,
                true, dump);
    }

    /** Runs the fuzzer over an already loaded corpus and prints the report. */
    public static FuzzReport run(Corpus corpus, Options o, PrintStream out) throws InterruptedException, IOException {
        int[] indices = o.only() != null ? o.only() : java.util.stream.IntStream.range(0, o.inputs()).toArray();
        out.printf("fuzz: seed %d, %d inputs, %d files (%.1f MB) from %s, %d jobs, timeout %d ms per input%n",
                o.seed(), indices.length, corpus.size(), corpus.totalBytes() / 1e6, corpus.lib, o.jobs(),
                o.timeoutMs());
        InputFactory factory = new InputFactory(corpus, o.seed(), o.mutator() == null ? null : Mutation.byLabel(o.mutator()));
        FuzzReport report = new FuzzReport(o.seed());
        report.requested = indices.length;
        long t0 = System.nanoTime();
        int[] recorded = new int[1];
        int step = Math.max(10_000, indices.length / 10);
        FuzzDump dump = o.dump() == null ? null : new FuzzDump(o.dump());
        FuzzEngine.Sink sink = (in, outcome) -> {
            report.record(in, outcome);
            if (dump != null) {
                dump.record(in, outcome);
            }
            if (o.progress()) {
                synchronized (recorded) {
                    if (++recorded[0] % step == 0) {
                        System.err.printf("fuzz: %d/%d inputs, %d failed, %.0f s%n", recorded[0], indices.length,
                                report.failures().size(), (System.nanoTime() - t0) / 1e9);
                    }
                }
            }
        };
        report.stuckWorkers = new FuzzEngine(o.jobs(), o.timeoutMs()).run(indices, factory::make, sink);
        if (dump != null) {
            dump.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        report.print(out, 50);
        if (o.saveFailures() != null && !report.failures().isEmpty()) {
            report.saveFailures(o.saveFailures());
            out.println("failing inputs saved in " + o.saveFailures());
        }
        out.printf("fuzz: %.1f s%n", seconds);
        out.println(report.summaryLine());
        return report;
    }
}
