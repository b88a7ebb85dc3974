package kiln.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kiln.parser.Parser;
import kiln.parser.PySyntaxError;

/**
 * {@code kiln -X parse-bench=N FILE...}: reads the files once, then parses all of them N times in this
 * process and prints one line per round ({@code round K: S seconds}); bench/parser.py compares the rounds
 * after warm-up with CPython's {@code ast.parse} over the same files.
 */
final class ParseBench {
    private ParseBench() {}

    static int run(CommandLine cl, PrintStream err) throws IOException {
        int rounds = Integer.parseInt(String.valueOf(cl.xOptions.get("parse-bench")));
        List<String> names = new ArrayList<>();
        if (cl.action == CommandLine.Action.RUN_FILE) names.addAll(cl.args);
        List<byte[]> sources = new ArrayList<>();
        for (String n : names) sources.add(Files.readAllBytes(Path.of(n)));
        long sink = 0;
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            int errors = 0;
            for (int i = 0; i < sources.size(); i++) {
                try {
                    sink += Parser.parseFile(sources.get(i), names.get(i)).hashCode();
                } catch (PySyntaxError e) {
                    errors++;
                }
            }
            long t1 = System.nanoTime();
            System.out.printf("round %d: %.6f seconds, %d files, %d syntax errors%n", r, (t1 - t0) / 1e9,
                    sources.size(), errors);
        }
        if (sink == 42) System.out.println();   // keeps the parse results observable to the JIT
        return 0;
    }
}
