package kiln.runtime.exceptions;

import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * An instance of BaseException or any subclass (CPython's PyBaseExceptionObject). Classes with extra
 * attributes (OSError, SyntaxError, StopIteration, ...) have Java subclasses; {@link #makeType} picks the
 * Java class from the base chain.
 */
public class PyBaseException extends PyObject {
    public static final PyType TYPE = new PyType("BaseException", PyType.OBJECT, PyType.BASETYPE | PyType.BASE_EXC_SUBCLASS | PyType.HAS_DICT);

    public PyTuple args = PyTuple.EMPTY;
    /** A PyTraceback or null. */
    public PyObject traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** Class-specific attributes (OSError.errno, SyntaxError.lineno, ...), indexed as ExceptionAttributes lays out. */
    public PyObject[] attrs;

    public PyBaseException(PyType type) { super(type); }

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    /** Wraps this exception for throwing through Java code. */
    public final PyException toThrowable() { return new PyException(this); }

    /** A class-specific attribute by index; None when unset. */
    public final PyObject attr(int i) {
        PyObject[] a = attrs;
        return a == null || a[i] == null ? PyNone.INSTANCE : a[i];
    }

    public final void setAttr(int i, PyObject v) {
        if (attrs == null) attrs = new PyObject[ExceptionAttributes.MAX_ATTRS];
        attrs[i] = v;
    }

    /**
     * The builtin exception classes whose CPython struct adds fields to their base's; every other one has its base's
     * layout, so that e.g. {@code class E(ValueError, OSError)} is no layout conflict.
     */
    private static final java.util.Set<String> OWN_LAYOUT = java.util.Set.of("BaseExceptionGroup", "SystemExit",
            "StopIteration", "ImportError", "OSError", "SyntaxError", "NameError", "AttributeError",
            "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError");

    /** Creates a builtin exception class whose instances are made by the base's tp_new. */
    static PyType makeType(String name, PyType base) {
        PyType t = new PyType(name, base, PyType.BASETYPE | PyType.HAS_DICT);
        if (!OWN_LAYOUT.contains(name)) t.solidBase = base.solidBase;
        t.define("__module__", PyStr.intern("builtins"));
        ExceptionSlots.initSubclass(t);
        return t.ready();
    }

    static PyType makeExceptionGroupType(PyType baseGroup, PyType exception) {
        PyType t = makeType("ExceptionGroup", baseGroup);
        // ExceptionGroup(BaseExceptionGroup, Exception): MRO as C3 gives it for these two bases.
        PyType[] mro = {t, baseGroup, exception, TYPE, PyType.OBJECT};
        t.setBasesAndMro(PyTuple.of(baseGroup, exception), mro);
        return t;
    }

    static {
        TYPE.define("__module__", PyStr.intern("builtins"));
        ExceptionSlots.initBase(TYPE);
        TYPE.ready();
    }

    /** str(e): '' for no args, str(arg) for one, str(args) otherwise. */
    public String strJava() {
        int n = args.size();
        if (n == 0) return "";
        if (n == 1) return Abstract.strJava(args.get(0));
        return Abstract.strJava(args);
    }

    /** The single argument, or None. */
    public PyObject firstArg() { return args.size() > 0 ? args.get(0) : PyNone.INSTANCE; }
}
