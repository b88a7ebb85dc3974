package kiln.runtime.types;

import kiln.runtime.PyType;

/** {@code generator}. Behaviour in kiln.runtime.interp.Generators. */
public final class PyGenerator extends PyGenBase {
    public static final PyType TYPE = new PyType("generator", PyType.OBJECT, 0);

    public PyGenerator(PyFrame frame) { super(TYPE, frame); }

    @Override public String kind() { return "generator"; }

    static {
        kiln.runtime.interp.Generators.initGenerator(TYPE);
        TYPE.ready();
    }
}
