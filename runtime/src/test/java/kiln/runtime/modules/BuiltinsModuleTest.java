package kiln.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.KilnSource;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * The builtins module against CPython 3.12: every line of {@code builtins_api.txt} (tests/runtime/
 * gen_container_cases.py) names a builtin, its arguments as a Python literal and CPython's result repr or
 * "!Type message"; the call goes through the Java API ({@code Abstract.call} on the module's function). The
 * argument literal is evaluated by Kiln itself.
 */
public class BuiltinsModuleTest {
    static {
        PyType.TYPE.name();
    }

    record Case(String fn, String args, String expected) {}

    static List<Case> load() throws Exception {
        List<Case> out = new ArrayList<>();
        try (InputStream in = BuiltinsModuleTest.class.getResourceAsStream("builtins_api.txt")) {
            assertNotNull(in, "builtins_api.txt missing: run tests/runtime/gen_container_cases.py");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t", -1);
                out.add(new Case(f[0], f[1], f[2]));
            }
        }
        return out;
    }

    static String outcome(Case c) {
        PyDict b = BuiltinsModule.get().getDict();
        PyObject fn = b.getItem(c.fn());
        PyTuple args = (PyTuple) KilnSource.eval(c.args());
        try {
            PyObject r = Abstract.call(fn, args.items().clone());
            String tn = r.type().name();
            if (tn.equals("enumerate") || tn.equals("zip") || tn.equals("reversed") || tn.equals("list_iterator")
                    || tn.equals("dict_reversekeyiterator")) {
                r = new PyList(Abstract.toArray(r));
            }
            return Abstract.reprJava(r);
        } catch (PyException e) {
            return "!" + e.value.type().name() + " " + Abstract.strJava(e.value);
        }
    }

    @TestFactory
    Stream<DynamicTest> cpythonCases() throws Exception {
        return load().stream().map(c -> DynamicTest.dynamicTest(c.fn() + c.args(),
                () -> assertEquals(c.expected(), outcome(c), c.fn() + c.args())));
    }

    @Test
    void everyBuiltinNameOfCPython312IsPresent() {
        // dir(builtins) of CPython 3.12 without the site-added names (copyright, credits, exit, help, license, quit)
        String names = "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError "
                + "BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError "
                + "ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning "
                + "EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError "
                + "FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError "
                + "InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError "
                + "ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError "
                + "OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError "
                + "ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration "
                + "SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError "
                + "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError "
                + "UnicodeWarning UserWarning ValueError Warning ZeroDivisionError __build_class__ __debug__ __doc__ "
                + "__import__ __loader__ __name__ __package__ __spec__ abs aiter all anext any ascii bin bool bytearray "
                + "breakpoint bytes callable chr classmethod compile complex delattr dict dir divmod "
                + "enumerate eval exec filter float format frozenset getattr globals hasattr hash hex id input int "
                + "isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow "
                + "print property range repr reversed round set setattr slice sorted staticmethod str sum super "
                + "tuple type vars zip";
        PyDict d = BuiltinsModule.get().getDict();
        List<String> missing = new ArrayList<>();
        for (String n : names.split(" ")) if (d.getItem(n) == null) missing.add(n);
        assertEquals(List.of(), missing);
        assertSame(PyExceptions.OSError, d.getItem("IOError"));
    }

    @Test
    void printHonoursSepEndAndFile() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Streams.TextStream s = Streams.textStream("<test>", buf, false);
        PyObject print = BuiltinsModule.get().getDict().getItem("print");
        PyObject[] a = {PyInt.valueOf(1), new PyStr("é"), new PyStr("-"), new PyStr("!\n"), s};
        Abstract.call(print, a, 0, 2, new PyStr[] {PyStr.intern("sep"), PyStr.intern("end"), PyStr.intern("file")});
        s.flush();
        assertEquals("1-é!\n", buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void idIsStableAndUnique() {
        PyObject id = BuiltinsModule.get().getDict().getItem("id");
        PyList a = new PyList(), b = new PyList();
        PyObject ia = Abstract.call(id, a);
        assertEquals(Abstract.reprJava(ia), Abstract.reprJava(Abstract.call(id, a)));
        assertNotEquals(Abstract.reprJava(ia), Abstract.reprJava(Abstract.call(id, b)));
    }

    @Test
    void openWritesAndReadsText() throws Exception {
        Path p = Files.createTempFile("kiln-open", ".txt");
        PyModule m = BuiltinsModule.get();
        PyObject open = m.getDict().getItem("open");
        PyObject f = Abstract.call(open, new PyStr(p.toString()), new PyStr("w"));
        Abstract.call(Abstract.getAttr(f, "write"), new PyStr("a\r\nb\u00e9\n"));
        Abstract.call(Abstract.getAttr(f, "close"));
        assertEquals("a\r\nb\u00e9\n", Files.readString(p));
        PyObject r = Abstract.call(open, new PyStr(p.toString()));
        PyObject lines = Abstract.call(Abstract.getAttr(r, "readlines"));
        assertEquals("['a\\n', 'bé\\n']", Abstract.reprJava(lines));
        Files.delete(p);
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Abstract.call(open, new PyStr(p.toString())));
        assertTrue(e.matches(PyExceptions.FileNotFoundError));
    }
}
