package kiln.runtime.interp;

import java.util.ArrayList;
import java.util.List;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.TypeNew;
import kiln.runtime.types.PyCell;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** builtins.__build_class__ (CPython 3.12: Python/bltinmodule.c, builtin___build_class__). */
public final class BuildClass {
    private BuildClass() {}

    private static final PyStr METACLASS = PyStr.intern("metaclass");

    public static PyObject buildClass(PyObject[] args, int off, int nargs, PyStr[] kwnames) {
        if (nargs < 2) throw Errors.typeError("__build_class__: not enough arguments");
        if (!(args[off] instanceof PyFunction func)) throw Errors.typeError("__build_class__: func must be a function");
        if (!(args[off + 1] instanceof PyStr name)) throw Errors.typeError("__build_class__: name is not a string");
        PyTuple origBases = PyTuple.of(args, off + 2, nargs - 2);
        PyTuple bases = updateBases(origBases);

        PyObject meta = null;
        List<PyStr> kwn = new ArrayList<>();
        List<PyObject> kwv = new ArrayList<>();
        if (kwnames != null) {
            for (int i = 0; i < kwnames.length; i++) {
                PyObject v = args[off + nargs + i];
                if (kwnames[i].value().equals("metaclass")) meta = v;
                else {
                    kwn.add(kwnames[i]);
                    kwv.add(v);
                }
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) meta = TypeNew.calculateMetaclass((PyType) meta, bases);

        PyStr[] kwArr = kwn.isEmpty() ? null : kwn.toArray(new PyStr[0]);
        PyObject ns;
        PyObject prep = Abstract.lookupAttr(meta, "__prepare__");
        if (prep == null) {
            ns = new PyDict();
        } else {
            PyObject[] a = new PyObject[2 + kwv.size()];
            a[0] = name;
            a[1] = bases;
            for (int i = 0; i < kwv.size(); i++) a[2 + i] = kwv.get(i);
            ns = Abstract.call(prep, a, 0, 2, kwArr);
        }
        if (ns.type().mp_subscript == null) {
            throw Errors.typeError((isClass ? ((PyType) meta).name() : "<metaclass>") + ".__prepare__() must return a mapping, not "
                    + ns.type().name());
        }
        PyFrame f = new PyFrame(func.code, func.globals, func.builtins, ns);
        f.func = func;
        PyObject cell = Interpreter.executeFromJava(f);
        if (bases != origBases) Abstract.setItem(ns, PyStr.intern("__orig_bases__"), origBases);
        PyObject[] a = new PyObject[3 + kwv.size()];
        a[0] = name;
        a[1] = bases;
        a[2] = ns;
        for (int i = 0; i < kwv.size(); i++) a[3 + i] = kwv.get(i);
        PyObject cls = Abstract.call(meta, a, 0, 3, kwArr);
        if (cls instanceof PyType && cell instanceof PyCell c) {
            PyObject cc = c.value;
            if (cc != cls) {
                if (cc == null) {
                    throw Errors.runtimeError("__class__ not set defining " + Abstract.reprJava(name) + " as "
                            + Abstract.reprJava(cls) + ". Was __classcell__ propagated to type.__new__?");
                }
                throw Errors.typeError("__class__ set to " + Abstract.reprJava(cc) + " defining " + Abstract.reprJava(name)
                        + " as " + Abstract.reprJava(cls));
            }
        }
        return cls;
    }

    /** __mro_entries__ of non-class bases (PEP 560). Returns the same tuple when nothing changes. */
    static PyTuple updateBases(PyTuple bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.size(); i++) {
            PyObject b = bases.get(i);
            if (b instanceof PyType) {
                if (out != null) out.add(b);
                continue;
            }
            PyObject meth = Abstract.lookupAttr(b, "__mro_entries__");
            if (meth == null) {
                if (out != null) out.add(b);
                continue;
            }
            PyObject r = Abstract.call(meth, bases);
            if (!(r instanceof PyTuple rt)) throw Errors.typeError("__mro_entries__ must return a tuple");
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) out.add(bases.get(j));
            }
            for (PyObject x : rt.items()) out.add(x);
        }
        return out == null ? bases : PyTuple.of(out.toArray(new PyObject[0]));
    }

}
