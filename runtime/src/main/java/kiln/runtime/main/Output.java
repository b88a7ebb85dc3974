package kiln.runtime.main;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;

/** Writing runtime messages to the program's sys.stderr, falling back to the process's stderr. */
public final class Output {
    private Output() {}

    private static final PrintStream RAW_ERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);

    public static void stderr(String text) {
        PyObject sys = kiln.runtime.modules.BuiltinsAccess.sysModule();
        if (sys != null) {
            PyObject err = sys.getDict().getItem("stderr");
            if (err != null && err != kiln.runtime.types.PyNone.INSTANCE) {
                try {
                    Abstract.call(Abstract.getAttr(err, "write"), new kiln.runtime.types.PyStr(text));
                    PyObject flush = Abstract.lookupAttr(err, "flush");
                    if (flush != null) Abstract.call(flush);
                    return;
                } catch (PyException e) {
                    // fall through to the raw stream
                }
            }
        }
        RAW_ERR.print(text);
        RAW_ERR.flush();
    }
}
