package kiln.parser;

/** Token kinds, named as in CPython's {@code token} module (operators get one kind each, as the C tokenizer reports them). */
public enum TokenType {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER,
    LESS, GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL,
    GREATEREQUAL, TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL,
    STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL,
    LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH, DOUBLESLASHEQUAL, AT,
    ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL, EXCLAMATION,
    /** A character no rule uses ({@code $}, {@code ?}, a backquote): CPython's generic OP, which the parser rejects. */
    OP,
    /** {@code # type: ...} comments, only produced when the tokenizer is asked for type comments. */
    TYPE_COMMENT,
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
    /** Only produced in the tokenizer's "extra tokens" mode (used to compare with CPython's tokenize). */
    COMMENT, NL
}
