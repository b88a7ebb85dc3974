package kiln.runtime.interp;

import java.util.ArrayList;
import java.util.List;

import kiln.compiler.CodeUnit;
import kiln.compiler.CompileWarning;
import kiln.compiler.Compiler;
import kiln.parser.Parser;
import kiln.parser.ParserLimitError;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.ModNode;
import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.ExceptionAttributes;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyBytes;
import kiln.runtime.types.PyCell;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** The builtins compile, eval, exec, globals and locals (CPython 3.12: Python/bltinmodule.c). */
public final class Eval {
    private Eval() {}

    static final int PYCF_ONLY_AST = 0x400, PYCF_DONT_IMPLY_DEDENT = 0x200;

    /** compile(source, filename, mode, flags, dont_inherit, optimize). */
    public static PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags, boolean dontInherit, int optimize) {
        String m = Abstract.strJava(mode);
        Parser.Mode pm = switch (m) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> Parser.Mode.FUNC_TYPE;
            default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        if ((flags & PYCF_ONLY_AST) != 0) throw Errors.notImplementedError("compile() to an AST object is not supported yet");
        String fn = filename instanceof PyStr fs ? fs.value() : Abstract.strJava(filename);
        String text = sourceText(source, "compile", "AST object");
        return compileText(text, fn, pm, flags, optimize, false);
    }

    private static String sourceText(PyObject source, String fname, String third) {
        if (source instanceof PyStr s) return s.value();
        if (source instanceof PyBytes b) return new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8);
        throw Errors.typeError(fname + "() arg 1 must be a string, bytes or " + third);
    }

    static PyCode compileText(String text, String filename, Parser.Mode mode, int flags, int optimize, boolean stripLeading) {
        if (stripLeading) {
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            text = text.substring(i);
        }
        if (text.indexOf('\0') >= 0) throw Errors.of(PyExceptions.SyntaxError, "source code string cannot contain null bytes");
        // The tokenizer of compile() ends the last line for the caller (interactive input needs it).
        if (mode == Parser.Mode.SINGLE && !text.endsWith("\n")) text = text + "\n";
        ModNode mod;
        try {
            mod = Parser.parse(text, filename, mode);
        } catch (PySyntaxError e) {
            throw new PyException(ExceptionAttributes.syntaxError(e));
        } catch (ParserLimitError e) {
            throw Errors.of(e.pythonType.equals("MemoryError") ? PyExceptions.MemoryError
                    : e.pythonType.equals("RecursionError") ? PyExceptions.RecursionError : PyExceptions.SyntaxError, e.msg);
        }
        List<CompileWarning> warnings = new ArrayList<>();
        CodeUnit unit;
        try {
            unit = Compiler.compile(mod, filename, flags, optimize, warnings);
        } catch (PySyntaxError e) {
            throw new PyException(ExceptionAttributes.syntaxError(e));
        }
        return new PyCode(unit);
    }

    /** eval(source, globals, locals): globals/locals may be null for "the caller's". */
    public static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        PyDict g = resolveGlobals(globals, locals, "eval");
        PyObject l = resolveLocals(globals, locals, g);
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            String text = sourceText(source, "eval", "code object");
            code = compileText(text, "<string>", Parser.Mode.EVAL, 0, 0, true);
        }
        return run(code, g, l, null);
    }

    /** exec(source, globals, locals, closure). Returns None. */
    public static PyObject exec(PyObject source, PyObject globals, PyObject locals, PyObject closure) {
        PyDict g = resolveGlobals(globals, locals, "exec");
        PyObject l = resolveLocals(globals, locals, g);
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            String text = sourceText(source, "exec", "code object");
            code = compileText(text, "<string>", Parser.Mode.EXEC, 0, 0, false);
        }
        run(code, g, l, closure == PyNone.INSTANCE ? null : closure);
        return PyNone.INSTANCE;
    }

    private static PyDict resolveGlobals(PyObject globals, PyObject locals, String fname) {
        if (globals != null && globals != PyNone.INSTANCE) {
            if (!(globals instanceof PyDict d)) {
                if (fname.equals("eval")) {
                    throw Errors.typeError(globals.type().mp_subscript == null ? "globals must be a dict"
                            : "globals must be a real dict; try eval(expr, {}, mapping)");
                }
                throw Errors.typeError("exec() globals must be a dict, not " + globals.type().name());
            }
            if (locals != null && locals != PyNone.INSTANCE && locals.type().mp_subscript == null) {
                throw Errors.typeError(fname.equals("eval") ? "locals must be a mapping"
                        : "locals must be a mapping or None, not " + locals.type().name());
            }
            if (d.getStr(PyStr.intern("__builtins__")) == null && kiln.runtime.modules.BuiltinsAccess.module() != null) {
                d.setItem(PyStr.intern("__builtins__"), kiln.runtime.modules.BuiltinsAccess.module());
            }
            return d;
        }
        if (locals != null && locals != PyNone.INSTANCE && locals.type().mp_subscript == null) {
            throw Errors.typeError(fname.equals("eval") ? "locals must be a mapping"
                    : "locals must be a mapping or None, not " + locals.type().name());
        }
        PyFrame f = ThreadState.current;
        if (f == null) throw Errors.of(PyExceptions.SystemError, fname + "(): no current frame");
        return f.globals;
    }

    private static PyObject resolveLocals(PyObject globals, PyObject locals, PyDict g) {
        if (locals != null && locals != PyNone.INSTANCE) return locals;
        if (globals != null && globals != PyNone.INSTANCE) return g;
        PyFrame f = ThreadState.current;
        return f == null ? g : FrameAttributes.locals(f);
    }

    private static PyObject run(PyCode code, PyDict g, PyObject l, PyObject closure) {
        if (code.nfree > 0) {
            if (closure == null) {
                throw Errors.typeError("code object requires a closure of exactly length " + code.nfree);
            }
            if (!(closure instanceof PyTuple ct) || ct.size() != code.nfree) {
                throw Errors.typeError("code object requires a closure of exactly length " + code.nfree);
            }
            PyFunction fn = new PyFunction(code, g, code.qualname);
            PyCell[] cells = new PyCell[ct.size()];
            for (int i = 0; i < cells.length; i++) {
                if (!(ct.get(i) instanceof PyCell c)) throw Errors.typeError("closure can only contain cells");
                cells[i] = c;
            }
            fn.closure = cells;
            PyFrame f = new PyFrame(code, g, Interpreter.builtinsOf(g), l);
            f.func = fn;
            return Interpreter.executeFromJava(f);
        }
        PyFrame f = new PyFrame(code, g, Interpreter.builtinsOf(g), l);
        return Interpreter.executeFromJava(f);
    }

    /** globals() of the calling frame. */
    public static PyObject globals() {
        PyObject g = ThreadState.currentGlobals();
        return g == null ? PyNone.INSTANCE : g;
    }

    /** locals() of the calling frame (a dict snapshot for functions, the namespace otherwise). */
    public static PyObject locals() {
        PyFrame f = ThreadState.current;
        return f == null ? PyNone.INSTANCE : FrameAttributes.locals(f);
    }
}
