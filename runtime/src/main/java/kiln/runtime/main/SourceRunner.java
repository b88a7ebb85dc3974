package kiln.runtime.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Collections;
import java.util.IdentityHashMap;

import kiln.compiler.CodeUnit;
import kiln.compiler.CompileWarning;
import kiln.compiler.Compiler;
import kiln.parser.Parser;
import kiln.parser.ParserLimitError;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.ModNode;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.ExceptionAttributes;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyModule;

/** Source text to running code: parse, compile, report warnings, execute in a module's namespace. */
public final class SourceRunner {
    private SourceRunner() {}

    private static final Set<PyModule> INITIALIZING = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Parses and compiles a file's bytes; syntax errors become Python SyntaxError exceptions. */
    public static PyCode compileFile(byte[] source, String filename) {
        ModNode mod;
        try {
            mod = Parser.parseFile(source, filename);
        } catch (PySyntaxError e) {
            throw new PyException(ExceptionAttributes.syntaxError(e));
        } catch (ParserLimitError e) {
            throw Errors.of(limitType(e.pythonType), e.msg);
        }
        return compile(mod, filename);
    }

    /** Compiles source text given as a string (-c, exec of a string). */
    public static PyCode compileString(String source, String filename, Parser.Mode mode) {
        ModNode mod;
        try {
            mod = Parser.parse(source, filename, mode);
        } catch (PySyntaxError e) {
            throw new PyException(ExceptionAttributes.syntaxError(e));
        } catch (ParserLimitError e) {
            throw Errors.of(limitType(e.pythonType), e.msg);
        }
        return compile(mod, filename);
    }

    private static PyType limitType(String name) {
        return switch (name) {
            case "MemoryError" -> PyExceptions.MemoryError;
            case "RecursionError" -> PyExceptions.RecursionError;
            default -> PyExceptions.SyntaxError;
        };
    }

    static PyCode compile(ModNode mod, String filename) {
        List<CompileWarning> warnings = new ArrayList<>();
        CodeUnit unit;
        try {
            unit = Compiler.compile(mod, filename, 0, 0, warnings);
        } catch (PySyntaxError e) {
            throw new PyException(ExceptionAttributes.syntaxError(e));
        }
        for (CompileWarning w : warnings) {
            String line = SourceLines.line(filename, w.lineno());
            Output.stderr(filename + ":" + w.lineno() + ": " + w.category() + ": " + w.message() + "\n"
                    + (line == null ? "" : "  " + line.strip() + "\n"));
        }
        return CodeRunner.toCode(unit);
    }

    /** Runs a module's source in the module's namespace (import of a .py file). */
    public static void execModule(byte[] source, String filename, PyModule m) {
        PyCode code = compileFile(source, filename);
        INITIALIZING.add(m);
        try {
            CodeRunner.exec(code, m.getDict());
        } finally {
            INITIALIZING.remove(m);
        }
    }

    public static boolean isInitializing(PyModule m) { return INITIALIZING.contains(m); }

    public static void exec(PyCode code, PyDict globals) { CodeRunner.exec(code, globals); }
}
