package kiln.runtime.modules;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.interp.BuildClass;
import kiln.runtime.interp.Eval;
import kiln.runtime.interp.Imports;
import kiln.runtime.types.BuiltinIterators;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyBuiltinFunction;
import kiln.runtime.types.PyBytes;
import kiln.runtime.types.PyClassMethod;
import kiln.runtime.types.PyComplex;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyEllipsis;
import kiln.runtime.types.PyFloat;
import kiln.runtime.types.PyFrozenSet;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyMemoryView;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyNotImplemented;
import kiln.runtime.types.PyProperty;
import kiln.runtime.types.PyRange;
import kiln.runtime.types.PySet;
import kiln.runtime.types.PySlice;
import kiln.runtime.types.PyStaticMethod;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PySuper;
import kiln.runtime.types.PyTuple;

/**
 * The {@code builtins} module of Python 3.12: every function, constant, type and exception class
 * (CPython 3.12: Python/bltinmodule.c). The computing functions live in {@link BuiltinsModuleCore}, the
 * I/O ones in {@link BuiltinsModuleIO}.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    private static PyModule module;

    static {
        // The kernel boots from PyType; touching a builtin type's class first would see half-made statics.
        PyType.TYPE.name();
    }

    /** The builtins module, created once (and registered with {@link BuiltinsAccess}). */
    public static synchronized PyModule get() {
        if (module == null) {
            module = create();
            BuiltinsAccess.set(module);
        }
        return module;
    }

    /** A fresh builtins module. */
    public static PyModule create() {
        PyModule m = new PyModule("builtins");
        m.builtin = true;
        PyDict d = m.getDict();
        d.setItem("__doc__", new PyStr("Built-in functions, types, exceptions, and other objects.\n\nThis module provides "
                + "direct access to all 'built-in' identifiers of Python; for example, builtins.len is\nthe full name for "
                + "the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, "
                + "but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\n"
                + "which the built-in of that name is also needed."));
        functions(m, d);
        constants(d);
        types(d);
        for (PyType e : PyExceptions.ALL) d.setItem(e.name(), e);
        d.setItem("EnvironmentError", PyExceptions.OSError);
        d.setItem("IOError", PyExceptions.OSError);
        return m;
    }

    private static void fn(PyModule m, String name, Slots.Call body) {
        m.getDict().setItem(name, new PyBuiltinFunction(name, m, body));
    }

    private static void constants(PyDict d) {
        d.setItem("None", PyNone.INSTANCE);
        d.setItem("Ellipsis", PyEllipsis.INSTANCE);
        d.setItem("NotImplemented", PyNotImplemented.INSTANCE);
        d.setItem("True", PyBool.TRUE);
        d.setItem("False", PyBool.FALSE);
        d.setItem("__debug__", PyBool.TRUE);
    }

    private static void types(PyDict d) {
        PyType[] ts = {
            PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE,
            PyBytes.TYPE, kiln.runtime.types.PyByteArray.TYPE, PyMemoryView.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE,
            PyRange.TYPE, PySlice.TYPE, BuiltinIterators.Enumerate.TYPE, BuiltinIterators.Zip.TYPE,
            BuiltinIterators.MapIter.TYPE, BuiltinIterators.Filter.TYPE, BuiltinIterators.Reversed.TYPE,
            PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE, PySuper.TYPE,
        };
        for (PyType t : ts) d.setItem(t.name(), t);
    }

    private static void functions(PyModule m, PyDict d) {
        fn(m, "abs", BuiltinsModuleCore::abs);
        fn(m, "all", BuiltinsModuleCore::all);
        fn(m, "any", BuiltinsModuleCore::any);
        fn(m, "aiter", BuiltinsModuleCore::aiter);
        fn(m, "anext", BuiltinsModuleCore::anext);
        fn(m, "ascii", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.one("ascii", n, kw);
            return new PyStr(BuiltinsModuleCore.asciiOf(a[off]));
        });
        fn(m, "bin", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.one("bin", n, kw);
            return BuiltinsModuleCore.intToBase(a[off], 2, "0b");
        });
        fn(m, "oct", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.one("oct", n, kw);
            return BuiltinsModuleCore.intToBase(a[off], 8, "0o");
        });
        fn(m, "hex", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.one("hex", n, kw);
            return BuiltinsModuleCore.intToBase(a[off], 16, "0x");
        });
        fn(m, "breakpoint", (self, a, off, n, kw) -> {
            PyModule sys = BuiltinsAccess.sysModule();
            PyObject hook = sys == null ? null : sys.getDict().getItem("breakpointhook");
            if (hook == null) throw Errors.runtimeError("lost sys.breakpointhook");
            return Abstract.call(hook, a, off, n, kw);
        });
        fn(m, "callable", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.one("callable", n, kw);
            return PyBool.of(Abstract.isCallable(a[off]));
        });
        fn(m, "chr", BuiltinsModuleCore::chr);
        fn(m, "ord", BuiltinsModuleCore::ord);
        fn(m, "delattr", BuiltinsModuleCore::delattr);
        fn(m, "getattr", BuiltinsModuleCore::getattr);
        fn(m, "hasattr", BuiltinsModuleCore::hasattr);
        fn(m, "setattr", BuiltinsModuleCore::setattr);
        fn(m, "dir", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.range("dir", n, kw, 0, 1);
            if (n == 1) return BuiltinsModuleCore.dir(a[off]);
            PyObject loc = Eval.locals();
            PyList l = new PyList(Abstract.toArray(Abstract.call0(Abstract.getAttr(loc, "keys"))));
            PyList.sort(l, null, false);
            return l;
        });
        fn(m, "vars", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.range("vars", n, kw, 0, 1);
            return n == 0 ? Eval.locals() : BuiltinsModuleCore.vars(a[off]);
        });
        fn(m, "divmod", BuiltinsModuleCore::divmod);
        fn(m, "pow", BuiltinsModuleCore::pow);
        fn(m, "round", BuiltinsModuleCore::round);
        fn(m, "format", BuiltinsModuleCore::formatFn);
        fn(m, "hash", BuiltinsModuleCore::hash);
        fn(m, "id", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.one("id", n, kw);
            return PyInt.valueOf(BuiltinsModuleIds.id(a[off]));
        });
        fn(m, "isinstance", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.range("isinstance", n, kw, 2, 2);
            return PyBool.of(BuiltinsModuleCore.isInstance(a[off], a[off + 1]));
        });
        fn(m, "issubclass", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.range("issubclass", n, kw, 2, 2);
            return PyBool.of(BuiltinsModuleCore.isSubclass(a[off], a[off + 1]));
        });
        fn(m, "iter", BuiltinsModuleCore::iter);
        fn(m, "next", BuiltinsModuleCore::next);
        fn(m, "len", (self, a, off, n, kw) -> {
            if (n != 1 || kw != null && kw.length > 0) BuiltinsModuleCore.one("len", n, kw);
            return PyInt.valueOf(Abstract.len(a[off]));
        });
        fn(m, "max", (self, a, off, n, kw) -> BuiltinsModuleCore.minmax("max", CompareOp.GT, a, off, n, kw));
        fn(m, "min", (self, a, off, n, kw) -> BuiltinsModuleCore.minmax("min", CompareOp.LT, a, off, n, kw));
        fn(m, "repr", (self, a, off, n, kw) -> {
            BuiltinsModuleCore.one("repr", n, kw);
            return Abstract.repr(a[off]);
        });
        fn(m, "sorted", BuiltinsModuleCore::sorted);
        fn(m, "sum", BuiltinsModuleCore::sum);
        fn(m, "print", BuiltinsModuleIO::print);
        fn(m, "input", BuiltinsModuleIO::input);
        fn(m, "open", BuiltinsModuleIO::open);
        fn(m, "globals", (self, a, off, n, kw) -> {
            noArgs("globals", n, kw);
            return Eval.globals();
        });
        fn(m, "locals", (self, a, off, n, kw) -> {
            noArgs("locals", n, kw);
            return Eval.locals();
        });
        fn(m, "compile", BuiltinsModule::compile);
        fn(m, "eval", BuiltinsModule::eval);
        fn(m, "exec", BuiltinsModule::exec);
        fn(m, "__build_class__", (self, a, off, n, kw) -> BuildClass.buildClass(a, off, n, kw));
        fn(m, "__import__", BuiltinsModule::importFn);
    }

    static void noArgs(String name, int n, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
        if (n != 0) throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
    }

    private static final ArgParser COMPILE = new ArgParser("compile",
            new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 0, 3, 6);

    static PyObject compile(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = COMPILE.parse(a, off, n, kw);
        int flags = p[3] == null ? 0 : (int) kiln.runtime.PyNumber.asLong(p[3]);
        boolean dontInherit = p[4] != null && Abstract.isTrue(p[4]);
        int optimize = p[5] == null ? -1 : (int) kiln.runtime.PyNumber.asLong(p[5]);
        if (!(p[2] instanceof PyStr mode)) {
            throw Errors.typeError("compile() argument 'mode' must be str, not " + p[2].type().name());
        }
        String md = mode.value();
        if (!md.equals("exec") && !md.equals("eval") && !md.equals("single") && !md.equals("func_type")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (optimize < -1 || optimize > 2) throw Errors.valueError("compile(): invalid optimize value");
        return Eval.compile(p[0], p[1], p[2], flags, dontInherit, optimize);
    }

    private static boolean isMapping(PyObject o) {
        return o.type().mp_subscript != null;
    }

    private static final ArgParser EVAL = new ArgParser("eval", new String[] {"source", "globals", "locals"}, 3, 1, 3);

    static PyObject eval(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = EVAL.parse(a, off, n, kw);
        PyObject g = p[1] == PyNone.INSTANCE ? null : p[1], l = p[2] == PyNone.INSTANCE ? null : p[2];
        if (g != null && !(g instanceof PyDict)) {
            throw Errors.typeError(isMapping(g) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
        if (l != null && !isMapping(l)) throw Errors.typeError("locals must be a mapping");
        return Eval.eval(p[0], g, l);
    }

    private static final ArgParser EXEC = new ArgParser("exec", new String[] {"source", "globals", "locals", "closure"}, 3, 1, 3);

    static PyObject exec(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = EXEC.parse(a, off, n, kw);
        PyObject g = p[1] == PyNone.INSTANCE ? null : p[1], l = p[2] == PyNone.INSTANCE ? null : p[2];
        PyObject closure = p[3] == PyNone.INSTANCE ? null : p[3];
        if (g != null && !(g instanceof PyDict)) throw Errors.typeError("exec() globals must be a dict, not " + g.type().name());
        if (l != null && !isMapping(l)) throw Errors.typeError("locals must be a mapping or None, not " + l.type().name());
        return Eval.exec(p[0], g, l, closure);
    }

    private static final ArgParser IMPORT = new ArgParser("__import__",
            new String[] {"name", "globals", "locals", "fromlist", "level"}, 0, 1, 5);

    static PyObject importFn(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = IMPORT.parse(a, off, n, kw);
        if (!(p[0] instanceof PyStr name)) {
            throw Errors.typeError("module name must be a string");
        }
        int level = p[4] == null ? 0 : (int) kiln.runtime.PyNumber.asLong(p[4]);
        if (level < 0) throw Errors.valueError("level must be >= 0");
        PyObject none = PyNone.INSTANCE;
        return Imports.importName(name, p[1] == null ? none : p[1], p[2] == null ? none : p[2],
                p[3] == null ? PyTuple.EMPTY : p[3], level);
    }
}
