package kiln.parser;

import java.util.ArrayList;

import kiln.parser.ast.Attribute;
import kiln.parser.ast.BytesConstant;
import kiln.parser.ast.Comprehension;
import kiln.parser.ast.Constant;
import kiln.parser.ast.ConstantRepr;
import kiln.parser.ast.ConstantValue;
import kiln.parser.ast.ExprContext;
import kiln.parser.ast.ExprNode;
import kiln.parser.ast.FormattedValue;
import kiln.parser.ast.JoinedStr;
import kiln.parser.ast.Keyword;
import kiln.parser.ast.Name;
import kiln.parser.ast.Starred;
import kiln.parser.ast.Subscript;
import kiln.parser.ast.SurrogateStr;

/**
 * The expression grammar as the statement parser sees it: strings and f-strings (CPython 3.12's
 * strings / fstring rules and the actions in Parser/action_helpers.c), the expression-level
 * invalid_* rules of the second pass, and the helpers that name invalid targets.
 */
abstract class ExpressionParser extends ParameterGrammar {

    /** What a target is for, as CPython's TARGETS_TYPE: it decides which expressions are invalid. */
    protected enum TargetKind { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    /** Where SyntaxWarnings of string literals (invalid escapes) go. */
    protected StringLiterals.WarningSink warningSink = StringLiterals.WarningSink.IGNORE;

    ExpressionParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---------------------------------------------------------------- strings

    /** strings (memo): (fstring | string)+, concatenated. */
    @Override
    protected ExprNode strings() {
        int start = pos;
        Object memo = memoLookup(M_STRINGS);
        if (memo != NOT_MEMOIZED) {
            return (ExprNode) memo;
        }
        Token s = peek();
        java.util.List<ExprNode> parts = new ArrayList<>(2);
        while (true) {
            Token t = peek();
            if (t.type == TokenType.STRING) {
                pos++;
                parts.add(stringConstant(t));
            } else if (t.type == TokenType.FSTRING_START) {
                ExprNode f = fstring();
                if (f == null) {
                    break;
                }
                parts.add(f);
            } else {
                break;
            }
        }
        ExprNode r = parts.isEmpty() ? null : concatenateStrings(parts, s, lastToken());
        memoStore(M_STRINGS, start, r);
        return r;
    }

    // CPython 3.12: Parser/action_helpers.c, _PyPegen_constant_from_string
    private Constant stringConstant(Token t) {
        Object value;
        try {
            value = StringLiterals.decode(t, warningSink);
        } catch (LiteralError e) {
            throw literalError(e, t);
        }
        String kind = t.text.charAt(0) == 'u' ? "u" : null;
        return new Constant(value, kind, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** fstring: FSTRING_START fstring_middle* FSTRING_END */
    private ExprNode fstring() {
        int m = mark();
        Token a = expect(TokenType.FSTRING_START);
        if (a == null) {
            return null;
        }
        java.util.List<ExprNode> items = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.type == TokenType.FSTRING_MIDDLE) {
                pos++;
                // the raw text; decoded by joinedStr once the whole f-string is read
                items.add(new Constant(t.text, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset));
            } else if (t.type == TokenType.LBRACE) {
                ExprNode f = replacementField();
                if (f == null) {
                    break;
                }
                items.add(f);
            } else {
                break;
            }
        }
        Token b = expect(TokenType.FSTRING_END);
        if (b == null) {
            reset(m);
            return null;
        }
        return joinedStr(a, items, b);
    }

    /**
     * The f-string's parts: debug-text pairs unpacked, literal parts decoded, empty ones dropped.
     * CPython 3.12: Parser/action_helpers.c, _PyPegen_joined_str.
     */
    private JoinedStr joinedStr(Token a, java.util.List<ExprNode> items, Token b) {
        boolean raw = (StringLiterals.prefixFlags(a.text) & StringLiterals.RAW) != 0;
        java.util.List<ExprNode> values = new ArrayList<>(items.size());
        for (ExprNode item : items) {
            if (item instanceof JoinedStr j) {
                for (ExprNode v : j.values) {
                    addDecodedPart(values, v, raw, b);
                }
            } else {
                addDecodedPart(values, item, raw, b);
            }
        }
        return new JoinedStr(values, a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }

    // CPython 3.12: Parser/action_helpers.c, _PyPegen_decode_fstring_part
    private void addDecodedPart(java.util.List<ExprNode> values, ExprNode item, boolean raw, Token end) {
        if (item instanceof Constant c && c.value instanceof String text) {
            String decoded;
            try {
                decoded = StringLiterals.decodeFStringMiddle(text, raw || text.indexOf('\\') < 0, end, warningSink);
            } catch (LiteralError e) {
                throw literalError(e, end);
            }
            if (decoded.isEmpty()) {
                return;
            }
            values.add(new Constant(decoded, null, c.lineno, c.colOffset, c.endLineno, c.endColOffset));
            return;
        }
        values.add(item);
    }

    /**
     * fstring_replacement_field: '{' annotated_rhs '='? [fstring_conversion]
     * [fstring_full_format_spec] '}' | invalid_replacement_field
     */
    private ExprNode replacementField() {
        Token lb = peek();
        if (lb.type != TokenType.LBRACE) {
            return null;
        }
        int m = mark();
        advance();
        ExprNode a = annotatedRhs();
        if (a != null) {
            Token debug = expect(TokenType.EQUAL);
            Token bang = null;
            Token conv = null;
            if (at(TokenType.EXCLAMATION)) {
                int m2 = mark();
                Token x = advance();
                Token n = expect(TokenType.NAME);
                if (n != null) {
                    // CPython 3.12: _PyPegen_check_fstring_conversion
                    if (x.lineno != n.lineno || x.endColOffset != n.colOffset) {
                        throw raiseRange(x, n, "f-string: conversion type must come right after the exclamanation mark");
                    }
                    bang = x;
                    conv = n;
                } else {
                    reset(m2);
                }
            }
            Token colon = null;
            JoinedStr spec = null;
            if (at(TokenType.COLON)) {
                colon = advance();
                spec = formatSpec(colon);
            }
            Token rb = expect(TokenType.RBRACE);
            if (rb != null) {
                return formattedValue(lb, a, debug, bang, conv, colon, spec, rb);
            }
        }
        reset(m);
        if (callInvalidRules) {
            invalidReplacementField();
        }
        return null;
    }

    /**
     * fstring_full_format_spec: ':' fstring_format_spec*, as a JoinedStr of its parts as they are
     * (no concatenation). CPython 3.12: Parser/action_helpers.c, _PyPegen_setup_full_format_spec.
     */
    private JoinedStr formatSpec(Token colon) {
        java.util.List<ExprNode> items = new ArrayList<>(2);
        while (true) {
            Token t = peek();
            if (t.type == TokenType.FSTRING_MIDDLE) {
                pos++;
                String decoded;
                try {
                    // CPython 3.12: _PyPegen_decoded_constant_from_token decodes as not raw
                    decoded = StringLiterals.decodeFStringMiddle(t.text, false, t, warningSink);
                } catch (LiteralError e) {
                    throw literalError(e, t);
                }
                items.add(new Constant(decoded, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset));
            } else if (t.type == TokenType.LBRACE) {
                ExprNode f = replacementField();
                if (f == null) {
                    break;
                }
                items.add(f);
            } else {
                break;
            }
        }
        // An empty spec is an empty JoinedStr, as in 3.11
        if (items.size() == 1 && items.get(0) instanceof Constant c && c.value instanceof String str && str.isEmpty()) {
            items = new ArrayList<>(0);
        }
        Token e = lastToken();
        return new JoinedStr(items, colon.lineno, colon.colOffset, e.endLineno, e.endColOffset);
    }

    /**
     * A replacement field's FormattedValue; with '=' a JoinedStr of the expression's text and the
     * value. CPython 3.12: Parser/action_helpers.c, _PyPegen_formatted_value.
     */
    private ExprNode formattedValue(Token lb, ExprNode value, Token debug, Token bang, Token conv, Token colon,
                                    JoinedStr spec, Token rb) {
        int conversion = -1;
        if (conv != null) {
            String id = identifier(conv);
            if (id.length() != 1 || "sra".indexOf(id.charAt(0)) < 0) {
                StringBuilder sb = new StringBuilder();
                ConstantRepr.appendStr(sb, id);
                throw raiseAt(conv, "f-string: invalid conversion character " + sb
                        + ": expected 's', 'r', or 'a'");
            }
            conversion = id.charAt(0);
        } else if (debug != null && spec == null) {
            conversion = 'r';
        }
        FormattedValue fv = new FormattedValue(value, conversion, spec, lb.lineno, lb.colOffset, rb.endLineno, rb.endColOffset);
        if (debug == null) {
            return fv;
        }
        int endLine;
        int endCol;
        Token terminator;
        if (conv != null) {
            endLine = conv.lineno;
            endCol = conv.colOffset;
            terminator = bang;
        } else if (spec != null) {
            endLine = spec.lineno;
            endCol = spec.colOffset + 1;
            terminator = colon;
        } else {
            endLine = rb.endLineno;
            endCol = rb.endColOffset;
            terminator = rb;
        }
        String text = withoutComments(sourceBetween(lb, terminator));
        Constant debugText = new Constant(text, null, lb.lineno, lb.colOffset + 1, endLine, endCol - 1);
        java.util.List<ExprNode> pair = new ArrayList<>(2);
        pair.add(debugText);
        pair.add(fv);
        return new JoinedStr(pair, lb.lineno, lb.colOffset, endLine, endCol);
    }

    /**
     * The debug text of {@code f"{expr=}"} as CPython 3.12 keeps it: every '#' up to the end of its
     * line is dropped, even one inside a string in the expression.
     * CPython 3.12: Parser/tokenizer.c, set_fstring_expr.
     */
    private static String withoutComments(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The source text from the end of {@code a} to the start of {@code b}. */
    private String sourceBetween(Token a, Token b) {
        StringBuilder sb = new StringBuilder();
        for (int line = a.endLineno; line <= b.lineno; line++) {
            String text = sourceLine(line);
            if (text == null) {
                break;
            }
            int from = line == a.endLineno ? charIndexOfByte(text, a.endColOffset) : 0;
            int to = line == b.lineno ? charIndexOfByte(text, b.colOffset) : text.length();
            if (from < to) {
                sb.append(text, from, to);
            }
        }
        return sb.toString();
    }

    /** The char index in {@code line} of a UTF-8 byte column. */
    static int charIndexOfByte(String line, int byteCol) {
        int bytes = 0;
        int i = 0;
        int n = line.length();
        while (i < n && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * Implicit concatenation of string and f-string pieces into one Constant or JoinedStr.
     * CPython 3.12: Parser/action_helpers.c, _PyPegen_concatenate_strings.
     */
    private ExprNode concatenateStrings(java.util.List<ExprNode> parts, Token s, Token e) {
        boolean fstring = false;
        boolean unicode = false;
        boolean bytes = false;
        for (ExprNode p : parts) {
            if (p instanceof Constant c) {
                if (c.value instanceof BytesConstant) {
                    bytes = true;
                } else {
                    unicode = true;
                }
            } else {
                fstring = true;
            }
        }
        if ((unicode || fstring) && bytes) {
            throw raiseAtLastToken("SyntaxError", "cannot mix bytes and nonbytes literals");
        }
        if (bytes) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (ExprNode p : parts) {
                byte[] b = ((BytesConstant) ((Constant) p).value).bytes();
                out.write(b, 0, b.length);
            }
            return new Constant(new BytesConstant(out.toByteArray()), ((Constant) parts.get(0)).kind,
                    s.lineno, s.colOffset, e.endLineno, e.endColOffset);
        }
        if (!fstring && parts.size() == 1) {
            return parts.get(0);
        }
        java.util.List<ExprNode> flat = new ArrayList<>();
        for (ExprNode p : parts) {
            if (p instanceof JoinedStr j) {
                flat.addAll(j.values);
            } else {
                flat.add(p);
            }
        }
        java.util.List<ExprNode> values = new ArrayList<>(flat.size());
        int n = flat.size();
        for (int i = 0; i < n; i++) {
            ExprNode elem = flat.get(i);
            if (elem instanceof Constant first) {
                if (i + 1 < n && flat.get(i + 1) instanceof Constant) {
                    java.util.List<Object> pieces = new ArrayList<>();
                    Constant last = first;
                    int j = i;
                    while (j < n && flat.get(j) instanceof Constant c) {
                        pieces.add(c.value);
                        last = c;
                        j++;
                    }
                    i = j - 1;
                    elem = new Constant(SurrogateStr.concat(pieces), first.kind, first.lineno, first.colOffset, last.endLineno, last.endColOffset);
                }
                if (fstring && "".equals(((Constant) elem).value)) {
                    continue;
                }
            }
            values.add(elem);
        }
        if (!fstring) {
            return values.get(0);
        }
        return new JoinedStr(values, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    // ---------------------------------------------------------------- invalid targets

    /**
     * The name CPython gives an expression in error messages ("cannot assign to %s").
     * CPython 3.12: Parser/pegen.c, _PyPegen_get_expr_name.
     */
    protected static String exprName(ExprNode e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case kiln.parser.ast.List l -> "list";
            case kiln.parser.ast.Tuple t -> "tuple";
            case kiln.parser.ast.Lambda l -> "lambda";
            case kiln.parser.ast.Call c -> "function call";
            case kiln.parser.ast.BoolOp b -> "expression";
            case kiln.parser.ast.BinOp b -> "expression";
            case kiln.parser.ast.UnaryOp u -> "expression";
            case kiln.parser.ast.GeneratorExp g -> "generator expression";
            case kiln.parser.ast.Yield y -> "yield expression";
            case kiln.parser.ast.YieldFrom y -> "yield expression";
            case kiln.parser.ast.Await a -> "await expression";
            case kiln.parser.ast.ListComp l -> "list comprehension";
            case kiln.parser.ast.SetComp s -> "set comprehension";
            case kiln.parser.ast.DictComp d -> "dict comprehension";
            case kiln.parser.ast.Dict d -> "dict literal";
            case kiln.parser.ast.Set s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case Constant c -> {
                Object v = c.value;
                if (v == ConstantValue.NONE) {
                    yield "None";
                } else if (Boolean.FALSE.equals(v)) {
                    yield "False";
                } else if (Boolean.TRUE.equals(v)) {
                    yield "True";
                } else if (v == ConstantValue.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case kiln.parser.ast.Compare c -> "comparison";
            case kiln.parser.ast.IfExp i -> "conditional expression";
            case kiln.parser.ast.NamedExpr n -> "named expression";
            default -> throw new IllegalStateException("unexpected expression " + e.getClass().getSimpleName());
        };
    }

    /**
     * The first sub-expression that cannot be a target of the given kind, or null.
     * CPython 3.12: Parser/pegen.c, _PyPegen_get_invalid_target.
     */
    protected ExprNode invalidTarget(TargetKind kind, ExprNode e) {
        return findInvalid(kind, e);
    }

    private static ExprNode findInvalid(TargetKind kind, ExprNode e) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case kiln.parser.ast.List l -> {
                return firstInvalid(kind, l.elts);
            }
            case kiln.parser.ast.Tuple t -> {
                return firstInvalid(kind, t.elts);
            }
            case Starred s -> {
                return kind == TargetKind.DEL_TARGETS ? e : findInvalid(kind, s.value);
            }
            case kiln.parser.ast.Compare c -> {
                // 'a in b' of 'for a in b' parses as a comparison: look at its left side
                if (kind == TargetKind.FOR_TARGETS) {
                    return c.ops.get(0) == kiln.parser.ast.CmpOpType.In ? findInvalid(kind, c.left) : null;
                }
                return e;
            }
            case Name n -> {
                return null;
            }
            case Subscript s -> {
                return null;
            }
            case Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    private static ExprNode firstInvalid(TargetKind kind, java.util.List<ExprNode> elts) {
        for (ExprNode x : elts) {
            ExprNode bad = findInvalid(kind, x);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /**
     * RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to X" / "cannot delete X" at the invalid
     * part; null when every part is a valid target (the rule then fails without an error).
     */
    protected PySyntaxError invalidTargetError(TargetKind kind, ExprNode e) {
        ExprNode bad = findInvalid(kind, e);
        if (bad == null) {
            return null;
        }
        String verb = kind == TargetKind.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
        return raiseAtNode(bad, verb + exprName(bad));
    }

    // ---------------------------------------------------------------- invalid rules (second pass)

    private static boolean isSoftKeyword(Token t) {
        if (t.type != TokenType.NAME) {
            return false;
        }
        return switch (t.text) {
            case "_", "case", "match", "type" -> true;
            default -> false;
        };
    }

    // CPython 3.12: Parser/action_helpers.c, _PyPegen_check_legacy_stmt
    private static boolean isLegacyStmtName(ExprNode e) {
        return e instanceof Name n && (n.id.equals("print") || n.id.equals("exec"));
    }

    /**
     * invalid_expression:
     * !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
     * | disjunction 'if' disjunction !('else'|':')
     * | 'lambda' [lambda_params] ':' &FSTRING_MIDDLE
     */
    @Override
    final void invalidExpression() {
        int m = mark();
        Token t = peek();
        boolean blocked = (t.type == TokenType.NAME && !isKeyword(t) && peek(1).type == TokenType.STRING)
                || isSoftKeyword(t);
        if (!blocked) {
            ExprNode a = disjunction();
            if (a != null) {
                boolean saved = callInvalidRules;
                callInvalidRules = false;
                ExprNode b = expressionWithoutInvalid();
                callInvalidRules = saved;
                if (b != null && !isLegacyStmtName(a) && tokenLevel(pos - 1) != 0) {
                    throw raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
            reset(m);
        }
        ExprNode a = disjunction();
        if (a != null && atKeyword("if")) {
            advance();
            ExprNode b = disjunction();
            if (b != null && !atKeyword("else") && !at(TokenType.COLON)) {
                throw raiseRange(a, b, "expected 'else' after 'if' expression");
            }
        }
        reset(m);
        if (atKeyword("lambda")) {
            Token l = advance();
            lambdaParams();
            Token c = expect(TokenType.COLON);
            if (c != null && at(TokenType.FSTRING_MIDDLE)) {
                throw raiseRange(l, c, "f-string: lambda expressions are not allowed without parentheses");
            }
            reset(m);
        }
    }

    /** invalid_legacy_expression: NAME !'(' star_expressions (for print and exec) */
    @Override
    final void invalidLegacyExpression() {
        Token a = peek();
        if (a.type != TokenType.NAME || isKeyword(a) || peek(1).type == TokenType.LPAR) {
            return;
        }
        int m = mark();
        advance();
        ExprNode b = starExpressions();
        if (b != null && (a.text.equals("print") || a.text.equals("exec"))) {
            throw raiseRange(a, b, "Missing parentheses in call to '" + a.text + "'. Did you mean " + a.text + "(...)?");
        }
        reset(m);
    }

    /**
     * invalid_named_expression (memo): expression ':=' expression
     * | NAME '=' bitwise_or !('='|':=')
     * | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
     */
    @Override
    final void invalidNamedExpression() {
        int m = mark();
        if (memoLookup(M_INVALID_NAMED) != NOT_MEMOIZED) {
            reset(m);
            return;
        }
        ExprNode a = expression();
        if (a != null && at(TokenType.COLONEQUAL)) {
            advance();
            if (expression() != null) {
                throw raiseAtNode(a, "cannot use assignment expressions with " + exprName(a));
            }
        }
        reset(m);
        Token n = peek();
        if (n.type == TokenType.NAME && !isKeyword(n) && peek(1).type == TokenType.EQUAL) {
            pos += 2;
            ExprNode b = bitwiseOr();
            if (b != null && !at(TokenType.EQUAL) && !at(TokenType.COLONEQUAL)) {
                throw raiseRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            reset(m);
        }
        if (!startsListTupleGenexpOrSingleton()) {
            a = bitwiseOr();
            if (a != null && at(TokenType.EQUAL)) {
                advance();
                if (bitwiseOr() != null && !at(TokenType.EQUAL) && !at(TokenType.COLONEQUAL)) {
                    throw raiseAtNode(a, "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
                }
            }
        }
        reset(m);
        memoStore(M_INVALID_NAMED, m, null);
    }

    // The lookahead (list|tuple|genexp|'True'|'None'|'False'), position unchanged.
    private boolean startsListTupleGenexpOrSingleton() {
        Token t = peek();
        int m = mark();
        boolean r = false;
        if (t.type == TokenType.NAME) {
            r = t.text.equals("True") || t.text.equals("None") || t.text.equals("False");
        } else if (t.type == TokenType.LSQB) {
            r = listAt() != null;
        } else if (t.type == TokenType.LPAR) {
            r = tupleAt() != null || genexp() != null;
        }
        reset(m);
        return r;
    }

    /**
     * invalid_comprehension: ('[' | '(' | '{') starred_expression for_if_clauses
     * | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
     * | ('[' | '{') star_named_expression ',' for_if_clauses
     */
    @Override
    final void invalidComprehension() {
        Token open = peek();
        if (open.type != TokenType.LSQB && open.type != TokenType.LPAR && open.type != TokenType.LBRACE) {
            return;
        }
        int m = mark();
        advance();
        ExprNode a = starredExpression();
        if (a != null && forIfClauses() != null) {
            throw raiseAtNode(a, "iterable unpacking cannot be used in comprehension");
        }
        reset(m);
        if (open.type == TokenType.LPAR) {
            return;
        }
        advance();
        a = starNamedExpression();
        if (a != null && at(TokenType.COMMA)) {
            Token comma = advance();
            int m2 = mark();
            java.util.List<ExprNode> b = starNamedExpressions();
            if (b != null && forIfClauses() != null) {
                throw raiseRange(a, b.get(b.size() - 1), "did you forget parentheses around the comprehension target?");
            }
            reset(m2);
            if (forIfClauses() != null) {
                throw raiseRange(a, comma, "did you forget parentheses around the comprehension target?");
            }
        }
        reset(m);
    }

    /** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
    @Override
    final void invalidDictComprehension() {
        if (!at(TokenType.LBRACE) || peek(1).type != TokenType.DOUBLESTAR) {
            return;
        }
        int m = mark();
        advance();
        Token a = advance();
        if (bitwiseOr() != null && forIfClauses() != null && at(TokenType.RBRACE)) {
            throw raiseAt(a, "dict unpacking cannot be used in dict comprehension");
        }
        reset(m);
    }

    /** invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
    @Override
    final void invalidGroup() {
        if (!at(TokenType.LPAR)) {
            return;
        }
        int m = mark();
        advance();
        ExprNode a = starredExpression();
        if (a != null && at(TokenType.RPAR)) {
            throw raiseAtNode(a, "cannot use starred expression here");
        }
        reset(m + 1);
        if (at(TokenType.DOUBLESTAR)) {
            Token s = advance();
            if (expression() != null && at(TokenType.RPAR)) {
                throw raiseAt(s, "cannot use double starred expression here");
            }
        }
        reset(m);
    }

    /**
     * invalid_double_starred_kvpairs (after the '{'): ','.double_starred_kvpair+ ',' invalid_kvpair
     * | expression ':' '*' bitwise_or | expression ':' &('}'|',')
     */
    @Override
    final void invalidDoubleStarredKvpairs() {
        int m = mark();
        java.util.List<ExprNode> keys = new ArrayList<>();
        java.util.List<ExprNode> values = new ArrayList<>();
        if (doubleStarredKvpair(keys, values)) {
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) == null) {
                    break;
                }
                if (!doubleStarredKvpair(keys, values)) {
                    reset(m2);
                    break;
                }
            }
            if (expect(TokenType.COMMA) != null) {
                invalidKvpair();
            }
        }
        reset(m);
        starredDictValueOrMissingValue();
        reset(m);
    }

    // invalid_kvpair: expression !(':') | expression ':' '*' bitwise_or | expression ':' &('}'|',')
    private void invalidKvpair() {
        int m = mark();
        ExprNode a = expression();
        if (a != null && !at(TokenType.COLON)) {
            throw error("SyntaxError", "':' expected after dictionary key", a.lineno, a.endColOffset, a.endLineno, 0);
        }
        reset(m);
        starredDictValueOrMissingValue();
        reset(m);
    }

    private void starredDictValueOrMissingValue() {
        int m = mark();
        if (expression() != null && at(TokenType.COLON)) {
            Token colon = advance();
            if (at(TokenType.STAR)) {
                Token star = advance();
                if (bitwiseOr() != null) {
                    throw raiseStartingFrom(star, "cannot use a starred expression in a dictionary value");
                }
            }
            reset(m);
            expression();
            advance();
            if (at(TokenType.RBRACE) || at(TokenType.COMMA)) {
                throw raiseAt(colon, "expression expected after dictionary key and ':'");
            }
        }
        reset(m);
    }

    /** invalid_arguments, as in CPython 3.12's grammar. */
    @Override
    final void invalidArguments() {
        int m = mark();
        // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' '*'
        boolean ok = false;
        if (positionalArg() != null) {
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) == null || positionalArg() == null) {
                    reset(m2);
                    break;
                }
            }
            ok = expect(TokenType.COMMA) != null && kwargs() != null;
        }
        if (!ok) {
            reset(m);
            ok = kwargs() != null;
        }
        if (ok && expect(TokenType.COMMA) != null && at(TokenType.STAR)) {
            throw raiseAt(peek(), "iterable argument unpacking follows keyword argument unpacking");
        }
        reset(m);
        // expression for_if_clauses ',' [args | expression for_if_clauses]
        ExprNode a = expression();
        if (a != null) {
            java.util.List<Comprehension> b = forIfClauses();
            if (b != null && expect(TokenType.COMMA) != null) {
                int m2 = mark();
                if (args() == null) {
                    reset(m2);
                    if (expression() != null) {
                        forIfClauses();
                    }
                }
                throw raiseRange(a, lastComprehensionItem(b), "Generator expression must be parenthesized");
            }
        }
        reset(m);
        // NAME '=' expression for_if_clauses
        Token n = peek();
        if (n.type == TokenType.NAME && !isKeyword(n) && peek(1).type == TokenType.EQUAL) {
            advance();
            Token eq = advance();
            if (expression() != null && forIfClauses() != null) {
                throw raiseRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            reset(m);
        }
        // (args ',')? NAME '=' &(',' | ')')
        if (args() == null || expect(TokenType.COMMA) == null) {
            reset(m);
        }
        n = peek();
        if (n.type == TokenType.NAME && !isKeyword(n) && peek(1).type == TokenType.EQUAL
                && (peek(2).type == TokenType.COMMA || peek(2).type == TokenType.RPAR)) {
            throw raiseRange(n, peek(1), "expected argument value expression");
        }
        reset(m);
        // args for_if_clauses
        CallArgs c = args();
        if (c != null) {
            java.util.List<Comprehension> b = forIfClauses();
            if (b != null) {
                // CPython 3.12: _PyPegen_nonparen_genexp_in_call
                int len = c.args().size();
                if (len > 1) {
                    throw raiseRange(c.args().get(len - 1), lastComprehensionItem(b), "Generator expression must be parenthesized");
                }
            }
        }
        reset(m);
        // args ',' expression for_if_clauses
        if (args() != null && expect(TokenType.COMMA) != null) {
            a = expression();
            if (a != null) {
                java.util.List<Comprehension> b = forIfClauses();
                if (b != null) {
                    throw raiseRange(a, lastComprehensionItem(b), "Generator expression must be parenthesized");
                }
            }
        }
        reset(m);
        // args ',' args
        c = args();
        if (c != null && expect(TokenType.COMMA) != null && args() != null) {
            // CPython 3.12: _PyPegen_arguments_parsing_error
            boolean unpacking = false;
            for (Keyword k : c.keywords()) {
                if (k.arg == null) {
                    unpacking = true;
                }
            }
            throw raiseSyntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        reset(m);
    }

    // CPython 3.12: Parser/action_helpers.c, _PyPegen_get_last_comprehension_item
    private static ExprNode lastComprehensionItem(java.util.List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        if (c.ifs == null || c.ifs.isEmpty()) {
            return c.iter;
        }
        return c.ifs.get(c.ifs.size() - 1);
    }

    /**
     * invalid_kwarg: ('True'|'False'|'None') '=' | NAME '=' expression for_if_clauses
     * | !(NAME '=') expression '=' | '**' expression '=' expression
     */
    @Override
    final void invalidKwarg() {
        int m = mark();
        Token t = peek();
        boolean nameEq = t.type == TokenType.NAME && peek(1).type == TokenType.EQUAL;
        if (nameEq && (t.text.equals("True") || t.text.equals("False") || t.text.equals("None"))) {
            throw raiseRange(t, peek(1), "cannot assign to " + t.text);
        }
        nameEq = nameEq && !isKeyword(t);
        if (nameEq) {
            advance();
            Token eq = advance();
            if (expression() != null && forIfClauses() != null) {
                throw raiseRange(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            reset(m);
        } else {
            ExprNode a = expression();
            if (a != null && at(TokenType.EQUAL)) {
                throw raiseRange(a, peek(), "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            reset(m);
        }
        if (t.type == TokenType.DOUBLESTAR) {
            advance();
            if (expression() != null && at(TokenType.EQUAL)) {
                advance();
                ExprNode b = expression();
                if (b != null) {
                    throw raiseRange(t, b, "cannot assign to keyword argument unpacking");
                }
            }
            reset(m);
        }
    }

    /** invalid_starred_expression: '*' expression '=' expression */
    @Override
    final void invalidStarredExpression() {
        Token s = peek();
        if (s.type != TokenType.STAR) {
            return;
        }
        int m = mark();
        advance();
        if (expression() != null && at(TokenType.EQUAL)) {
            advance();
            ExprNode b = expression();
            if (b != null) {
                throw raiseRange(s, b, "cannot assign to iterable argument unpacking");
            }
        }
        reset(m);
    }

    /** invalid_for_target: 'async'? 'for' star_expressions */
    @Override
    final void invalidForTarget() {
        int m = mark();
        if (atKeyword("async")) {
            advance();
        }
        if (expectKeyword("for") != null) {
            ExprNode a = starExpressions();
            if (a != null) {
                PySyntaxError e = invalidTargetError(TargetKind.FOR_TARGETS, a);
                if (e != null) {
                    throw e;
                }
            }
        }
        reset(m);
    }

    /** invalid_replacement_field and invalid_conversion_character, as in CPython 3.12's grammar. */
    private void invalidReplacementField() {
        Token lb = peek();
        if (lb.type != TokenType.LBRACE) {
            return;
        }
        int m = mark();
        advance();
        Token t = peek();
        switch (t.type) {
            case EQUAL -> throw raiseAt(t, "f-string: valid expression required before '='");
            case EXCLAMATION -> throw raiseAt(t, "f-string: valid expression required before '!'");
            case COLON -> throw raiseAt(t, "f-string: valid expression required before ':'");
            case RBRACE -> throw raiseAt(t, "f-string: valid expression required before '}'");
            default -> { }
        }
        if (annotatedRhs() == null) {
            throw raiseAt(peek(), "f-string: expecting a valid expression after '{'");
        }
        int afterExpr = mark();
        if (!atOneOfField(TokenType.EQUAL, TokenType.EXCLAMATION, TokenType.COLON, TokenType.RBRACE)) {
            throw raiseAt(peek(), "f-string: expecting '=', or '!', or ':', or '}'");
        }
        if (expect(TokenType.EQUAL) != null
                && !atOneOfField(TokenType.EXCLAMATION, TokenType.COLON, TokenType.RBRACE, null)) {
            throw raiseAt(peek(), "f-string: expecting '!', or ':', or '}'");
        }
        reset(afterExpr);
        expect(TokenType.EQUAL);
        // invalid_conversion_character: '!' &(':' | '}') | '!' !NAME
        if (at(TokenType.EXCLAMATION)) {
            TokenType next = peek(1).type;
            if (next == TokenType.COLON || next == TokenType.RBRACE) {
                advance();
                throw raiseAt(peek(), "f-string: missing conversion character");
            }
            if (next != TokenType.NAME || isKeyword(peek(1))) {
                advance();
                throw raiseAt(peek(), "f-string: invalid conversion character");
            }
        }
        int beforeConv = mark();
        if (expect(TokenType.EXCLAMATION) == null || expect(TokenType.NAME) == null) {
            reset(beforeConv);
        }
        if (!at(TokenType.COLON) && !at(TokenType.RBRACE)) {
            throw raiseAt(peek(), "f-string: expecting ':' or '}'");
        }
        if (at(TokenType.COLON)) {
            Token colon = advance();
            formatSpec(colon);
            if (!at(TokenType.RBRACE)) {
                throw raiseAt(peek(), "f-string: expecting '}', or format specs");
            }
        }
        if (!at(TokenType.RBRACE)) {
            throw raiseAt(peek(), "f-string: expecting '}'");
        }
        reset(m);
    }

    private boolean atOneOfField(TokenType a, TokenType b, TokenType c, TokenType d) {
        TokenType t = peek().type;
        return t == a || t == b || t == c || (d != null && t == d);
    }
}
