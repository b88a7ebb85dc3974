package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;

/** {@code iterator}: iteration over an object with only {@code __getitem__} (the old sequence protocol). */
public final class PySeqIter extends PyObject {
    public static final PyType TYPE = new PyType("iterator", PyType.OBJECT, 0);

    private PyObject seq;
    private long index;

    public PySeqIter(PyObject seq) {
        super(TYPE);
        this.seq = seq;
    }

    static {
        TYPE.tp_iter = self -> self;
        TYPE.tp_iternext = self -> {
            PySeqIter it = (PySeqIter) self;
            if (it.seq == null) return null;
            try {
                return Abstract.getItem(it.seq, PyInt.valueOf(it.index++));
            } catch (PyException e) {
                if (e.matches(PyExceptions.IndexError) || e.matches(PyExceptions.StopIteration)) {
                    it.seq = null;
                    return null;
                }
                throw e;
            }
        };
        TYPE.ready();
    }
}
