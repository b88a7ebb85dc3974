package kiln.runtime.modules;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Recursion;
import kiln.runtime.Slots;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyBuiltinFunction;
import kiln.runtime.types.IntParse;
import kiln.runtime.types.NumericHash;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFloat;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** The {@code sys} module: the interpreter's state as Python sees it. */
public final class SysModule {
    private SysModule() {}

    public static final String VERSION = "3.12.1 (Kiln 0.1.0, Java " + Runtime.version().feature() + ") [Kiln]";

    /** sys.modules, shared by the import system. */
    public static final PyDict MODULES = new PyDict();
    public static final PyList PATH = new PyList();
    private static PyModule module;

    public static PyModule module() { return module; }

    /** Creates sys (once per process) with the program's argv. */
    public static PyModule create(String[] argv, String executable) {
        PyModule m = new PyModule("sys");
        m.builtin = true;
        PyDict d = m.getDict();
        PyList args = new PyList();
        for (String a : argv) args.append(new PyStr(a));
        d.setItem("argv", args);
        d.setItem("orig_argv", new PyList(args.toArray()));
        d.setItem("path", PATH);
        d.setItem("modules", MODULES);
        d.setItem("meta_path", new PyList());
        d.setItem("path_hooks", new PyList());
        d.setItem("path_importer_cache", new PyDict());
        d.setItem("maxsize", PyInt.valueOf(Long.MAX_VALUE));
        d.setItem("maxunicode", PyInt.valueOf(0x10FFFF));
        d.setItem("byteorder", new PyStr("little"));
        d.setItem("platform", new PyStr("linux"));
        d.setItem("version", new PyStr(VERSION));
        d.setItem("hexversion", PyInt.valueOf(0x030C01F0));
        d.setItem("api_version", PyInt.valueOf(1013));
        structSeqs(d);
        d.setItem("executable", new PyStr(executable));
        d.setItem("prefix", new PyStr(""));
        d.setItem("base_prefix", new PyStr(""));
        d.setItem("exec_prefix", new PyStr(""));
        d.setItem("base_exec_prefix", new PyStr(""));
        d.setItem("platlibdir", new PyStr("lib"));
        d.setItem("copyright", new PyStr("Copyright (c) Kiln contributors; Python is Copyright (c) Python Software Foundation."));
        d.setItem("float_repr_style", new PyStr("short"));
        d.setItem("dont_write_bytecode", kiln.runtime.types.PyBool.TRUE);
        d.setItem("warnoptions", new PyList());
        d.setItem("_xoptions", new PyDict());
        d.setItem("builtin_module_names", PyTuple.of(new PyStr("builtins"), new PyStr("sys"), new PyStr("time")));
        d.setItem("stdout", Streams.stdout());
        d.setItem("stderr", Streams.stderr());
        d.setItem("stdin", Streams.stdin());
        d.setItem("__stdout__", Streams.stdout());
        d.setItem("__stderr__", Streams.stderr());
        d.setItem("__stdin__", Streams.stdin());
        fn(d, "exit", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("sys.exit", kw);
            ArgParser.checkCount("exit", n, 0, 1);
            throw Errors.of(PyExceptions.SystemExit, n == 0 ? new PyObject[0] : new PyObject[] {a[off]});
        });
        fn0(d, "getrecursionlimit", () -> PyInt.valueOf(Recursion.limit));
        fn(d, "setrecursionlimit", (self, a, off, n, kw) -> {
            ArgParser.oneArg("sys.setrecursionlimit", n, kw);
            if (a[off] instanceof kiln.runtime.types.PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            long v = PyNumber.asLong(a[off]);
            if (v < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
            if (v > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
            if (v <= Recursion.depth) {
                throw Errors.recursionError("cannot set the recursion limit to " + v + " at the recursion depth "
                        + Recursion.depth + ": the limit is too low");
            }
            Recursion.limit = (int) v;
            return PyNone.INSTANCE;
        });
        fn(d, "intern", (self, a, off, n, kw) -> {
            ArgParser.oneArg("sys.intern", n, kw);
            if (!(a[off] instanceof PyStr s) || s.type() != PyStr.TYPE) {
                throw Errors.typeError("intern() argument must be str, not " + a[off].type().name());
            }
            return PyStr.intern(s.value());
        });
        fn0(d, "getdefaultencoding", () -> new PyStr("utf-8"));
        fn0(d, "getfilesystemencoding", () -> new PyStr("utf-8"));
        fn0(d, "getfilesystemencodeerrors", () -> new PyStr("surrogateescape"));
        fn(d, "getsizeof", (self, a, off, n, kw) -> {
            GETSIZEOF.parse(a, off, n, kw);
            PyObject f = Abstract.lookupSpecial(a[off], PyStr.intern("__sizeof__"));
            if (f == null) throw Errors.typeError("Type " + a[off].type().name() + " doesn't define __sizeof__");
            return PyNumber.add(Abstract.call(f), PyInt.valueOf(16));
        });
        fn0(d, "exc_info", () -> {
            PyObject e = kiln.runtime.main.FrameAccess.handledException();
            if (e == null) return PyTuple.of(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
            PyObject tb = Abstract.getAttr(e, "__traceback__");
            return PyTuple.of(e.type(), e, tb);
        });
        fn0(d, "exception", () -> {
            PyObject e = kiln.runtime.main.FrameAccess.handledException();
            return e == null ? PyNone.INSTANCE : e;
        });
        fn(d, "_getframe", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("sys._getframe", kw);
            ArgParser.checkCount("_getframe", n, 0, 1);
            int depth = n > 0 ? (int) PyNumber.asLong(a[off]) : 0;
            return kiln.runtime.main.FrameAccess.frameAt(depth);
        });
        fn0(d, "get_int_max_str_digits", () -> PyInt.valueOf(IntParse.maxStrDigits));
        fn(d, "set_int_max_str_digits", (self, a, off, n, kw) -> {
            IntParse.setMaxStrDigits(PyNumber.asLong(SET_INT_MAX_STR_DIGITS.parse(a, off, n, kw)[0]));
            return PyNone.INSTANCE;
        });
        fn(d, "displayhook", (self, a, off, n, kw) -> {
            ArgParser.oneArg("sys.displayhook", n, kw);
            PyObject v = a[off];
            if (v == PyNone.INSTANCE) return v;
            BuiltinsAccess.setUnderscore(v);
            Streams.stdout().write(Abstract.reprJava(v) + "\n");
            return PyNone.INSTANCE;
        });
        fn(d, "excepthook", (self, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("sys.excepthook", kw);
            ArgParser.checkCount("excepthook", n, 3, 3);
            kiln.runtime.main.ExceptionDisplay.print(a[off + 1]);
            return PyNone.INSTANCE;
        });
        d.setItem("__displayhook__", d.getItem("displayhook"));
        d.setItem("__excepthook__", d.getItem("excepthook"));
        module = m;
        MODULES.setItem("sys", m);
        return m;
    }

    private static final ArgParser GETSIZEOF = new ArgParser("getsizeof", new String[] {"object", "default"}, 0, 1, 2);

    /** A function of no arguments (METH_NOARGS), with CPython's "sys.f() takes no arguments (1 given)". */
    private static void fn0(PyDict d, String name, java.util.function.Supplier<PyObject> body) {
        String func = "sys." + name;
        fn(d, name, (self, a, off, n, kw) -> {
            ArgParser.noArgs(func, n, kw);
            return body.get();
        });
    }

    private static void fn(PyDict d, String name, Slots.Call body) {
        d.setItem(name, new PyBuiltinFunction(name, module == null ? null : module, body));
    }

    private static final StructSeq VERSION_INFO =
            new StructSeq("sys.version_info", "major", "minor", "micro", "releaselevel", "serial");
    private static final StructSeq HASH_INFO = new StructSeq("sys.hash_info",
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
    private static final StructSeq FLOAT_INFO = new StructSeq("sys.float_info", "max", "max_exp", "max_10_exp",
            "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    private static final StructSeq INT_INFO = new StructSeq("sys.int_info",
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");

    private static final ArgParser SET_INT_MAX_STR_DIGITS =
            new ArgParser("set_int_max_str_digits", new String[] {"maxdigits"}, 0, 1, 1);

    private static PyInt i(long v) { return PyInt.valueOf(v); }

    private static void structSeqs(PyDict d) {
        d.setItem("version_info", VERSION_INFO.make(i(3), i(12), i(1), new PyStr("final"), i(0)));
        d.setItem("hash_info", HASH_INFO.make(i(64), i(NumericHash.MODULUS), i(NumericHash.INF), i(0),
                i(NumericHash.IMAG), new PyStr("siphash13"), i(64), i(128), i(0)));
        d.setItem("float_info", FLOAT_INFO.make(new PyFloat(Double.MAX_VALUE), i(Double.MAX_EXPONENT + 1), i(308),
                new PyFloat(Double.MIN_NORMAL), i(Double.MIN_EXPONENT + 1), i(-307), i(15), i(53),
                new PyFloat(Math.ulp(1.0)), i(2), i(1)));
        d.setItem("int_info", INT_INFO.make(i(30), i(4), i(IntParse.DEFAULT_MAX_STR_DIGITS), i(IntParse.STR_DIGITS_CHECK_THRESHOLD)));
    }
}
