package kiln.parser.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a fuzz run saw: counts per mutator and outcome, Python error classes, the slowest input, every failure. */
public final class FuzzReport {
    /** A failed input: the input, what happened, and why it counts as a failure. */
    public record Failure(FuzzInput input, Outcome outcome, String reason) {}

    private final long seed;
    private final Map<String, long[]> perMutator = new TreeMap<>();
    private final Map<String, Long> perPythonClass = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private long passed;
    private long slowestNanos = -1;
    private String slowest = "";
    private long totalParseNanos;
    int stuckWorkers;
    int requested;

    FuzzReport(long seed) {
        this.seed = seed;
    }

    synchronized void record(FuzzInput in, Outcome out) {
        Outcome.Kind kind = out.kind();
        String reason = null;
        if (kind == Outcome.Kind.FAILURE) {
            reason = out.key().equals("timeout") ? "no result within the time bound" : "not a tree nor a Python error";
        } else if (in.expected() != null && !DeepNesting.agrees(in.expected(), out.key())) {
            reason = "CPython 3.12 gives " + in.expected();
        }
        long[] counts = perMutator.computeIfAbsent(in.mutator(), m -> new long[3]);
        counts[reason != null ? 2 : kind.ordinal()]++;
        if (reason != null) {
            failures.add(new Failure(in, out, reason));
        } else {
            passed++;
            perPythonClass.merge(out.pythonClass(), 1L, Long::sum);
        }
        totalParseNanos += out.nanos();
        if (out.nanos() > slowestNanos && kind != Outcome.Kind.FAILURE) {
            slowestNanos = out.nanos();
            slowest = in.describe();
        }
    }

    public synchronized long passed() {
        return passed;
    }

    public synchronized List<Failure> failures() {
        List<Failure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparingInt(f -> f.input().index()));
        return sorted;
    }

    /** Inputs that were never run because the run stopped early (too many stuck workers). */
    public synchronized long notRun() {
        return requested - passed - failures.size();
    }

    /** True when every requested input ended in a tree or a Python error (and CPython's, where known). */
    public synchronized boolean clean() {
        return failures.isEmpty() && notRun() == 0;
    }

    public synchronized String summaryLine() {
        return "fuzz: " + passed + " passed, " + (failures.size() + notRun()) + " failed";
    }

    synchronized void print(PrintStream out, int maxDetailed) {
        out.printf("%-16s %8s %8s %9s %8s%n", "mutator", "inputs", "OK", "PY_ERROR", "FAILURE");
        long[] total = new long[3];
        for (Map.Entry<String, long[]> e : perMutator.entrySet()) {
            long[] c = e.getValue();
            out.printf("%-16s %8d %8d %9d %8d%n", e.getKey(), c[0] + c[1] + c[2], c[0], c[1], c[2]);
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        }
        out.printf("%-16s %8d %8d %9d %8d%n", "total", total[0] + total[1] + total[2], total[0], total[1], total[2]);
        StringBuilder classes = new StringBuilder("outcomes:");
        perPythonClass.forEach((k, v) -> classes.append(' ').append(k).append(' ').append(v).append(','));
        classes.setLength(classes.length() - 1);
        out.println(classes);
        out.printf("parse time: %.1f s in all, slowest %.1f ms: %s%n", totalParseNanos / 1e9, slowestNanos / 1e6,
                slowest);
        if (stuckWorkers > 0) {
            out.println(stuckWorkers + " inputs did not finish in time (their threads were left running)");
        }
        if (notRun() > 0) {
            out.println("stopped early after " + FuzzEngine.MAX_STUCK + " inputs that did not finish: " + notRun()
                    + " inputs not run, counted as failed");
        }
        List<Failure> sorted = failures();
        for (int i = 0; i < sorted.size(); i++) {
            Failure f = sorted.get(i);
            out.println("FAILURE " + f.input().describe() + ", seed " + seed + ": " + f.outcome().key()
                    + " (" + f.reason() + ")");
            if (i < maxDetailed) {
                Throwable t = f.outcome().error();
                if (t != null && f.outcome().kind() == Outcome.Kind.FAILURE) {
                    StackTraceElement[] frames = t.getStackTrace();
                    for (int j = 0; j < Math.min(5, frames.length); j++) {
                        out.println("    at " + frames[j]);
                    }
                }
                out.println("    reproduce: tests/parser/fuzz.sh --seed " + seed + " --only " + f.input().index());
            }
        }
        if (sorted.size() > maxDetailed) {
            out.println("(stack frames shown for the first " + maxDetailed + " failures)");
        }
        if (!sorted.isEmpty()) {
            out.println("failures by cause:");
            Map<String, long[]> causes = new TreeMap<>();
            for (Failure f : sorted) {
                long[] c = causes.computeIfAbsent(cause(f), k -> new long[] {0, f.input().index()});
                c[0]++;
            }
            causes.forEach((k, c) -> out.printf("  %6d  %s (first: --only %d)%n", c[0], k, c[1]));
        }
    }

    /** Groups failures: the exception and its top frame, or the deep-nesting kind and the two outcomes. */
    private static String cause(Failure f) {
        Outcome o = f.outcome();
        if (o.kind() != Outcome.Kind.FAILURE) {
            return f.input().kind() + ": Kiln " + o.key() + ", " + f.reason();
        }
        Throwable t = o.error();
        String top = t == null ? "" : " at " + parserFrame(t.getStackTrace());
        return o.key().equals("timeout") ? "timeout" + top : (t == null ? o.key() : t.getClass().getName()) + top;
    }

    /** The innermost frame in the parser's own code (a loop there is more telling than a JDK helper it calls). */
    private static String parserFrame(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            if (f.getClassName().startsWith("kiln.parser.") && !f.getClassName().startsWith("kiln.parser.fuzz.")) {
                return f.toString();
            }
        }
        return frames.length > 0 ? frames[0].toString() : "?";
    }

    /** Writes each failing input as seed-S-input-K.py, with a .txt beside it saying what happened. */
    synchronized void saveFailures(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Failure f : failures()) {
            String base = "seed-" + seed + "-input-" + f.input().index();
            Files.write(dir.resolve(base + ".py"), f.input().bytes());
            StringWriter text = new StringWriter();
            PrintWriter w = new PrintWriter(text);
            w.println(f.input().describe() + ", seed " + seed);
            w.println(f.outcome().key() + " (" + f.reason() + ")");
            if (f.outcome().error() != null) {
                f.outcome().error().printStackTrace(w);
            }
            w.flush();
            Files.writeString(dir.resolve(base + ".txt"), text.toString(), StandardCharsets.UTF_8);
        }
    }
}
