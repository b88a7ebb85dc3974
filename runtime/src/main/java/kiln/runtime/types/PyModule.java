package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyBaseObjectSlots;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code module}. Its dict is the module's globals. */
public class PyModule extends PyObject {
    public static final PyType TYPE = new PyType("module", PyType.OBJECT, PyType.BASETYPE | PyType.HAS_DICT);

    public PyModule(String name) {
        this(TYPE, name);
    }

    public PyModule(PyType type, String name) {
        super(type);
        this.dict = new PyDict();
        dict.setItem("__name__", new PyStr(name));
        dict.setItem("__doc__", PyNone.INSTANCE);
        dict.setItem("__package__", PyNone.INSTANCE);
        dict.setItem("__loader__", PyNone.INSTANCE);
        dict.setItem("__spec__", PyNone.INSTANCE);
    }

    public final String name() {
        PyObject n = dict.getStr(PyStr.intern("__name__"));
        return n instanceof PyStr s ? s.value() : "?";
    }

    static {
        TYPE.tp_new = (t, a, off, n, kw) -> new PyModule(t, "?");
        TYPE.tp_init = (self, a, off, n, kw) -> {
            if (n < 1 || n > 2) throw Errors.typeError("module() takes at most 2 arguments (" + n + " given)");
            if (!(a[off] instanceof PyStr name)) throw Errors.typeError("module.__init__() argument 'name' must be str, not " + a[off].type().name());
            PyDict d = self.getDict();
            d.setItem("__name__", name);
            d.setItem("__doc__", n > 1 ? a[off + 1] : PyNone.INSTANCE);
        };
        TYPE.tp_getattro = (self, name) -> {
            try {
                return PyBaseObjectSlots.genericGetAttr(self, name);
            } catch (kiln.runtime.PyException e) {
                if (!e.matches(kiln.runtime.exceptions.PyExceptions.AttributeError)) throw e;
                PyDict d = self.getDict();
                PyObject ga = d.getStr(PyStr.intern("__getattr__"));
                if (ga != null) return Abstract.call(ga, name);
                PyObject mn = d.getStr(PyStr.intern("__name__"));
                if (mn instanceof PyStr ms) {
                    PyObject spec = d.getStr(PyStr.intern("__spec__"));
                    PyObject init = spec == null || spec == PyNone.INSTANCE ? null : Abstract.lookupAttr(spec, "_initializing");
                    if (init != null && Abstract.isTrue(init)) {
                        throw Errors.attributeError("partially initialized module '" + ms.value() + "' has no attribute '"
                                + name.value() + "' (most likely due to a circular import)");
                    }
                    throw Errors.attributeError("module '" + ms.value() + "' has no attribute '" + name.value() + "'");
                }
                throw Errors.attributeError("module has no attribute '" + name.value() + "'");
            }
        };
        TYPE.tp_repr = self -> {
            PyDict d = self.getDict();
            PyObject n = d.getStr(PyStr.intern("__name__"));
            PyObject f = d.getStr(PyStr.intern("__file__"));
            String nm = n == null ? "?" : Abstract.reprJava(n);
            if (f != null) return new PyStr("<module " + nm + " from " + Abstract.reprJava(f) + ">");
            if (((PyModule) self).builtin) return new PyStr("<module " + nm + " (built-in)>");
            return new PyStr("<module " + nm + ">");
        };
        TYPE.getter("__dict__", self -> self.getDict());
        // module.__dir__: the module's own __dir__ function (PEP 562) if it has one, else its dict's keys.
        TYPE.method("__dir__", self -> {
            PyObject d = Abstract.getAttr(self, PyStr.intern("__dict__"));
            if (!(d instanceof PyDict dd)) throw Errors.typeError("<module>.__dict__ is not a dictionary");
            PyObject f = dd.getStr(PyStr.intern("__dir__"));
            if (f != null) return Abstract.call0(f);
            PyList keys = new PyList();
            for (int i = dd.nextEntry(0); i >= 0; i = dd.nextEntry(i + 1)) keys.append(dd.keyAt(i));
            return keys;
        });
        TYPE.ready();
    }

    /** Set for native modules (repr says "(built-in)"). */
    public boolean builtin;
}
