package kiln.runtime.interp;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kiln.compiler.CodeUnit;
import kiln.runtime.PyException;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyStr;

/**
 * Developer runner for the interpreter (not the real program runner): {@code DevMain [--cpython|--kiln]
 * [-X quicken=off] file.py}. With --cpython (the default) CPython 3.12 compiles the file and its marshal output
 * is run; with --kiln Kiln's own compiler does. Uncaught exceptions are printed simply.
 */
public final class DevMain {
    private DevMain() {}

    public static void main(String[] argv) throws Exception {
        boolean cpython = true;
        String file = null;
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--cpython" -> cpython = true;
                case "--kiln" -> cpython = false;
                case "-X" -> {
                    if (argv[++i].equals("quicken=off")) Quickening.enabled = false;
                }
                default -> file = argv[i];
            }
        }
        if (file == null) {
            System.err.println("usage: DevMain [--cpython|--kiln] [-X quicken=off] file.py");
            System.exit(2);
        }
        int[] status = {0};
        String f = file;
        boolean cp = cpython;
        Thread t = new Thread(null, () -> status[0] = run(f, cp), "main", 1L << 30);
        t.start();
        t.join();
        System.out.flush();
        System.exit(status[0]);
    }

    static int run(String file0, boolean cpython) {
        // CPython names the main script by its absolute path.
        String file = Path.of(file0).toAbsolutePath().toString();
        try {
            CodeUnit unit = cpython ? compileWithCPython(file) : compileWithKiln(file);
            PyModule builtins = kiln.runtime.modules.BuiltinsModule.get();
            kiln.runtime.modules.BuiltinsAccess.set(builtins);
            PyModule sys = kiln.runtime.modules.SysModule.create(new String[] {file}, "python");
            kiln.runtime.modules.BuiltinsAccess.setSys(sys);
            kiln.runtime.modules.SysModule.MODULES.setItem("builtins", builtins);
            String dir = Path.of(file).toAbsolutePath().getParent().normalize().toString();
            kiln.runtime.modules.SysModule.PATH.append(new PyStr(dir));
            PyModule main = new PyModule("__main__");
            kiln.runtime.modules.SysModule.MODULES.setItem("__main__", main);
            PyDict g = main.getDict();
            g.setItem(PyStr.intern("__builtins__"), builtins);
            g.setItem(PyStr.intern("__file__"), new PyStr(file));
            Interpreter.runCode(new PyCode(unit), g, g);
            flush();
            return 0;
        } catch (PyException e) {
            flush();
            try {
                kiln.runtime.main.ExceptionDisplay.print(e.value);
            } catch (RuntimeException r) {
                System.err.println(e.getMessage());
            }
            flush();
            return 1;
        } catch (Exception e) {
            flush();
            e.printStackTrace();
            return 2;
        }
    }

    private static void flush() {
        try {
            kiln.runtime.modules.Streams.flushAll();
        } catch (RuntimeException | LinkageError ignored) {
            // older Output without flush
        }
        System.out.flush();
        System.err.flush();
    }

    static CodeUnit compileWithCPython(String file) throws Exception {
        String py = System.getenv().getOrDefault("KILN_CPYTHON", "/root/.pyenv/versions/3.12.1/bin/python3.12");
        if (!Files.exists(Path.of(py))) py = "python";
        List<String> cmd = new ArrayList<>(List.of(py, "-c",
                "import marshal,sys; f=sys.argv[1]; sys.stdout.buffer.write(marshal.dumps(compile(open(f,'rb').read(), f, 'exec')))",
                file));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYENV_VERSION", "3.12.1");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process pr = pb.start();
        byte[] out;
        try (InputStream in = pr.getInputStream()) {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            in.transferTo(bo);
            out = bo.toByteArray();
        }
        if (pr.waitFor() != 0) throw new IllegalStateException("CPython could not compile " + file);
        return (CodeUnit) Marshal.load(out);
    }

    static CodeUnit compileWithKiln(String file) throws Exception {
        byte[] src = Files.readAllBytes(Path.of(file));
        var mod = kiln.parser.Parser.parseFile(src, file);
        return kiln.compiler.Compiler.compile(mod, file, 0, 0, new ArrayList<>());
    }
}
