package kiln.runtime.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import kiln.parser.Parser;
import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.modules.BuiltinsAccess;
import kiln.runtime.modules.Streams;
import kiln.runtime.modules.SysModule;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;

/**
 * Runs a Python program as {@code python} does (CPython 3.12: Modules/main.c and Python/pythonrun.c): sets up
 * builtins, sys and __main__, runs the code, prints an uncaught exception, and turns SystemExit into the exit
 * status. Nothing the program does reaches the user as a Java stack trace.
 */
public final class ProgramRunner {
    private ProgramRunner() {}

    /** Options from the command line that the runtime honours. */
    public record Options(Map<String, Object> xOptions, String executable) {}

    /** {@code kiln FILE args...}; {@code argv} is sys.argv (argv[0] is the file as given). Returns the exit status. */
    public static int runFile(String file, List<String> argvList, Options opts) {
        byte[] bytes;
        Path path = Path.of(file);
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            Output.stderr(opts.executable() + ": can't open file '" + path.toAbsolutePath().normalize()
                    + "': [Errno 2] No such file or directory\n");
            return 2;
        } catch (IOException e) {
            Output.stderr(opts.executable() + ": can't open file '" + file + "': " + e.getMessage() + "\n");
            return 2;
        }
        // CPython names the main script by its absolute path (not normalised).
        String name = path.toAbsolutePath().toString();
        String dir = path.toAbsolutePath().getParent().normalize().toString();
        String[] argv = argvList.toArray(new String[0]);
        return run(argv, dir, opts, main -> {
            main.getDict().setItem("__file__", new PyStr(name));
            main.getDict().setItem("__cached__", PyNone.INSTANCE);
            return SourceRunner.compileFile(bytes, name);
        });
    }

    /** {@code kiln -c COMMAND args...}; {@code argvList} is sys.argv ("-c" first). */
    public static int runCommand(String command, List<String> argvList, Options opts) {
        String[] argv = argvList.toArray(new String[0]);
        SourceLines.register("<string>", command);
        return run(argv, "", opts, main -> SourceRunner.compileString(command, "<string>", Parser.Mode.EXEC));
    }

    /** {@code kiln -} or a program piped to stdin. */
    public static int runStdin(List<String> argvList, Options opts) {
        String text;
        try {
            text = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            Output.stderr(opts.executable() + ": can't read standard input: " + e.getMessage() + "\n");
            return 2;
        }
        String[] argv = argvList.toArray(new String[0]);
        SourceLines.register("<stdin>", text);
        return run(argv, "", opts, main -> SourceRunner.compileString(text, "<stdin>", Parser.Mode.EXEC));
    }

    interface Loader { PyCode load(PyModule main); }

    private static int run(String[] argv, String path0, Options opts, Loader loader) {
        try {
            PyModule builtins = kiln.runtime.modules.BuiltinsModule.get();
            BuiltinsAccess.set(builtins);
            PyModule sys = SysModule.create(argv, opts.executable());
            BuiltinsAccess.setSys(sys);
            SysModule.MODULES.setItem("builtins", builtins);
            SysModule.PATH.append(new PyStr(path0));
            PyModule main = new PyModule("__main__");
            main.getDict().setItem("__builtins__", builtins);
            SysModule.MODULES.setItem("__main__", main);
            try {
                PyCode code = loader.load(main);
                SourceRunner.exec(code, main.getDict());
                return finish(0);
            } catch (PyException e) {
                return finish(handleUncaught(e.value));
            }
        } catch (StackOverflowError e) {
            Output.stderr("RecursionError: maximum recursion depth exceeded (Java stack exhausted)\n");
            return finish(1);
        } catch (ThreadDeath e) {
            throw e;
        } catch (Throwable e) {
            // A Kiln bug: report it as CPython reports an internal error, with the Java cause named.
            Output.stderr("SystemError: Kiln internal error: " + e + where(e) + "\n");
            return finish(1);
        }
    }

    private static String where(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return st.length == 0 ? "" : " at " + st[0].getClassName() + "." + st[0].getMethodName() + ":" + st[0].getLineNumber();
    }

    /** Flushes the standard streams; a failure to flush stdout counts as an error exit, as in CPython. */
    private static int finish(int status) {
        try {
            Streams.flushAll();
        } catch (RuntimeException e) {
            return status == 0 ? 120 : status;
        }
        return status;
    }

    /** SystemExit gives the exit status; anything else is printed with its traceback and exits 1. */
    static int handleUncaught(PyBaseException exc) {
        if (exc.type().isSubtype(PyExceptions.SystemExit)) return systemExitStatus(exc);
        // What the program printed comes before its traceback, as CPython flushes stdout first.
        try { Streams.stdout().flush(); } catch (RuntimeException ignored) { }
        try {
            PyObject hook = SysModule.module().getDict().getItem("excepthook");
            if (hook != null && !(hook instanceof kiln.runtime.types.PyBuiltinFunction)) {
                Abstract.call(hook, exc.type(), exc, exc.traceback == null ? PyNone.INSTANCE : exc.traceback);
                return 1;
            }
        } catch (PyException e) {
            Output.stderr("Error in sys.excepthook:\n");
            ExceptionDisplay.print(e.value);
            Output.stderr("\nOriginal exception was:\n");
        }
        ExceptionDisplay.print(exc);
        return 1;
    }

    private static int systemExitStatus(PyBaseException exc) {
        PyObject code = Abstract.lookupAttr(exc, "code");
        if (code == null || code == PyNone.INSTANCE) return 0;
        if (code instanceof PyInt i) {
            return i.big != null ? -1 : (int) i.value;
        }
        try { Streams.stdout().flush(); } catch (RuntimeException ignored) { }
        Output.stderr(Abstract.strJava(code) + "\n");
        return 1;
    }

    static PyDict unused() { return null; }
    static Number unused2() { return PyNumber.class.hashCode(); }
}
