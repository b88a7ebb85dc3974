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

    /** Binds arguments; missing optional parameters are null. */
    public PyObject[] parse(PyObject[] a, int off, int nargs, PyStr[] kw) {
        PyObject[] out = new PyObject[names.length];
        if (nargs > maxPositional) {
            if (maxPositional == 0) throw Errors.typeError(fname + "() takes no positional arguments");
            throw Errors.typeError(fname + "() takes " + (required == maxPositional ? "exactly" : "at most") + " "
                    + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        System.arraycopy(a, off, out, 0, nargs);
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                String name = kw[k].value();
                int idx = -1;
                for (int i = posOnly; i < names.length; i++) {
                    if (names[i].equals(name)) { idx = i; break; }
                }
                if (idx < 0) {
                    for (int i = 0; i < posOnly; i++) {
                        if (names[i].equals(name)) {
                            throw Errors.typeError("'" + name + "' is an invalid keyword argument for " + fname + "()");
                        }
                    }
                    throw Errors.typeError("'" + name + "' is an invalid keyword argument for " + fname + "()");
                }
                if (out[idx] != null) {
                    throw Errors.typeError("argument for " + fname + "() given by name ('" + name + "') and position ("
                            + (idx + 1) + ")");
                }
                out[idx] = a[off + nargs + k];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (i < posOnly || nargs > i) {
                    throw Errors.typeError(fname + "() takes at least " + required + " positional argument"
                            + (required == 1 ? "" : "s") + " (" + nargs + " given)");
                }
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
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
