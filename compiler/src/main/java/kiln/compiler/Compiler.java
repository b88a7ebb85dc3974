package kiln.compiler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kiln.compiler.symtable.SymbolTable;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.*;

/** Entry point of the compiler: AST to a CPython 3.12 code object (CPython 3.12: Python/compile.c). */
public final class Compiler {
    private Compiler() {}

    static final int CO_FUTURE_BARRY_AS_BDFL = CodeMeta.CO_FUTURE_BARRY_AS_BDFL;
    static final int CO_FUTURE_ANNOTATIONS = CodeMeta.CO_FUTURE_ANNOTATIONS;

    /**
     * Compiles a module, expression or interactive statement. {@code flags} are compile()'s PyCF_* and
     * CO_FUTURE_* bits; {@code optimize} is -O's level (0, 1, 2; -1 means 0). SyntaxWarnings go to
     * {@code warnings} (may be null).
     */
    public static CodeUnit compile(ModNode mod, String filename, int flags, int optimize,
                                   List<CompileWarning> warnings) {
        if (optimize < 0) optimize = 0;
        try {
            Future future = futureParse(mod, filename);
            int features = future.features | (flags & CodeGen.PYCF_MASK);
            AstOptimizer.optimize(mod, optimize, features);
            SymbolTable st = SymbolTable.build(mod, filename, features);
            CodeGenFunctions cg = new CodeGenFunctions(filename, flags, features, optimize, warnings,
                    new CodeGenSymbols(st));
            cg.futureLocation = future.location;
            return cg.compileModule(mod);
        } catch (StackOverflowError e) {
            throw new PySyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                    filename, 0, 0, 0, 0, null);
        } catch (PySyntaxError e) {
            throw withText(e);
        }
    }

    /** As CPython, the offending line is read back from the source file when it exists. */
    private static PySyntaxError withText(PySyntaxError e) {
        if (e.text != null || e.lineno <= 0 || e.filename == null) return e;
        try {
            Path p = Path.of(e.filename);
            if (!Files.isRegularFile(p)) return e;
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            if (e.lineno > lines.size()) return e;
            return new PySyntaxError(e.errorType, e.msg, e.filename, e.lineno, e.offset, e.endLineno, e.endOffset,
                    lines.get(e.lineno - 1) + "\n");
        } catch (Exception ignored) {
            return e;
        }
    }

    record Future(int features, Loc location) {}

    // CPython 3.12: Python/future.c, future_parse / future_check_features
    static Future futureParse(ModNode mod, String filename) {
        List<StmtNode> body;
        if (mod instanceof kiln.parser.ast.Module m) body = m.body;
        else if (mod instanceof Interactive m) body = m.body;
        else return new Future(0, new Loc(-1, -1, -1, -1));
        int features = 0;
        Loc location = new Loc(-1, -1, -1, -1);
        int i = CodeGen.docString(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            StmtNode s = body.get(i);
            if (!(s instanceof ImportFrom f) || !"__future__".equals(f.module)) break;
            for (Alias a : f.names) {
                switch (a.name) {
                    case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                         "print_function", "unicode_literals", "generator_stop" -> {
                    }
                    case "barry_as_FLUFL" -> features |= CO_FUTURE_BARRY_AS_BDFL;
                    case "annotations" -> features |= CO_FUTURE_ANNOTATIONS;
                    // future.c reports the statement's start only (PyErr_SyntaxLocationObject)
                    case "braces" -> throw new PySyntaxError("SyntaxError", "not a chance", filename, s.lineno,
                            s.colOffset + 1, s.lineno, 0, null);
                    default -> throw new PySyntaxError("SyntaxError",
                            "future feature " + a.name + " is not defined", filename, s.lineno, s.colOffset + 1,
                            s.lineno, 0, null);
                }
            }
            location = new Loc(s.lineno, s.colOffset, s.endLineno, s.endColOffset);
        }
        return new Future(features, location);
    }
}
