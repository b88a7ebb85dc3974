package kiln.runtime.modules;

import kiln.runtime.Abstract;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * A struct sequence ({@code sys.version_info}, {@code sys.float_info}, ...): a tuple subclass whose items are
 * also named fields, with the {@code sys.float_info(max=..., ...)} repr of CPython's Objects/structseq.c.
 */
final class StructSeq {
    final PyType type;
    private final String[] fields;

    StructSeq(String qualifiedName, String... fields) {
        this.fields = fields;
        type = new PyType(qualifiedName, PyTuple.TYPE, 0);
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            type.getter(fields[i], self -> ((PyTuple) self).get(idx));
        }
        type.tp_new = null;
        type.tp_repr = self -> {
            PyTuple t = (PyTuple) self;
            StringBuilder sb = new StringBuilder(qualifiedName).append('(');
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(fields[i]).append('=').append(Abstract.reprJava(t.get(i)));
            }
            return new PyStr(sb.append(')').toString());
        };
        type.ready();
    }

    PyTuple make(PyObject... values) {
        if (values.length != fields.length) throw new IllegalArgumentException(type.name() + ": wrong field count");
        return new PyTuple(type, values);
    }
}
