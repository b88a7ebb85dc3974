package kiln.parser;

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets within the line, as CPython's
 * tokenizer and AST report them. {@code start}/{@code end} are char indexes into the decoded source,
 * for slicing the text and for error messages.
 */
public final class Token {
    public final TokenType type;
    /** The token's text as written in the source (for FSTRING_MIDDLE: see Tokenizer). */
    public final String text;
    public final int lineno, colOffset, endLineno, endColOffset;
    public final int start, end;

    public Token(TokenType type, String text, int lineno, int colOffset, int endLineno, int endColOffset,
                 int start, int end) {
        this.type = type;
        this.text = text;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.start = start;
        this.end = end;
    }

    @Override
    public String toString() {
        return type + " " + text + " " + lineno + ":" + colOffset + "-" + endLineno + ":" + endColOffset;
    }
}
