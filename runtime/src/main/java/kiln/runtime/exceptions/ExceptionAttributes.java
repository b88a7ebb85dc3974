package kiln.runtime.exceptions;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;
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
            // T_OBJECT members: None while unset; deleting one unsets it.
            t.getset(names[i], self -> ((PyBaseException) self).attr(idx),
                    (d, self, v) -> ((PyBaseException) self).setAttr(idx, v));
        }
    }

    private static PyTuple args(PyObject[] a, int off, int n) { return PyTuple.of(a, off, n); }

    static void install() {
        // SystemExit.code: None, the single argument, or the args tuple.
        PyType se = PyExceptions.SystemExit;
        fields(se, "code");
        se.tp_init = (self, a, off, n, kw) -> {
            ExceptionSlots.noKeywords(self, kw);
            PyBaseException e = (PyBaseException) self;
            e.args = args(a, off, n);
            e.setAttr(0, n == 0 ? PyNone.INSTANCE : n == 1 ? a[off] : e.args);
        };
        PyType si = PyExceptions.StopIteration;
        fields(si, "value");
        si.tp_init = (self, a, off, n, kw) -> {
            ExceptionSlots.noKeywords(self, kw);
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

    private static final int ERRNO = 0, STRERROR = 1, FILENAME = 2, FILENAME2 = 3, WRITTEN = 4;
    private static Slots.New osErrorNew;
    private static Slots.Init osErrorInit;

    /**
     * OSError parses its arguments in __new__, except for a subclass that overrides __init__ but not __new__, which
     * parses them in OSError.__init__ (CPython's oserror_use_init).
     */
    private static boolean osErrorUsesInit(PyType type) {
        return type.tp_init != osErrorInit && type.tp_new == osErrorNew;
    }

    private static void installOSError(PyType t) {
        fields(t, "errno", "strerror", "filename", "filename2");
        t.getset("characters_written", self -> {
            PyObject w = ((PyBaseException) self).attrs == null ? null : ((PyBaseException) self).attrs[WRITTEN];
            if (w == null) throw Errors.attributeError("characters_written");
            return w;
        }, (d, self, v) -> {
            PyBaseException e = (PyBaseException) self;
            if (v == null) {
                if (e.attrs == null || e.attrs[WRITTEN] == null) throw Errors.attributeError("characters_written");
                e.setAttr(WRITTEN, null);
            } else {
                e.setAttr(WRITTEN, ssize(v));
            }
        });
        osErrorNew = (type, a, off, n, kw) -> {
            PyType actual = type;
            if (!osErrorUsesInit(type)) {
                ExceptionSlots.noKeywordsFor(type, kw);
                // OSError(errno, strerror, ...) becomes the subclass for the errno; subclasses stay what they are.
                if (type == PyExceptions.OSError && n >= 2 && n <= 5 && a[off] instanceof PyInt code && code.isSmall()) {
                    PyType mapped = ErrnoMap.subclassFor((int) code.value);
                    if (mapped != null) actual = mapped;
                }
            }
            PyBaseException e = new PyBaseException(actual);
            if (!osErrorUsesInit(type)) initOSError(e, a, off, n);
            return e;
        };
        osErrorInit = (self, a, off, n, kw) -> {
            if (!osErrorUsesInit(self.type())) return;
            ExceptionSlots.noKeywords(self, kw);
            initOSError((PyBaseException) self, a, off, n);
        };
        t.tp_new = osErrorNew;
        t.tp_init = osErrorInit;
        t.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject[] at = e.attrs;
            if (at != null && at[FILENAME] != null) {
                String head = "[Errno " + Abstract.strJava(e.attr(ERRNO)) + "] " + Abstract.strJava(e.attr(STRERROR)) + ": "
                        + Abstract.reprJava(at[FILENAME]);
                return new PyStr(at[FILENAME2] != null ? head + " -> " + Abstract.reprJava(at[FILENAME2]) : head);
            }
            if (at != null && at[ERRNO] != null && at[STRERROR] != null) {
                return new PyStr("[Errno " + Abstract.strJava(at[ERRNO]) + "] " + Abstract.strJava(at[STRERROR]));
            }
            return new PyStr(e.strJava());
        };
        t.method("__reduce__", self -> {
            PyBaseException e = (PyBaseException) self;
            PyTuple args = e.args;
            PyObject[] at = e.attrs;
            // args holds only (errno, strerror) when a file name was given: put the file names back.
            if (args.size() == 2 && at != null && at[FILENAME] != null) {
                args = at[FILENAME2] != null
                        ? PyTuple.of(args.get(0), args.get(1), at[FILENAME], PyNone.INSTANCE, at[FILENAME2])
                        : PyTuple.of(args.get(0), args.get(1), at[FILENAME]);
            }
            PyDict d = e.existingDict();
            return d != null ? PyTuple.of(self.type(), args, d) : PyTuple.of(self.type(), args);
        });
    }

    /** A Py_ssize_t from an index-able object; overflow is a ValueError (PyNumber_AsSsize_t(v, ValueError)). */
    private static PyInt ssize(PyObject v) {
        PyInt i = kiln.runtime.PyNumber.index(v);
        if (!i.isSmall()) throw Errors.valueError("cannot fit '" + v.type().name() + "' into an index-sized integer");
        return i;
    }

    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null;
    }

    /** CPython's oserror_parse_args and oserror_init: errno, strerror, filename, (winerror), filename2. */
    static void initOSError(PyBaseException e, PyObject[] a, int off, int n) {
        e.args = args(a, off, n);
        if (n < 2 || n > 5) return;
        PyObject filename = n >= 3 ? a[off + 2] : null, filename2 = n >= 5 ? a[off + 4] : null;
        if (filename != null && filename != PyNone.INSTANCE) {
            if (e.type() == PyExceptions.BlockingIOError && isNumber(filename)) {
                // BlockingIOError's third argument is the number of characters written.
                e.setAttr(WRITTEN, ssize(filename));
            } else {
                e.setAttr(FILENAME, filename);
                if (filename2 != null && filename2 != PyNone.INSTANCE) e.setAttr(FILENAME2, filename2);
                // With a file name, args keeps only (errno, strerror).
                e.args = PyTuple.of(a[off], a[off + 1]);
            }
        }
        e.setAttr(ERRNO, a[off]);
        e.setAttr(STRERROR, a[off + 1]);
    }

    private static void installSyntaxError(PyType t) {
        // msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line
        fields(t, "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line");
        t.tp_init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            ExceptionSlots.noKeywords(self, kw);
            e.args = args(a, off, n);
            if (n >= 1) e.setAttr(0, a[off]);
            if (n == 2) {
                // (filename, lineno, offset, text[, end_lineno, end_offset]), from any iterable.
                PyObject[] info = Abstract.toArray(a[off + 1]);
                if (info.length < 4) throw Errors.typeError("function takes at least 4 arguments (" + info.length + " given)");
                if (info.length > 6) throw Errors.typeError("function takes at most 6 arguments (" + info.length + " given)");
                for (int i = 0; i < info.length; i++) e.setAttr(1 + i, info[i]);
                if (info.length == 5) throw Errors.typeError("end_offset must be provided when end_lineno is provided");
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
