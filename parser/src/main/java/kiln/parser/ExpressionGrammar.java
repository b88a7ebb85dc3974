package kiln.parser;

import java.util.ArrayList;

import kiln.parser.ast.Attribute;
import kiln.parser.ast.Await;
import kiln.parser.ast.BinOp;
import kiln.parser.ast.BoolOp;
import kiln.parser.ast.BoolOpType;
import kiln.parser.ast.Call;
import kiln.parser.ast.CmpOpType;
import kiln.parser.ast.Compare;
import kiln.parser.ast.Comprehension;
import kiln.parser.ast.Constant;
import kiln.parser.ast.ConstantValue;
import kiln.parser.ast.Dict;
import kiln.parser.ast.DictComp;
import kiln.parser.ast.ExprContext;
import kiln.parser.ast.ExprNode;
import kiln.parser.ast.GeneratorExp;
import kiln.parser.ast.IfExp;
import kiln.parser.ast.Keyword;
import kiln.parser.ast.ListComp;
import kiln.parser.ast.Name;
import kiln.parser.ast.NamedExpr;
import kiln.parser.ast.OperatorType;
import kiln.parser.ast.Set;
import kiln.parser.ast.SetComp;
import kiln.parser.ast.Slice;
import kiln.parser.ast.Starred;
import kiln.parser.ast.Subscript;
import kiln.parser.ast.Tuple;
import kiln.parser.ast.UnaryOp;
import kiln.parser.ast.UnaryOpType;
import kiln.parser.ast.Yield;
import kiln.parser.ast.YieldFrom;

/**
 * The expression rules of CPython 3.12's Grammar/python.gram (expressions, operators, primaries,
 * atoms, displays, comprehensions, call arguments, slices and assignment targets), node positions
 * as CPython's actions give them. Left-recursive rules are loops. Every rule method returns null
 * without moving the position when it does not match. The invalid_* rules, strings and
 * parameters live in the subclasses and are reached through the abstract hooks below.
 */
abstract class ExpressionGrammar extends ParserBase {
    // Memo ids for ParserBase.memoLookup; ids below 100 belong to the expression classes.
    static final int M_EXPRESSION = 1, M_ARGUMENTS = 2, M_STRINGS = 3, M_STAR_TARGET = 4, M_T_PRIMARY = 5,
            M_DEL_TARGET = 6, M_INVALID_NAMED = 7, M_STAR_EXPRESSION = 8;
    // Rules CPython memoizes that only matter for which error the second pass finds: memoized
    // in that pass only, as the first pass gets the same tree either way.
    private static final int M_DISJUNCTION = 20, M_CONJUNCTION = 21, M_INVERSION = 22, M_FACTOR = 23,
            M_AWAIT_PRIMARY = 24, M_PRIMARY = 25, M_BINARY = 30;

    ExpressionGrammar(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---------------------------------------------------------------- hooks for the subclasses

    /** strings: (fstring|string)+ */
    abstract ExprNode strings();

    /** lambda_params, or null. */
    abstract kiln.parser.ast.Arguments lambdaParams();

    // Second-pass rules: each throws its SyntaxError or returns with the position unchanged.
    abstract void invalidExpression();

    abstract void invalidLegacyExpression();

    abstract void invalidNamedExpression();

    abstract void invalidComprehension();

    abstract void invalidDictComprehension();

    abstract void invalidGroup();

    abstract void invalidDoubleStarredKvpairs();

    abstract void invalidArguments();

    abstract void invalidKwarg();

    abstract void invalidForTarget();

    abstract void invalidStarredExpression();

    // ---------------------------------------------------------------- small helpers

    static <T> java.util.List<T> single(T x) {
        java.util.List<T> l = new ArrayList<>(1);
        l.add(x);
        return l;
    }

    final Name nameNode(Token t, ExprContext ctx) {
        return new Name(identifier(t), ctx, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** NAME as an expression (Load), or null. */
    final Name nameExpr() {
        Token t = expect(TokenType.NAME);
        return t == null ? null : nameNode(t, ExprContext.Load);
    }

    /** NUMBER as a Constant, or null. */
    protected final ExprNode numberConstant() {
        Token t = peek();
        if (t.type != TokenType.NUMBER) {
            return null;
        }
        pos++;
        Object value;
        try {
            value = NumberLiterals.parse(t.text);
        } catch (LiteralError e) {
            throw literalError(e, t);
        }
        return new Constant(value, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** A literal's error where CPython reports it (see LiteralError). */
    final PySyntaxError literalError(LiteralError e, Token t) {
        if (e.noColumns) {
            return error("SyntaxError", e.msg, t.lineno, 0, t.endLineno, 0);
        }
        return raiseAtLastToken("SyntaxError", e.msg);
    }

    private boolean atOneOf(TokenType a, TokenType b, TokenType c) {
        TokenType t = peek().type;
        return t == a || t == b || t == c;
    }

    // ---------------------------------------------------------------- expressions

    /** expressions: expression (',' expression)* [','], a Tuple when there is a comma. */
    protected ExprNode expressionsRule() {
        Token s = peek();
        ExprNode a = expression();
        if (a == null || !at(TokenType.COMMA)) {
            return a;
        }
        java.util.List<ExprNode> elts = single(a);
        while (true) {
            int m = mark();
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            ExprNode c = expression();
            if (c == null) {
                reset(m);
                break;
            }
            elts.add(c);
        }
        expect(TokenType.COMMA);
        Token e = lastToken();
        return new Tuple(elts, ExprContext.Load, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /**
     * expression (memo): invalid_expression | invalid_legacy_expression
     * | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
     */
    protected ExprNode expression() {
        int start = pos;
        Object memo = memoLookup(M_EXPRESSION);
        if (memo != NOT_MEMOIZED) {
            return (ExprNode) memo;
        }
        enter();
        if (callInvalidRules) {
            invalidExpression();
            invalidLegacyExpression();
        }
        ExprNode r = expressionWithoutInvalid();
        leave();
        memoStore(M_EXPRESSION, start, r);
        return r;
    }

    /** The non-invalid alternatives of expression (also CPython's expression_without_invalid). */
    final ExprNode expressionWithoutInvalid() {
        Token s = peek();
        ExprNode a = disjunction();
        if (a == null) {
            return lambdef();
        }
        if (atKeyword("if")) {
            int m = mark();
            advance();
            ExprNode b = disjunction();
            if (b != null && expectKeyword("else") != null) {
                ExprNode c = chainTail(false);
                if (c != null) {
                    Token e = lastToken();
                    return new IfExp(b, a, c, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
                }
            }
            reset(m);
        }
        return a;
    }

    /** Whether a `not` chain or an if-else chain is being parsed (see chainTail). */
    private boolean inChain;

    /**
     * The recursive step of {@code not not ...} (inversion) and {@code a if b else c if ...}
     * (expression). Measured against CPython 3.12, such a chain reaches its stack limit one level
     * later than Kiln's rule count gives, so the first step of a chain is not counted.
     */
    private ExprNode chainTail(boolean inversion) {
        boolean outer = !inChain;
        if (outer) {
            leave();
            inChain = true;
        }
        try {
            return inversion ? inversion() : expression();
        } finally {
            if (outer) {
                inChain = false;
                reenter();
            }
        }
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    protected ExprNode yieldExpr() {
        Token s = peek();
        if (!atKeyword("yield")) {
            return null;
        }
        int m = mark();
        advance();
        if (atKeyword("from")) {
            advance();
            ExprNode a = expression();
            if (a != null) {
                Token e = lastToken();
                return new YieldFrom(a, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            }
            reset(m + 1);
        }
        ExprNode a = starExpressions();
        Token e = lastToken();
        return new Yield(a, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** star_expressions: star_expression (',' star_expression)* [','], a Tuple when there is a comma. */
    protected ExprNode starExpressions() {
        Token s = peek();
        ExprNode a = starExpression();
        if (a == null || !at(TokenType.COMMA)) {
            return a;
        }
        java.util.List<ExprNode> elts = single(a);
        while (true) {
            int m = mark();
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            ExprNode c = starExpression();
            if (c == null) {
                reset(m);
                break;
            }
            elts.add(c);
        }
        expect(TokenType.COMMA);
        Token e = lastToken();
        return new Tuple(elts, ExprContext.Load, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** star_expression (memo): '*' bitwise_or | expression */
    protected ExprNode starExpression() {
        int start = pos;
        Object memo = memoLookup(M_STAR_EXPRESSION);
        if (memo != NOT_MEMOIZED) {
            return (ExprNode) memo;
        }
        enter();
        ExprNode r;
        Token s = peek();
        if (s.type == TokenType.STAR) {
            advance();
            ExprNode a = bitwiseOr();
            if (a != null) {
                Token e = lastToken();
                r = new Starred(a, ExprContext.Load, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            } else {
                reset(start);
                r = expression();
            }
        } else {
            r = expression();
        }
        leave();
        memoStore(M_STAR_EXPRESSION, start, r);
        return r;
    }

    /** star_named_expressions: ','.star_named_expression+ [','], or null. */
    protected java.util.List<ExprNode> starNamedExpressions() {
        ExprNode a = starNamedExpression();
        if (a == null) {
            return null;
        }
        java.util.List<ExprNode> elts = single(a);
        while (true) {
            int m = mark();
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            // Elements after the first sit inside the gather's loop rules in CPython's parser.
            enter(LATER_ELEMENT_DEPTH);
            ExprNode c;
            try {
                c = starNamedExpression();
            } finally {
                leave(LATER_ELEMENT_DEPTH);
            }
            if (c == null) {
                reset(m);
                expect(TokenType.COMMA);
                break;
            }
            elts.add(c);
        }
        return elts;
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    protected ExprNode starNamedExpression() {
        Token s = peek();
        if (s.type == TokenType.STAR) {
            int m = mark();
            advance();
            ExprNode a = bitwiseOr();
            if (a != null) {
                Token e = lastToken();
                return new Starred(a, ExprContext.Load, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            }
            reset(m);
        }
        return namedExpression();
    }

    /** assignment_expression: NAME ':=' ~ expression */
    protected ExprNode assignmentExpression() {
        Token s = peek();
        if (s.type != TokenType.NAME || peek(1).type != TokenType.COLONEQUAL || isKeyword(s)) {
            return null;
        }
        int m = mark();
        advance();
        advance();
        ExprNode b = expression();
        if (b == null) {
            reset(m);
            return null;
        }
        Token e = lastToken();
        return new NamedExpr(nameNode(s, ExprContext.Store), b, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
    protected ExprNode namedExpression() {
        ExprNode a = assignmentExpression();
        if (a != null) {
            return a;
        }
        if (callInvalidRules) {
            invalidNamedExpression();
        }
        int m = mark();
        ExprNode e = expression();
        if (e != null && at(TokenType.COLONEQUAL)) {
            reset(m);
            return null;
        }
        return e;
    }

    /** annotated_rhs: yield_expr | star_expressions */
    protected ExprNode annotatedRhs() {
        ExprNode y = yieldExpr();
        return y != null ? y : starExpressions();
    }

    // ---------------------------------------------------------------- boolean and comparison operators

    /** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
    protected ExprNode disjunction() {
        int start = pos;
        if (callInvalidRules) {
            Object memo = memoLookup(M_DISJUNCTION);
            if (memo != NOT_MEMOIZED) {
                return (ExprNode) memo;
            }
        }
        enter();
        ExprNode r = boolOp(true);
        leave();
        if (callInvalidRules) {
            memoStore(M_DISJUNCTION, start, r);
        }
        return r;
    }

    /** conjunction: inversion ('and' inversion)+ | inversion */
    protected ExprNode conjunction() {
        int start = pos;
        if (callInvalidRules) {
            Object memo = memoLookup(M_CONJUNCTION);
            if (memo != NOT_MEMOIZED) {
                return (ExprNode) memo;
            }
        }
        enter();
        ExprNode r = boolOp(false);
        leave();
        if (callInvalidRules) {
            memoStore(M_CONJUNCTION, start, r);
        }
        return r;
    }

    private ExprNode boolOp(boolean or) {
        Token s = peek();
        ExprNode a = or ? conjunction() : inversion();
        if (a == null) {
            return null;
        }
        String kw = or ? "or" : "and";
        if (!atKeyword(kw)) {
            return a;
        }
        java.util.List<ExprNode> values = single(a);
        while (atKeyword(kw)) {
            int m = mark();
            advance();
            ExprNode c = or ? conjunction() : inversion();
            if (c == null) {
                reset(m);
                break;
            }
            values.add(c);
        }
        if (values.size() == 1) {
            return a;
        }
        Token e = lastToken();
        return new BoolOp(or ? BoolOpType.Or : BoolOpType.And, values, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** inversion: 'not' inversion | comparison */
    protected ExprNode inversion() {
        int start = pos;
        if (callInvalidRules) {
            Object memo = memoLookup(M_INVERSION);
            if (memo != NOT_MEMOIZED) {
                return (ExprNode) memo;
            }
        }
        enter();
        ExprNode r;
        Token s = peek();
        if (s.type == TokenType.NAME && s.text.equals("not")) {
            int m = mark();
            advance();
            ExprNode a = chainTail(true);
            if (a != null) {
                Token e = lastToken();
                r = new UnaryOp(UnaryOpType.Not, a, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            } else {
                reset(m);
                r = comparison();
            }
        } else {
            r = comparison();
        }
        leave();
        if (callInvalidRules) {
            memoStore(M_INVERSION, start, r);
        }
        return r;
    }

    /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
    protected ExprNode comparison() {
        enter();
        Token s = peek();
        ExprNode a = bitwiseOr();
        if (a == null) {
            leave();
            return null;
        }
        java.util.List<CmpOpType> ops = null;
        java.util.List<ExprNode> comparators = null;
        while (true) {
            int m = mark();
            CmpOpType op = compareOp();
            if (op == null) {
                break;
            }
            ExprNode b = bitwiseOr();
            if (b == null) {
                reset(m);
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>(2);
                comparators = new ArrayList<>(2);
            }
            ops.add(op);
            comparators.add(b);
        }
        leave();
        if (ops == null) {
            return a;
        }
        Token e = lastToken();
        return new Compare(a, ops, comparators, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    // Consumes a comparison operator (one or two tokens) or returns null without moving.
    private CmpOpType compareOp() {
        Token t = peek();
        CmpOpType op;
        switch (t.type) {
            case EQEQUAL -> op = CmpOpType.Eq;
            // '<>' is NOTEQUAL too, but only valid under barry_as_FLUFL (_PyPegen_check_barry_as_flufl)
            case NOTEQUAL -> op = t.text.equals("!=") ? CmpOpType.NotEq : null;
            case LESSEQUAL -> op = CmpOpType.LtE;
            case LESS -> op = CmpOpType.Lt;
            case GREATEREQUAL -> op = CmpOpType.GtE;
            case GREATER -> op = CmpOpType.Gt;
            case NAME -> {
                switch (t.text) {
                    case "in" -> op = CmpOpType.In;
                    case "not" -> {
                        Token n = peek(1);
                        if (n.type == TokenType.NAME && n.text.equals("in")) {
                            pos += 2;
                            return CmpOpType.NotIn;
                        }
                        return null;
                    }
                    case "is" -> {
                        Token n = peek(1);
                        if (n.type == TokenType.NAME && n.text.equals("not")) {
                            pos += 2;
                            return CmpOpType.IsNot;
                        }
                        op = CmpOpType.Is;
                    }
                    default -> op = null;
                }
            }
            default -> op = null;
        }
        if (op != null) {
            pos++;
        }
        return op;
    }

    // ---------------------------------------------------------------- binary operators (left-recursive rules as loops)

    private static final int LEVEL_OR = 0, LEVEL_XOR = 1, LEVEL_AND = 2, LEVEL_SHIFT = 3, LEVEL_SUM = 4, LEVEL_TERM = 5;

    /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
    protected ExprNode bitwiseOr() {
        return binary(LEVEL_OR);
    }

    // CPython runs each left-recursive rule as rule + rule_raw, two levels of nesting.
    private ExprNode binary(int level) {
        int start = pos;
        if (callInvalidRules) {
            Object memo = memoLookup(M_BINARY + level);
            if (memo != NOT_MEMOIZED) {
                return (ExprNode) memo;
            }
        }
        enter(2);
        Token s = peek();
        ExprNode left = level == LEVEL_TERM ? factor() : binary(level + 1);
        if (left != null) {
            while (true) {
                OperatorType op = binaryOp(level, peek());
                if (op == null) {
                    break;
                }
                int m = mark();
                advance();
                ExprNode right = level == LEVEL_TERM ? factor() : binary(level + 1);
                if (right == null) {
                    reset(m);
                    break;
                }
                Token e = lastToken();
                left = new BinOp(left, op, right, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            }
        }
        leave(2);
        if (callInvalidRules) {
            memoStore(M_BINARY + level, start, left);
        }
        return left;
    }

    private static OperatorType binaryOp(int level, Token t) {
        return switch (level) {
            case LEVEL_OR -> t.type == TokenType.VBAR ? OperatorType.BitOr : null;
            case LEVEL_XOR -> t.type == TokenType.CIRCUMFLEX ? OperatorType.BitXor : null;
            case LEVEL_AND -> t.type == TokenType.AMPER ? OperatorType.BitAnd : null;
            case LEVEL_SHIFT -> t.type == TokenType.LEFTSHIFT ? OperatorType.LShift
                    : t.type == TokenType.RIGHTSHIFT ? OperatorType.RShift : null;
            case LEVEL_SUM -> t.type == TokenType.PLUS ? OperatorType.Add
                    : t.type == TokenType.MINUS ? OperatorType.Sub : null;
            default -> switch (t.type) {
                case STAR -> OperatorType.Mult;
                case SLASH -> OperatorType.Div;
                case DOUBLESLASH -> OperatorType.FloorDiv;
                case PERCENT -> OperatorType.Mod;
                case AT -> OperatorType.MatMult;
                default -> null;
            };
        };
    }

    /** factor (memo): '+' factor | '-' factor | '~' factor | power */
    protected ExprNode factor() {
        int start = pos;
        if (callInvalidRules) {
            Object memo = memoLookup(M_FACTOR);
            if (memo != NOT_MEMOIZED) {
                return (ExprNode) memo;
            }
        }
        enter();
        ExprNode r;
        Token s = peek();
        UnaryOpType op = switch (s.type) {
            case PLUS -> UnaryOpType.UAdd;
            case MINUS -> UnaryOpType.USub;
            case TILDE -> UnaryOpType.Invert;
            default -> null;
        };
        if (op != null) {
            int m = mark();
            advance();
            ExprNode a = factor();
            if (a != null) {
                Token e = lastToken();
                r = new UnaryOp(op, a, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            } else {
                reset(m);
                r = null;
            }
        } else {
            r = power();
        }
        leave();
        if (callInvalidRules) {
            memoStore(M_FACTOR, start, r);
        }
        return r;
    }

    /** power: await_primary '**' factor | await_primary */
    protected ExprNode power() {
        enter();
        Token s = peek();
        ExprNode a = awaitPrimary();
        if (a != null && at(TokenType.DOUBLESTAR)) {
            int m = mark();
            advance();
            ExprNode b = factor();
            if (b != null) {
                Token e = lastToken();
                a = new BinOp(a, OperatorType.Pow, b, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            } else {
                reset(m);
            }
        }
        leave();
        return a;
    }

    /** await_primary (memo): 'await' primary | primary */
    protected ExprNode awaitPrimary() {
        int start = pos;
        if (callInvalidRules) {
            Object memo = memoLookup(M_AWAIT_PRIMARY);
            if (memo != NOT_MEMOIZED) {
                return (ExprNode) memo;
            }
        }
        enter();
        ExprNode r;
        Token s = peek();
        if (s.type == TokenType.NAME && s.text.equals("await")) {
            int m = mark();
            advance();
            ExprNode a = primary();
            if (a != null) {
                Token e = lastToken();
                r = new Await(a, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            } else {
                reset(m);
                r = null;
            }
        } else {
            r = primary();
        }
        leave();
        if (callInvalidRules) {
            memoStore(M_AWAIT_PRIMARY, start, r);
        }
        return r;
    }

    // ---------------------------------------------------------------- primary

    /**
     * primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
     * | primary '[' slices ']' | atom
     */
    protected ExprNode primary() {
        int start = pos;
        if (callInvalidRules) {
            Object memo = memoLookup(M_PRIMARY);
            if (memo != NOT_MEMOIZED) {
                return (ExprNode) memo;
            }
        }
        enter(2);
        Token s = peek();
        ExprNode a = atom();
        if (a != null) {
            while (true) {
                ExprNode next = primaryTrailer(a, s, ExprContext.Load);
                if (next == null) {
                    break;
                }
                a = next;
            }
        }
        leave(2);
        if (callInvalidRules) {
            memoStore(M_PRIMARY, start, a);
        }
        return a;
    }

    /**
     * One step of primary / t_primary: '.' NAME, genexp, '(' [arguments] ')' or '[' slices ']'
     * after {@code a}; null (position unchanged) when none applies.
     */
    final ExprNode primaryTrailer(ExprNode a, Token s, ExprContext ctx) {
        Token t = peek();
        int m = mark();
        switch (t.type) {
            case DOT -> {
                advance();
                Token n = expect(TokenType.NAME);
                if (n == null) {
                    reset(m);
                    return null;
                }
                return new Attribute(a, identifier(n), ctx, s.lineno, s.colOffset, n.endLineno, n.endColOffset);
            }
            case LPAR -> {
                ExprNode g = genexp();
                if (g != null) {
                    Token e = lastToken();
                    return new Call(a, single(g), new ArrayList<>(0), s.lineno, s.colOffset, e.endLineno, e.endColOffset);
                }
                advance();
                CallArgs args = callArguments();
                Token r = expect(TokenType.RPAR);
                if (r == null) {
                    reset(m);
                    return null;
                }
                return new Call(a, args == null ? new ArrayList<>(0) : args.args(),
                        args == null ? new ArrayList<>(0) : args.keywords(),
                        s.lineno, s.colOffset, r.endLineno, r.endColOffset);
            }
            case LSQB -> {
                advance();
                ExprNode b = slices();
                Token r = b == null ? null : expect(TokenType.RSQB);
                if (r == null) {
                    reset(m);
                    return null;
                }
                return new Subscript(a, b, ctx, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
            }
            default -> {
                return null;
            }
        }
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    protected ExprNode slices() {
        Token s = peek();
        ExprNode a = slice();
        if (a != null && !at(TokenType.COMMA)) {
            return a;
        }
        if (a == null) {
            a = starredExpression();
            if (a == null) {
                return null;
            }
        }
        java.util.List<ExprNode> elts = single(a);
        while (true) {
            int m = mark();
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            ExprNode c = slice();
            if (c == null) {
                c = starredExpression();
            }
            if (c == null) {
                reset(m);
                expect(TokenType.COMMA);
                break;
            }
            elts.add(c);
        }
        Token e = lastToken();
        return new Tuple(elts, ExprContext.Load, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    protected ExprNode slice() {
        Token s = peek();
        int m = mark();
        ExprNode lower = expression();
        if (at(TokenType.COLON)) {
            advance();
            ExprNode upper = expression();
            ExprNode step = null;
            if (at(TokenType.COLON)) {
                advance();
                step = expression();
            }
            Token e = lastToken();
            return new Slice(lower, upper, step, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
        }
        reset(m);
        return namedExpression();
    }

    // ---------------------------------------------------------------- atoms

    /**
     * atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
     * | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
     */
    protected ExprNode atom() {
        enter();
        ExprNode r = atomBody();
        leave();
        return r;
    }

    private ExprNode atomBody() {
        Token t = peek();
        switch (t.type) {
            case NAME -> {
                Object constant = switch (t.text) {
                    case "True" -> Boolean.TRUE;
                    case "False" -> Boolean.FALSE;
                    case "None" -> ConstantValue.NONE;
                    default -> null;
                };
                if (constant != null) {
                    pos++;
                    return new Constant(constant, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
                }
                if (isKeyword(t)) {
                    return null;
                }
                pos++;
                return nameNode(t, ExprContext.Load);
            }
            case NUMBER -> {
                return numberConstant();
            }
            case STRING, FSTRING_START -> {
                return strings();
            }
            case LPAR -> {
                ExprNode e = tuple();
                if (e == null) {
                    e = group();
                }
                if (e == null) {
                    e = genexp();
                }
                return e;
            }
            case LSQB -> {
                ExprNode e = list();
                return e != null ? e : listcomp();
            }
            case LBRACE -> {
                ExprNode e = dict();
                if (e == null) {
                    e = set();
                }
                if (e == null) {
                    e = dictcomp();
                }
                if (e == null) {
                    e = setcomp();
                }
                return e;
            }
            case ELLIPSIS -> {
                pos++;
                return new Constant(ConstantValue.ELLIPSIS, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
            }
            default -> {
                return null;
            }
        }
    }

    /** tuple at a '(' (for lookaheads), or null. */
    final ExprNode tupleAt() {
        return at(TokenType.LPAR) ? tuple() : null;
    }

    /** list at a '[' (for lookaheads), or null. */
    final ExprNode listAt() {
        return at(TokenType.LSQB) ? list() : null;
    }

    /**
     * Rule levels CPython's parser passes through between a tuple, list or set display and its
     * elements (star_named_expressions, its gather loop and helpers), measured against CPython 3.12:
     * 199 nested {@code (1,} parse, 200 overflow its stack.
     */
    private static final int ELEMENTS_DEPTH = 7;
    private static final int LATER_ELEMENT_DEPTH = 7;

    /** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
    private ExprNode tuple() {
        Token s = peek();
        int m = mark();
        advance();
        java.util.List<ExprNode> elts;
        ExprNode y = starNamedExpression();
        if (y != null) {
            if (expect(TokenType.COMMA) == null) {
                reset(m);
                return null;
            }
            elts = single(y);
            java.util.List<ExprNode> z;
            // star_named_expressions and its gather loop are rule levels of their own in CPython.
            enter(ELEMENTS_DEPTH);
            try {
                z = starNamedExpressions();
            } finally {
                leave(ELEMENTS_DEPTH);
            }
            if (z != null) {
                elts.addAll(z);
            }
        } else {
            elts = new ArrayList<>(0);
        }
        Token r = expect(TokenType.RPAR);
        if (r == null) {
            reset(m);
            return null;
        }
        return new Tuple(elts, ExprContext.Load, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
    }

    /** group: '(' (yield_expr | named_expression) ')' | invalid_group */
    private ExprNode group() {
        int m = mark();
        advance();
        ExprNode a = yieldExpr();
        if (a == null) {
            a = namedExpression();
        }
        if (a != null && expect(TokenType.RPAR) != null) {
            return a;
        }
        reset(m);
        if (callInvalidRules) {
            invalidGroup();
        }
        return null;
    }

    /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
    protected ExprNode genexp() {
        Token s = peek();
        if (s.type != TokenType.LPAR) {
            return null;
        }
        int m = mark();
        advance();
        ExprNode a = assignmentExpression();
        if (a == null) {
            a = expression();
            if (a != null && at(TokenType.COLONEQUAL)) {
                a = null;
            }
        }
        if (a != null) {
            java.util.List<Comprehension> gens = forIfClauses();
            if (gens != null) {
                Token r = expect(TokenType.RPAR);
                if (r != null) {
                    return new GeneratorExp(a, gens, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
                }
            }
        }
        reset(m);
        if (callInvalidRules) {
            invalidComprehension();
        }
        return null;
    }

    /** list: '[' [star_named_expressions] ']' */
    private ExprNode list() {
        Token s = peek();
        int m = mark();
        advance();
        java.util.List<ExprNode> elts = starNamedExpressions();
        Token r = expect(TokenType.RSQB);
        if (r == null) {
            reset(m);
            return null;
        }
        return new kiln.parser.ast.List(elts == null ? new ArrayList<>(0) : elts, ExprContext.Load,
                s.lineno, s.colOffset, r.endLineno, r.endColOffset);
    }

    /** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
    private ExprNode listcomp() {
        Token s = peek();
        int m = mark();
        advance();
        ExprNode a = namedExpression();
        if (a != null) {
            java.util.List<Comprehension> gens = forIfClauses();
            if (gens != null) {
                Token r = expect(TokenType.RSQB);
                if (r != null) {
                    return new ListComp(a, gens, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
                }
            }
        }
        reset(m);
        if (callInvalidRules) {
            invalidComprehension();
        }
        return null;
    }

    /** set: '{' star_named_expressions '}' */
    private ExprNode set() {
        Token s = peek();
        int m = mark();
        advance();
        java.util.List<ExprNode> elts = starNamedExpressions();
        Token r = elts == null ? null : expect(TokenType.RBRACE);
        if (r == null) {
            reset(m);
            return null;
        }
        return new Set(elts, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
    }

    /** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
    private ExprNode setcomp() {
        Token s = peek();
        int m = mark();
        advance();
        ExprNode a = namedExpression();
        if (a != null) {
            java.util.List<Comprehension> gens = forIfClauses();
            if (gens != null) {
                Token r = expect(TokenType.RBRACE);
                if (r != null) {
                    return new SetComp(a, gens, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
                }
            }
        }
        reset(m);
        if (callInvalidRules) {
            invalidComprehension();
        }
        return null;
    }

    /** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
    private ExprNode dict() {
        Token s = peek();
        int m = mark();
        advance();
        java.util.List<ExprNode> keys = new ArrayList<>();
        java.util.List<ExprNode> values = new ArrayList<>();
        // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
        if (doubleStarredKvpair(keys, values)) {
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) == null) {
                    break;
                }
                if (!doubleStarredKvpair(keys, values)) {
                    reset(m2);
                    expect(TokenType.COMMA);
                    break;
                }
            }
        }
        Token r = expect(TokenType.RBRACE);
        if (r != null) {
            return new Dict(keys, values, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
        }
        reset(m);
        if (callInvalidRules) {
            advance();
            invalidDoubleStarredKvpairs();
            reset(m);
        }
        return null;
    }

    /** double_starred_kvpair: '**' bitwise_or | kvpair; appends to keys/values (a null key for **). */
    final boolean doubleStarredKvpair(java.util.List<ExprNode> keys, java.util.List<ExprNode> values) {
        if (at(TokenType.DOUBLESTAR)) {
            int m = mark();
            advance();
            ExprNode a = bitwiseOr();
            if (a != null) {
                keys.add(null);
                values.add(a);
                return true;
            }
            reset(m);
        }
        int m = mark();
        ExprNode k = expression();
        if (k != null && expect(TokenType.COLON) != null) {
            ExprNode v = expression();
            if (v != null) {
                keys.add(k);
                values.add(v);
                return true;
            }
        }
        reset(m);
        return false;
    }

    /** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
    private ExprNode dictcomp() {
        Token s = peek();
        int m = mark();
        advance();
        ExprNode k = expression();
        if (k != null && expect(TokenType.COLON) != null) {
            ExprNode v = expression();
            if (v != null) {
                java.util.List<Comprehension> gens = forIfClauses();
                if (gens != null) {
                    Token r = expect(TokenType.RBRACE);
                    if (r != null) {
                        return new DictComp(k, v, gens, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
                    }
                }
            }
        }
        reset(m);
        if (callInvalidRules) {
            invalidDictComprehension();
        }
        return null;
    }

    // ---------------------------------------------------------------- comprehensions

    /** for_if_clauses: for_if_clause+, or null. */
    protected java.util.List<Comprehension> forIfClauses() {
        Comprehension c = forIfClause();
        if (c == null) {
            return null;
        }
        java.util.List<Comprehension> l = single(c);
        while ((c = forIfClause()) != null) {
            l.add(c);
        }
        return l;
    }

    /**
     * for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
     * | invalid_for_target
     */
    private Comprehension forIfClause() {
        int m = mark();
        boolean async = false;
        if (atKeyword("async") && peek(1).type == TokenType.NAME && peek(1).text.equals("for")) {
            advance();
            async = true;
        }
        if (expectKeyword("for") != null) {
            ExprNode target = starTargets();
            if (target != null && expectKeyword("in") != null) {
                ExprNode iter = disjunction();
                if (iter == null) {
                    // the cut: no other alternative is tried
                    reset(m);
                    return null;
                }
                java.util.List<ExprNode> ifs = new ArrayList<>(0);
                while (atKeyword("if")) {
                    int m2 = mark();
                    advance();
                    ExprNode z = disjunction();
                    if (z == null) {
                        reset(m2);
                        break;
                    }
                    ifs.add(z);
                }
                return new Comprehension(target, iter, ifs, async ? 1 : 0);
            }
        }
        reset(m);
        if (callInvalidRules) {
            invalidForTarget();
        }
        return null;
    }

    // ---------------------------------------------------------------- call arguments

    /** arguments (memo): args [','] &')' | invalid_arguments */
    protected CallArgs callArguments() {
        int start = pos;
        Object memo = memoLookup(M_ARGUMENTS);
        if (memo != NOT_MEMOIZED) {
            return (CallArgs) memo;
        }
        enter();
        CallArgs a = args();
        if (a != null) {
            expect(TokenType.COMMA);
            if (!at(TokenType.RPAR)) {
                a = null;
                reset(start);
            }
        }
        if (a == null && callInvalidRules) {
            invalidArguments();
        }
        leave();
        memoStore(M_ARGUMENTS, start, a);
        return a;
    }

    /**
     * args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
     * | kwargs
     */
    final CallArgs args() {
        int m = mark();
        ExprNode first = positionalArg();
        if (first != null) {
            java.util.List<ExprNode> positional = single(first);
            while (true) {
                int m2 = mark();
                if (expect(TokenType.COMMA) == null) {
                    break;
                }
                ExprNode e = positionalArg();
                if (e == null) {
                    reset(m2);
                    break;
                }
                positional.add(e);
            }
            int m3 = mark();
            java.util.List<Object> kw = null;
            if (expect(TokenType.COMMA) != null) {
                kw = kwargs();
                if (kw == null) {
                    reset(m3);
                }
            }
            return collectCallSeqs(positional, kw);
        }
        reset(m);
        java.util.List<Object> kw = kwargs();
        if (kw == null) {
            return null;
        }
        return collectCallSeqs(new ArrayList<>(), kw);
    }

    // starred_expression | (assignment_expression | expression !':=') !'='
    final ExprNode positionalArg() {
        ExprNode s = starredExpression();
        if (s != null) {
            return s;
        }
        int m = mark();
        ExprNode e = assignmentExpression();
        if (e == null) {
            e = expression();
            if (e != null && at(TokenType.COLONEQUAL)) {
                reset(m);
                return null;
            }
        }
        if (e != null && at(TokenType.EQUAL)) {
            reset(m);
            return null;
        }
        return e;
    }

    // Starred arguments among the keywords go to args, in order. CPython 3.12: _PyPegen_collect_call_seqs
    private static CallArgs collectCallSeqs(java.util.List<ExprNode> positional, java.util.List<Object> kw) {
        java.util.List<Keyword> keywords = new ArrayList<>(kw == null ? 0 : kw.size());
        if (kw != null) {
            for (Object o : kw) {
                if (o instanceof Keyword k) {
                    keywords.add(k);
                } else {
                    positional.add((ExprNode) o);
                }
            }
        }
        return new CallArgs(positional, keywords);
    }

    /**
     * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+
     * | ','.kwarg_or_double_starred+. Elements are Keyword or Starred.
     */
    final java.util.List<Object> kwargs() {
        java.util.List<Object> a = gatherKwargs(false);
        if (a != null) {
            int m = mark();
            if (expect(TokenType.COMMA) != null) {
                java.util.List<Object> b = gatherKwargs(true);
                if (b != null) {
                    a.addAll(b);
                    return a;
                }
            }
            reset(m);
            return a;
        }
        return gatherKwargs(true);
    }

    private java.util.List<Object> gatherKwargs(boolean doubleStarred) {
        Object first = doubleStarred ? kwargOrDoubleStarred() : kwargOrStarred();
        if (first == null) {
            return null;
        }
        java.util.List<Object> l = new ArrayList<>();
        l.add(first);
        while (true) {
            int m = mark();
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            Object o = doubleStarred ? kwargOrDoubleStarred() : kwargOrStarred();
            if (o == null) {
                reset(m);
                break;
            }
            l.add(o);
        }
        return l;
    }

    /** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
    private Object kwargOrStarred() {
        if (callInvalidRules) {
            invalidKwarg();
        }
        Keyword k = keywordArg();
        if (k != null) {
            return k;
        }
        return starredExpression();
    }

    /** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
    private Object kwargOrDoubleStarred() {
        if (callInvalidRules) {
            invalidKwarg();
        }
        Keyword k = keywordArg();
        if (k != null) {
            return k;
        }
        Token s = peek();
        if (s.type == TokenType.DOUBLESTAR) {
            int m = mark();
            advance();
            ExprNode a = expression();
            if (a != null) {
                Token e = lastToken();
                return new Keyword(null, a, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            }
            reset(m);
        }
        return null;
    }

    // NAME '=' expression
    private Keyword keywordArg() {
        Token s = peek();
        if (s.type != TokenType.NAME || peek(1).type != TokenType.EQUAL || isKeyword(s)) {
            return null;
        }
        int m = mark();
        pos += 2;
        ExprNode b = expression();
        if (b == null) {
            reset(m);
            return null;
        }
        Token e = lastToken();
        return new Keyword(identifier(s), b, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** starred_expression: '*' expression */
    protected ExprNode starredExpression() {
        Token s = peek();
        if (s.type != TokenType.STAR) {
            return null;
        }
        if (callInvalidRules) {
            invalidStarredExpression();
        }
        int m = mark();
        advance();
        ExprNode a = expression();
        if (a == null) {
            reset(m);
            return null;
        }
        Token e = lastToken();
        return new Starred(a, ExprContext.Load, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    // ---------------------------------------------------------------- lambda

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    protected ExprNode lambdef() {
        Token s = peek();
        if (s.type != TokenType.NAME || !s.text.equals("lambda")) {
            return null;
        }
        enter();
        int m = mark();
        advance();
        kiln.parser.ast.Arguments a = lambdaParams();
        ExprNode r = null;
        if (expect(TokenType.COLON) != null) {
            ExprNode b = expression();
            if (b != null) {
                Token e = lastToken();
                r = new kiln.parser.ast.Lambda(a != null ? a : emptyArgs(), b, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
            }
        }
        if (r == null) {
            reset(m);
        }
        leave();
        return r;
    }

    static kiln.parser.ast.Arguments emptyArgs() {
        return new kiln.parser.ast.Arguments(new ArrayList<>(0), new ArrayList<>(0), null, new ArrayList<>(0),
                new ArrayList<>(0), null, new ArrayList<>(0));
    }

    // ---------------------------------------------------------------- assignment targets

    /** star_targets: star_target !',' | star_target (',' star_target)* [','] (a Tuple) */
    protected ExprNode starTargets() {
        Token s = peek();
        ExprNode a = starTarget();
        if (a == null || !at(TokenType.COMMA)) {
            return a;
        }
        java.util.List<ExprNode> elts = single(a);
        while (true) {
            int m = mark();
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            ExprNode c = starTarget();
            if (c == null) {
                reset(m);
                break;
            }
            elts.add(c);
        }
        expect(TokenType.COMMA);
        Token e = lastToken();
        return new Tuple(elts, ExprContext.Store, s.lineno, s.colOffset, e.endLineno, e.endColOffset);
    }

    /** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
    protected ExprNode starTarget() {
        int start = pos;
        Object memo = memoLookup(M_STAR_TARGET);
        if (memo != NOT_MEMOIZED) {
            return (ExprNode) memo;
        }
        enter();
        ExprNode r = null;
        Token s = peek();
        if (s.type == TokenType.STAR) {
            if (peek(1).type != TokenType.STAR) {
                advance();
                ExprNode a = starTarget();
                if (a != null) {
                    Token e = lastToken();
                    r = new Starred(setExprContext(a, ExprContext.Store), ExprContext.Store,
                            s.lineno, s.colOffset, e.endLineno, e.endColOffset);
                } else {
                    reset(start);
                }
            }
        } else {
            r = targetWithStarAtom();
        }
        leave();
        memoStore(M_STAR_TARGET, start, r);
        return r;
    }

    /** target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom */
    protected ExprNode targetWithStarAtom() {
        ExprNode t = subscriptAttributeTarget(ExprContext.Store);
        return t != null ? t : starAtom();
    }

    /**
     * t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with the given
     * context: single_subscript_attribute_target and the first alternatives of del_target.
     */
    final ExprNode subscriptAttributeTarget(ExprContext ctx) {
        Token s = peek();
        int m = mark();
        ExprNode a = tPrimary();
        if (a == null) {
            return null;
        }
        Token t = peek();
        if (t.type == TokenType.DOT) {
            advance();
            Token n = expect(TokenType.NAME);
            if (n != null && !atTLookahead()) {
                return new Attribute(a, identifier(n), ctx, s.lineno, s.colOffset, n.endLineno, n.endColOffset);
            }
        } else if (t.type == TokenType.LSQB) {
            advance();
            ExprNode b = slices();
            Token r = b == null ? null : expect(TokenType.RSQB);
            if (r != null && !atTLookahead()) {
                return new Subscript(a, b, ctx, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
            }
        }
        reset(m);
        return null;
    }

    /** single_subscript_attribute_target */
    protected ExprNode singleSubscriptAttributeTarget() {
        return subscriptAttributeTarget(ExprContext.Store);
    }

    private boolean atTLookahead() {
        return atOneOf(TokenType.LPAR, TokenType.LSQB, TokenType.DOT);
    }

    /**
     * t_primary: t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
     * | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead | atom &t_lookahead
     */
    protected ExprNode tPrimary() {
        int start = pos;
        Object memo = memoLookup(M_T_PRIMARY);
        if (memo != NOT_MEMOIZED) {
            return (ExprNode) memo;
        }
        enter(2);
        Token s = peek();
        ExprNode a = atom();
        if (a != null && !atTLookahead()) {
            a = null;
            reset(start);
        }
        if (a != null) {
            while (true) {
                int m = mark();
                ExprNode next = primaryTrailer(a, s, ExprContext.Load);
                if (next == null) {
                    break;
                }
                if (!atTLookahead()) {
                    reset(m);
                    break;
                }
                a = next;
            }
        }
        leave(2);
        memoStore(M_T_PRIMARY, start, a);
        return a;
    }

    /**
     * star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
     * | '[' [star_targets_list_seq] ']'
     */
    private ExprNode starAtom() {
        Token s = peek();
        if (s.type == TokenType.NAME) {
            if (isKeyword(s)) {
                return null;
            }
            pos++;
            return nameNode(s, ExprContext.Store);
        }
        int m = mark();
        if (s.type == TokenType.LPAR) {
            advance();
            ExprNode a = targetWithStarAtom();
            if (a != null && expect(TokenType.RPAR) != null) {
                return setExprContext(a, ExprContext.Store);
            }
            reset(m + 1);
            // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
            java.util.List<ExprNode> elts = new ArrayList<>();
            ExprNode first = starTarget();
            if (first != null) {
                if (expect(TokenType.COMMA) == null) {
                    reset(m);
                    return null;
                }
                elts.add(first);
                java.util.List<ExprNode> rest = starTargetsSeq();
                if (rest != null) {
                    elts.addAll(rest);
                }
            }
            Token r = expect(TokenType.RPAR);
            if (r == null) {
                reset(m);
                return null;
            }
            return new Tuple(elts, ExprContext.Store, s.lineno, s.colOffset, r.endLineno, r.endColOffset);
        }
        if (s.type == TokenType.LSQB) {
            advance();
            java.util.List<ExprNode> elts = starTargetsSeq();
            Token r = expect(TokenType.RSQB);
            if (r == null) {
                reset(m);
                return null;
            }
            return new kiln.parser.ast.List(elts == null ? new ArrayList<>(0) : elts, ExprContext.Store,
                    s.lineno, s.colOffset, r.endLineno, r.endColOffset);
        }
        return null;
    }

    // ','.star_target+ [','], or null
    private java.util.List<ExprNode> starTargetsSeq() {
        ExprNode a = starTarget();
        if (a == null) {
            return null;
        }
        java.util.List<ExprNode> l = single(a);
        while (true) {
            int m = mark();
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            ExprNode c = starTarget();
            if (c == null) {
                reset(m);
                expect(TokenType.COMMA);
                break;
            }
            l.add(c);
        }
        return l;
    }

    /** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
    protected ExprNode singleTarget() {
        ExprNode a = subscriptAttributeTarget(ExprContext.Store);
        if (a != null) {
            return a;
        }
        Token s = peek();
        if (s.type == TokenType.NAME) {
            if (isKeyword(s)) {
                return null;
            }
            pos++;
            return nameNode(s, ExprContext.Store);
        }
        if (s.type == TokenType.LPAR) {
            int m = mark();
            advance();
            ExprNode b = singleTarget();
            if (b != null && expect(TokenType.RPAR) != null) {
                return b;
            }
            reset(m);
        }
        return null;
    }

    /** del_targets: ','.del_target+ [','], or null. */
    protected java.util.List<ExprNode> delTargets() {
        ExprNode a = delTarget();
        if (a == null) {
            return null;
        }
        java.util.List<ExprNode> l = single(a);
        while (true) {
            int m = mark();
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            ExprNode c = delTarget();
            if (c == null) {
                reset(m);
                expect(TokenType.COMMA);
                break;
            }
            l.add(c);
        }
        return l;
    }

    /**
     * del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom;
     * del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
     */
    private ExprNode delTarget() {
        int start = pos;
        Object memo = memoLookup(M_DEL_TARGET);
        if (memo != NOT_MEMOIZED) {
            return (ExprNode) memo;
        }
        enter();
        ExprNode r = subscriptAttributeTarget(ExprContext.Del);
        if (r == null) {
            r = delTAtom();
        }
        leave();
        memoStore(M_DEL_TARGET, start, r);
        return r;
    }

    private ExprNode delTAtom() {
        Token s = peek();
        if (s.type == TokenType.NAME) {
            if (isKeyword(s)) {
                return null;
            }
            pos++;
            return nameNode(s, ExprContext.Del);
        }
        int m = mark();
        if (s.type == TokenType.LPAR) {
            advance();
            ExprNode a = delTarget();
            if (a != null && expect(TokenType.RPAR) != null) {
                return setExprContext(a, ExprContext.Del);
            }
            reset(m + 1);
            java.util.List<ExprNode> elts = delTargets();
            Token r = expect(TokenType.RPAR);
            if (r == null) {
                reset(m);
                return null;
            }
            return new Tuple(elts == null ? new ArrayList<>(0) : elts, ExprContext.Del,
                    s.lineno, s.colOffset, r.endLineno, r.endColOffset);
        }
        if (s.type == TokenType.LSQB) {
            advance();
            java.util.List<ExprNode> elts = delTargets();
            Token r = expect(TokenType.RSQB);
            if (r == null) {
                reset(m);
                return null;
            }
            return new kiln.parser.ast.List(elts == null ? new ArrayList<>(0) : elts, ExprContext.Del,
                    s.lineno, s.colOffset, r.endLineno, r.endColOffset);
        }
        return null;
    }

    /**
     * A copy of a target with the given context (Names, Tuples, Lists, Subscripts, Attributes,
     * Starreds; other nodes unchanged). Copies, because the node may be shared through a memo.
     * CPython 3.12: Parser/action_helpers.c, _PyPegen_set_expr_context.
     */
    static ExprNode setExprContext(ExprNode e, ExprContext ctx) {
        switch (e) {
            case Name n -> {
                return new Name(n.id, ctx, n.lineno, n.colOffset, n.endLineno, n.endColOffset);
            }
            case Tuple t -> {
                return new Tuple(setContexts(t.elts, ctx), ctx, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
            }
            case kiln.parser.ast.List l -> {
                return new kiln.parser.ast.List(setContexts(l.elts, ctx), ctx, l.lineno, l.colOffset, l.endLineno, l.endColOffset);
            }
            case Subscript s -> {
                return new Subscript(s.value, s.slice, ctx, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            }
            case Attribute a -> {
                return new Attribute(a.value, a.attr, ctx, a.lineno, a.colOffset, a.endLineno, a.endColOffset);
            }
            case Starred s -> {
                return new Starred(setExprContext(s.value, ctx), ctx, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            }
            default -> {
                return e;
            }
        }
    }

    private static java.util.List<ExprNode> setContexts(java.util.List<ExprNode> elts, ExprContext ctx) {
        java.util.List<ExprNode> out = new ArrayList<>(elts.size());
        for (ExprNode x : elts) {
            out.add(setExprContext(x, ctx));
        }
        return out;
    }
}
