package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code function}: a Python function. Calls go to the interpreter ({@code kiln.runtime.interp}); the fields
 * are public so the interpreter's call path reads them without indirection.
 */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = new PyType("function", PyType.OBJECT, PyType.HAS_DICT);

    public PyCode code;
    public final PyDict globals;
    /** The builtins namespace resolved when the function was created (globals["__builtins__"]). */
    public PyDict builtins;
    public PyStr name;
    public PyStr qualname;
    /** Positional defaults, or null. */
    public PyObject[] defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** Free-variable cells in co_freevars order, or null. */
    public PyCell[] closure;
    public PyObject doc;
    public PyObject annotations;
    public PyObject module;
    public PyObject typeParams;
    /** Bumped when code, defaults or kwdefaults change, so call-site caches can guard on it. */
    public int version;

    public PyFunction(PyCode code, PyDict globals, PyStr qualname) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.qualname = qualname;
        FunctionType.initInstance(this);
    }

    static {
        FunctionType.init(TYPE);
        TYPE.ready();
    }
}
