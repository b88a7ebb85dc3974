package kiln.runtime.interp;

import kiln.compiler.CodeUnit;
import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyNotImplemented;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** The Python-visible attributes of {@code code} (co_*, co_positions, co_lines, replace). */
public final class CodeAttributes {
    private CodeAttributes() {}

    private static PyObject bytes(byte[] b) { return new kiln.runtime.types.PyBytes(b.clone()); }

    private static PyTuple strs(String[] a) {
        PyObject[] o = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) o[i] = PyStr.intern(a[i]);
        return PyTuple.of(o);
    }

    private static PyCode c(PyObject o) { return (PyCode) o; }

    private static PyObject intOrNone(int v) { return v < 0 ? PyNone.INSTANCE : PyInt.valueOf(v); }

    public static void init(PyType t) {
        t.getter("co_argcount", o -> PyInt.valueOf(c(o).argcount));
        t.getter("co_posonlyargcount", o -> PyInt.valueOf(c(o).posonlyargcount));
        t.getter("co_kwonlyargcount", o -> PyInt.valueOf(c(o).kwonlyargcount));
        t.getter("co_nlocals", o -> PyInt.valueOf(c(o).unit.nlocals()));
        t.getter("co_stacksize", o -> PyInt.valueOf(c(o).stacksize));
        t.getter("co_flags", o -> PyInt.valueOf(c(o).flags));
        t.getter("co_firstlineno", o -> PyInt.valueOf(c(o).firstlineno));
        t.getter("co_code", o -> bytes(c(o).unit.code));
        t.getter("_co_code_adaptive", o -> bytes(c(o).unit.code));
        t.getter("co_consts", o -> {
            PyCode co = c(o);
            PyObject[] cs = co.consts != null ? co.consts : CodeLoader.convertConsts(co.unit.consts);
            if (co.consts == null) co.consts = cs;
            return PyTuple.of(cs.clone());
        });
        t.getter("co_names", o -> PyTuple.of((PyObject[]) c(o).names.clone()));
        t.getter("co_varnames", o -> strs(c(o).unit.varnames()));
        t.getter("co_cellvars", o -> strs(c(o).unit.cellvars()));
        t.getter("co_freevars", o -> strs(c(o).unit.freevars()));
        t.getter("co_filename", o -> c(o).filename);
        t.getter("co_name", o -> c(o).name);
        t.getter("co_qualname", o -> c(o).qualname);
        t.getter("co_linetable", o -> bytes(c(o).unit.linetable));
        t.getter("co_lnotab", o -> bytes(new byte[0]));
        t.getter("co_exceptiontable", o -> bytes(c(o).unit.exceptiontable));
        t.method("co_positions", o -> {
            int[] a = LineTable.positions(c(o));
            PyList l = new PyList();
            for (int i = 0; i < a.length; i += 4) {
                l.append(PyTuple.of(intOrNone(a[i]), intOrNone(a[i + 1]), intOrNone(a[i + 2]), intOrNone(a[i + 3])));
            }
            return Abstract.getIter(l);
        });
        t.method("co_lines", o -> {
            // Ranges of byte offsets with the same line, merged as CPython's co_lines does.
            int[] a = LineTable.positions(c(o));
            PyList l = new PyList();
            int n = a.length / 4;
            int start = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || a[i * 4] != a[start * 4]) {
                    l.append(PyTuple.of(PyInt.valueOf(start * 2L), PyInt.valueOf(i * 2L), intOrNone(a[start * 4])));
                    start = i;
                }
            }
            return Abstract.getIter(l);
        });
        t.methodKw("replace", (self, a, off, n, kw) -> replace(c(self), a, off, n, kw));
        t.method("__replace__", self -> self);
        t.tp_repr = o -> {
            PyCode co = c(o);
            return new PyStr("<code object " + co.name.value() + " at " + Abstract.addressOf(o) + ", file \""
                    + co.filename.value() + "\", line " + co.firstlineno + ">");
        };
        t.tp_hash = o -> System.identityHashCode(o);
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyCode) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.INSTANCE;
            boolean eq = a == b || ((PyCode) a).unit == ((PyCode) b).unit;
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
    }

    private static final String[] REPLACE_NAMES = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
        "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
        "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};

    private static PyObject replace(PyCode co, PyObject[] a, int off, int n, PyStr[] kw) {
        if (n > 0) throw Errors.typeError("replace() takes no positional arguments");
        PyObject[] v = new ArgParser("replace", REPLACE_NAMES, 0, 0, 0).parse(a, off, n, kw);
        CodeUnit u = co.unit;
        int argc = v[0] != null ? (int) Abstract.index(v[0]).value : u.argcount;
        int posonly = v[1] != null ? (int) Abstract.index(v[1]).value : u.posonlyargcount;
        int kwonly = v[2] != null ? (int) Abstract.index(v[2]).value : u.kwonlyargcount;
        int stack = v[4] != null ? (int) Abstract.index(v[4]).value : u.stacksize;
        int flags = v[5] != null ? (int) Abstract.index(v[5]).value : u.flags;
        int first = v[6] != null ? (int) Abstract.index(v[6]).value : u.firstlineno;
        Object[] consts = u.consts;
        if (v[8] != null) {
            PyObject[] cs = Abstract.toArray(v[8]);
            consts = new Object[cs.length];
            System.arraycopy(cs, 0, consts, 0, cs.length);
        }
        String[] names = v[9] != null ? javaStrs(v[9]) : u.names;
        String filename = v[13] != null ? Abstract.strJava(v[13]) : u.filename;
        String name = v[14] != null ? Abstract.strJava(v[14]) : u.name;
        String qualname = v[15] != null ? Abstract.strJava(v[15]) : u.qualname;
        String[] lpn = u.localsplusnames.clone();
        if (v[10] != null) {
            String[] vn = javaStrs(v[10]);
            int j = 0;
            for (int i = 0; i < lpn.length && j < vn.length; i++) {
                if ((u.localspluskinds[i] & CodeUnit.CO_FAST_LOCAL) != 0) lpn[i] = vn[j++];
            }
        }
        CodeUnit nu = new CodeUnit(argc, posonly, kwonly, stack, flags, first, u.code, consts, names, lpn,
                u.localspluskinds, filename, name, qualname, u.linetable, u.exceptiontable);
        return new PyCode(nu);
    }

    private static String[] javaStrs(PyObject tuple) {
        PyObject[] items = Abstract.toArray(tuple);
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) out[i] = Abstract.strJava(items[i]);
        return out;
    }
}
