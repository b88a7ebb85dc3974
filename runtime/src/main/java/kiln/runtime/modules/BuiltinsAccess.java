package kiln.runtime.modules;

import kiln.runtime.PyObject;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyModule;

/** Where the runtime keeps the builtins module once it is made. */
public final class BuiltinsAccess {
    private BuiltinsAccess() {}

    private static PyModule builtins;
    private static PyModule sys;

    public static void setSys(PyModule m) { sys = m; }

    /** The sys module once created, or null. */
    public static PyModule sysModule() { return sys; }

    public static void set(PyModule m) { builtins = m; }

    public static PyModule module() { return builtins; }

    public static PyDict dict() { return builtins.getDict(); }

    static void setUnderscore(PyObject v) { if (builtins != null) builtins.getDict().setItem("_", v); }
}
