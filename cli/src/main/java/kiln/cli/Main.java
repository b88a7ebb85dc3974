package kiln.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kiln.parser.Parser;
import kiln.parser.ParserLimitError;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.ModNode;

/** The {@code kiln} command: what {@code python} does, for the parts of Kiln that exist so far. */
public final class Main {
    static final String PYTHON_VERSION = "3.12.1";
    static final String KILN_VERSION = "0.1.0";
    /** Deep nesting in the parser and deep Python recursion (up to the recursion limit) need a large Java stack; it is only reserved, not committed. */
    private static final long STACK_BYTES = 1L << 30;

    private Main() {}

    public static void main(String[] argv) throws InterruptedException {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = run(argv), "main", STACK_BYTES);
        t.start();
        t.join();
        System.out.flush();
        System.err.flush();
        System.exit(status[0]);
    }

    static String programName() {
        return System.getProperty("kiln.program", "kiln");
    }

    static int run(String[] argv) {
        PrintStream err = System.err;
        CommandLine cl;
        try {
            cl = CommandLine.parse(argv);
        } catch (CommandLine.UsageError e) {
            err.println(e.getMessage());
            err.println(usageLine());
            err.println("Try `python -h' for more information.");
            return 2;
        }
        try {
            return dispatch(cl, err);
        } catch (IOException e) {
            err.println(programName() + ": " + e);
            return 1;
        }
    }

    private static int dispatch(CommandLine cl, PrintStream err) throws IOException {
        switch (cl.action) {
            case VERSION -> {
                System.out.println(cl.versionCount > 1
                        ? "Python " + PYTHON_VERSION + " (Kiln " + KILN_VERSION + ", Java " + Runtime.version() + ")"
                        : "Python " + PYTHON_VERSION);
                return 0;
            }
            case HELP -> {
                System.out.print(Help.text(usageLine()));
                return 0;
            }
            default -> { }
        }
        if (cl.xOptions.containsKey("dump-ast")) {
            List<String> files = new ArrayList<>();
            if (cl.action == CommandLine.Action.RUN_FILE) files.addAll(cl.args);
            try (Writer out = stdout()) {
                DumpAst.run(files, out, err);
            }
            return 0;
        }
        if (cl.xOptions.containsKey("parse-bench")) {
            return ParseBench.run(cl, err);
        }
        applyXOptions(cl);
        kiln.runtime.main.ProgramRunner.Options opts =
                new kiln.runtime.main.ProgramRunner.Options(cl.xOptions, programName());
        return switch (cl.action) {
            case RUN_FILE -> kiln.runtime.main.ProgramRunner.runFile(cl.args.get(0), cl.args, opts);
            case RUN_COMMAND -> kiln.runtime.main.ProgramRunner.runCommand(cl.target, cl.args, opts);
            case RUN_MODULE -> notYet(err, "-m " + cl.target + ": running modules needs the import system "
                    + "and the standard library (roadmap step 2)");
            default -> kiln.runtime.main.ProgramRunner.runStdin(cl.args, opts);
        };
    }

    /** -X options that change how the runtime runs. */
    private static void applyXOptions(CommandLine cl) {
        Object q = cl.xOptions.get("quicken");
        if (q != null && ("off".equals(q) || "0".equals(q))) kiln.runtime.interp.Quickening.enabled = false;
    }

    private static int notYet(PrintStream err, String what) {
        err.println(programName() + ": not implemented yet: " + what);
        return 1;
    }

    static String usageLine() {
        return "usage: " + programName() + " [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    }

    static Writer stdout() {
        return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16);
    }
}
