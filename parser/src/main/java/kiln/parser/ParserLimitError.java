package kiln.parser;

/**
 * A limit of CPython's parser that is not a SyntaxError: CPython 3.12 raises MemoryError
 * ("Parser stack overflowed - Python source too complex to parse") when rules nest too deeply.
 * {@code pythonType} names the Python exception class to raise.
 */
public final class ParserLimitError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String pythonType;
    public final String msg;

    public ParserLimitError(String pythonType, String msg) {
        super(pythonType + ": " + msg, null, false, false);
        this.pythonType = pythonType;
        this.msg = msg;
    }
}
