package kiln.runtime;

import kiln.runtime.types.PyStr;

/**
 * Argument checking for builtins with CPython's messages (Argument Clinic and getargs.c). {@link #parse} binds
 * positional and keyword arguments to named parameters.
 */
public final class ArgParser {
    final String fname;
    final String[] names;
    final int posOnly, required, maxPositional;

    /**
     * @param fname   function name used in messages, e.g. "sort"
     * @param names   parameter names in order
     * @param posOnly how many leading parameters are positional-only
     * @param required how many leading parameters are required
     * @param maxPositional how many may be given positionally (the rest are keyword-only)
     */
    public ArgParser(String fname, String[] names, int posOnly, int required, int maxPositional) {
        this.fname = fname;
        this.names = names;
        this.posOnly = posOnly;
        this.required = required;
        this.maxPositional = maxPositional;
    }

    /**
     * Binds arguments; missing optional parameters are null. The checks and their order are those of CPython's
     * {@code _PyArg_UnpackKeywords} (Argument Clinic); a parser whose parameters are all positional-only checks
     * like {@code _PyArg_CheckPositional} ("f expected at most 2 arguments, got 3").
     */
    public PyObject[] parse(PyObject[] a, int off, int nargs, PyStr[] kw) {
        PyObject[] out = new PyObject[names.length];
        int nkw = kw == null ? 0 : kw.length;
        if (nkw == 0 && nargs >= required && nargs <= maxPositional) {
            System.arraycopy(a, off, out, 0, nargs);
            return out;
        }
        if (posOnly == names.length) {
            checkNoKeywords(fname, kw);
            checkCount(fname, nargs, required, maxPositional);
        }
        int maxArgs = names.length;
        if (nargs + nkw > maxArgs) {
            throw Errors.typeError(fname + "() takes at most " + maxArgs + " " + (nargs == 0 ? "keyword " : "")
                    + "argument" + (maxArgs == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        if (nargs > maxPositional) {
            if (maxPositional == 0) throw Errors.typeError(fname + "() takes no positional arguments");
            throw Errors.typeError(fname + "() takes " + (required < maxPositional ? "at most" : "exactly") + " "
                    + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        int minPosOnly = Math.min(posOnly, required);
        if (nargs < minPosOnly) {
            throw Errors.typeError(fname + "() takes " + (minPosOnly < maxPositional ? "at least" : "exactly") + " "
                    + minPosOnly + " positional argument" + (minPosOnly == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        System.arraycopy(a, off, out, 0, nargs);
        int left = nkw;
        for (int i = Math.max(nargs, posOnly); i < maxArgs; i++) {
            PyObject current = null;
            if (left > 0) {
                int k = keywordIndex(kw, names[i]);
                if (k >= 0) current = a[off + nargs + k];
            } else if (i >= required) {
                break;
            }
            out[i] = current;
            if (current != null) {
                left--;
            } else if (i < required) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (left > 0) {
            for (int i = posOnly; i < nargs; i++) {
                if (keywordIndex(kw, names[i]) >= 0) {
                    throw Errors.typeError("argument for " + fname + "() given by name ('" + names[i] + "') and position ("
                            + (i + 1) + ")");
                }
            }
            for (PyStr k : kw) {
                if (!isKeyword(k.value())) {
                    throw Errors.typeError("'" + k.value() + "' is an invalid keyword argument for " + fname + "()");
                }
            }
            throw Errors.typeError("invalid keyword argument for " + fname + "()");
        }
        return out;
    }

    private static int keywordIndex(PyStr[] kw, String name) {
        for (int k = 0; k < kw.length; k++) {
            if (kw[k].value().equals(name)) return k;
        }
        return -1;
    }

    private boolean isKeyword(String name) {
        for (int i = posOnly; i < names.length; i++) {
            if (names[i].equals(name)) return true;
        }
        return false;
    }

    /**
     * A METH_NOARGS function: "sys.exc_info() takes no arguments (1 given)". {@code func} is how CPython's
     * _PyObject_FunctionStr names it: "sys.exc_info" for a module function, "str.upper" for a method.
     */
    public static void noArgs(String func, int n, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(func + "() takes no keyword arguments");
        if (n != 0) throw Errors.typeError(func + "() takes no arguments (" + n + " given)");
    }

    /** A METH_O function: "sys.intern() takes exactly one argument (0 given)"; {@code func} as for {@link #noArgs}. */
    public static void oneArg(String func, int n, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(func + "() takes no keyword arguments");
        if (n != 1) throw Errors.typeError(func + "() takes exactly one argument (" + n + " given)");
    }

    public static void checkNoKeywords(String fname, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(fname + "() takes no keyword arguments");
    }

    /** "f expected at least/at most/N argument(s), got M". */
    public static void checkCount(String fname, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(fname + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(fname + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** Slot wrappers take exactly {@code count} positional arguments. */
    static void exact(String name, PyObject[] a, int off, int n, PyStr[] kw, int count) {
        if (kw != null && kw.length > 0) throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        if (n != count) {
            throw Errors.typeError("expected " + count + " argument" + (count == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** An attribute name argument (getattr, __getattribute__): must be a str. */
    public static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) return s;
        throw Errors.typeError("attribute name must be string, not '" + o.type().name() + "'");
    }
}
