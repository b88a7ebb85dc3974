package kiln.parser;

import java.util.ArrayList;

import kiln.parser.ast.Attribute;
import kiln.parser.ast.BinOp;
import kiln.parser.ast.ComplexConstant;
import kiln.parser.ast.Constant;
import kiln.parser.ast.ConstantValue;
import kiln.parser.ast.ExprContext;
import kiln.parser.ast.ExprNode;
import kiln.parser.ast.MatchAs;
import kiln.parser.ast.MatchClass;
import kiln.parser.ast.MatchMapping;
import kiln.parser.ast.MatchOr;
import kiln.parser.ast.MatchSequence;
import kiln.parser.ast.MatchSingleton;
import kiln.parser.ast.MatchStar;
import kiln.parser.ast.MatchValue;
import kiln.parser.ast.Name;
import kiln.parser.ast.OperatorType;
import kiln.parser.ast.PatternNode;
import kiln.parser.ast.UnaryOp;
import kiln.parser.ast.UnaryOpType;

/**
 * The patterns of the {@code match} statement (PEP 634), rule by rule as in CPython 3.12's
 * Grammar/python.gram, "Match statement" section. Rules that CPython memoises ({@code closed_pattern},
 * {@code star_pattern}) are instead parsed once by restructuring their callers, which gives the same
 * trees and errors.
 */
abstract class PatternParser extends ExpressionParser {

    PatternParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // patterns: open_sequence_pattern | pattern
    final PatternNode patterns() {
        Token start = peek();
        int m = mark();
        java.util.List<PatternNode> seq = openSequencePattern();
        if (seq != null) {
            Token e = lastToken();
            return new MatchSequence(seq, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
        }
        reset(m);
        return pattern();
    }

    // pattern: as_pattern | or_pattern  (as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern)
    final PatternNode pattern() {
        Token start = peek();
        int m = mark();
        PatternNode or = orPattern();
        if (or == null) {
            reset(m);
            return null;
        }
        int afterOr = mark();
        if (atKeyword("as")) {
            advance();
            Name target = patternCaptureTarget();
            if (target != null) {
                Token e = lastToken();
                return new MatchAs(or, target.id, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
            }
            if (callInvalidRules) {
                reset(afterOr + 1);
                invalidAsPatternTarget();
            }
            reset(afterOr);
        }
        return or;
    }

    // invalid_as_pattern, after "or_pattern 'as'": '_' or a non-name expression as the target
    private void invalidAsPatternTarget() {
        Token t = peek();
        if (t.type == TokenType.NAME && t.text.equals("_")) {
            throw raiseAt(t, "cannot use '_' as a target");
        }
        if (t.type == TokenType.NAME && !isKeyword(t)) {
            return;
        }
        ExprNode e = expression();
        if (e != null) {
            throw raiseAtNode(e, "invalid pattern target");
        }
    }

    // or_pattern: '|'.closed_pattern+
    private PatternNode orPattern() {
        Token start = peek();
        PatternNode first = closedPattern();
        if (first == null) {
            return null;
        }
        if (!at(TokenType.VBAR)) {
            return first;
        }
        java.util.List<PatternNode> alts = new ArrayList<>();
        alts.add(first);
        while (at(TokenType.VBAR)) {
            int m = mark();
            advance();
            PatternNode next = closedPattern();
            if (next == null) {
                reset(m);
                break;
            }
            alts.add(next);
        }
        if (alts.size() == 1) {
            return first;
        }
        Token e = lastToken();
        return new MatchOr(alts, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    /** Memo id of closed_pattern (ids below 100 belong to the expression classes). */
    private static final int M_CLOSED_PATTERN = 110;

    /**
     * closed_pattern, memoised as in CPython: without it an unclosed class pattern such as
     * {@code C(C(C(...} is retried at every nesting level, in exponential time.
     */
    private PatternNode closedPattern() {
        int start = pos;
        Object memo = memoLookup(M_CLOSED_PATTERN);
        if (memo != NOT_MEMOIZED) {
            return (PatternNode) memo;
        }
        PatternNode r = closedPatternUncached();
        if (r == null) {
            reset(start);
        }
        memoStore(M_CLOSED_PATTERN, start, r);
        return r;
    }

    // closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
    private PatternNode closedPatternUncached() {
        if (!enter()) {
            return null;
        }
        try {
            int m = mark();
            PatternNode p = literalPattern();
            if (p != null) {
                return p;
            }
            reset(m);
            Token t = peek();
            switch (t.type) {
                case NAME -> {
                    if (isKeyword(t)) {
                        return null;
                    }
                    p = captureOrWildcardPattern();
                    if (p != null) {
                        return p;
                    }
                    reset(m);
                    p = valuePattern();
                    if (p != null) {
                        return p;
                    }
                    reset(m);
                    p = classPattern();
                    if (p == null) {
                        reset(m);
                    }
                    return p;
                }
                case LPAR -> {
                    p = groupPattern();
                    if (p != null) {
                        return p;
                    }
                    reset(m);
                    p = sequencePattern();
                    if (p == null) {
                        reset(m);
                    }
                    return p;
                }
                case LSQB -> {
                    p = sequencePattern();
                    if (p == null) {
                        reset(m);
                    }
                    return p;
                }
                case LBRACE -> {
                    p = mappingPattern();
                    if (p == null) {
                        reset(m);
                    }
                    return p;
                }
                default -> {
                    return null;
                }
            }
        } finally {
            leave();
        }
    }

    // literal_pattern: signed_number !('+'|'-') | complex_number | strings | 'None' | 'True' | 'False'
    private PatternNode literalPattern() {
        Token start = peek();
        if (start.type == TokenType.NAME) {
            Object singleton = switch (start.text) {
                case "None" -> ConstantValue.NONE;
                case "True" -> Boolean.TRUE;
                case "False" -> Boolean.FALSE;
                default -> null;
            };
            if (singleton == null) {
                return null;
            }
            advance();
            return new MatchSingleton(singleton, start.lineno, start.colOffset, start.endLineno, start.endColOffset);
        }
        ExprNode value = literalValue();
        if (value == null) {
            return null;
        }
        Token e = lastToken();
        return new MatchValue(value, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // The shared part of literal_pattern and literal_expr: numbers, complex numbers, strings.
    private ExprNode literalValue() {
        Token start = peek();
        int m = mark();
        if (start.type == TokenType.NUMBER || start.type == TokenType.MINUS) {
            ExprNode n = patternSignedNumber();
            if (n != null && !at(TokenType.PLUS) && !at(TokenType.MINUS)) {
                return n;
            }
            reset(m);
            ExprNode c = complexNumber();
            if (c != null) {
                return c;
            }
            reset(m);
            return null;
        }
        if (start.type == TokenType.STRING || start.type == TokenType.FSTRING_START) {
            ExprNode s = strings();
            if (s == null) {
                reset(m);
            }
            return s;
        }
        return null;
    }

    // signed_number: NUMBER | '-' NUMBER
    private ExprNode patternSignedNumber() {
        Token start = peek();
        if (start.type == TokenType.NUMBER) {
            return numberConstant();
        }
        if (start.type == TokenType.MINUS && peek(1).type == TokenType.NUMBER) {
            advance();
            ExprNode n = numberConstant();
            Token e = lastToken();
            return new UnaryOp(UnaryOpType.USub, n, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
        }
        return null;
    }

    // complex_number: signed_real_number ('+'|'-') imaginary_number
    private ExprNode complexNumber() {
        Token start = peek();
        ExprNode real;
        if (start.type == TokenType.NUMBER) {
            real = ensureReal(numberConstant());
        } else if (start.type == TokenType.MINUS && peek(1).type == TokenType.NUMBER) {
            advance();
            ExprNode n = ensureReal(numberConstant());
            Token e = lastToken();
            real = new UnaryOp(UnaryOpType.USub, n, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
        } else {
            return null;
        }
        OperatorType op;
        if (at(TokenType.PLUS)) {
            op = OperatorType.Add;
        } else if (at(TokenType.MINUS)) {
            op = OperatorType.Sub;
        } else {
            return null;
        }
        advance();
        if (!at(TokenType.NUMBER)) {
            return null;
        }
        ExprNode imag = numberConstant();
        if (!(((Constant) imag).value instanceof ComplexConstant)) {
            throw raiseAtNode(imag, "imaginary number required in complex literal");
        }
        Token e = lastToken();
        return new BinOp(real, op, imag, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    private ExprNode ensureReal(ExprNode n) {
        if (((Constant) n).value instanceof ComplexConstant) {
            throw raiseAtNode(n, "real number required in complex literal");
        }
        return n;
    }

    // capture_pattern: pattern_capture_target ; wildcard_pattern: "_"
    private PatternNode captureOrWildcardPattern() {
        Token t = peek();
        if (t.text.equals("_")) {
            advance();
            return new MatchAs(null, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
        }
        Name target = patternCaptureTarget();
        if (target == null) {
            return null;
        }
        return new MatchAs(null, target.id, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    private Name patternCaptureTarget() {
        Token t = peek();
        if (t.type != TokenType.NAME || t.text.equals("_") || isKeyword(t)) {
            return null;
        }
        TokenType next = peek(1).type;
        if (next == TokenType.DOT || next == TokenType.LPAR || next == TokenType.EQUAL) {
            return null;
        }
        Token name = expectName();
        return new Name(identifier(name), ExprContext.Store, name.lineno, name.colOffset, name.endLineno, name.endColOffset);
    }

    // value_pattern: attr !('.' | '(' | '=')
    private PatternNode valuePattern() {
        Token start = peek();
        ExprNode attr = nameOrAttr();
        if (!(attr instanceof Attribute)) {
            return null;
        }
        if (at(TokenType.DOT) || at(TokenType.LPAR) || at(TokenType.EQUAL)) {
            return null;
        }
        Token e = lastToken();
        return new MatchValue(attr, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // name_or_attr: attr | NAME ; attr: name_or_attr '.' NAME  (the longest dotted name)
    private ExprNode nameOrAttr() {
        Token first = peek();
        if (first.type != TokenType.NAME || isKeyword(first)) {
            return null;
        }
        Token n = expectName();
        ExprNode node = new Name(identifier(n), ExprContext.Load, n.lineno, n.colOffset, n.endLineno, n.endColOffset);
        while (at(TokenType.DOT)) {
            Token after = peek(1);
            if (after.type != TokenType.NAME || isKeyword(after)) {
                break;
            }
            advance();
            Token attr = expectName();
            node = new Attribute(node, identifier(attr), ExprContext.Load, first.lineno, first.colOffset,
                    attr.endLineno, attr.endColOffset);
        }
        return node;
    }

    // group_pattern: '(' pattern ')'
    private PatternNode groupPattern() {
        advance();
        PatternNode p = pattern();
        if (p == null || expect(TokenType.RPAR) == null) {
            return null;
        }
        return p;
    }

    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    private PatternNode sequencePattern() {
        Token start = advance();
        java.util.List<PatternNode> items;
        TokenType close;
        int m = mark();
        if (start.type == TokenType.LSQB) {
            close = TokenType.RSQB;
            items = maybeSequencePattern();
        } else {
            close = TokenType.RPAR;
            items = openSequencePattern();
        }
        if (items == null) {
            reset(m);
            items = new ArrayList<>();
        }
        if (expect(close) == null) {
            return null;
        }
        Token e = lastToken();
        return new MatchSequence(items, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private java.util.List<PatternNode> openSequencePattern() {
        PatternNode first = maybeStarPattern();
        if (first == null || expect(TokenType.COMMA) == null) {
            return null;
        }
        java.util.List<PatternNode> items = new ArrayList<>();
        items.add(first);
        int m = mark();
        java.util.List<PatternNode> rest = maybeSequencePattern();
        if (rest != null) {
            items.addAll(rest);
        } else {
            reset(m);
        }
        return items;
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private java.util.List<PatternNode> maybeSequencePattern() {
        PatternNode first = maybeStarPattern();
        if (first == null) {
            return null;
        }
        java.util.List<PatternNode> items = new ArrayList<>();
        items.add(first);
        while (at(TokenType.COMMA)) {
            int m = mark();
            advance();
            PatternNode next = maybeStarPattern();
            if (next == null) {
                reset(m);
                break;
            }
            items.add(next);
        }
        expect(TokenType.COMMA);
        return items;
    }

    // maybe_star_pattern: star_pattern | pattern
    private PatternNode maybeStarPattern() {
        int m = mark();
        PatternNode p = starPattern();
        if (p != null) {
            return p;
        }
        reset(m);
        p = pattern();
        if (p == null) {
            reset(m);
        }
        return p;
    }

    // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
    private PatternNode starPattern() {
        Token star = peek();
        if (star.type != TokenType.STAR) {
            return null;
        }
        advance();
        Token t = peek();
        if (t.type == TokenType.NAME && t.text.equals("_")) {
            advance();
            return new MatchStar(null, star.lineno, star.colOffset, t.endLineno, t.endColOffset);
        }
        Name target = patternCaptureTarget();
        if (target == null) {
            return null;
        }
        return new MatchStar(target.id, star.lineno, star.colOffset, target.endLineno, target.endColOffset);
    }

    // mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
    //   | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
    private PatternNode mappingPattern() {
        Token start = advance();
        java.util.List<ExprNode> keys = new ArrayList<>();
        java.util.List<PatternNode> values = new ArrayList<>();
        String rest = null;
        if (!at(TokenType.RBRACE)) {
            rest = doubleStarPattern();
            if (rest == null) {
                if (!itemsPattern(keys, values)) {
                    return null;
                }
                if (at(TokenType.COMMA) && peek(1).type == TokenType.DOUBLESTAR) {
                    int m = mark();
                    advance();
                    rest = doubleStarPattern();
                    if (rest == null) {
                        reset(m);
                    }
                }
            }
            expect(TokenType.COMMA);
        }
        if (expect(TokenType.RBRACE) == null) {
            return null;
        }
        Token e = lastToken();
        return new MatchMapping(keys, values, rest, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // double_star_pattern: '**' pattern_capture_target
    private String doubleStarPattern() {
        if (!at(TokenType.DOUBLESTAR)) {
            return null;
        }
        int m = mark();
        advance();
        Name target = patternCaptureTarget();
        if (target == null) {
            reset(m);
            return null;
        }
        return target.id;
    }

    // items_pattern: ','.key_value_pattern+ ; key_value_pattern: (literal_expr | attr) ':' pattern
    private boolean itemsPattern(java.util.List<ExprNode> keys, java.util.List<PatternNode> values) {
        if (!keyValuePattern(keys, values)) {
            return false;
        }
        while (at(TokenType.COMMA)) {
            int m = mark();
            advance();
            if (!keyValuePattern(keys, values)) {
                reset(m);
                break;
            }
        }
        return true;
    }

    private boolean keyValuePattern(java.util.List<ExprNode> keys, java.util.List<PatternNode> values) {
        int m = mark();
        ExprNode key = literalExpr();
        if (key == null) {
            reset(m);
            ExprNode attr = nameOrAttr();
            key = attr instanceof Attribute ? attr : null;
        }
        if (key == null || expect(TokenType.COLON) == null) {
            reset(m);
            return false;
        }
        PatternNode value = pattern();
        if (value == null) {
            reset(m);
            return false;
        }
        keys.add(key);
        values.add(value);
        return true;
    }

    // literal_expr: signed_number !('+'|'-') | complex_number | strings | 'None' | 'True' | 'False'
    private ExprNode literalExpr() {
        Token t = peek();
        if (t.type == TokenType.NAME) {
            Object value = switch (t.text) {
                case "None" -> ConstantValue.NONE;
                case "True" -> Boolean.TRUE;
                case "False" -> Boolean.FALSE;
                default -> null;
            };
            if (value == null) {
                return null;
            }
            advance();
            return new Constant(value, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
        }
        return literalValue();
    }

    // class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns] ','? ')' | invalid_class_pattern
    private PatternNode classPattern() {
        Token start = peek();
        ExprNode cls = nameOrAttr();
        if (cls == null || expect(TokenType.LPAR) == null) {
            return null;
        }
        int afterParen = mark();
        java.util.List<PatternNode> positional = new ArrayList<>();
        java.util.List<String> kwdAttrs = new ArrayList<>();
        java.util.List<PatternNode> kwdPatterns = new ArrayList<>();
        if (!at(TokenType.RPAR)) {
            java.util.List<PatternNode> pos = positionalPatterns();
            if (pos != null) {
                positional = pos;
                int afterPos = mark();
                expect(TokenType.COMMA);
                if (!at(TokenType.RPAR)) {
                    reset(afterPos);
                    if (expect(TokenType.COMMA) == null || !keywordPatterns(kwdAttrs, kwdPatterns)) {
                        return invalidClassPattern(afterParen);
                    }
                    expect(TokenType.COMMA);
                }
            } else {
                reset(afterParen);
                if (!keywordPatterns(kwdAttrs, kwdPatterns)) {
                    return invalidClassPattern(afterParen);
                }
                expect(TokenType.COMMA);
            }
        }
        if (expect(TokenType.RPAR) == null) {
            return invalidClassPattern(afterParen);
        }
        Token e = lastToken();
        return new MatchClass(cls, positional, kwdAttrs, kwdPatterns, start.lineno, start.colOffset,
                e.endLineno, e.endColOffset);
    }

    // invalid_class_pattern: name_or_attr '(' [positional_patterns ','] keyword_patterns ',' positional_patterns
    private PatternNode invalidClassPattern(int afterParen) {
        if (!callInvalidRules) {
            return null;
        }
        reset(afterParen);
        int m = mark();
        if (positionalPatterns() == null || expect(TokenType.COMMA) == null) {
            reset(m);
        }
        java.util.List<String> attrs = new ArrayList<>();
        java.util.List<PatternNode> pats = new ArrayList<>();
        if (!keywordPatterns(attrs, pats) || expect(TokenType.COMMA) == null) {
            return null;
        }
        java.util.List<PatternNode> misplaced = positionalPatterns();
        if (misplaced == null) {
            return null;
        }
        throw raiseRange(misplaced.get(0), misplaced.get(misplaced.size() - 1),
                "positional patterns follow keyword patterns");
    }

    // positional_patterns: ','.pattern+
    private java.util.List<PatternNode> positionalPatterns() {
        PatternNode first = pattern();
        if (first == null) {
            return null;
        }
        java.util.List<PatternNode> items = new ArrayList<>();
        items.add(first);
        while (at(TokenType.COMMA)) {
            int m = mark();
            advance();
            PatternNode next = pattern();
            if (next == null) {
                reset(m);
                break;
            }
            items.add(next);
        }
        return items;
    }

    // keyword_patterns: ','.keyword_pattern+ ; keyword_pattern: NAME '=' pattern
    private boolean keywordPatterns(java.util.List<String> attrs, java.util.List<PatternNode> pats) {
        if (!keywordPattern(attrs, pats)) {
            return false;
        }
        while (at(TokenType.COMMA)) {
            int m = mark();
            advance();
            if (!keywordPattern(attrs, pats)) {
                reset(m);
                break;
            }
        }
        return true;
    }

    private boolean keywordPattern(java.util.List<String> attrs, java.util.List<PatternNode> pats) {
        int m = mark();
        Token t = peek();
        if (t.type != TokenType.NAME || isKeyword(t) || peek(1).type != TokenType.EQUAL) {
            return false;
        }
        Token name = expectName();
        advance();
        PatternNode value = pattern();
        if (value == null) {
            reset(m);
            return false;
        }
        attrs.add(identifier(name));
        pats.add(value);
        return true;
    }
}
