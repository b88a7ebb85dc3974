package kiln.parser;

/**
 * A Python SyntaxError (or its subclasses IndentationError and TabError) raised by the front end.
 * Fields mirror the Python exception's attributes: {@code offset}/{@code endOffset} are 1-based
 * character (code point) columns as CPython reports them, 0 when unknown.
 */
public final class PySyntaxError extends RuntimeException {
    public final String errorType;
    public final String msg;
    public final String filename;
    public final int lineno, offset, endLineno, endOffset;
    /** The offending source line, or null. */
    public final String text;

    public PySyntaxError(String errorType, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text) {
        super(errorType + ": " + msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.errorType = errorType;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }
}
