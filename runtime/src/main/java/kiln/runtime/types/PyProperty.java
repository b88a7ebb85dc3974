package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code property} (CPython 3.12: Objects/descrobject.c, property_*). */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = new PyType("property", PyType.OBJECT, PyType.BASETYPE);

    public PyObject fget, fset, fdel, doc, name;
    /** The doc came from fget, so copies made by getter()/setter() take the new getter's doc. */
    boolean getterDoc;

    public PyProperty(PyType t) { super(t); }

    private static final ArgParser INIT = new ArgParser("property", new String[] {"fget", "fset", "fdel", "doc"}, 0, 0, 4);

    private static PyObject none(PyObject o) { return o == null ? PyNone.INSTANCE : o; }

    private String nameFor(PyObject obj, String what) {
        String owner = obj.type().name();
        if (name != null && name != PyNone.INSTANCE) {
            return "property " + Abstract.reprJava(name) + " of '" + owner + "' object has no " + what;
        }
        return "property of '" + owner + "' object has no " + what;
    }

    private static void init(PyProperty p, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] v = INIT.parse(a, off, n, kw);
        p.fget = v[0] == PyNone.INSTANCE ? null : v[0];
        p.fset = v[1] == PyNone.INSTANCE ? null : v[1];
        p.fdel = v[2] == PyNone.INSTANCE ? null : v[2];
        p.doc = v[3] == PyNone.INSTANCE ? null : v[3];
        p.getterDoc = false;
        if (p.doc == null && p.fget != null) {
            PyObject d = Abstract.lookupAttr(p.fget, "__doc__");
            if (d != null && d != PyNone.INSTANCE) {
                p.doc = d;
                p.getterDoc = true;
            }
        }
        if (p.type() != TYPE && p.doc != null) {
            PyDict dd = p.getDict();
            if (dd != null) dd.setItem("__doc__", p.doc);
        }
    }

    private PyObject copy(PyObject get, PyObject set, PyObject del) {
        PyObject g = get != null ? get : none(fget);
        PyObject s = set != null ? set : none(fset);
        PyObject d = del != null ? del : none(fdel);
        PyObject docArg = getterDoc && g != PyNone.INSTANCE ? PyNone.INSTANCE : none(doc);
        PyObject np = Abstract.call(type(), g, s, d, docArg);
        if (np instanceof PyProperty pp) pp.name = name;
        return np;
    }

    static {
        TYPE.tp_new = (t, a, off, n, kw) -> new PyProperty(t);
        TYPE.tp_init = (self, a, off, n, kw) -> init((PyProperty) self, a, off, n, kw);
        TYPE.tp_descr_get = (self, obj, type) -> {
            PyProperty p = (PyProperty) self;
            if (obj == null || obj == PyNone.INSTANCE) return self;
            if (p.fget == null) throw Errors.attributeError(p.nameFor(obj, "getter"));
            return Abstract.call(p.fget, obj);
        };
        TYPE.tp_descr_set = (self, obj, value) -> {
            PyProperty p = (PyProperty) self;
            if (value == null) {
                if (p.fdel == null) throw Errors.attributeError(p.nameFor(obj, "deleter"));
                Abstract.call(p.fdel, obj);
            } else {
                if (p.fset == null) throw Errors.attributeError(p.nameFor(obj, "setter"));
                Abstract.call(p.fset, obj, value);
            }
        };
        TYPE.getter("fget", self -> none(((PyProperty) self).fget));
        TYPE.getter("fset", self -> none(((PyProperty) self).fset));
        TYPE.getter("fdel", self -> none(((PyProperty) self).fdel));
        TYPE.getset("__doc__", self -> none(((PyProperty) self).doc), (d, self, v) -> ((PyProperty) self).doc = v);
        TYPE.getter("__isabstractmethod__", self -> {
            PyProperty p = (PyProperty) self;
            for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
                if (f != null && Abstract.isTrue(Abstract.isAbstract(f))) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        });
        TYPE.method("getter", (self, f) -> ((PyProperty) self).copy(f, null, null));
        TYPE.method("setter", (self, f) -> ((PyProperty) self).copy(null, f, null));
        TYPE.method("deleter", (self, f) -> ((PyProperty) self).copy(null, null, f));
        TYPE.method("__set_name__", (self, owner, n) -> {
            ((PyProperty) self).name = n;
            return PyNone.INSTANCE;
        });
        TYPE.ready();
    }
}
