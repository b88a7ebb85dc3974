package kiln.runtime.main;

import kiln.compiler.CodeUnit;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;

/** The one place the runner meets the interpreter's API . */
final class CodeRunner {
    private CodeRunner() {}

    static PyCode toCode(CodeUnit unit) { return new PyCode(unit); }

    static void exec(PyCode code, PyDict globals) { kiln.runtime.interp.Interpreter.runCode(code, globals, globals); }
}
