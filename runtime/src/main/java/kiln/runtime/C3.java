package kiln.runtime;

import java.util.ArrayList;
import java.util.List;

import kiln.runtime.types.PyTuple;

/** C3 linearization of a class's bases (CPython 3.12: Objects/typeobject.c, mro_implementation). */
final class C3 {
    private C3() {}

    static PyType[] mro(PyType t, PyTuple bases) {
        for (int i = 1; i < bases.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (bases.get(j) == bases.get(i)) {
                    throw Errors.typeError("duplicate base class " + ((PyType) bases.get(i)).name());
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            PyType b = (PyType) bases.get(i);
            List<PyType> l = new ArrayList<>();
            for (PyType x : b.mro()) l.add(x);
            seqs.add(l);
        }
        List<PyType> bl = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) bl.add((PyType) bases.get(i));
        seqs.add(bl);
        List<PyType> out = new ArrayList<>();
        out.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) break;
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(head) > 0) { inTail = true; break; }
                }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null) {
                // The heads of the lists still to merge, first occurrence first (CPython's set_mro_error).
                List<String> names = new ArrayList<>();
                List<PyType> seen = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    PyType head = s.get(0);
                    if (!seen.contains(head)) { seen.add(head); names.add(head.name()); }
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", names));
            }
            out.add(candidate);
            for (List<PyType> s : seqs) if (s.get(0) == candidate) s.remove(0);
        }
        return out.toArray(new PyType[0]);
    }
}
