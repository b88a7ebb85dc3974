package kiln.compiler.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kiln.compiler.CodeUnit;
import kiln.compiler.CompileWarning;
import kiln.compiler.Compiler;
import kiln.compiler.Pyc;
import kiln.parser.Parser;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.ModNode;

/**
 * Command line front end of the compiler.
 * <pre>
 *   --pyc OUT.pyc FILE.py        compile FILE.py to a CPython 3.12 .pyc
 *   --dis FILE.py                print a dis-like listing
 *   --batch OUTDIR FILE.py...    compile each FILE to OUTDIR/N.pyc (N = position), one status line per file
 *   --pycache FILE.py...         compile each FILE to its __pycache__/NAME.cpython-312.pyc, where CPython's
 *                                import system picks it up; prints files that failed
 * </pre>
 * Exit status 1 with CPython's "File ..., SyntaxError: ..." text on stderr when the source does not compile.
 */
public final class CompileMain {
    private CompileMain() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 3 && args[0].equals("--pyc")) {
            List<CompileWarning> warnings = new ArrayList<>();
            try {
                CodeUnit code = compileFile(args[2], warnings);
                Path src = Path.of(args[2]);
                Pyc.write(Path.of(args[1]), code, Files.getLastModifiedTime(src).toMillis() / 1000, Files.size(src));
            } catch (PySyntaxError e) {
                err.println(describe(e));
                return 1;
            }
            printWarnings(args[2], warnings, err);
            return 0;
        }
        if (args.length == 2 && args[0].equals("--dis")) {
            List<CompileWarning> warnings = new ArrayList<>();
            try {
                out.print(Disassembler.listing(compileFile(args[1], warnings)));
            } catch (PySyntaxError e) {
                err.println(describe(e));
                return 1;
            }
            printWarnings(args[1], warnings, err);
            return 0;
        }
        if (args.length >= 2 && args[0].equals("--batch")) {
            Path dir = Path.of(args[1]);
            Files.createDirectories(dir);
            for (int i = 2; i < args.length; i++) out.println(batchOne(args[i], dir.resolve((i - 2) + ".pyc")));
            return 0;
        }
        if (args.length >= 1 && args[0].equals("--pycache")) {
            int ok = 0, bad = 0;
            for (int i = 1; i < args.length; i++) {
                Path src = Path.of(args[i]);
                String name = src.getFileName().toString();
                Path cache = src.resolveSibling("__pycache__")
                        .resolve(name.substring(0, name.length() - 3) + ".cpython-312.pyc");
                try {
                    CodeUnit code = compileFile(args[i], new ArrayList<>());
                    Files.createDirectories(cache.getParent());
                    Pyc.write(cache, code, Files.getLastModifiedTime(src).toMillis() / 1000, Files.size(src));
                    ok++;
                } catch (PySyntaxError e) {
                    bad++;
                    out.println("SYNTAX\t" + args[i] + "\t" + e.msg);
                } catch (RuntimeException | StackOverflowError e) {
                    bad++;
                    out.println("CRASH\t" + args[i] + "\t" + e);
                }
            }
            out.println("pycache: " + ok + " written, " + bad + " failed");
            return 0;
        }
        err.println("usage: CompileMain --pyc OUT.pyc FILE.py | --dis FILE.py | --batch OUTDIR FILE.py... | --pycache FILE.py...");
        return 2;
    }

    /** One tab-separated status line: OK/SYNTAX/CRASH, then details; warnings as W lines before it. */
    private static String batchOne(String file, Path pyc) {
        List<CompileWarning> warnings = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        try {
            CodeUnit code = compileFile(file, warnings);
            Path src = Path.of(file);
            Pyc.write(pyc, code, Files.getLastModifiedTime(src).toMillis() / 1000, Files.size(src));
            for (CompileWarning w : warnings)
                sb.append("W\t").append(w.category()).append('\t').append(w.lineno()).append('\t')
                        .append(oneLine(w.message())).append('\n');
            sb.append("OK\t").append(file);
        } catch (PySyntaxError e) {
            sb.append("SYNTAX\t").append(file).append('\t').append(e.errorType).append('\t').append(e.lineno)
                    .append('\t').append(oneLine(e.msg));
        } catch (Throwable t) {
            sb.append("CRASH\t").append(file).append('\t').append(oneLine(t.toString()));
            StackTraceElement[] st = t.getStackTrace();
            for (int i = 0; i < Math.min(4, st.length); i++) sb.append(" @ ").append(st[i]);
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    public static CodeUnit compileFile(String file, List<CompileWarning> warnings) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(file));
        ModNode mod = Parser.parseFile(bytes, file);
        return Compiler.compile(mod, file, 0, 0, warnings);
    }

    private static void printWarnings(String file, List<CompileWarning> warnings, PrintStream err) {
        for (CompileWarning w : warnings) err.println(file + ":" + w.lineno() + ": " + w.category() + ": " + w.message());
    }

    private static String describe(PySyntaxError e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(e.filename).append("\", line ").append(e.lineno).append('\n');
        if (e.text != null) sb.append("    ").append(e.text.strip()).append('\n');
        sb.append(e.errorType).append(": ").append(e.msg);
        return sb.toString();
    }

    static String decode(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
