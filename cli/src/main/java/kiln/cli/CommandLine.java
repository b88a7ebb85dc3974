package kiln.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code python}-compatible command line: option letters may be grouped ({@code -OO}, {@code -uc CODE}),
 * {@code -c}/{@code -m} end the option list, and a bad option is reported with CPython's message and exit status 2.
 */
final class CommandLine {
    enum Action { RUN_FILE, RUN_COMMAND, RUN_MODULE, RUN_STDIN, VERSION, HELP }

    Action action = Action.RUN_STDIN;
    /** The file, command text or module name, by action. */
    String target;
    /** What the program sees as {@code sys.argv[1:]}. */
    final List<String> args = new ArrayList<>();
    /** {@code -X} options in order; a bare {@code -X name} maps to {@code Boolean.TRUE} as in {@code sys._xoptions}. */
    final Map<String, Object> xOptions = new LinkedHashMap<>();
    final List<String> warnOptions = new ArrayList<>();
    int optimize, verbose, bytesWarning, versionCount;
    boolean ignoreEnvironment, isolated, noSite, noUserSite, unbuffered, inspect, quiet, dontWriteBytecode,
            safePath, skipFirstLine;

    /** Thrown for a malformed command line; the message is CPython's first line. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    static CommandLine parse(String[] argv) throws UsageError {
        CommandLine cl = new CommandLine();
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            i++;
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--version" -> cl.versionCount++;
                    case "--help", "--help-all", "--help-env", "--help-xoptions" -> cl.action = Action.HELP;
                    case "--check-hash-based-pycs" -> {
                        if (i >= argv.length) throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                        i++;
                    }
                    default -> throw new UsageError("unknown option " + a);
                }
                if (cl.action == Action.HELP) return cl;
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                switch (c) {
                    case 'c', 'm', 'W', 'X' -> {
                        String value;
                        if (k + 1 < a.length()) {
                            value = a.substring(k + 1);
                        } else if (i < argv.length) {
                            value = argv[i++];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option");
                        }
                        k = a.length();
                        switch (c) {
                            case 'c' -> {
                                cl.action = Action.RUN_COMMAND;
                                cl.target = value;
                                return cl.rest(argv, i, "-c");
                            }
                            case 'm' -> {
                                cl.action = Action.RUN_MODULE;
                                cl.target = value;
                                return cl.rest(argv, i, "-m");
                            }
                            case 'W' -> cl.warnOptions.add(value);
                            default -> {
                                int eq = value.indexOf('=');
                                if (eq < 0) cl.xOptions.put(value, Boolean.TRUE);
                                else cl.xOptions.put(value.substring(0, eq), value.substring(eq + 1));
                            }
                        }
                    }
                    case 'b' -> cl.bytesWarning++;
                    case 'B' -> cl.dontWriteBytecode = true;
                    case 'd' -> { } // parser debugging exists only in CPython debug builds
                    case 'E' -> cl.ignoreEnvironment = true;
                    case 'h', '?' -> {
                        cl.action = Action.HELP;
                        return cl;
                    }
                    case 'i' -> cl.inspect = true;
                    case 'I' -> {
                        cl.isolated = true;
                        cl.ignoreEnvironment = true;
                        cl.noUserSite = true;
                        cl.safePath = true;
                    }
                    case 'O' -> cl.optimize++;
                    case 'P' -> cl.safePath = true;
                    case 'q' -> cl.quiet = true;
                    case 's' -> cl.noUserSite = true;
                    case 'S' -> cl.noSite = true;
                    case 'u' -> cl.unbuffered = true;
                    case 'v' -> cl.verbose++;
                    case 'V' -> cl.versionCount++;
                    case 'x' -> cl.skipFirstLine = true;
                    default -> throw new UsageError("Unknown option: -" + c);
                }
            }
        }
        if (cl.versionCount > 0) {
            cl.action = Action.VERSION;
            return cl;
        }
        if (i < argv.length) {
            String file = argv[i++];
            cl.action = file.equals("-") ? Action.RUN_STDIN : Action.RUN_FILE;
            return cl.rest(argv, i, file);
        }
        cl.args.add("");
        return cl;
    }

    private CommandLine rest(String[] argv, int from, String argv0) {
        if (versionCount > 0) {
            action = Action.VERSION;
        }
        args.add(argv0);
        for (int j = from; j < argv.length; j++) args.add(argv[j]);
        return this;
    }
}
