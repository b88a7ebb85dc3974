package kiln.parser;

import java.util.ArrayList;

import kiln.parser.ast.Arg;
import kiln.parser.ast.Arguments;
import kiln.parser.ast.ExprNode;

/**
 * Function and lambda parameters: CPython 3.12's params / lambda_params rules and their
 * invalid_* rules. The two grammars differ only in the closing token (')' or ':'), annotations
 * and type comments, so one parser serves both, switched by {@code lambda}.
 *
 * <p>The valid alternatives of the grammar (slash_no_default, slash_with_default,
 * param_no_default*, param_with_default*, star_etc) are parsed in one left-to-right pass that
 * stops where PEG stops, so the same prefix is consumed when the list is invalid.
 */
abstract class ParameterGrammar extends ExpressionGrammar {

    ParameterGrammar(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    /** A parameter with its default (null when it has none). */
    private record Param(Arg arg, ExprNode dflt) {
    }

    /** params: invalid_parameters | parameters. Null when there are none. */
    protected Arguments params() {
        if (callInvalidRules) {
            invalidParameters(false);
        }
        return parameters(false);
    }

    @Override
    final Arguments lambdaParams() {
        if (callInvalidRules) {
            invalidParameters(true);
        }
        return parameters(true);
    }

    private Arguments parameters(boolean lambda) {
        int start = mark();
        java.util.List<Arg> posonly = new ArrayList<>(0);
        java.util.List<Arg> args = new ArrayList<>();
        java.util.List<ExprNode> defaults = new ArrayList<>(0);
        boolean sawDefault = false;
        boolean slashDone = false;
        boolean stopped = false;
        while (true) {
            int m = mark();
            Param p = paramMaybeDefault(lambda);
            if (p != null) {
                if (p.dflt == null && sawDefault) {
                    // param_with_default* ends here; star_etc cannot start with a NAME
                    reset(m);
                    stopped = true;
                    break;
                }
                args.add(p.arg);
                if (p.dflt != null) {
                    sawDefault = true;
                    defaults.add(p.dflt);
                }
                continue;
            }
            if (!slashDone && at(TokenType.SLASH) && !args.isEmpty()) {
                advance();
                if (expect(TokenType.COMMA) != null || at(closer(lambda))) {
                    slashDone = true;
                    posonly = args;
                    args = new ArrayList<>();
                    continue;
                }
                reset(m);
            }
            break;
        }
        StarEtc star = stopped ? null : starEtc(lambda);
        if (star == null && args.isEmpty() && posonly.isEmpty()) {
            reset(start);
            return null;
        }
        if (star == null) {
            return new Arguments(posonly, args, null, new ArrayList<>(0), new ArrayList<>(0), null, defaults);
        }
        return new Arguments(posonly, args, star.vararg, star.kwonly, star.kwDefaults, star.kwarg, defaults);
    }

    private record StarEtc(Arg vararg, java.util.List<Arg> kwonly, java.util.List<ExprNode> kwDefaults, Arg kwarg) {
    }

    /**
     * star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
     * | '*' param_no_default_star_annotation param_maybe_default* [kwds]
     * | '*' ',' param_maybe_default+ [kwds] | kwds
     */
    private StarEtc starEtc(boolean lambda) {
        if (callInvalidRules) {
            invalidStarEtc(lambda);
        }
        int m = mark();
        if (at(TokenType.STAR)) {
            advance();
            Arg vararg = paramNoDefault(lambda);
            if (vararg == null && !lambda) {
                vararg = paramNoDefaultStarAnnotation();
            }
            boolean bare = false;
            if (vararg == null) {
                if (expect(TokenType.COMMA) == null) {
                    reset(m);
                    return null;
                }
                bare = true;
            }
            java.util.List<Arg> kwonly = new ArrayList<>();
            java.util.List<ExprNode> kwDefaults = new ArrayList<>();
            Param p;
            while ((p = paramMaybeDefault(lambda)) != null) {
                kwonly.add(p.arg);
                kwDefaults.add(p.dflt);
            }
            if (bare && kwonly.isEmpty()) {
                reset(m);
                return null;
            }
            Arg kwarg = kwds(lambda);
            return new StarEtc(vararg, kwonly, kwDefaults, kwarg);
        }
        Arg kwarg = kwds(lambda);
        if (kwarg == null) {
            return null;
        }
        return new StarEtc(null, new ArrayList<>(0), new ArrayList<>(0), kwarg);
    }

    /** kwds: invalid_kwds | '**' param_no_default */
    private Arg kwds(boolean lambda) {
        if (callInvalidRules) {
            invalidKwds(lambda);
        }
        if (!at(TokenType.DOUBLESTAR)) {
            return null;
        }
        int m = mark();
        advance();
        Arg a = paramNoDefault(lambda);
        if (a == null) {
            reset(m);
        }
        return a;
    }

    private static TokenType closer(boolean lambda) {
        return lambda ? TokenType.COLON : TokenType.RPAR;
    }

    /** param: NAME annotation? (lambda_param: NAME) */
    private Arg param(boolean lambda) {
        Token n = expect(TokenType.NAME);
        if (n == null) {
            return null;
        }
        ExprNode annotation = null;
        if (!lambda && at(TokenType.COLON)) {
            int m = mark();
            advance();
            annotation = expression();
            if (annotation == null) {
                reset(m);
            }
        }
        Token e = lastToken();
        return new Arg(identifier(n), annotation, null, n.lineno, n.colOffset, e.endLineno, e.endColOffset);
    }

    /**
     * The ending shared by every param_* rule: ',' TYPE_COMMENT? | TYPE_COMMENT? &closer. Returns
     * the type comment text through {@code tc[0]}, or false without moving when neither matches.
     */
    private boolean paramEnd(boolean lambda, String[] tc) {
        int m = mark();
        if (expect(TokenType.COMMA) != null) {
            if (!lambda) {
                Token t = expect(TokenType.TYPE_COMMENT);
                tc[0] = t == null ? null : t.text;
            }
            return true;
        }
        if (!lambda) {
            Token t = expect(TokenType.TYPE_COMMENT);
            tc[0] = t == null ? null : t.text;
        }
        if (at(closer(lambda))) {
            return true;
        }
        reset(m);
        return false;
    }

    private static Arg withTypeComment(Arg a, String tc) {
        if (tc != null) {
            a.typeComment = tc;
        }
        return a;
    }

    /** param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')' */
    private Arg paramNoDefault(boolean lambda) {
        int m = mark();
        Arg a = param(lambda);
        String[] tc = new String[1];
        if (a != null && paramEnd(lambda, tc)) {
            return withTypeComment(a, tc[0]);
        }
        reset(m);
        return null;
    }

    /** param_no_default_star_annotation: NAME ':' star_expression, then the param ending. */
    private Arg paramNoDefaultStarAnnotation() {
        int m = mark();
        Token n = expect(TokenType.NAME);
        if (n != null && expect(TokenType.COLON) != null) {
            ExprNode annotation = starExpression();
            if (annotation != null) {
                Token e = lastToken();
                Arg a = new Arg(identifier(n), annotation, null, n.lineno, n.colOffset, e.endLineno, e.endColOffset);
                String[] tc = new String[1];
                if (paramEnd(false, tc)) {
                    return withTypeComment(a, tc[0]);
                }
            }
        }
        reset(m);
        return null;
    }

    /** param_with_default: param default (',' | &')') */
    private Param paramWithDefault(boolean lambda) {
        int m = mark();
        Arg a = param(lambda);
        if (a != null) {
            ExprNode d = defaultValue();
            String[] tc = new String[1];
            if (d != null && paramEnd(lambda, tc)) {
                return new Param(withTypeComment(a, tc[0]), d);
            }
        }
        reset(m);
        return null;
    }

    /** param_maybe_default: param default? (',' | &')') */
    private Param paramMaybeDefault(boolean lambda) {
        int m = mark();
        Arg a = param(lambda);
        if (a != null) {
            ExprNode d = defaultValue();
            String[] tc = new String[1];
            if (paramEnd(lambda, tc)) {
                return new Param(withTypeComment(a, tc[0]), d);
            }
        }
        reset(m);
        return null;
    }

    /** default: '=' expression | invalid_default */
    private ExprNode defaultValue() {
        Token eq = peek();
        if (eq.type != TokenType.EQUAL) {
            return null;
        }
        int m = mark();
        advance();
        // CPython reaches a default through about seven rules (params, parameters, a slash or
        // loop rule, param_with_default, default): count them for the nesting limit
        enter(7);
        ExprNode e = expression();
        leave(7);
        if (e != null) {
            return e;
        }
        reset(m);
        if (callInvalidRules) {
            // invalid_default: '=' &(')'|',')
            if (peek(1).type == TokenType.RPAR || peek(1).type == TokenType.COMMA) {
                throw raiseAt(eq, "expected default value expression");
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- invalid rules (second pass)

    // param_no_default+ '/' (',' | &closer): slash_no_default; true when it matched.
    private boolean slashNoDefault(boolean lambda) {
        int m = mark();
        int n = 0;
        while (paramNoDefault(lambda) != null) {
            n++;
        }
        if (n > 0 && slashEnd(lambda)) {
            return true;
        }
        reset(m);
        return false;
    }

    // param_no_default* param_with_default+ '/' (',' | &closer): slash_with_default
    private boolean slashWithDefault(boolean lambda) {
        int m = mark();
        while (paramNoDefault(lambda) != null) {
            // skip
        }
        int n = 0;
        while (paramWithDefault(lambda) != null) {
            n++;
        }
        if (n > 0 && slashEnd(lambda)) {
            return true;
        }
        reset(m);
        return false;
    }

    private boolean slashEnd(boolean lambda) {
        int m = mark();
        if (expect(TokenType.SLASH) != null && (expect(TokenType.COMMA) != null || at(closer(lambda)))) {
            return true;
        }
        reset(m);
        return false;
    }

    private void skipMaybeDefaults(boolean lambda) {
        while (paramMaybeDefault(lambda) != null) {
            // skip
        }
    }

    /** invalid_parameters / invalid_lambda_parameters. CPython 3.12: Grammar/python.gram */
    private void invalidParameters(boolean lambda) {
        int m = mark();
        // "/" ','
        Token t = peek();
        if (t.type == TokenType.SLASH && peek(1).type == TokenType.COMMA) {
            throw raiseAt(t, "at least one argument must precede /");
        }
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        if (slashNoDefault(lambda) || slashWithDefault(lambda)) {
            skipMaybeDefaults(lambda);
            if (at(TokenType.SLASH)) {
                throw raiseAt(peek(), "/ may appear only once");
            }
        }
        reset(m);
        // slash_no_default? param_no_default* invalid_parameters_helper param_no_default
        slashNoDefault(lambda);
        while (paramNoDefault(lambda) != null) {
            // skip
        }
        boolean helper = slashWithDefault(lambda);
        if (!helper) {
            int n = 0;
            while (paramWithDefault(lambda) != null) {
                n++;
            }
            helper = n > 0;
        }
        if (helper) {
            Token a = peek();
            if (paramNoDefault(lambda) != null) {
                throw raiseAt(a, "parameter without a default follows parameter with a default");
            }
        }
        reset(m);
        // param_no_default* '(' param_no_default+ ','? ')'  (lambda: ','.lambda_param+)
        while (paramNoDefault(lambda) != null) {
            // skip
        }
        if (at(TokenType.LPAR)) {
            Token open = advance();
            int n = 0;
            if (lambda) {
                while (param(true) != null) {
                    n++;
                    int m2 = mark();
                    if (expect(TokenType.COMMA) == null || !at(TokenType.NAME)) {
                        reset(m2);
                        break;
                    }
                }
            } else {
                while (paramNoDefault(false) != null) {
                    n++;
                }
            }
            if (n > 0) {
                expect(TokenType.COMMA);
                Token close = expect(TokenType.RPAR);
                if (close != null) {
                    throw raiseRange(open, close, lambda
                            ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
        }
        reset(m);
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* '/'
        if (!slashNoDefault(lambda)) {
            slashWithDefault(lambda);
        }
        skipMaybeDefaults(lambda);
        if (expect(TokenType.STAR) != null && (expect(TokenType.COMMA) != null || paramNoDefault(lambda) != null)) {
            skipMaybeDefaults(lambda);
            if (at(TokenType.SLASH)) {
                throw raiseAt(peek(), "/ must be ahead of *");
            }
        }
        reset(m);
        // param_maybe_default+ '/' '*'
        int n = 0;
        while (paramMaybeDefault(lambda) != null) {
            n++;
        }
        if (n > 0 && expect(TokenType.SLASH) != null && at(TokenType.STAR)) {
            throw raiseAt(peek(), "expected comma between / and *");
        }
        reset(m);
    }

    /** invalid_star_etc / invalid_lambda_star_etc */
    private void invalidStarEtc(boolean lambda) {
        Token star = peek();
        if (star.type != TokenType.STAR) {
            return;
        }
        int m = mark();
        advance();
        TokenType close = closer(lambda);
        // '*' (')' | ',' (')' | '**'))
        Token t = peek();
        if (t.type == close || (t.type == TokenType.COMMA
                && (peek(1).type == close || peek(1).type == TokenType.DOUBLESTAR))) {
            if (lambda) {
                throw raiseAtLastToken("SyntaxError", "named arguments must follow bare *");
            }
            throw raiseAt(star, "named arguments must follow bare *");
        }
        // '*' ',' TYPE_COMMENT
        if (!lambda && t.type == TokenType.COMMA && peek(1).type == TokenType.TYPE_COMMENT) {
            advance();
            advance();
            throw raiseAtLastToken("SyntaxError", "bare * has associated type comment");
        }
        // '*' param '='
        if (param(lambda) != null && at(TokenType.EQUAL)) {
            throw raiseAt(peek(), "var-positional argument cannot have default value");
        }
        reset(m + 1);
        // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
        if (paramNoDefault(lambda) != null || expect(TokenType.COMMA) != null) {
            skipMaybeDefaults(lambda);
            Token second = peek();
            if (second.type == TokenType.STAR) {
                advance();
                if (paramNoDefault(lambda) != null || expect(TokenType.COMMA) != null) {
                    throw raiseAt(second, "* argument may appear only once");
                }
            }
        }
        reset(m);
    }

    /** invalid_kwds / invalid_lambda_kwds */
    private void invalidKwds(boolean lambda) {
        if (!at(TokenType.DOUBLESTAR)) {
            return;
        }
        int m = mark();
        advance();
        if (param(lambda) != null) {
            Token t = peek();
            if (t.type == TokenType.EQUAL) {
                throw raiseAt(t, "var-keyword argument cannot have default value");
            }
            if (t.type == TokenType.COMMA) {
                advance();
                Token a = peek();
                if (param(lambda) != null) {
                    Token e = lastToken();
                    throw syntaxError("arguments cannot follow var-keyword argument", a.lineno, a.colOffset,
                            e.endLineno, e.endColOffset);
                }
                if (a.type == TokenType.STAR || a.type == TokenType.DOUBLESTAR || a.type == TokenType.SLASH) {
                    throw raiseAt(a, "arguments cannot follow var-keyword argument");
                }
            }
        }
        reset(m);
    }
}
