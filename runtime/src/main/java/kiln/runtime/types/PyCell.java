package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code cell}: a variable shared between a function and the closures defined in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell", PyType.OBJECT, 0);

    /** null when empty (unbound). */
    public PyObject value;

    public PyCell(PyObject value) {
        super(TYPE);
        this.value = value;
    }

    public PyObject get() { return value; }
    public void set(PyObject v) { value = v; }

    static {
        TYPE.getset("cell_contents", c -> {
            PyObject v = ((PyCell) c).value;
            if (v == null) throw Errors.valueError("Cell is empty");
            return v;
        }, (d, c, v) -> ((PyCell) c).value = v);
        TYPE.tp_new = (t, a, off, n, kw) -> new PyCell(n > 0 ? a[off] : null);
        TYPE.tp_repr = c -> {
            PyObject v = ((PyCell) c).value;
            String self = kiln.runtime.Abstract.addressOf(c);
            if (v == null) return new PyStr("<cell at " + self + ": empty>");
            return new PyStr("<cell at " + self + ": " + v.type().name() + " object at " + kiln.runtime.Abstract.addressOf(v) + ">");
        };
        TYPE.ready();
    }
}
