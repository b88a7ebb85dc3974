package kiln.parser;

import kiln.parser.ast.ModNode;

/**
 * The public entry of the front end: source text to AST, or the SyntaxError CPython 3.12 raises.
 *
 * <p>As CPython does, a first pass parses without the invalid_* rules; when it fails, a second
 * pass from the start with those rules enabled looks for a specific message, and when it finds
 * none the error is the generic one at the furthest token the first pass reached.
 * CPython 3.12: Parser/pegen.c, _PyPegen_run_parser; Parser/pegen_errors.c, _Pypegen_set_syntax_error.
 */
public final class Parser {
    private Parser() {}

    /** The start rule, as the mode argument of {@code compile()} / {@code ast.parse()}. */
    public enum Mode {
        /** 'exec': a Module. */
        EXEC,
        /** 'eval': an Expression. */
        EVAL,
        /** 'single': an Interactive. */
        SINGLE,
        /** 'func_type': a FunctionType. */
        FUNC_TYPE
    }

    /** Parses a whole file's bytes (BOM and PEP 263 coding cookie honoured) as a module. */
    public static ModNode parseFile(byte[] bytes, String filename) {
        return parse(SourceDecoder.decodeSource(bytes, filename), filename, Mode.EXEC);
    }

    /** Parses decoded source text with the given start rule. */
    public static ModNode parse(String source, String filename, Mode mode) {
        // CPython's string tokenizer translates newlines, and adds a final one for 'exec' only
        return parse(Source.of(source, mode == Mode.EXEC), filename, mode);
    }

    private static ModNode parse(Source source, String filename, Mode mode) {
        Tokenizer tokenizer = new Tokenizer(source, filename, false);
        StatementParser p = new StatementParser(tokenizer, filename);
        // Bytes without a BOM or a coding cookie leave CPython without an encoding, and its parser
        // errors then count columns in bytes.
        p.setErrorColumnsInBytes(source.errorColumnsInBytes());
        ModNode result;
        try {
            result = start(p, mode);
        } catch (PySyntaxError e) {
            throw preferTokenizerError(p, e);
        }
        if (result != null) {
            if (mode == Mode.SINGLE && p.multipleStatementsInSingle(source.text())) {
                throw p.lastTokenError("SyntaxError", "multiple statements found while compiling a single statement");
            }
            return result;
        }
        Token furthest = p.lastFilledToken();
        p.startSecondPass();
        try {
            start(p, mode);
        } catch (PySyntaxError e) {
            throw preferTokenizerError(p, e);
        }
        if (furthest.type == TokenType.INDENT || furthest.type == TokenType.DEDENT) {
            // reported as is: CPython checks the rest of the input only for "invalid syntax"
            throw p.lastTokenError("IndentationError",
                    furthest.type == TokenType.INDENT ? "unexpected indent" : "unexpected unindent");
        }
        if (furthest.colOffset < 0) {
            // CPython shifts the missing columns (-1) of an ENDMARKER to 0 and 0
            throw preferTokenizerError(p, p.error("SyntaxError", "invalid syntax", furthest.lineno, 0,
                    furthest.endLineno, 0));
        }
        throw preferTokenizerError(p, p.raiseAt(furthest, "invalid syntax"));
    }

    private static ModNode start(StatementParser p, Mode mode) {
        return switch (mode) {
            case EXEC -> p.file();
            case EVAL -> p.eval();
            case SINGLE -> p.interactive();
            case FUNC_TYPE -> p.funcType();
        };
    }

    /**
     * A parser error gives way to a tokenizer error further on in the source, as CPython tokenizes
     * the rest of the input before reporting (Parser/pegen_errors.c,
     * _PyPegen_tokenize_full_source_to_check_for_errors). Indentation problems found there do not
     * count, and an unclosed bracket only when it was opened on an earlier line than the error.
     */
    private static PySyntaxError preferTokenizerError(StatementParser p, PySyntaxError parserError) {
        if (p.tokenizerFailed()) {
            return parserError;
        }
        int errorLine = p.lastFilledToken().lineno;
        try {
            p.drainTokenizer();
        } catch (PySyntaxError later) {
            if (isUnclosedBracket(later)) {
                return later.lineno < errorLine ? later : parserError;
            }
            if (isStatusOnlyError(later) || later.msg.contains("f-string")) {
                // an error inside an f-string keeps the parser's error about that f-string's expression
                return parserError;
            }
            return later;
        }
        return parserError;
    }

    private static boolean isUnclosedBracket(PySyntaxError e) {
        return e.msg.endsWith("' was never closed");
    }

    // Errors that CPython's tokenizer reports through its status code rather than by raising:
    // they are only turned into exceptions when the parser itself asks for the failing token.
    private static boolean isStatusOnlyError(PySyntaxError e) {
        return switch (e.msg) {
            case "unindent does not match any outer indentation level",
                 "inconsistent use of tabs and spaces in indentation",
                 "too many levels of indentation",
                 "unexpected character after line continuation character",
                 "unexpected EOF while parsing" -> true;
            default -> false;
        };
    }
}
