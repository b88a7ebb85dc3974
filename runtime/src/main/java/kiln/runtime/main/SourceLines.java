package kiln.runtime.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import kiln.parser.SourceDecoder;

/** Source lines for tracebacks (the role of Lib/linecache.py): decoded as Python decodes source files. */
public final class SourceLines {
    private SourceLines() {}

    private static final HashMap<String, List<String>> CACHE = new HashMap<>();

    /** Line {@code lineno} (1-based) of {@code filename} without its line ending, or null. */
    public static String line(String filename, int lineno) {
        List<String> lines = CACHE.computeIfAbsent(filename, SourceLines::load);
        if (lines == null || lineno < 1 || lineno > lines.size()) return null;
        return lines.get(lineno - 1);
    }

    /** Registers source text that has no file (-c, exec of a string). */
    public static void register(String filename, String text) { CACHE.put(filename, split(text)); }

    private static List<String> load(String filename) {
        if (filename.startsWith("<") && filename.endsWith(">")) return null;
        try {
            byte[] bytes = Files.readAllBytes(Path.of(filename));
            return split(SourceDecoder.decode(bytes, filename));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0, n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(text.substring(start));
        return out;
    }
}
