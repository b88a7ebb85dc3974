package kiln.cli;

/** The {@code -h} text: CPython's options as Kiln accepts them, plus Kiln's own {@code -X} options. */
final class Help {
    private Help() {}

    static String text(String usage) {
        return usage + "\n" + """
            Options (python-compatible):
            -b     : warn about str(bytes) and bytes/str comparison (-bb: errors)
            -B     : don't write .pyc files on import
            -c cmd : program passed in as string (terminates option list)
            -E     : ignore PYTHON* environment variables
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script
            -I     : isolate from the user's environment (implies -E, -P and -s)
            -m mod : run library module as a script (terminates option list)
            -O     : remove assert and __debug__-dependent statements; -OO also drops docstrings
            -P     : don't prepend a potentially unsafe path to sys.path
            -q     : don't print version and copyright messages on interactive startup
            -s     : don't add user site directory to sys.path
            -S     : don't imply 'import site' on initialization
            -u     : unbuffered stdout and stderr
            -v     : verbose (trace import statements)
            -V     : print the Python version number and exit (also --version)
            -W arg : warning control; arg is action:message:category:module:lineno
            -x     : skip first line of source
            -X opt : set implementation-specific option
            Kiln's -X options:
            -X dump-ast FILE... : print FILE<TAB>ast.dump(ast.parse(FILE), include_attributes=True)
                                  for each file, or FILE<TAB>!ErrorName:LINE when it does not parse
            -X parse-bench=N FILE... : parse the files N times in one process and print timings
            Arguments:
            file   : program read from script file
            -      : program read from stdin
            arg ...: arguments passed to program in sys.argv[1:]
            """;
    }
}
