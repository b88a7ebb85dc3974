package kiln.parser;

import java.util.ArrayList;

import kiln.parser.ast.Located;

/**
 * The machinery every grammar rule uses: a lazily filled token buffer with backtracking marks,
 * keyword matching, memoization, the nesting-depth guard and SyntaxError construction with
 * CPython's locations. CPython 3.12: Parser/pegen.c and Parser/pegen_errors.c.
 *
 * <p>PEG style: matching methods return null on no match and never throw; a SyntaxError is only
 * thrown by an invalid_* rule (second pass) or by the tokenizer.
 */
abstract class ParserBase {
    /** CPython 3.12's MAXSTACK: rule nesting depth at which the parser gives up with MemoryError. */
    static final int MAX_DEPTH = 6000;

    private static final String[] HARD_KEYWORDS = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };
    private static final java.util.Set<String> KEYWORD_SET = java.util.Set.of(HARD_KEYWORDS);

    protected final Tokenizer tokenizer;
    protected final String filename;
    private final ArrayList<Token> tokens = new ArrayList<>(256);
    /** Bracket nesting level after each token, as CPython's token->level. */
    private int[] levels = new int[256];
    private int level;
    /** Index of the current token in {@link #tokens}. */
    protected int pos;
    /** True in the second pass, where the invalid_* alternatives run to find a specific message. */
    protected boolean callInvalidRules;
    private boolean tokenizerFailed;
    /**
     * Rule nesting depth, as CPython's p->level. It starts at the levels CPython's start and
     * statement rules take to reach a top-level expression, so that the limit falls where
     * CPython's does for deeply nested expressions (calibrated on unary minus, not, ** and lambda).
     */
    private static final int BASE_DEPTH = 7;
    private int depth = BASE_DEPTH;
    /**
     * CPython reports SyntaxError columns in bytes, not characters, when it parses bytes that
     * declare no encoding (no BOM, no coding cookie): tok->encoding is then unset and
     * _PyPegen_raise_error_known_location skips the byte-to-character conversion.
     */
    private boolean errorColumnsInBytes;
    // Memo entries per token position: singly linked lists, like pegen's token->memo.
    private MemoEntry[] memo = new MemoEntry[256];

    protected ParserBase(Tokenizer tokenizer, String filename) {
        this.tokenizer = tokenizer;
        this.filename = filename;
    }

    // ---------------------------------------------------------------- tokens

    /** Pulls the next token from the tokenizer; a tokenizer error ends the parse as it does in CPython. */
    private void fill() {
        Token t;
        try {
            t = tokenizer.next();
        } catch (PySyntaxError e) {
            tokenizerFailed = true;
            throw e;
        }
        switch (t.type) {
            case LPAR, LSQB, LBRACE -> level++;
            case RPAR, RSQB, RBRACE -> level--;
            default -> { }
        }
        int i = tokens.size();
        if (i == levels.length) {
            levels = java.util.Arrays.copyOf(levels, i * 2);
        }
        levels[i] = level;
        tokens.add(t);
    }

    /** The bracket nesting level at token index i (CPython's token->level). */
    protected final int tokenLevel(int i) {
        return i < 0 ? 0 : levels[i];
    }

    protected final int mark() {
        return pos;
    }

    protected final void reset(int mark) {
        pos = mark;
    }

    /** The current token (filled on demand). */
    protected final Token peek() {
        while (pos >= tokens.size()) {
            fill();
        }
        return tokens.get(pos);
    }

    /** The token k places after the current one. */
    protected final Token peek(int k) {
        int i = pos + k;
        while (i >= tokens.size()) {
            fill();
        }
        return tokens.get(i);
    }

    protected final Token advance() {
        Token t = peek();
        pos++;
        return t;
    }

    /**
     * The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER: where node end
     * positions come from. CPython 3.12: Parser/pegen.c, _PyPegen_get_last_nonnwhitespace_token.
     */
    protected final Token lastToken() {
        Token t = null;
        for (int i = pos - 1; i >= 0; i--) {
            t = tokens.get(i);
            switch (t.type) {
                case NEWLINE, INDENT, DEDENT, ENDMARKER -> { }
                default -> { return t; }
            }
        }
        return t;
    }

    /** The token consumed just before the current position, whatever its kind. */
    protected final Token previousToken() {
        return tokens.get(pos - 1);
    }

    /** The furthest token the tokenizer has produced (pegen's p->tokens[p->fill - 1]). */
    final Token lastFilledToken() {
        if (tokens.isEmpty()) {
            fill();
        }
        return tokens.get(tokens.size() - 1);
    }

    final boolean tokenizerFailed() {
        return tokenizerFailed;
    }

    /** Tokenizes the rest of the input so that a later tokenizer error surfaces (it throws). */
    final void drainTokenizer() {
        Token t = lastFilledToken();
        while (t.type != TokenType.ENDMARKER) {
            fill();
            t = tokens.get(tokens.size() - 1);
        }
    }

    /** Rewinds for CPython's second pass, with the invalid_* rules switched on. */
    void startSecondPass() {
        pos = 0;
        depth = BASE_DEPTH;
        callInvalidRules = true;
        java.util.Arrays.fill(memo, null);
    }

    /** Asks for SyntaxError columns in bytes (a bytes source without a declared encoding). */
    final void setErrorColumnsInBytes(boolean inBytes) {
        this.errorColumnsInBytes = inBytes;
    }

    /**
     * Consumes and returns the current token if it has the given type. A NAME never matches a
     * hard keyword: CPython's tokenizer gives keywords their own token types.
     */
    protected final Token expect(TokenType type) {
        Token t = peek();
        if (t.type != type || (type == TokenType.NAME && KEYWORD_SET.contains(t.text))) {
            return null;
        }
        pos++;
        return t;
    }

    protected final boolean at(TokenType type) {
        Token t = peek();
        return t.type == type && (type != TokenType.NAME || !KEYWORD_SET.contains(t.text));
    }

    /** Consumes a keyword (hard, or soft when asked for one: match, case, type, _). */
    protected final Token expectKeyword(String kw) {
        Token t = peek();
        if (t.type == TokenType.NAME && t.text.equals(kw)) {
            pos++;
            return t;
        }
        return null;
    }

    protected final boolean atKeyword(String kw) {
        Token t = peek();
        return t.type == TokenType.NAME && t.text.equals(kw);
    }

    /** A NAME token that is not a hard keyword. */
    protected final Token expectName() {
        return expect(TokenType.NAME);
    }

    protected static boolean isKeyword(Token t) {
        return t.type == TokenType.NAME && KEYWORD_SET.contains(t.text);
    }

    protected static boolean isKeyword(String s) {
        return KEYWORD_SET.contains(s);
    }

    /**
     * An identifier as CPython stores it: NFKC-normalised when it is not pure ASCII.
     * CPython 3.12: Parser/pegen.c, _PyPegen_new_identifier.
     */
    protected static String identifier(Token t) {
        String s = t.text;
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- memoization

    private static final class MemoEntry {
        final int rule;
        final Object result;
        final int end;
        final MemoEntry next;

        MemoEntry(int rule, Object result, int end, MemoEntry next) {
            this.rule = rule;
            this.result = result;
            this.end = end;
            this.next = next;
        }
    }

    /** Sentinel for "no memo entry", distinct from a memoized failure (null). */
    protected static final Object NOT_MEMOIZED = new Object();

    /**
     * The memoized result of a rule at the current position (and moves past it), or
     * {@link #NOT_MEMOIZED}. Rule ids are small ints chosen by the rule's class.
     */
    protected final Object memoLookup(int rule) {
        int p = pos;
        if (p < memo.length) {
            for (MemoEntry e = memo[p]; e != null; e = e.next) {
                if (e.rule == rule) {
                    pos = e.end;
                    return e.result;
                }
            }
        }
        return NOT_MEMOIZED;
    }

    /** Records a rule's result that started at {@code start} and ended at the current position. */
    protected final void memoStore(int rule, int start, Object result) {
        if (start >= memo.length) {
            memo = java.util.Arrays.copyOf(memo, Math.max(start + 1, memo.length * 2));
        }
        memo[start] = new MemoEntry(rule, result, pos, memo[start]);
    }

    // ---------------------------------------------------------------- depth guard

    /**
     * Counts one level of rule nesting; beyond CPython's MAXSTACK it raises what CPython raises.
     * Returns true so callers can write {@code if (!enter()) return null;}.
     * CPython 3.12: Parser/parser.c, the p->level checks; Parser/pegen_errors.c, _Pypegen_stack_overflow.
     */
    protected final boolean enter() {
        if (++depth >= MAX_DEPTH) {
            throw new ParserLimitError("MemoryError", "Parser stack overflowed - Python source too complex to parse");
        }
        return true;
    }

    /** Counts n levels at once, for chains of rules the parser collapses into one method. */
    protected final boolean enter(int n) {
        depth += n;
        if (depth >= MAX_DEPTH) {
            throw new ParserLimitError("MemoryError", "Parser stack overflowed - Python source too complex to parse");
        }
        return true;
    }

    protected final void leave() {
        depth--;
    }

    protected final void leave(int n) {
        depth -= n;
    }

    /** Takes back a {@link #leave()} once the uncounted step it covered is done. */
    protected final void reenter() {
        depth++;
    }

    // ---------------------------------------------------------------- errors

    /** The text of a source line (for SyntaxError.text and column conversion), or null. */
    protected final String sourceLine(int lineno) {
        return tokenizer.source().line(lineno);
    }

    /**
     * A SyntaxError at a known range, columns as 0-based byte offsets; a negative end column means
     * unknown. CPython 3.12: Parser/pegen_errors.c, _PyPegen_raise_error_known_location.
     */
    protected final PySyntaxError syntaxError(String msg, int lineno, int colOffsetBytes, int endLineno,
                                              int endColOffsetBytes) {
        return error("SyntaxError", msg, lineno, colOffsetBytes + 1, endLineno,
                endColOffsetBytes < 0 ? -1 : endColOffsetBytes + 1);
    }

    /**
     * Builds the exception from 1-based byte columns. The end column is converted with the start
     * line's text, as CPython does.
     */
    protected final PySyntaxError error(String type, String msg, int lineno, int col1, int endLineno, int endCol1) {
        String text = lineno > 0 ? sourceLine(lineno) : null;
        int offset = col1;
        int endOffset = endCol1;
        if (!errorColumnsInBytes && text != null) {
            offset = byteToCharOffset(text, col1);
            if (endOffset > 0) {
                endOffset = byteToCharOffset(text, endCol1);
            }
        }
        return new PySyntaxError(type, msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    /**
     * How many characters the first {@code n} UTF-8 bytes of {@code line} decode to, a cut
     * sequence counting as one (replacement) character; past the end the terminating NUL counts
     * as one more. CPython 3.12: Parser/pegen.c, _PyPegen_byte_offset_to_character_offset.
     */
    static int byteToCharOffset(String line, int n) {
        int bytes = 0;
        int chars = 0;
        int i = 0;
        int len = line.length();
        while (i < len && bytes < n) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            chars++;
        }
        if (bytes < n) {
            chars++;
        }
        return chars;
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token. */
    protected final PySyntaxError raiseAt(Token t, String msg) {
        return syntaxError(msg, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** RAISE_ERROR_KNOWN_LOCATION with another error class (IndentationError, TabError). */
    protected final PySyntaxError raiseAt(String type, Token t, String msg) {
        return error(type, msg, t.lineno, t.colOffset + 1, t.endLineno, t.endColOffset + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a node. */
    protected final PySyntaxError raiseAtNode(Located a, String msg) {
        return syntaxError(msg, a.lineno, a.colOffset, a.endLineno, a.endColOffset);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from a's start to b's end. */
    protected final PySyntaxError raiseRange(Located a, Located b, String msg) {
        return syntaxError(msg, a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }

    protected final PySyntaxError raiseRange(Token a, Token b, String msg) {
        return syntaxError(msg, a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }

    protected final PySyntaxError raiseRange(Token a, Located b, String msg) {
        return syntaxError(msg, a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }

    protected final PySyntaxError raiseRange(Located a, Token b, String msg) {
        return syntaxError(msg, a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }

    /**
     * RAISE_SYNTAX_ERROR_STARTING_FROM: from a position to the tokenizer's current position (the
     * end of the furthest token read), that end column not shifted to 1-based as CPython leaves it.
     */
    protected final PySyntaxError raiseStartingFrom(int lineno, int colOffsetBytes, String msg) {
        Token cur = lastFilledToken();
        return error("SyntaxError", msg, lineno, colOffsetBytes + 1, cur.endLineno, cur.endColOffset);
    }

    protected final PySyntaxError raiseStartingFrom(Token a, String msg) {
        return raiseStartingFrom(a.lineno, a.colOffset, msg);
    }

    protected final PySyntaxError raiseStartingFrom(Located a, String msg) {
        return raiseStartingFrom(a.lineno, a.colOffset, msg);
    }

    /**
     * RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the furthest token the tokenizer produced.
     * CPython 3.12: Parser/pegen_errors.c, _PyPegen_raise_error.
     */
    final PySyntaxError raiseAtLastToken(String type, String msg) {
        Token t = lastFilledToken();
        int col1;
        if (t.colOffset < 0) {
            // A token without a column (INDENT, DEDENT, ENDMARKER): CPython reports the tokenizer's
            // position, which such a token keeps in its end index (after the indentation, or the
            // end of the last line at EOF). Not shifted to 1-based, as in CPython.
            Source src = tokenizer.source();
            col1 = src.utf8Length(src.lineStart(t.lineno), t.end);
        } else {
            col1 = t.colOffset + 1;
        }
        return error(type, msg, t.lineno, col1, t.endLineno, t.endColOffset < 0 ? -1 : t.endColOffset + 1);
    }

    /** RAISE_SYNTAX_ERROR(msg). */
    protected final PySyntaxError raiseSyntaxError(String msg) {
        return raiseAtLastToken("SyntaxError", msg);
    }

    /**
     * The error when no rule explains the failure: at the furthest token of the first pass.
     * CPython 3.12: Parser/pegen_errors.c, _PyPegen_set_syntax_error.
     */
    protected final PySyntaxError genericError(Token furthest) {
        if (furthest.type == TokenType.INDENT) {
            return raiseAtLastToken("IndentationError", "unexpected indent");
        }
        if (furthest.type == TokenType.DEDENT) {
            return raiseAtLastToken("IndentationError", "unexpected unindent");
        }
        return raiseAt(furthest, "invalid syntax");
    }
}
