package kiln.parser;

/**
 * CPython 3.12's tokenizer over decoded text: the token stream its parser sees, with the same
 * positions and the same errors, or (with {@code extraTokens}) the stream of the {@code tokenize}
 * module, which adds COMMENT and NL tokens and leaves some errors to the parser.
 *
 * <p>Token columns are UTF-8 byte offsets as CPython's; {@link Token#start}/{@link Token#end} are
 * the char indexes of the token's text (CPython's p_start/p_end), which for NEWLINE and the
 * FSTRING_MIDDLE before "{{" or "}}" stop short of the token's end column. INDENT, DEDENT and
 * ENDMARKER carry column -1 as in CPython (in extra-tokens mode INDENT and DEDENT have a text range
 * as tokenize reports them). A token's line is its first line, its end line the line the tokenizer
 * stands on when it is done with it.
 *
 * <p>PEP 701 f-strings use a stack of modes: inside an f-string's literal text the tokenizer
 * produces FSTRING_MIDDLE pieces; at a replacement field it switches back to the ordinary rules
 * until the field's closing brace (or the ':' of a format spec).
 * CPython 3.12: Parser/tokenizer.c, tok_get_normal_mode and tok_get_fstring_mode.
 */
public final class Tokenizer {
    /** Receives the SyntaxWarnings the tokenizer emits ("invalid decimal literal" before a keyword, ...). */
    @FunctionalInterface
    public interface WarningHandler {
        /**
         * @return true to raise the warning as a SyntaxError instead (a warnings filter set to
         *     "error"), located where CPython's tokenizer then reports it
         */
        boolean warn(String message, int lineno);
    }

    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int ALTTABSIZE = 1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int MAXFSTRINGLEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    private final Source source;
    private final String text;
    private final char[] buf;
    private final int len;
    private final String filename;
    private final boolean extraTokens;
    private WarningHandler warnings;

    // Reading position, as CPython's tok->cur, tok->inp, tok->line_start, tok->lineno, tok->buf.
    private int cur;
    /** End of the current line: just past its "\n" (or the end of the text). */
    private int inp;
    private int lineStart;
    private int lineno;
    /** Start of the line the current token began on (CPython's tok->buf in string mode). */
    private int bufStart;
    /** Index of the current line's first non-ASCII char, or inp: byte columns before it are char columns. */
    private int asciiEnd;
    /** The last byte column computed past asciiEnd on the current line, and its char index. */
    private int colCacheIndex = -1, colCacheBytes;
    /** The input is exhausted (CPython's tok->done == E_EOF). */
    private boolean eof;

    // The token being read: tok->start (-1 for none), starting_col_offset, first_lineno.
    private int tokStart = -1;
    private int startCol;
    private int firstLineno;

    private boolean atbol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private boolean commentNewline;

    private int level;
    private final char[] parenstack = new char[MAXLEVEL];
    private final int[] parenLineno = new int[MAXLEVEL];
    private final int[] parenCol = new int[MAXLEVEL];

    private Mode[] modes = new Mode[4];
    private int modeTop;

    private Token endmarker;
    private PySyntaxError failure;
    private boolean started;

    /** Tokenizes text for the 'exec' start rule: newlines translated and a final one added as CPython does. */
    public Tokenizer(String source, String filename) {
        this(Source.of(source, true), filename, false);
    }

    /** Tokenizes a source as it is; {@code extraTokens} gives the {@code tokenize} module's stream. */
    public Tokenizer(Source source, String filename, boolean extraTokens) {
        this.source = source;
        this.text = source.text();
        this.buf = source.chars();
        this.len = buf.length;
        this.filename = filename;
        this.extraTokens = extraTokens;
        modes[0] = new Mode();
        modes[0].exprStartDepth = 0; // the regular mode counts as "in an expression"
    }

    public Source source() {
        return source;
    }

    public void setWarningHandler(WarningHandler handler) {
        this.warnings = handler;
    }

    /**
     * The "'(' was never closed" error for the innermost open bracket, or null when none is open.
     * After a syntax error CPython's parser tokenizes the rest of the input; a tokenizer error it
     * only learns from a status code (an unexpected character after a backslash, ...) is then
     * reported as this error instead when the bracket opened on a line before the syntax error's.
     * CPython 3.12: Parser/pegen_errors.c, _PyPegen_tokenize_full_source_to_check_for_errors.
     */
    public PySyntaxError unclosedBracketError() {
        return level > 0 ? unclosedBracket() : null;
    }

    /**
     * Whether an f-string is open (CPython's tok_mode_stack_index > 0). When a tokenizer error
     * comes while one is, CPython's parser keeps its own earlier syntax error instead.
     */
    public boolean inFString() {
        return modeTop > 0;
    }

    // ---------------------------------------------------------------- modes

    /** One entry of CPython's tokenizer mode stack; entry 0 is the regular mode of the file. */
    private static final class Mode {
        boolean fstring;
        char quote;
        int quoteSize;
        boolean raw;
        /** The FSTRING_START token's first char, its line and that line's start. */
        int start, startLineno, startLineStart;
        int curlyDepth;
        int exprStartDepth = -1;
        boolean inFormatSpec;
    }

    private boolean insideFString() {
        return modeTop > 0;
    }

    // ---------------------------------------------------------------- the token loop

    /** The next token; ENDMARKER at the end, and again on every later call. */
    public Token next() {
        if (failure != null) {
            throw failure;
        }
        if (endmarker != null) {
            return endmarker;
        }
        try {
            if (!started) {
                started = true;
                if (!extraTokens && text.indexOf('\0') >= 0) {
                    // compile() refuses these before tokenizing (Python/pythonrun.c, _Py_SourceAsString)
                    throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename,
                            0, 0, 0, 0, null);
                }
            }
            Mode m = modes[modeTop];
            Token t = m.fstring ? fstringMode(m) : normalMode(m);
            if (t.type == TokenType.ENDMARKER) {
                endmarker = t;
            }
            return t;
        } catch (PySyntaxError e) {
            failure = e;
            throw e;
        }
    }

    // ---------------------------------------------------------------- reading

    // CPython 3.12: Parser/tokenizer.c, tok_nextc (string input: one line at a time)
    private int nextc() {
        if (cur != inp) {
            return buf[cur++];
        }
        if (eof || inp == len) {
            eof = true;
            return EOF;
        }
        if (tokStart < 0) {
            bufStart = cur;
        }
        lineStart = cur;
        lineno++;
        int i = cur;
        int ascii = -1;
        char[] b = buf;
        while (i < len) {
            char c = b[i++];
            if (c == '\n') {
                break;
            }
            if (c >= 0x80 && ascii < 0) {
                ascii = i - 1;
            }
        }
        inp = i;
        asciiEnd = ascii < 0 ? i : ascii;
        colCacheIndex = -1;
        if (extraTokens) {
            int nul = text.indexOf('\0', lineStart);
            if (nul >= 0 && nul < inp) {
                // tokenize reads line by line and refuses a line holding one
                throw syntaxError("source code cannot contain null bytes");
            }
        }
        return buf[cur++];
    }

    private void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    /** The UTF-8 byte column of a char index on the current line. */
    private int byteCol(int index) {
        if (index <= asciiEnd) {
            return index - lineStart;
        }
        // Columns are mostly asked for in increasing order: count on from the last answer.
        if (colCacheIndex < asciiEnd || index < colCacheIndex) {
            colCacheIndex = asciiEnd;
            colCacheBytes = asciiEnd - lineStart;
        }
        colCacheBytes += Source.utf8Length(buf, colCacheIndex, index);
        colCacheIndex = index;
        return colCacheBytes;
    }

    /** Marks the start of a token at a char index of the current line. */
    private void startAt(int index) {
        tokStart = index;
        startCol = index < lineStart ? 0 : byteCol(index);
    }

    // CPython 3.12: Parser/tokenizer.c, token_setup
    private Token token(TokenType type, int pStart, int pEnd) {
        int line = type == TokenType.STRING || type == TokenType.FSTRING_MIDDLE ? firstLineno : lineno;
        if (pStart < 0) {
            return new Token(type, "", line, -1, lineno, -1, cur, cur);
        }
        return new Token(type, text(pStart, pEnd), line, startCol, lineno, byteCol(cur), pStart, pEnd);
    }

    private static final String[] ONE_CHAR = new String[128];

    static {
        for (int c = 0; c < 128; c++) {
            ONE_CHAR[c] = String.valueOf((char) c).intern();
        }
    }

    /** A token's text; the many one-character tokens share their strings. */
    private String text(int from, int to) {
        if (to - from == 1 && buf[from] < 128) {
            return ONE_CHAR[buf[from]];
        }
        return from == to ? "" : text.substring(from, to);
    }

    private Token token(TokenType type) {
        return token(type, tokStart, cur);
    }

    /** INDENT, DEDENT, ENDMARKER outside extra-tokens mode: no text range, column -1. */
    private Token positionless(TokenType type) {
        return token(type, -1, -1);
    }

    // ---------------------------------------------------------------- errors

    /**
     * CPython's syntaxerror(): at the current position, the column counted in characters from the
     * line start, the line's text without its newline.
     */
    private PySyntaxError syntaxError(String msg) {
        // CPython decodes the line with the "replace" error handler: one character per bad sequence.
        String before = Utf8Codec.replaceEscapes(text.substring(Math.min(lineStart, cur), cur));
        int col = before.codePointCount(0, before.length());
        return new PySyntaxError("SyntaxError", msg, filename, lineno, col, lineno, col, lineText(lineStart));
    }

    /** CPython's syntaxerror_known_range(): columns given as they are. */
    private PySyntaxError syntaxErrorRange(String msg, int col, int endCol) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, col, lineno, endCol, lineText(lineStart));
    }

    /** The text from a line start to its newline (exclusive). */
    private String lineText(int from) {
        int end = text.indexOf('\n', from);
        return Utf8Codec.replaceEscapes(text.substring(from, end < 0 ? len : end));
    }

    /**
     * An error CPython's tokenizer reports through its status code: its parser raises it at the
     * given 1-based byte columns of the current line (the text from the token's first line to the
     * end of the current one), converted to characters when the source declared an encoding.
     * CPython 3.12: Parser/pegen_errors.c, _Pypegen_tokenizer_error and
     * _PyPegen_raise_error_known_location. In extra-tokens mode it is the {@code tokenize} module's
     * error (Python/Python-tokenize.c, _tokenizer_error).
     */
    private PySyntaxError statusError(String type, String msg, int col1, int endCol1) {
        String errorLine = bufferText();
        if (extraTokens) {
            int offset = Source.byteOffsetToCharOffset(errorLine, Source.utf8Length(errorLine, 0, errorLine.length()));
            return new PySyntaxError(type, msg, filename, lineno, offset, lineno, 0, errorLine);
        }
        int offset = col1;
        int endOffset = endCol1;
        if (!source.errorColumnsInBytes()) {
            offset = Source.byteOffsetToCharOffset(errorLine, col1);
            if (endOffset > 0) {
                endOffset = Source.byteOffsetToCharOffset(errorLine, endCol1);
            }
        }
        return new PySyntaxError(type, msg, filename, lineno, offset, lineno, endOffset, errorLine);
    }

    /** The tokenizer's buffer, from the first line of the current token to the end of the current line. */
    private String bufferText() {
        return Utf8Codec.replaceEscapes(text.substring(bufStart, Math.max(bufStart, inp)));
    }

    /** E_EOF: the input ended inside a statement (brackets open, or after a backslash). */
    private PySyntaxError eofError() {
        cur = inp;
        if (extraTokens) {
            return statusError("SyntaxError", "unexpected EOF in multi-line statement", 0, 0);
        }
        if (level > 0) {
            return unclosedBracket();
        }
        // At the tokenizer's position, the end of the line; no end column.
        return statusError("SyntaxError", "unexpected EOF while parsing", byteCol(cur), -1);
    }

    // CPython 3.12: Parser/pegen_errors.c, raise_unclosed_parentheses_error
    private PySyntaxError unclosedBracket() {
        int l = parenLineno[level - 1];
        int col1 = parenCol[level - 1] + 1;
        // The text is the tokenizer's buffer when the bracket is on the current line, else the
        // line itself without its newline.
        String errorLine = l >= lineno ? bufferText() : lineText(source.lineStart(l));
        int offset = source.errorColumnsInBytes() ? col1 : Source.byteOffsetToCharOffset(errorLine, col1);
        return new PySyntaxError("SyntaxError", "'" + parenstack[level - 1] + "' was never closed", filename, l,
                offset, l, 0, errorLine);
    }

    private PySyntaxError tabError() {
        cur = inp;
        return statusError("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
    }

    /** A SyntaxWarning; true when the handler wants it raised as an error. */
    private boolean warn(String msg) {
        return warnings != null && warnings.warn(msg, lineno);
    }

    // ---------------------------------------------------------------- regular mode

    // CPython 3.12: Parser/tokenizer.c, tok_get_normal_mode
    private Token normalMode(Mode current) {
        int c;
        nextline:
        while (true) {
            tokStart = -1;
            boolean blankline = false;
            if (atbol) {
                atbol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                while (true) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // The first backslash-continued indentation fixes the level.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    // Blank and comment-only lines do not change the indentation.
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    if (contLineCol != 0) {
                        col = altcol = contLineCol;
                    }
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            cur = inp;
                            throw statusError("IndentationError", "too many levels of indentation", 1, 0);
                        }
                        if (altcol <= altindstack[indent]) {
                            throw tabError();
                        }
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            cur = inp;
                            throw statusError("IndentationError",
                                    "unindent does not match any outer indentation level", byteCol(cur), -1);
                        }
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    }
                }
            }

            startAt(cur);
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return extraTokens ? token(TokenType.DEDENT, cur, cur) : positionless(TokenType.DEDENT);
                }
                pendin--;
                return extraTokens ? token(TokenType.INDENT, bufStart, cur) : positionless(TokenType.INDENT);
            }

            again:
            while (true) {
                tokStart = -1;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                startAt(c == EOF ? Math.max(cur - 1, 0) : cur - 1);

                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                    if (extraTokens) {
                        backup(c);
                        commentNewline = blankline;
                        return token(TokenType.COMMENT);
                    }
                    // Without comment tokens the newline's token starts at the '#'.
                }

                if (c == EOF) {
                    if (level > 0) {
                        throw eofError();
                    }
                    return positionless(TokenType.ENDMARKER);
                }

                if (isPotentialIdentifierStart(c)) {
                    return nameOrString(c, current);
                }

                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) {
                        if (extraTokens) {
                            commentNewline = false;
                            return token(TokenType.NL);
                        }
                        continue nextline;
                    }
                    if (commentNewline && extraTokens) {
                        commentNewline = false;
                        return token(TokenType.NL);
                    }
                    return token(TokenType.NEWLINE, tokStart, cur - 1);
                }

                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return fraction(c);
                    }
                    if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return token(TokenType.ELLIPSIS);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return token(TokenType.DOT);
                }

                if (isDigit(c)) {
                    return number(c);
                }

                if (c == '\'' || c == '"') {
                    return string(c);
                }

                if (c == '\\') {
                    continuationLine();
                    continue again;
                }

                return operator(c, current);
            }
        }
    }

    // CPython 3.12: Parser/tokenizer.c, tok_continuation_line
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            // E_LINECONT, reported at the character after the backslash, counted from the buffer start.
            int col1 = Source.utf8Length(buf, bufStart, cur);
            throw statusError("SyntaxError", "unexpected character after line continuation character", col1, 0);
        }
        c = nextc();
        if (c == EOF) {
            throw eofError();
        }
        backup(c);
    }

    // ---------------------------------------------------------------- names

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private Token nameOrString(int c, Mode current) {
        // The legal combinations of the b, r, u and f prefixes.
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return sawF ? fstringStart(c) : string(c);
            }
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonascii && !extraTokens) {
            verifyIdentifier();
        }
        return token(TokenType.NAME);
    }

    // CPython 3.12: Parser/tokenizer.c, verify_identifier
    private void verifyIdentifier() {
        if (Utf8Codec.hasEscapedByte(text, tokStart, cur)) {
            // E_DECODE: the parser reports the decoding error at the tokenizer's position.
            byte[] raw = Utf8Codec.encode(text, tokStart, cur);
            Utf8Codec.Error e = Utf8Codec.firstError(raw, 0, raw.length);
            String msg = "(unicode error) " + e.message("utf-8", raw, 0);
            int col1 = byteCol(cur);
            String errorLine = bufferText();
            int offset = source.errorColumnsInBytes() ? col1 : Source.byteOffsetToCharOffset(errorLine, col1);
            throw new PySyntaxError("SyntaxError", msg, filename, lineno, offset, lineno, -1, errorLine);
        }
        int i = tokStart;
        boolean first = true;
        while (i < cur) {
            int cp = text.codePointAt(i);
            boolean ok = cp < 128 ? first ? cp == '_' || isAsciiLetter(cp) : cp == '_' || isAsciiLetter(cp) || isDigit(cp)
                    : first ? IdentifierTables.isStart(cp) : IdentifierTables.isContinue(cp);
            i += Character.charCount(cp);
            if (!ok) {
                cur = i;
                if (kiln.parser.ast.Unicode15.isPrintable(cp)) {
                    throw syntaxError(String.format("invalid character '%s' (U+%04X)", Character.toString(cp), cp));
                }
                throw syntaxError(String.format("invalid non-printable character U+%04X", cp));
            }
            first = false;
        }
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // ---------------------------------------------------------------- strings

    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        int multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // the empty string
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                // Reported at the string's first character, on its first line.
                int detected = lineno;
                cur = tokStart + 1;
                lineStart = multiLineStart;
                lineno = firstLineno;
                if (insideFString()) {
                    Mode m = modes[modeTop];
                    if (m.quote == quote && m.quoteSize == quoteSize) {
                        // The f-string's own closing quote: the replacement field lacks its '}'.
                        throw syntaxError("f-string: expecting '}'");
                    }
                }
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + detected + ")");
                }
                throw syntaxError("unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc(); // the escaped character, whatever it is
                }
            }
        }
        return token(TokenType.STRING);
    }

    // ---------------------------------------------------------------- f-strings

    private Token fstringStart(int quote) {
        int quoteSize = 1;
        firstLineno = lineno;
        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfterQuote = nextc();
            if (afterAfterQuote == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfterQuote);
                backup(afterQuote);
            }
        } else {
            backup(afterQuote);
        }
        if (modeTop + 1 >= MAXFSTRINGLEVEL) {
            throw syntaxError("too many nested f-strings");
        }
        if (++modeTop == modes.length) {
            modes = java.util.Arrays.copyOf(modes, modes.length * 2);
        }
        Mode m = modes[modeTop];
        if (m == null) {
            m = modes[modeTop] = new Mode();
        }
        m.fstring = true;
        m.quote = (char) quote;
        m.quoteSize = quoteSize;
        m.start = tokStart;
        m.startLineno = lineno;
        m.startLineStart = lineStart;
        char p0 = buf[tokStart];
        m.raw = p0 == 'r' || p0 == 'R' || buf[tokStart + 1] == 'r' || buf[tokStart + 1] == 'R';
        m.curlyDepth = 0;
        m.exprStartDepth = -1;
        m.inFormatSpec = false;
        return token(TokenType.FSTRING_START);
    }

    // CPython 3.12: Parser/tokenizer.c, tok_get_fstring_mode
    private Token fstringMode(Mode current) {
        startAt(cur);
        firstLineno = lineno;

        // A replacement field right away: nothing to read in this mode.
        int startChar = nextc();
        if (startChar == '{') {
            int peek1 = nextc();
            backup(peek1);
            backup(startChar);
            if (peek1 != '{') {
                current.exprStartDepth++;
                if (current.exprStartDepth >= MAX_EXPR_NESTING) {
                    throw syntaxError("f-string: expressions nested too deeply");
                }
                current.fstring = false;
                return normalMode(current);
            }
        } else {
            backup(startChar);
        }

        // The closing quote(s)?
        boolean atEnd = true;
        for (int i = 0; i < current.quoteSize; i++) {
            int q = nextc();
            if (q != current.quote) {
                backup(q);
                atEnd = false;
                break;
            }
        }
        if (atEnd) {
            modeTop--;
            return token(TokenType.FSTRING_END);
        }

        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != current.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = current.inFormatSpec && current.exprStartDepth >= 0;
            if (c == EOF || (current.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    // A newline ends a format spec; the expression rules take it from here.
                    backup(c);
                    current.fstring = false;
                    current.inFormatSpec = false;
                    return token(TokenType.FSTRING_MIDDLE);
                }
                // Reported at the f-string's first character, on its first line.
                int detected = lineno;
                cur = current.start + 1;
                lineStart = current.startLineStart;
                lineno = current.startLineno;
                if (current.quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted f-string literal (detected at line " + detected + ")");
                }
                throw syntaxError("unterminated f-string literal (detected at line " + detected + ")");
            }
            if (c == current.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    current.exprStartDepth++;
                    if (current.exprStartDepth >= MAX_EXPR_NESTING) {
                        throw syntaxError("f-string: expressions nested too deeply");
                    }
                    current.fstring = false;
                    current.inFormatSpec = false;
                    return token(TokenType.FSTRING_MIDDLE);
                }
                // "{{": the text keeps one brace, the token's end column is past both.
                return token(TokenType.FSTRING_MIDDLE, tokStart, cur - 1);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return token(TokenType.FSTRING_MIDDLE);
                }
                int peek = nextc();
                // "}}" is a literal brace only outside format specs and nested brackets.
                if (peek == '}' && !inFormatSpec && current.curlyDepth == 0) {
                    return token(TokenType.FSTRING_MIDDLE, tokStart, cur - 1);
                }
                backup(peek);
                backup(c);
                current.fstring = false;
                return token(TokenType.FSTRING_MIDDLE);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '{' || peek == '}') {
                    // A backslash before a brace escapes nothing: the brace is read as usual.
                    if (!current.raw && warn("invalid escape sequence '\\" + (char) peek + "'")) {
                        throw syntaxError("invalid escape sequence '\\" + (char) peek + "'");
                    }
                    backup(peek);
                    continue;
                }
                if (!current.raw && peek == 'N') {
                    // \N{NAME}: its braces are no replacement field.
                    peek = nextc();
                    if (peek == '{') {
                        unicodeEscape = true;
                    } else {
                        backup(peek);
                    }
                }
            }
        }
        // Leave the closing quotes for FSTRING_END.
        for (int i = 0; i < current.quoteSize; i++) {
            backup(current.quote);
        }
        return token(TokenType.FSTRING_MIDDLE);
    }

    // ---------------------------------------------------------------- numbers

    // CPython 3.12: Parser/tokenizer.c, tok_get_normal_mode (the number cases)
    private Token number(int c) {
        if (c != '0') {
            c = decimalTail();
            if (c == '.') {
                return fraction(nextc());
            }
            return exponentOrEnd(c);
        }
        c = nextc();
        if (c == 'x' || c == 'X') {
            c = nextc();
            do {
                if (c == '_') {
                    c = nextc();
                }
                if (!isHexDigit(c)) {
                    backup(c);
                    throw syntaxError("invalid hexadecimal literal");
                }
                do {
                    c = nextc();
                } while (isHexDigit(c));
            } while (c == '_');
            verifyEndOfNumber(c, "hexadecimal");
        } else if (c == 'o' || c == 'O') {
            c = nextc();
            do {
                if (c == '_') {
                    c = nextc();
                }
                if (c < '0' || c >= '8') {
                    if (isDigit(c)) {
                        throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                    }
                    backup(c);
                    throw syntaxError("invalid octal literal");
                }
                do {
                    c = nextc();
                } while (c >= '0' && c < '8');
            } while (c == '_');
            if (isDigit(c)) {
                throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
            }
            verifyEndOfNumber(c, "octal");
        } else if (c == 'b' || c == 'B') {
            c = nextc();
            do {
                if (c == '_') {
                    c = nextc();
                }
                if (c != '0' && c != '1') {
                    if (isDigit(c)) {
                        throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                    }
                    backup(c);
                    throw syntaxError("invalid binary literal");
                }
                do {
                    c = nextc();
                } while (c == '0' || c == '1');
            } while (c == '_');
            if (isDigit(c)) {
                throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
            }
            verifyEndOfNumber(c, "binary");
        } else {
            // Zeros, maybe followed by the digits of a float or of a now-forbidden old octal.
            boolean nonzero = false;
            while (true) {
                if (c == '_') {
                    c = nextc();
                    if (!isDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = nextc();
            }
            int zerosEnd = cur;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            if (c == '.') {
                return fraction(nextc());
            } else if (c == 'e' || c == 'E') {
                return exponent(c);
            } else if (c == 'j' || c == 'J') {
                return imaginary();
            } else if (nonzero && !extraTokens) {
                backup(c);
                // CPython gives this range in bytes from the line start, unconverted.
                throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", byteCol(tokStart) + 1, byteCol(zerosEnd));
            }
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
        return token(TokenType.NUMBER);
    }

    /** After the '.' of a float: c is the char after it. */
    private Token fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return exponentOrEnd(c);
    }

    private Token exponentOrEnd(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        return imaginaryOrEnd(c);
    }

    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            // No exponent after all: "1else" is the number 1 and a keyword.
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return token(TokenType.NUMBER);
        }
        return imaginaryOrEnd(decimalTail());
    }

    private Token imaginaryOrEnd(int c) {
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return token(TokenType.NUMBER);
    }

    private Token imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return token(TokenType.NUMBER);
    }

    // CPython 3.12: Parser/tokenizer.c, tok_decimal_tail
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * A number must not run into a name. Right before one of the keywords that can follow a number
     * in valid code ("1if x else y") it is only a SyntaxWarning in 3.12.
     * CPython 3.12: Parser/tokenizer.c, verify_end_of_number.
     */
    private void verifyEndOfNumber(int c, String kind) {
        if (extraTokens) {
            return;
        }
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = cur < inp ? buf[cur] : EOF;
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (keyword) {
            backup(c);
            if (warn("invalid " + kind + " literal")) {
                throw syntaxError("invalid " + kind + " literal");
            }
            cur++;
        } else if (c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    /** Whether the current line continues with {@code rest} and then no identifier character. */
    private boolean lookahead(String rest) {
        int p = cur;
        for (int i = 0; i < rest.length(); i++, p++) {
            if (p >= inp || buf[p] != rest.charAt(i)) {
                return false;
            }
        }
        return p >= inp || !isPotentialIdentifierChar(buf[p]);
    }

    // ---------------------------------------------------------------- operators

    private Token operator(int c, Mode current) {
        // Inside a replacement field, a ':' at its top level starts the format spec.
        if (c == ':' && insideFString() && current.exprStartDepth >= 0
                && current.curlyDepth - 1 == current.exprStartDepth) {
            current.fstring = true;
            current.inFormatSpec = true;
            return token(TokenType.COLON);
        }

        int c2 = nextc();
        TokenType two = twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenType three = threeChars(c, c2, c3);
            if (three != null) {
                return token(three);
            }
            backup(c3);
            return token(two);
        }
        backup(c2);

        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw syntaxError("too many nested parentheses");
                }
                parenstack[level] = (char) c;
                parenLineno[level] = lineno;
                parenCol[level] = byteCol(tokStart);
                level++;
                if (insideFString()) {
                    current.curlyDepth++;
                }
            }
            case ')', ']', '}' -> {
                if (insideFString() && current.curlyDepth == 0 && c == '}') {
                    throw syntaxError("f-string: single '}' is not allowed");
                }
                if (!extraTokens && level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'");
                }
                if (level > 0) {
                    level--;
                    char opening = parenstack[level];
                    if (!extraTokens && !((opening == '(' && c == ')') || (opening == '[' && c == ']')
                            || (opening == '{' && c == '}'))) {
                        // A bracket closing the replacement field's own '{' is unmatched there.
                        if (insideFString() && opening == '{' && current.curlyDepth - 1 == current.exprStartDepth) {
                            throw syntaxError("f-string: unmatched '" + (char) c + "'");
                        }
                        if (parenLineno[level] != lineno) {
                            throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening "
                                    + "parenthesis '" + opening + "' on line " + parenLineno[level]);
                        }
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening "
                                + "parenthesis '" + opening + "'");
                    }
                }
                if (insideFString()) {
                    // (3.12.1 has no check for a negative depth: only extra-tokens mode reaches one)
                    current.curlyDepth--;
                    if (c == '}' && current.curlyDepth == current.exprStartDepth) {
                        // The replacement field is closed: back to the f-string's text.
                        current.exprStartDepth--;
                        current.fstring = true;
                        current.inFormatSpec = false;
                    }
                }
            }
            default -> { }
        }

        if (c < 0x20 || c == 0x7F) {
            throw syntaxError(String.format("invalid non-printable character U+%04X", c));
        }
        TokenType one = oneChar(c);
        // A character no rule uses ('$', '?', '`'): CPython's generic OP, which the parser rejects.
        return token(one != null ? one : TokenType.OP);
    }

    // CPython 3.12: Parser/token.c, _PyToken_OneChar, _PyToken_TwoChars, _PyToken_ThreeChars
    static TokenType oneChar(int c) {
        return switch (c) {
            case '!' -> TokenType.EXCLAMATION;
            case '%' -> TokenType.PERCENT;
            case '&' -> TokenType.AMPER;
            case '(' -> TokenType.LPAR;
            case ')' -> TokenType.RPAR;
            case '*' -> TokenType.STAR;
            case '+' -> TokenType.PLUS;
            case ',' -> TokenType.COMMA;
            case '-' -> TokenType.MINUS;
            case '.' -> TokenType.DOT;
            case '/' -> TokenType.SLASH;
            case ':' -> TokenType.COLON;
            case ';' -> TokenType.SEMI;
            case '<' -> TokenType.LESS;
            case '=' -> TokenType.EQUAL;
            case '>' -> TokenType.GREATER;
            case '@' -> TokenType.AT;
            case '[' -> TokenType.LSQB;
            case ']' -> TokenType.RSQB;
            case '^' -> TokenType.CIRCUMFLEX;
            case '{' -> TokenType.LBRACE;
            case '|' -> TokenType.VBAR;
            case '}' -> TokenType.RBRACE;
            case '~' -> TokenType.TILDE;
            default -> null;
        };
    }

    static TokenType twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? TokenType.NOTEQUAL : null;
            case '%' -> c2 == '=' ? TokenType.PERCENTEQUAL : null;
            case '&' -> c2 == '=' ? TokenType.AMPEREQUAL : null;
            case '*' -> c2 == '*' ? TokenType.DOUBLESTAR : c2 == '=' ? TokenType.STAREQUAL : null;
            case '+' -> c2 == '=' ? TokenType.PLUSEQUAL : null;
            case '-' -> c2 == '=' ? TokenType.MINEQUAL : c2 == '>' ? TokenType.RARROW : null;
            case '/' -> c2 == '/' ? TokenType.DOUBLESLASH : c2 == '=' ? TokenType.SLASHEQUAL : null;
            case ':' -> c2 == '=' ? TokenType.COLONEQUAL : null;
            case '<' -> c2 == '<' ? TokenType.LEFTSHIFT : c2 == '=' ? TokenType.LESSEQUAL
                    : c2 == '>' ? TokenType.NOTEQUAL : null;
            case '=' -> c2 == '=' ? TokenType.EQEQUAL : null;
            case '>' -> c2 == '=' ? TokenType.GREATEREQUAL : c2 == '>' ? TokenType.RIGHTSHIFT : null;
            case '@' -> c2 == '=' ? TokenType.ATEQUAL : null;
            case '^' -> c2 == '=' ? TokenType.CIRCUMFLEXEQUAL : null;
            case '|' -> c2 == '=' ? TokenType.VBAREQUAL : null;
            default -> null;
        };
    }

    static TokenType threeChars(int c1, int c2, int c3) {
        if (c1 == '.' && c2 == '.' && c3 == '.') {
            return TokenType.ELLIPSIS;
        }
        if (c3 != '=' || c1 != c2) {
            return null;
        }
        return switch (c1) {
            case '*' -> TokenType.DOUBLESTAREQUAL;
            case '/' -> TokenType.DOUBLESLASHEQUAL;
            case '<' -> TokenType.LEFTSHIFTEQUAL;
            case '>' -> TokenType.RIGHTSHIFTEQUAL;
            default -> null;
        };
    }
}
