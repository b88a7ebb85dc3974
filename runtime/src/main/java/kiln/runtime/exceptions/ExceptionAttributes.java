package kiln.runtime.exceptions;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * The attributes and constructors of exception classes that carry more than args (CPython 3.12:
 * Objects/exceptions.c): SystemExit, StopIteration, ImportError, OSError, SyntaxError, NameError,
 * AttributeError, KeyError, the Unicode errors.
 */
public final class ExceptionAttributes {
    private ExceptionAttributes() {}

    static final int MAX_ATTRS = 8;

    private static PyStr s(String n) { return PyStr.intern(n); }

    private static void fields(PyType t, String... names) {
        for (int i = 0; i < names.length; i++) {
            int idx = i;
            t.getset(names[i], self -> ((PyBaseException) self).attr(idx),
                    (d, self, v) -> ((PyBaseException) self).setAttr(idx, v == null ? PyNone.INSTANCE : v));
        }
    }

    private static PyTuple args(PyObject[] a, int off, int n) { return PyTuple.of(a, off, n); }

    static void install() {
        // SystemExit.code: None, the single argument, or the args tuple.
        PyType se = PyExceptions.SystemExit;
        fields(se, "code");
        se.tp_init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = args(a, off, n);
            e.setAttr(0, n == 0 ? PyNone.INSTANCE : n == 1 ? a[off] : e.args);
        };
        PyType si = PyExceptions.StopIteration;
        fields(si, "value");
        si.tp_init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = args(a, off, n);
            e.setAttr(0, n == 0 ? PyNone.INSTANCE : a[off]);
        };
        installImportError(PyExceptions.ImportError);
        installOSError(PyExceptions.OSError);
        installSyntaxError(PyExceptions.SyntaxError);
        PyType ne = PyExceptions.NameError;
        fields(ne, "name");
        ne.tp_init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = args(a, off, n);
            keywordOnly(e, "NameError", a, off + n, kw, new String[] {"name"}, new int[] {0});
        };
        PyType ae = PyExceptions.AttributeError;
        fields(ae, "name", "obj");
        ae.tp_init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = args(a, off, n);
            keywordOnly(e, "AttributeError", a, off + n, kw, new String[] {"name", "obj"}, new int[] {0, 1});
        };
        PyExceptions.KeyError.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            if (e.args.size() == 1) return Abstract.repr(e.args.get(0));
            return new PyStr(e.strJava());
        };
        UnicodeErrors.install();
        // Subclasses were readied before these slots were set: hand the new slots down the tree.
        for (PyType t : PyExceptions.ALL) inheritFromBase(t);
        for (PyType t : PyExceptions.ALL) t.slotsChanged();
    }

    private static void inheritFromBase(PyType t) {
        PyType base = t.base;
        if (base == null || base == PyBaseException.TYPE || t == PyBaseException.TYPE) return;
        inheritFromBase(base);
        PyType root = PyBaseException.TYPE;
        if (t.tp_new == root.tp_new) t.tp_new = base.tp_new;
        if (t.tp_init == root.tp_init) t.tp_init = base.tp_init;
        if (t.tp_str == root.tp_str) t.tp_str = base.tp_str;
        if (t.tp_repr == root.tp_repr) t.tp_repr = base.tp_repr;
    }

    /** Keyword-only constructor arguments (name=, obj=, path=): anything else is a TypeError. */
    private static void keywordOnly(PyBaseException e, String cls, PyObject[] a, int kwOff, PyStr[] kw, String[] names, int[] slots) {
        if (kw == null) return;
        for (int k = 0; k < kw.length; k++) {
            boolean ok = false;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kw[k].value())) {
                    e.setAttr(slots[i], a[kwOff + k]);
                    ok = true;
                }
            }
            if (!ok) throw Errors.typeError("'" + kw[k].value() + "' is an invalid keyword argument for " + cls + "()");
        }
    }

    private static void installImportError(PyType t) {
        fields(t, "msg", "name", "path", "name_from");
        t.tp_init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = args(a, off, n);
            keywordOnly(e, "ImportError", a, off + n, kw, new String[] {"name", "path", "name_from"}, new int[] {1, 2, 3});
            if (n == 1) e.setAttr(0, a[off]);
        };
        t.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject msg = e.attr(0);
            if (msg != PyNone.INSTANCE) return Abstract.str(msg);
            return new PyStr(e.strJava());
        };
    }

    private static void installOSError(PyType t) {
        fields(t, "errno", "strerror", "filename", "filename2", "characters_written");
        t.tp_new = (type, a, off, n, kw) -> {
            PyType actual = type;
            // OSError(errno, ...) picks the subclass for the errno, as CPython does for the base class only.
            if (type == PyExceptions.OSError && n >= 2 && a[off] instanceof PyInt code && code.isSmall()) {
                PyType mapped = ErrnoMap.subclassFor((int) code.value);
                if (mapped != null) actual = mapped;
            }
            PyBaseException e = new PyBaseException(actual);
            initOSError(e, a, off, n);
            return e;
        };
        t.tp_init = (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(self.type().name() + "() takes no keyword arguments");
        };
        t.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject errno = e.attr(0), strerror = e.attr(1), f1 = e.attr(2), f2 = e.attr(3);
            if (f1 != PyNone.INSTANCE) {
                if (f2 != PyNone.INSTANCE) {
                    return new PyStr("[Errno " + Abstract.strJava(errno) + "] " + Abstract.strJava(strerror) + ": "
                            + Abstract.reprJava(f1) + " -> " + Abstract.reprJava(f2));
                }
                return new PyStr("[Errno " + Abstract.strJava(errno) + "] " + Abstract.strJava(strerror) + ": " + Abstract.reprJava(f1));
            }
            if (errno != PyNone.INSTANCE && strerror != PyNone.INSTANCE) {
                return new PyStr("[Errno " + Abstract.strJava(errno) + "] " + Abstract.strJava(strerror));
            }
            return new PyStr(e.strJava());
        };
    }

    static void initOSError(PyBaseException e, PyObject[] a, int off, int n) {
        e.args = args(a, off, n);
        if (n >= 2 && n <= 5) {
            e.setAttr(0, a[off]);
            e.setAttr(1, a[off + 1]);
            if (n >= 3) {
                e.setAttr(2, a[off + 2]);
                if (n >= 5) e.setAttr(3, a[off + 4]);
                // With a filename, args keeps only (errno, strerror).
                e.args = PyTuple.of(a[off], a[off + 1]);
            }
        }
    }

    private static void installSyntaxError(PyType t) {
        // msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line
        fields(t, "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line");
        t.tp_init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = args(a, off, n);
            if (n >= 1) e.setAttr(0, a[off]);
            if (n == 2) {
                PyObject[] info = Abstract.toArray(a[off + 1]);
                if (info.length < 4 || info.length > 6) {
                    throw Errors.indexError("tuple index out of range");
                }
                for (int i = 0; i < info.length; i++) e.setAttr(1 + i, info[i]);
            }
        };
        t.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject msg = e.attr(0), filename = e.attr(1), lineno = e.attr(2);
            String m = Abstract.strJava(msg == PyNone.INSTANCE && e.args.size() > 0 ? e.args.get(0) : msg);
            boolean haveFile = filename instanceof PyStr, haveLine = lineno instanceof PyInt;
            String base = haveFile ? basename(((PyStr) filename).value()) : null;
            if (haveFile && haveLine) return new PyStr(m + " (" + base + ", line " + Abstract.strJava(lineno) + ")");
            if (haveFile) return new PyStr(m + " (" + base + ")");
            if (haveLine) return new PyStr(m + " (line " + Abstract.strJava(lineno) + ")");
            return new PyStr(m);
        };
    }

    private static String basename(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }

    /** A SyntaxError instance from the parser's or compiler's error. */
    public static PyBaseException syntaxError(kiln.parser.PySyntaxError err) {
        PyType t = switch (err.errorType) {
            case "IndentationError" -> PyExceptions.IndentationError;
            case "TabError" -> PyExceptions.TabError;
            default -> PyExceptions.SyntaxError;
        };
        PyObject text = err.text == null ? PyNone.INSTANCE : new PyStr(err.text);
        PyTuple info = PyTuple.of(new PyStr(err.filename), PyInt.valueOf(err.lineno), PyInt.valueOf(err.offset), text,
                PyInt.valueOf(err.endLineno), PyInt.valueOf(err.endOffset));
        return (PyBaseException) Abstract.call(t, new PyStr(err.msg), info);
    }

    static PyDict unused() { return null; }
}
