package kiln.runtime.interp;

import java.util.ArrayList;
import java.util.List;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** Binding call arguments into a new frame's locals (CPython 3.12: Python/ceval.c, initialize_locals). */
public final class Calls {
    private Calls() {}

    /** Fills the parameter slots of {@code L} from a vectorcall; raises CPython's TypeErrors. */
    static void bind(PyFunction func, PyCode co, PyObject[] L, PyObject[] args, int off, int nargs, PyStr[] kw) {
        int argc = co.argcount;
        int total = argc + co.kwonlyargcount;
        int flags = co.flags;
        PyDict kwdict = null;
        if ((flags & PyCode.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            L[total + ((flags & PyCode.CO_VARARGS) != 0 ? 1 : 0)] = kwdict;
        }
        int n = Math.min(nargs, argc);
        System.arraycopy(args, off, L, 0, n);
        if ((flags & PyCode.CO_VARARGS) != 0) {
            L[total] = nargs > n ? PyTuple.of(args, off + n, nargs - n) : PyTuple.EMPTY;
        }
        if (kw != null) {
            PyStr[] names = co.localsplusnames;
            for (int i = 0; i < kw.length; i++) {
                PyStr k = kw[i];
                PyObject value = args[off + nargs + i];
                int j = co.posonlyargcount;
                for (; j < total; j++) if (names[j] == k) break;
                if (j == total) {
                    for (j = co.posonlyargcount; j < total; j++) if (names[j].value().equals(k.value())) break;
                }
                if (j == total) {
                    if (kwdict == null) {
                        if (co.posonlyargcount > 0) posonlyAsKeyword(func, co, kw);
                        throw Errors.typeError(qn(func) + "() got an unexpected keyword argument '" + k.value() + "'");
                    }
                    kwdict.setItem(k, value);
                    continue;
                }
                if (L[j] != null) {
                    throw Errors.typeError(qn(func) + "() got multiple values for argument '" + k.value() + "'");
                }
                L[j] = value;
            }
        }
        if (nargs > argc && (flags & PyCode.CO_VARARGS) == 0) tooManyPositional(func, co, L, nargs);
        if (nargs < argc) {
            PyObject[] defs = func.defaults;
            int defcount = defs == null ? 0 : defs.length;
            int m = argc - defcount;
            int missing = 0;
            for (int i = nargs; i < m; i++) if (L[i] == null) missing++;
            if (missing > 0) missingArguments(func, co, L, defcount, true);
            for (int i = Math.max(nargs - m, 0); i < defcount; i++) {
                if (L[m + i] == null) L[m + i] = defs[i];
            }
        }
        if (co.kwonlyargcount > 0) {
            int missing = 0;
            for (int i = argc; i < total; i++) {
                if (L[i] != null) continue;
                if (func.kwdefaults != null) {
                    PyObject d = func.kwdefaults.getItem(co.localsplusnames[i]);
                    if (d != null) {
                        L[i] = d;
                        continue;
                    }
                }
                missing++;
            }
            if (missing > 0) missingArguments(func, co, L, -1, false);
        }
    }

    private static String qn(PyFunction f) { return f.qualname.value(); }

    private static void posonlyAsKeyword(PyFunction func, PyCode co, PyStr[] kw) {
        List<String> hits = new ArrayList<>();
        for (int k = 0; k < co.posonlyargcount; k++) {
            String name = co.localsplusnames[k].value();
            for (PyStr s : kw) {
                if (s.value().equals(name)) {
                    hits.add(name);
                    break;
                }
            }
        }
        if (!hits.isEmpty()) {
            throw Errors.typeError(qn(func) + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", hits) + "'");
        }
    }

    private static void tooManyPositional(PyFunction func, PyCode co, PyObject[] L, int given) {
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) if (L[i] != null) kwonlyGiven++;
        int defcount = func.defaults == null ? 0 : func.defaults.length;
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (co.argcount - defcount) + " to " + co.argcount;
        } else {
            plural = co.argcount != 1;
            sig = String.valueOf(co.argcount);
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        throw Errors.typeError(qn(func) + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
                + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private static void missingArguments(PyFunction func, PyCode co, PyObject[] L, int defcount, boolean positional) {
        int start, end;
        if (positional) {
            start = 0;
            end = co.argcount - defcount;
        } else {
            start = co.argcount;
            end = start + co.kwonlyargcount;
        }
        List<String> names = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (L[i] == null) names.add(Abstract.reprJava(co.localsplusnames[i]));
        }
        String list;
        int k = names.size();
        if (k == 1) list = names.get(0);
        else if (k == 2) list = names.get(0) + " and " + names.get(1);
        else list = String.join(", ", names.subList(0, k - 1)) + ", and " + names.get(k - 1);
        throw Errors.typeError(qn(func) + "() missing " + k + " required " + (positional ? "positional" : "keyword-only")
                + " argument" + (k == 1 ? "" : "s") + ": " + list);
    }

    /** A new frame for a call of {@code func}, arguments bound. */
    static PyFrame frameFor(PyFunction func, PyObject[] args, int off, int nargs, PyStr[] kw) {
        PyCode co = func.code;
        PyFrame f = new PyFrame(co, func.globals, func.builtins, null);
        f.func = func;
        PyObject[] L = f.s;
        if (kw == null && nargs == co.argcount && co.totalargs == nargs) {
            System.arraycopy(args, off, L, 0, nargs);
        } else {
            bind(func, co, L, args, off, nargs, kw);
        }
        return f;
    }

    /** A frame for a call whose arguments exactly fill the positional parameters (the quickened call path). */
    static PyFrame exactFrame(PyFunction func, PyObject[] args, int off, int nargs) {
        PyCode co = func.code;
        PyFrame f = new PyFrame(co, func.globals, func.builtins, null);
        f.func = func;
        System.arraycopy(args, off, f.s, 0, nargs);
        return f;
    }
}
