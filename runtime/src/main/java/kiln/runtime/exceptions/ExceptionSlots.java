package kiln.runtime.exceptions;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyBool;

/** Slots and methods of BaseException (CPython 3.12: Objects/exceptions.c, BaseException_*). */
final class ExceptionSlots {
    private ExceptionSlots() {}

    static void initBase(PyType t) {
        t.tp_new = (type, args, off, nargs, kw) -> {
            PyBaseException e = new PyBaseException(type);
            e.args = PyTuple.of(args, off, nargs);
            return e;
        };
        t.tp_init = (self, args, off, nargs, kw) -> {
            noKeywords(self, kw);
            ((PyBaseException) self).args = PyTuple.of(args, off, nargs);
        };
        t.method("__reduce__", self -> {
            PyBaseException e = (PyBaseException) self;
            PyDict d = e.existingDict();
            return d != null ? PyTuple.of(self.type(), e.args, d) : PyTuple.of(self.type(), e.args);
        });
        t.method("__setstate__", (self, state) -> {
            if (state != PyNone.INSTANCE) {
                if (!(state instanceof PyDict d)) throw Errors.typeError("state is not a dictionary");
                for (int pos = d.nextEntry(0); pos >= 0; pos = d.nextEntry(pos + 1)) {
                    Abstract.setAttr(self, (PyStr) d.keyAt(pos), d.valueAt(pos));
                }
            }
            return PyNone.INSTANCE;
        });
        t.tp_repr = self -> {
            PyBaseException e = (PyBaseException) self;
            String name = self.type().name();
            if (e.args.size() == 1) return new PyStr(name + "(" + Abstract.reprJava(e.args.get(0)) + ")");
            return new PyStr(name + Abstract.reprJava(e.args));
        };
        t.tp_str = self -> new PyStr(((PyBaseException) self).strJava());
        t.getset("args", self -> ((PyBaseException) self).args, (d, self, v) -> {
            if (v == null) throw Errors.typeError("args may not be deleted");
            ((PyBaseException) self).args = PyTuple.fromIterable(v);
        });
        t.getset("__dict__", PyObject::getDict, (d, self, v) -> {
            if (v == null) throw Errors.typeError("cannot delete __dict__");
            if (!(v instanceof kiln.runtime.types.PyDict nd)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + v.type().name() + "'");
            }
            self.setDict(nd);
        });
        t.getset("__traceback__", self -> orNone(((PyBaseException) self).traceback), (d, self, v) -> {
            if (v == null) throw Errors.typeError("__traceback__ may not be deleted");
            if (v != PyNone.INSTANCE && !v.type().name().equals("traceback")) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) self).traceback = v == PyNone.INSTANCE ? null : v;
        });
        t.getset("__cause__", self -> orNone(((PyBaseException) self).cause), (d, self, v) -> {
            if (v == null) throw Errors.typeError("__cause__ may not be deleted");
            PyBaseException e = (PyBaseException) self;
            if (v == PyNone.INSTANCE) e.cause = null;
            else if (v instanceof PyBaseException c) e.cause = c;
            else throw Errors.typeError("exception cause must be None or derive from BaseException");
            e.suppressContext = true;
        });
        t.getset("__context__", self -> orNone(((PyBaseException) self).context), (d, self, v) -> {
            if (v == null) throw Errors.typeError("__context__ may not be deleted");
            PyBaseException e = (PyBaseException) self;
            if (v == PyNone.INSTANCE) e.context = null;
            else if (v instanceof PyBaseException c) e.context = c;
            else throw Errors.typeError("exception context must be None or derive from BaseException");
        });
        t.getset("__suppress_context__", self -> PyBool.of(((PyBaseException) self).suppressContext),
                (d, self, v) -> ((PyBaseException) self).suppressContext = v != null && Abstract.isTrue(v));
        t.method("with_traceback", (self, tb) -> {
            ((PyBaseException) self).traceback = tb == PyNone.INSTANCE ? null : tb;
            return self;
        });
        t.method("add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '" + note.type().name() + "'");
            }
            PyStr key = PyStr.intern("__notes__");
            PyObject notes = self.getDict().getItem(key);
            if (notes == null) {
                notes = new PyList();
                self.getDict().setItem(key, notes);
            }
            if (!(notes instanceof PyList l)) throw Errors.typeError("Cannot add note: __notes__ is not a list");
            l.append(note);
            return PyNone.INSTANCE;
        });
    }

    static void initSubclass(PyType t) {
        // Inherited from the base through ready(); specific classes replace what they need.
    }

    /** BaseException.__init__ takes positional arguments only (CPython: _PyArg_NoKeywords(tp_name, kwds)). */
    static void noKeywords(PyObject self, PyStr[] kw) { noKeywordsFor(self.type(), kw); }

    static void noKeywordsFor(PyType type, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(type.name() + "() takes no keyword arguments");
    }

    private static PyObject orNone(PyObject o) { return o == null ? PyNone.INSTANCE : o; }
}
