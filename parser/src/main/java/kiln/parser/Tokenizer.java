package kiln.parser;

/**
 * CPython 3.12's tokenizer over decoded text: the token stream its parser sees, with the same
 * positions and the same errors. Columns are UTF-8 byte offsets. INDENT, DEDENT and ENDMARKER carry
 * column -1 as in CPython; their {@code start}/{@code end} hold the tokenizer's position at that
 * point, which CPython's error reporting uses for them.
 *
 * <p>PEP 701 f-strings are tokenized with a stack of modes ({@link FStringMode}): inside an
 * f-string's literal text the tokenizer produces FSTRING_MIDDLE pieces; at a replacement field it
 * switches back to the ordinary rules until the field's closing brace.
 * CPython 3.12: Parser/tokenizer.c, tok_get_normal_mode and tok_get_fstring_mode.
 */
public final class Tokenizer {
    static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int ALTTABSIZE = 1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int MAXFSTRINGLEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    private final Source source;
    private final String filename;
    private final boolean extraTokens;
    private final char[] buf;
    private final int len;

    private int pos;
    private int lineno = 1;
    private int lineStart;
    /** Column cache for the current line: byte column of {@code colCacheIndex}. */
    private int colCacheIndex, colCacheBytes;

    private boolean atbol = true;
    private int pendin;
    private final int[] indstack = new int[MAXINDENT + 1];
    private final int[] altindstack = new int[MAXINDENT + 1];
    private int indent;
    private boolean contLine;
    private boolean commentNewline;
    private boolean done;

    private int level;
    private final char[] parenstack = new char[MAXLEVEL];
    private final int[] parenLine = new int[MAXLEVEL];
    private final int[] parenCol = new int[MAXLEVEL];

    private FStringMode[] modes = new FStringMode[8];
    private int modeTop;

    /** Token start of the token being scanned. */
    private int tokStart, tokStartLine, tokStartCol;

    public Tokenizer(String source, String filename) {
        this(new Source(withFinalNewline(source)), filename, false);
    }

    public Tokenizer(Source source, String filename, boolean extraTokens) {
        this.source = source;
        this.filename = filename;
        this.extraTokens = extraTokens;
        this.buf = source.text().toCharArray();
        this.len = buf.length;
        modes[0] = new FStringMode();
    }

    /** CPython reads the last line as if it ended in a newline. */
    static String withFinalNewline(String s) {
        return s.isEmpty() || s.charAt(s.length() - 1) == '\n' ? s : s + "\n";
    }

    public Source source() {
        return source;
    }

    // ---------------------------------------------------------------- reading

    private int nextc() {
        if (pos >= len) {
            pos = len + 1; // one past, so that backup() restores len
            return EOF;
        }
        if (pos > lineStart && buf[pos - 1] == '\n') {
            lineno++;
            lineStart = pos;
            colCacheIndex = pos;
            colCacheBytes = 0;
        }
        return buf[pos++];
    }

    private void backup(int c) {
        pos--;
        if (c == EOF && pos > len) {
            pos = len;
        }
    }

    private int peek() {
        int c = nextc();
        backup(c);
        return c;
    }

    /** Byte column of a char index on the current line. */
    private int col(int index) {
        if (index < colCacheIndex || colCacheIndex < lineStart) {
            colCacheIndex = lineStart;
            colCacheBytes = 0;
        }
        int end = Math.min(index, len);
        colCacheBytes += Source.utf8Length(source.text(), colCacheIndex, end);
        colCacheIndex = end;
        return colCacheBytes + (index > len ? 1 : 0);
    }

    private void beginToken(int index) {
        tokStart = index;
        tokStartLine = lineno;
        tokStartCol = col(index);
    }

    private Token make(TokenType type) {
        return make(type, pos);
    }

    private Token make(TokenType type, int textEnd) {
        int end = Math.min(pos, len);
        return new Token(type, source.text().substring(tokStart, Math.min(textEnd, len)), tokStartLine, tokStartCol,
                lineno, col(end), tokStart, end);
    }

    /** INDENT / DEDENT / ENDMARKER: no column, as in CPython; start/end hold the current position. */
    private Token positionless(TokenType type) {
        int p = Math.min(pos, len);
        return new Token(type, "", lineno, -1, lineno, -1, p, p);
    }

    // ---------------------------------------------------------------- errors

    /** CPython's syntaxerror(): at the current position, counted in characters from the line start. */
    private PySyntaxError error(String msg) {
        int cur = Math.min(pos, len);
        int col = source.codePoints(Math.min(lineStart, cur), cur);
        return errorAt(msg, lineno, col, col);
    }

    private PySyntaxError errorAt(String msg, int line, int offset, int endOffset) {
        return new PySyntaxError("SyntaxError", msg, filename, line, offset, line, endOffset, lineWithoutNewline(line));
    }

    private String lineWithoutNewline(int line) {
        String t = source.line(line);
        if (t != null && t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /**
     * Errors CPython's tokenizer reports through its status code, which its parser turns into an
     * exception located at a byte column (E_TABSPACE, E_TOODEEP, E_LINECONT, E_DEDENT, E_EOF).
     */
    private PySyntaxError statusError(String type, String msg, int offset1, int endOffset1) {
        return new PySyntaxError(type, msg, filename, lineno, offset1, lineno, endOffset1, source.line(lineno));
    }

    private int charColumn(int byteCol) {
        // CPython converts these byte columns to characters with the line's text.
        String line = source.line(lineno);
        if (line == null) return byteCol;
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < line.length() && bytes < byteCol; i++) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < line.length()) {
                bytes += 4;
                i++;
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
            chars++;
        }
        return chars + Math.max(0, byteCol - bytes);
    }

    // ---------------------------------------------------------------- modes

    /** One entry of CPython's tokenizer mode stack; entry 0 is the regular mode. */
    private static final class FStringMode {
        boolean fstringKind;
        char quote;
        int quoteSize;
        boolean raw;
        int startIndex, startLine, startLineStart;
        int curlyDepth;
        int exprStartDepth = -1;
        boolean inFormatSpec;
    }

    private boolean insideFString() {
        return modeTop > 0;
    }

    private static boolean insideFStringExpr(FStringMode m) {
        return m.exprStartDepth >= 0;
    }

    // ---------------------------------------------------------------- the token loop

    public Token next() {
        if (done) {
            return positionless(TokenType.ENDMARKER);
        }
        FStringMode m = modes[modeTop];
        Token t = m.fstringKind ? fstringMode(m) : normalMode(m);
        if (t.type == TokenType.ENDMARKER) {
            done = true;
        }
        return t;
    }

    private Token normalMode(FStringMode current) {
        int c;
        boolean blankline;
        while (true) { // nextline
            blankline = false;
            if (atbol) {
                atbol = false;
                int colm = 0, altcol = 0, contLineCol = 0;
                while (true) {
                    c = nextc();
                    if (c == ' ') {
                        colm++;
                        altcol++;
                    } else if (c == '\t') {
                        colm = (colm / TABSIZE + 1) * TABSIZE;
                        altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                    } else if (c == '\f') {
                        colm = altcol = 0;
                    } else if (c == '\\') {
                        contLineCol = contLineCol != 0 ? contLineCol : colm;
                        continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (c == EOF) {
                    // At the end every open block closes.
                    colm = altcol = 0;
                }
                if (!blankline && level == 0) {
                    colm = contLineCol != 0 ? contLineCol : colm;
                    altcol = contLineCol != 0 ? contLineCol : altcol;
                    if (colm == indstack[indent]) {
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    } else if (colm > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            pos = lineEndIndex();
                            throw statusError("IndentationError", "too many levels of indentation", 1, 0);
                        }
                        if (altcol <= altindstack[indent]) {
                            throw tabError();
                        }
                        pendin++;
                        indstack[++indent] = colm;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && colm < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (colm != indstack[indent]) {
                            pos = lineEndIndex();
                            int bytes = source.utf8Length(lineStart, pos);
                            throw new PySyntaxError("IndentationError",
                                    "unindent does not match any outer indentation level", filename, lineno,
                                    charColumn(bytes), lineno, -1, source.line(lineno));
                        }
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    }
                }
            }

            beginToken(Math.min(pos, len));
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return extraTokens ? make(TokenType.DEDENT) : positionless(TokenType.DEDENT);
                }
                pendin--;
                if (extraTokens) {
                    beginToken(lineStart);
                    return make(TokenType.INDENT);
                }
                return positionless(TokenType.INDENT);
            }

            while (true) { // again
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                beginToken(c == EOF ? Math.min(pos, len) : pos - 1);

                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                    if (extraTokens) {
                        backup(c);
                        commentNewline = blankline;
                        return make(TokenType.COMMENT);
                    }
                }

                if (c == EOF) {
                    if (level > 0) {
                        throw unclosedBracket();
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
                            return make(TokenType.NL);
                        }
                        break; // goto nextline
                    }
                    if (commentNewline && extraTokens) {
                        commentNewline = false;
                        return make(TokenType.NL);
                    }
                    contLine = false;
                    return make(TokenType.NEWLINE, pos - (extraTokens ? 0 : 1));
                }

                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return number(c, true);
                    }
                    if (c == '.') {
                        int c3 = nextc();
                        if (c3 == '.') {
                            return make(TokenType.ELLIPSIS);
                        }
                        backup(c3);
                    }
                    backup(c);
                    pos = tokStart + 1;
                    return make(TokenType.DOT);
                }

                if (isDigit(c)) {
                    return number(c, false);
                }

                if (c == '\'' || c == '"') {
                    return string(c);
                }

                if (c == '\\') {
                    continuationLine();
                    contLine = true;
                    continue; // again
                }

                return operator(c, current);
            }
        }
    }

    private int lineEndIndex() {
        int i = lineStart;
        while (i < len && buf[i] != '\n') i++;
        return Math.min(i + 1, len);
    }

    private PySyntaxError tabError() {
        pos = lineEndIndex();
        return statusError("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
    }

    // CPython 3.12: Parser/pegen_errors.c, raise_unclosed_parentheses_error
    private PySyntaxError unclosedBracket() {
        int l = parenLine[level - 1];
        String line = source.line(l);
        int bytes = parenCol[level - 1];
        int chars = line == null ? bytes : charIndexOfByte(line, bytes);
        return new PySyntaxError("SyntaxError", "'" + parenstack[level - 1] + "' was never closed", filename, l,
                chars + 1, l, 0, line);
    }

    private static int charIndexOfByte(String line, int byteCol) {
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < line.length()) {
                bytes += 4;
                i += 2;
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                i++;
            }
        }
        return line.codePointCount(0, Math.min(i, line.length()));
    }

    // CPython 3.12: Parser/tokenizer.c, tok_continuation_line
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            // E_LINECONT: reported at the character after the backslash.
            int cur = Math.min(pos, len);
            int bytes = source.utf8Length(lineStart, cur) - 1;
            throw statusError("SyntaxError", "unexpected character after line continuation character",
                    charColumn(Math.max(bytes, 0)) + 1, 0);
        }
        c = nextc();
        if (c == EOF) {
            pos = len;
            // E_EOF: at the end of the last line.
            if (level > 0) {
                throw unclosedBracket();
            }
            int bytes = source.utf8Length(lineStart, len);
            throw new PySyntaxError("SyntaxError", "unexpected EOF while parsing", filename, lineno,
                    charColumn(bytes), lineno, -1, source.line(lineno));
        }
        backup(c);
    }

    // ---------------------------------------------------------------- names and strings

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return isPotentialIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private Token nameOrString(int c, FStringMode current) {
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
            if (c >= 128) nonascii = true;
            c = nextc();
        }
        backup(c);
        if (nonascii) {
            verifyIdentifier();
        }
        return make(TokenType.NAME);
    }

    // CPython 3.12: Parser/tokenizer.c, verify_identifier
    private void verifyIdentifier() {
        String s = source.text().substring(tokStart, pos);
        int i = 0;
        boolean first = true;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean ok = first ? (cp == '_' || isXidStart(cp)) : isXidContinue(cp);
            if (!ok) {
                pos = tokStart + i + Character.charCount(cp);
                if (Character.isISOControl(cp) || !isPrintable(cp)) {
                    throw error(String.format("invalid non-printable character U+%04X", cp));
                }
                throw error(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp));
            }
            first = false;
            i += Character.charCount(cp);
        }
    }

    static boolean isXidStart(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    static boolean isXidContinue(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** Python's str.isprintable() for one code point (Unicode 15 tables of the AST repr). */
    static boolean isPrintable(int cp) {
        return kiln.parser.ast.Unicode15.isPrintable(cp);
    }

    private Token string(int quote) {
        int firstLine = tokStartLine;
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
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
                int detected = lineno;
                // Reported from the string's first character.
                int col = source.codePoints(firstLineStart, tokStart) + 1;
                if (insideFString()) {
                    FStringMode m = modes[modeTop];
                    if (m.quote == quote && m.quoteSize == quoteSize) {
                        throw errorAt("f-string: expecting '}'", firstLine, col, col);
                    }
                }
                if (quoteSize == 3) {
                    throw errorAt("unterminated triple-quoted string literal (detected at line " + detected + ")",
                            firstLine, col, col);
                }
                throw errorAt("unterminated string literal (detected at line " + detected + ")", firstLine, col, col);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return make(TokenType.STRING);
    }

    private Token fstringStart(int quote) {
        int quoteSize = 1;
        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfter = nextc();
            if (afterAfter == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfter);
                backup(afterQuote);
            }
        } else {
            backup(afterQuote);
        }
        if (modeTop + 1 >= MAXFSTRINGLEVEL) {
            throw error("too many nested f-strings");
        }
        if (++modeTop == modes.length) {
            modes = java.util.Arrays.copyOf(modes, modes.length * 2);
        }
        FStringMode m = modes[modeTop];
        if (m == null) {
            m = modes[modeTop] = new FStringMode();
        }
        m.fstringKind = true;
        m.quote = (char) quote;
        m.quoteSize = quoteSize;
        m.startIndex = tokStart;
        m.startLine = lineno;
        m.startLineStart = lineStart;
        char p0 = buf[tokStart];
        m.raw = (p0 == 'f' || p0 == 'F') ? (buf[tokStart + 1] == 'r' || buf[tokStart + 1] == 'R') : true;
        m.curlyDepth = 0;
        m.exprStartDepth = -1;
        m.inFormatSpec = false;
        return make(TokenType.FSTRING_START);
    }

    private Token fstringMode(FStringMode current) {
        beginToken(Math.min(pos, len));
        int startChar = nextc();
        if (startChar == '{') {
            int peek1 = nextc();
            backup(peek1);
            backup(startChar);
            if (peek1 != '{') {
                current.exprStartDepth++;
                if (current.exprStartDepth >= MAX_EXPR_NESTING) {
                    throw error("f-string: expressions nested too deeply");
                }
                current.fstringKind = false;
                return normalMode(current);
            }
        } else {
            backup(startChar);
        }
        // The closing quote(s)?
        int matched = 0;
        for (; matched < current.quoteSize; matched++) {
            int q = nextc();
            if (q != current.quote) {
                backup(q);
                break;
            }
        }
        if (matched == current.quoteSize) {
            modeTop--;
            return make(TokenType.FSTRING_END);
        }
        pos -= matched;

        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != current.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = current.inFormatSpec && insideFStringExpr(current);
            if (c == EOF || (current.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    backup(c);
                    current.fstringKind = false;
                    return make(TokenType.FSTRING_MIDDLE);
                }
                int detected = lineno;
                String line = source.line(current.startLine);
                int col = source.codePoints(current.startLineStart, current.startIndex) + 1;
                String msg = current.quoteSize == 3
                        ? "unterminated triple-quoted f-string literal (detected at line " + detected + ")"
                        : "unterminated f-string literal (detected at line " + detected + ")";
                throw new PySyntaxError("SyntaxError", msg, filename, current.startLine, col, current.startLine, col,
                        line != null && line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
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
                        throw error("f-string: expressions nested too deeply");
                    }
                    current.fstringKind = false;
                    return make(TokenType.FSTRING_MIDDLE);
                }
                return make(TokenType.FSTRING_MIDDLE, pos - 1);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return make(TokenType.FSTRING_MIDDLE);
                }
                int peek = nextc();
                if (peek == '}' && !inFormatSpec) {
                    return make(TokenType.FSTRING_MIDDLE, pos - 1);
                }
                backup(peek);
                backup(c);
                current.fstringKind = false;
                return make(TokenType.FSTRING_MIDDLE);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '{' || peek == '}') {
                    backup(peek);
                    continue;
                }
                if (!current.raw && peek == 'N') {
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
        pos -= current.quoteSize;
        return make(TokenType.FSTRING_MIDDLE);
    }

    // ---------------------------------------------------------------- numbers

    private Token number(int c, boolean startsWithDot) {
        if (startsWithDot) {
            c = fraction(c);
            return exponentAndImaginary(c);
        }
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (!isHex(c)) {
                        backup(c);
                        throw error("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isHex(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) throw error("invalid digit '" + (char) c + "' in octal literal");
                        backup(c);
                        throw error("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while (c >= '0' && c < '8');
                } while (c == '_');
                if (isDigit(c)) throw error("invalid digit '" + (char) c + "' in octal literal");
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) throw error("invalid digit '" + (char) c + "' in binary literal");
                        backup(c);
                        throw error("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) throw error("invalid digit '" + (char) c + "' in binary literal");
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                while (true) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw error("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    c = fraction(c);
                    return exponentAndImaginary(c);
                } else if (c == 'e' || c == 'E') {
                    return exponentAndImaginary(c);
                } else if (c == 'j' || c == 'J') {
                    return exponentAndImaginary(c);
                } else if (nonzero) {
                    backup(c);
                    // CPython gives this range in bytes from the line start.
                    int from = source.utf8Length(lineStart, tokStart) + 1;
                    int to = source.utf8Length(lineStart, Math.min(zerosEnd, len));
                    throw errorAt("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", lineno, from, to);
                }
                verifyEndOfNumber(c, "decimal");
            }
            backup(c);
            return make(TokenType.NUMBER);
        }
        c = decimalTail();
        if (c == '.') {
            c = nextc();
            c = fraction(c);
        }
        return exponentAndImaginary(c);
    }

    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return c;
    }

    private Token exponentAndImaginary(int c) {
        if (c == 'e' || c == 'E') {
            int e = c;
            c = nextc();
            if (c == '+' || c == '-') {
                c = nextc();
                if (!isDigit(c)) {
                    backup(c);
                    throw error("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                backup(c);
                verifyEndOfNumber(e, "decimal");
                backup(e);
                return make(TokenType.NUMBER);
            }
            c = decimalTail();
        }
        if (c == 'j' || c == 'J') {
            c = nextc();
            verifyEndOfNumber(c, "imaginary");
        } else {
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
        return make(TokenType.NUMBER);
    }

    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') break;
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        }
        return c;
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // CPython 3.12: Parser/tokenizer.c, verify_end_of_number
    private void verifyEndOfNumber(int c, String kind) {
        if (extraTokens) return;
        // A keyword right after a number is only a (silent here) SyntaxWarning in 3.12.
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = peek();
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (keyword) return;
        // Only ASCII: a non-ASCII character after a number starts a token of its own.
        if (c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw error("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        int p = pos;
        for (int i = 0; i < rest.length(); i++) {
            if (p + i >= len || buf[p + i] != rest.charAt(i)) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- operators

    private Token operator(int c, FStringMode current) {
        boolean punctuation = c == ':' || c == '}' || c == '!' || c == '{';
        if (punctuation && insideFString() && insideFStringExpr(current)) {
            int cursor = current.curlyDepth - (c != '{' ? 1 : 0);
            if (c == ':' && cursor == current.exprStartDepth) {
                current.fstringKind = true;
                current.inFormatSpec = true;
                return make(TokenType.COLON);
            }
        }
        int c2 = nextc();
        TokenType two = twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenType three = threeChars(c, c2, c3);
            if (three != null) {
                return make(three);
            }
            backup(c3);
            return make(two);
        }
        backup(c2);

        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw error("too many nested parentheses");
                }
                parenstack[level] = (char) c;
                parenLine[level] = lineno;
                parenCol[level] = col(tokStart);
                level++;
                if (insideFString()) current.curlyDepth++;
            }
            case ')', ']', '}' -> {
                if (insideFString() && current.curlyDepth == 0 && c == '}') {
                    throw error("f-string: single '}' is not allowed");
                }
                if (!extraTokens && level == 0) {
                    throw error("unmatched '" + (char) c + "'");
                }
                if (level > 0) {
                    level--;
                    char opening = parenstack[level];
                    if (!extraTokens && !((opening == '(' && c == ')') || (opening == '[' && c == ']')
                            || (opening == '{' && c == '}'))) {
                        if (insideFString() && opening == '{' && current.curlyDepth - 1 == current.exprStartDepth) {
                            throw error("f-string: unmatched '" + (char) c + "'");
                        }
                        if (parenLine[level] != lineno) {
                            throw error("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                    + opening + "' on line " + parenLine[level]);
                        }
                        throw error("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + opening + "'");
                    }
                }
                if (insideFString()) {
                    current.curlyDepth--;
                    if (c == '}' && current.curlyDepth == current.exprStartDepth) {
                        current.exprStartDepth--;
                        current.fstringKind = true;
                    }
                }
            }
            default -> { }
        }
        if (c < 128 && !isPrintable(c)) {
            throw error(String.format("invalid non-printable character U+%04X", c));
        }
        TokenType one = oneChar(c);
        if (one == null) {
            // CPython hands the parser an OP it cannot use: a plain "invalid syntax" there.
            return make(TokenType.OP);
        }
        return make(one);
    }

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
        if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return null;
        return switch (c1) {
            case '*' -> c2 == '*' ? TokenType.DOUBLESTAREQUAL : null;
            case '/' -> c2 == '/' ? TokenType.DOUBLESLASHEQUAL : null;
            case '<' -> c2 == '<' ? TokenType.LEFTSHIFTEQUAL : null;
            case '>' -> c2 == '>' ? TokenType.RIGHTSHIFTEQUAL : null;
            default -> null;
        };
    }
}
