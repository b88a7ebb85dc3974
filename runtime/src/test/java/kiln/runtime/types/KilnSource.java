package kiln.runtime.types;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import kiln.compiler.Compiler;
import kiln.parser.Parser;
import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.interp.Interpreter;
import kiln.runtime.modules.BuiltinsAccess;
import kiln.runtime.modules.BuiltinsModule;
import kiln.runtime.modules.Streams;

/**
 * Test helper: runs Python source through Kiln's parser, compiler and interpreter with the builtins module,
 * capturing what print() writes (through a stand-in sys module whose stdout is an in-memory stream).
 */
public final class KilnSource {
    private KilnSource() {}

    static {
        kiln.runtime.PyType.TYPE.name();
    }

    /** Runs a program; returns its stdout, ending with "EXC Type: message" when an exception escaped. */
    public static synchronized String run(String source, String filename) throws Exception {
        BuiltinsModule.get();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PyModule oldSys = BuiltinsAccess.sysModule();
        PyModule sys = new PyModule("sys");
        Streams.TextStream out = Streams.textStream("<stdout>", buf, false);
        sys.getDict().setItem("stdout", out);
        sys.getDict().setItem("stderr", out);
        sys.getDict().setItem("stdin", PyNone.INSTANCE);
        BuiltinsAccess.setSys(sys);
        String[] result = new String[1];
        Throwable[] failure = new Throwable[1];
        // Deeply nested containers recurse in Java: give the program the stack the launcher gives it.
        Thread t = new Thread(null, () -> {
            try {
                var mod = Parser.parse(source, filename, Parser.Mode.EXEC);
                PyCode code = new PyCode(Compiler.compile(mod, filename, 0, 0, null));
                PyDict g = new PyDict();
                g.setItem("__name__", new PyStr("__main__"));
                try {
                    Interpreter.runCode(code, g, null);
                } catch (PyException e) {
                    out.write("EXC " + e.value.type().name() + ": " + Abstract.strJava(e.value) + "\n");
                }
                out.flush();
                result[0] = buf.toString(StandardCharsets.UTF_8);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "kiln-test", 1L << 29);
        t.start();
        t.join();
        BuiltinsAccess.setSys(oldSys);
        if (failure[0] instanceof Exception e) throw e;
        if (failure[0] != null) throw new RuntimeException(failure[0]);
        return result[0];
    }

    /** Evaluates one expression in a fresh module namespace. */
    public static PyObject eval(String expr) {
        BuiltinsModule.get();
        var mod = Parser.parse(expr, "<case>", Parser.Mode.EVAL);
        PyCode code = new PyCode(Compiler.compile(mod, "<case>", 0, 0, null));
        return Interpreter.runCode(code, new PyDict(), null);
    }
}
