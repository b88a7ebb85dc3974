package kiln.parser.fuzz;

import kiln.parser.ParserLimitError;
import kiln.parser.PySyntaxError;

/**
 * How one parse ended. {@link #key} is "OK", "Class: message" for a Python error (the form
 * {@link DeepNesting#expected} uses), or a description of the failure.
 */
public record Outcome(Kind kind, String key, Throwable error, long nanos) {

    public enum Kind {
        /** The parser returned a tree. */
        OK,
        /** The parser raised an exception that stands for a Python exception (SyntaxError family, MemoryError...). */
        PY_ERROR,
        /** Anything else: a Java exception or error, a timeout, a malformed Python error, a wrong result. */
        FAILURE
    }

    /** SyntaxError and its subclasses: what PySyntaxError may carry. */
    private static final java.util.Set<String> SYNTAX_ERROR_FAMILY =
            java.util.Set.of("SyntaxError", "IndentationError", "TabError");
    /** What CPython's parser raises, besides SyntaxErrors, when a source is too deep or too big. */
    private static final java.util.Set<String> LIMIT_ERRORS =
            java.util.Set.of("MemoryError", "RecursionError", "OverflowError", "ValueError");

    public static Outcome ok(long nanos) {
        return new Outcome(Kind.OK, "OK", null, nanos);
    }

    /** A parse that did not finish in time; {@code where} holds the parsing thread's stack at that moment. */
    public static Outcome timeout(long nanos, Throwable where) {
        return new Outcome(Kind.FAILURE, "timeout", where, nanos);
    }

    public static Outcome failure(String key, Throwable error, long nanos) {
        return new Outcome(Kind.FAILURE, key, error, nanos);
    }

    /** Classifies what the parser threw. */
    public static Outcome of(Throwable t, long nanos) {
        if (t instanceof PySyntaxError e) {
            if (!SYNTAX_ERROR_FAMILY.contains(e.errorType) || e.msg == null || e.msg.isEmpty()) {
                return failure("malformed PySyntaxError: " + e.errorType + ": " + e.msg, t, nanos);
            }
            return new Outcome(Kind.PY_ERROR, e.errorType + ": " + e.msg, t, nanos);
        }
        if (t instanceof ParserLimitError e) {
            if (!LIMIT_ERRORS.contains(e.pythonType) || e.msg == null || e.msg.isEmpty()) {
                return failure("malformed ParserLimitError: " + e.pythonType + ": " + e.msg, t, nanos);
            }
            return new Outcome(Kind.PY_ERROR, e.pythonType + ": " + e.msg, t, nanos);
        }
        return failure(t.getClass().getName() + ": " + t.getMessage(), t, nanos);
    }

    /** The Python exception class name, "OK", or "FAILURE". */
    public String pythonClass() {
        return switch (kind) {
            case OK -> "OK";
            case FAILURE -> "FAILURE";
            case PY_ERROR -> key.substring(0, key.indexOf(':'));
        };
    }

    /** "OK" or "Class: message @line:offset-endLine:endOffset" as the generated tests spell CPython's errors. */
    public String detailed() {
        if (error instanceof PySyntaxError e && kind == Kind.PY_ERROR) {
            return key + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
        }
        return key;
    }
}
