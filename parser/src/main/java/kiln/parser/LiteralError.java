package kiln.parser;

/**
 * A SyntaxError found while computing a literal's value ({@link NumberLiterals},
 * {@link StringLiterals}). It carries only CPython's message: the parser turns it into a
 * {@link PySyntaxError} at the location CPython uses, which is
 * <ul>
 *   <li>when {@link #noColumns} is false: CPython's RAISE_SYNTAX_ERROR location, i.e. the last token
 *       the parser has fetched — the STRING token being decoded, or the FSTRING_END token when an
 *       f-string's literal part fails (CPython decodes those parts once the whole f-string is read);</li>
 *   <li>when {@link #noColumns} is true (the int max str digits error): the NUMBER token's lineno
 *       and end_lineno with column offsets of -1, so offset and end_offset are 0.</li>
 * </ul>
 */
public final class LiteralError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String msg;
    public final boolean noColumns;

    public LiteralError(String msg, boolean noColumns) {
        super(msg, null, false, false);
        this.msg = msg;
        this.noColumns = noColumns;
    }
}
