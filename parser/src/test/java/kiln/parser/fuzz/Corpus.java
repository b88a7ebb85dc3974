package kiln.parser.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** CPython 3.12's Lib sources, read once: the material the fuzzer mutates. */
public final class Corpus {
    public final Path lib;
    /** Paths relative to {@link #lib}, sorted, so that an index means the same file on every machine with the same Lib. */
    public final List<String> names;
    public final List<byte[]> sources;

    private Corpus(Path lib, List<String> names, List<byte[]> sources) {
        this.lib = lib;
        this.names = names;
        this.sources = sources;
    }

    public int size() {
        return names.size();
    }

    public long totalBytes() {
        long n = 0;
        for (byte[] s : sources) {
            n += s.length;
        }
        return n;
    }

    /**
     * CPython 3.12's Lib: $KILN_CPYTHON_LIB, else {@code pyenv prefix 3.12.1}/lib/python3.12, else
     * ~/.pyenv/versions/3.12.1/lib/python3.12, else /usr/lib/python3.12. Null when none exists.
     */
    public static Path locateLib() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("KILN_CPYTHON_LIB");
        if (env != null && !env.isEmpty()) {
            candidates.add(Path.of(env));
        }
        String prefix = pyenvPrefix();
        if (prefix != null) {
            candidates.add(Path.of(prefix, "lib", "python3.12"));
        }
        String home = System.getProperty("user.home");
        if (home != null) {
            candidates.add(Path.of(home, ".pyenv", "versions", "3.12.1", "lib", "python3.12"));
        }
        candidates.add(Path.of("/usr/lib/python3.12"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p.resolve("ast.py")) && Files.isRegularFile(p.resolve("os.py"))) {
                return p;
            }
        }
        return null;
    }

    private static String pyenvPrefix() {
        try {
            Process p = new ProcessBuilder("pyenv", "prefix", "3.12.1").redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return out.lines().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Every .py file under lib, site-packages and __pycache__ excluded (the rule of tests/parser/compare_lib.py). */
    public static Corpus load(Path lib) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(lib)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> {
                        for (Path part : lib.relativize(p)) {
                            String s = part.toString();
                            if (s.equals("site-packages") || s.equals("__pycache__")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>(files.size());
        List<byte[]> sources = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                sources.add(Files.readAllBytes(f));
                names.add(lib.relativize(f).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no .py files under " + lib);
        }
        return new Corpus(lib, List.copyOf(names), List.copyOf(sources));
    }
}
