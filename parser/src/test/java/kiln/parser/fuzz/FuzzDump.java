package kiln.parser.fuzz;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kiln.parser.PySyntaxError;

/**
 * {@code --dump DIR}: writes every input as DIR/K.py and Kiln's outcome as a line of DIR/kiln.tsv
 * (index, mutator, origin, outcome), for tests/parser/fuzz_compare.py to hold against CPython 3.12.
 */
final class FuzzDump implements AutoCloseable {
    private final Path dir;
    private final BufferedWriter tsv;

    FuzzDump(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.tsv = Files.newBufferedWriter(dir.resolve("kiln.tsv"), StandardCharsets.UTF_8);
    }

    synchronized void record(FuzzInput in, Outcome out) {
        try {
            Files.write(dir.resolve(in.index() + ".py"), in.bytes());
            tsv.write(in.index() + "\t" + in.mutator() + "\t" + in.origin() + "\t" + clean(describe(out)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "OK", "Class: message @line" for a SyntaxError, "Class: message" for other Python errors, or the failure. */
    static String describe(Outcome out) {
        if (out.kind() == Outcome.Kind.PY_ERROR && out.error() instanceof PySyntaxError e) {
            return out.key() + " @" + e.lineno;
        }
        return out.kind() == Outcome.Kind.FAILURE ? "FAILURE " + out.key() : out.key();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public void close() throws IOException {
        tsv.close();
    }
}
