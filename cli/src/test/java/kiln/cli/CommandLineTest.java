package kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages are CPython 3.12's for the same command lines. */
class CommandLineTest {
    private static CommandLine parse(String... argv) throws CommandLine.UsageError {
        return CommandLine.parse(argv);
    }

    private static String usageError(String... argv) {
        return assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(argv)).getMessage();
    }

    @Test
    void scriptAndArguments() throws Exception {
        CommandLine cl = parse("-u", "app.py", "-x", "--y");
        assertEquals(CommandLine.Action.RUN_FILE, cl.action);
        assertEquals(List.of("app.py", "-x", "--y"), cl.args);
        assertTrue(cl.unbuffered);
    }

    @Test
    void commandEndsTheOptionList() throws Exception {
        CommandLine cl = parse("-Oc", "print(1)", "-V", "a");
        assertEquals(CommandLine.Action.RUN_COMMAND, cl.action);
        assertEquals("print(1)", cl.target);
        assertEquals(List.of("-c", "-V", "a"), cl.args);
        assertEquals(1, cl.optimize);
    }

    @Test
    void moduleAndXOptions() throws Exception {
        CommandLine cl = parse("-X", "jit", "-Xdump-ast", "-X", "a=b", "-m", "pkg.mod", "arg");
        assertEquals(CommandLine.Action.RUN_MODULE, cl.action);
        assertEquals("pkg.mod", cl.target);
        assertEquals(List.of("-m", "arg"), cl.args);
        assertEquals(Boolean.TRUE, cl.xOptions.get("jit"));
        assertEquals(Boolean.TRUE, cl.xOptions.get("dump-ast"));
        assertEquals("b", cl.xOptions.get("a"));
    }

    @Test
    void versionAndHelp() throws Exception {
        assertEquals(CommandLine.Action.VERSION, parse("-V").action);
        assertEquals(2, parse("-VV").versionCount);
        assertEquals(CommandLine.Action.VERSION, parse("--version", "x.py").action);
        assertEquals(CommandLine.Action.HELP, parse("-h").action);
        assertEquals(CommandLine.Action.HELP, parse("--help").action);
    }

    @Test
    void doubleDashAndStdin() throws Exception {
        CommandLine cl = parse("--", "-file.py");
        assertEquals(CommandLine.Action.RUN_FILE, cl.action);
        assertEquals("-file.py", cl.args.get(0));
        assertEquals(CommandLine.Action.RUN_STDIN, parse("-").action);
        assertEquals(List.of(""), parse().args);
    }

    @Test
    void cpythonMessagesForBadOptions() {
        assertEquals("Unknown option: -Z", usageError("-Z"));
        assertEquals("Unknown option: -Z", usageError("-uZ"));
        assertEquals("unknown option --foo", usageError("--foo"));
        assertEquals("Argument expected for the -X option", usageError("-X"));
        assertEquals("Argument expected for the -c option", usageError("-c"));
        assertEquals("Argument expected for the -m option", usageError("-m"));
        assertEquals("Argument expected for the -W option", usageError("-W"));
    }
}
