package kiln.parser;

import kiln.parser.ast.ExceptHandlerNode;
import kiln.parser.ast.ExprNode;
import kiln.parser.ast.OperatorType;
import kiln.parser.ast.PatternNode;
import kiln.parser.ast.StmtNode;
import kiln.parser.ast.Tuple;
import kiln.parser.ast.TypeParamNode;

/**
 * The statement-level invalid_* rules of CPython 3.12's Grammar/python.gram. They run only in the
 * second pass ({@code callInvalidRules}); each either throws the SyntaxError CPython raises or
 * returns having matched nothing, and the caller then resets the position.
 */
abstract class StatementErrors extends PatternParser {

    StatementErrors(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    abstract java.util.List<StmtNode> block();

    abstract String dottedName();

    abstract ExprNode subjectExpr();

    abstract ExprNode optionalGuard();

    abstract ExceptHandlerNode exceptBlock(boolean star);

    abstract OperatorType augassign();

    abstract java.util.List<TypeParamNode> optionalTypeParams();

    // ---------------------------------------------------------------- simple statements

    // invalid_assignment
    final void invalidAssignment() {
        int m = mark();
        // invalid_ann_assign_target ':' expression
        ExprNode a = invalidAnnAssignTarget();
        if (a != null && expect(TokenType.COLON) != null && expression() != null) {
            throw raiseAtNode(a, "only single target (not " + exprName(a) + ") can be annotated");
        }
        reset(m);
        // star_named_expression ',' star_named_expressions* ':' expression
        a = starNamedExpression();
        if (a != null && expect(TokenType.COMMA) != null) {
            while (true) {
                int r = mark();
                if (starNamedExpressions() == null) {
                    reset(r);
                    break;
                }
            }
            if (expect(TokenType.COLON) != null && expression() != null) {
                throw raiseAtNode(a, "only single target (not tuple) can be annotated");
            }
        }
        reset(m);
        // expression ':' expression
        a = expression();
        if (a != null && expect(TokenType.COLON) != null && expression() != null) {
            throw raiseAtNode(a, "illegal target for annotation");
        }
        reset(m);
        // (star_targets '=')* star_expressions '='
        skipStarTargetAssignments();
        a = starExpressions();
        if (a != null && expect(TokenType.EQUAL) != null) {
            PySyntaxError bad = invalidTargetError(TargetKind.STAR_TARGETS, a);
            if (bad != null) {
                throw bad;
            }
        }
        reset(m);
        // (star_targets '=')* yield_expr '='
        skipStarTargetAssignments();
        a = yieldExpr();
        if (a != null && at(TokenType.EQUAL)) {
            throw raiseAtNode(a, "assignment to yield expression not possible");
        }
        reset(m);
        // star_expressions augassign (yield_expr | star_expressions)
        a = starExpressions();
        if (a != null && augassign() != null) {
            int r = mark();
            boolean rhs = yieldExpr() != null;
            if (!rhs) {
                reset(r);
                rhs = starExpressions() != null;
            }
            if (rhs) {
                throw raiseAtNode(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
            }
        }
        reset(m);
    }

    // (star_targets '=')*
    private void skipStarTargetAssignments() {
        while (true) {
            int r = mark();
            if (starTargets() == null || expect(TokenType.EQUAL) == null) {
                reset(r);
                return;
            }
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    // The atom rule gives the same node for these (a parenthesised one comes back as its inner node).
    private ExprNode invalidAnnAssignTarget() {
        if (!at(TokenType.LSQB) && !at(TokenType.LPAR)) {
            return null;
        }
        ExprNode a = atom();
        return a instanceof kiln.parser.ast.List || a instanceof Tuple ? a : null;
    }

    // invalid_del_stmt: 'del' star_expressions  (called after 'del')
    final void invalidDelStmt() {
        ExprNode a = starExpressions();
        PySyntaxError bad = a == null ? null : invalidTargetError(TargetKind.DEL_TARGETS, a);
        if (bad != null) {
            throw bad;
        }
    }

    // invalid_import: 'import' ','.dotted_name+ 'from' dotted_name
    final void invalidImport() {
        Token start = peek();
        if (expectKeyword("import") == null || dottedName() == null) {
            return;
        }
        while (at(TokenType.COMMA)) {
            int r = mark();
            advance();
            if (dottedName() == null) {
                reset(r);
                break;
            }
        }
        if (expectKeyword("from") != null && dottedName() != null) {
            throw raiseStartingFrom(start, "Did you mean to use 'from ... import ...' instead?");
        }
    }

    // invalid_import_from_targets: import_from_as_names ',' NEWLINE
    final void invalidImportFromTargets() {
        if (expectName() == null) {
            return;
        }
        skipAsName();
        while (at(TokenType.COMMA) && peek(1).type == TokenType.NAME) {
            int r = mark();
            advance();
            if (expectName() == null) {
                reset(r);
                break;
            }
            skipAsName();
        }
        if (expect(TokenType.COMMA) != null && at(TokenType.NEWLINE)) {
            advance();
            throw errAtLastToken(false, "trailing comma not allowed without surrounding parentheses");
        }
    }

    private void skipAsName() {
        if (atKeyword("as")) {
            int r = mark();
            advance();
            if (expectName() == null) {
                reset(r);
            }
        }
    }

    // ---------------------------------------------------------------- blocks and compound statements

    // invalid_block: NEWLINE !INDENT
    final void invalidBlock() {
        if (at(TokenType.NEWLINE) && peek(1).type != TokenType.INDENT) {
            advance();
            throw errAtLastToken(true, "expected an indented block");
        }
    }

    // ':' NEWLINE !INDENT, the tail of every "expected an indented block after ..." rule
    private boolean colonWithoutBlock() {
        if (!at(TokenType.COLON)) {
            return false;
        }
        int r = mark();
        advance();
        if (at(TokenType.NEWLINE) && peek(1).type != TokenType.INDENT) {
            advance();
            return true;
        }
        reset(r);
        return false;
    }

    private PySyntaxError missingBlock(String what, int line) {
        return errAtLastToken(true, "expected an indented block after " + what + " on line " + line);
    }

    // invalid_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    final void invalidDefRaw() {
        if (atKeyword("async")) {
            advance();
        }
        Token def = expectKeyword("def");
        if (def == null || expectName() == null) {
            return;
        }
        optionalTypeParams();
        if (expect(TokenType.LPAR) == null) {
            return;
        }
        int r = mark();
        if (params() == null) {
            reset(r);
        }
        if (expect(TokenType.RPAR) == null) {
            return;
        }
        if (at(TokenType.RARROW)) {
            r = mark();
            advance();
            if (expression() == null) {
                reset(r);
            }
        }
        if (colonWithoutBlock()) {
            throw missingBlock("function definition", def.lineno);
        }
    }

    // invalid_class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] (NEWLINE | ':' NEWLINE !INDENT)
    final void invalidClassDefRaw() {
        Token cls = expectKeyword("class");
        if (cls == null || expectName() == null) {
            return;
        }
        optionalTypeParams();
        if (at(TokenType.LPAR)) {
            int r = mark();
            advance();
            int a = mark();
            if (callArguments() == null) {
                reset(a);
            }
            if (expect(TokenType.RPAR) == null) {
                reset(r);
            }
        }
        if (at(TokenType.NEWLINE)) {
            advance();
            throw errAtLastToken(false, "expected ':'");
        }
        if (colonWithoutBlock()) {
            throw missingBlock("class definition", cls.lineno);
        }
    }

    // invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt:
    //   KW named_expression NEWLINE | KW named_expression ':' NEWLINE !INDENT
    final void invalidConditionalHeader(String keyword) {
        Token kw = expectKeyword(keyword);
        if (kw == null) {
            return;
        }
        ExprNode test = namedExpression();
        if (test == null) {
            return;
        }
        if (at(TokenType.NEWLINE)) {
            advance();
            throw errAtLastToken(false, "expected ':'");
        }
        if (colonWithoutBlock()) {
            // invalid_if_stmt names the line of its condition (its action rebinds 'a' to it)
            int line = keyword.equals("if") ? test.lineno : kw.lineno;
            throw missingBlock("'" + keyword + "' statement", line);
        }
    }

    // invalid_else_stmt: 'else' ':' NEWLINE !INDENT
    final void invalidElseStmt() {
        Token kw = expectKeyword("else");
        if (kw != null && colonWithoutBlock()) {
            throw missingBlock("'else' statement", kw.lineno);
        }
    }

    // invalid_for_stmt: ['async'] 'for' star_targets 'in' star_expressions (NEWLINE | ':' NEWLINE !INDENT)
    final void invalidForStmt() {
        if (atKeyword("async")) {
            advance();
        }
        Token kw = expectKeyword("for");
        if (kw == null || starTargets() == null || expectKeyword("in") == null || starExpressions() == null) {
            return;
        }
        if (at(TokenType.NEWLINE)) {
            advance();
            throw errAtLastToken(false, "expected ':'");
        }
        if (colonWithoutBlock()) {
            throw missingBlock("'for' statement", kw.lineno);
        }
    }

    // invalid_with_stmt_indent: ['async'] 'with' items ':' NEWLINE !INDENT (items bare or parenthesised)
    final void invalidWithStmtIndent() {
        if (atKeyword("async")) {
            advance();
        }
        Token kw = expectKeyword("with");
        if (kw == null) {
            return;
        }
        int afterWith = mark();
        if (looseWithItems(false) && colonWithoutBlock()) {
            throw missingBlock("'with' statement", kw.lineno);
        }
        reset(afterWith);
        if (looseParenthesizedWithItems() && colonWithoutBlock()) {
            throw missingBlock("'with' statement", kw.lineno);
        }
    }

    // invalid_with_stmt: ['async'] 'with' items NEWLINE (items bare or parenthesised)
    final void invalidWithStmt() {
        if (atKeyword("async")) {
            advance();
        }
        if (expectKeyword("with") == null) {
            return;
        }
        int afterWith = mark();
        if (looseWithItems(false) && at(TokenType.NEWLINE)) {
            advance();
            throw errAtLastToken(false, "expected ':'");
        }
        reset(afterWith);
        if (looseParenthesizedWithItems() && at(TokenType.NEWLINE)) {
            advance();
            throw errAtLastToken(false, "expected ':'");
        }
    }

    // '(' ','.(expressions ['as' star_target])+ ','? ')'
    private boolean looseParenthesizedWithItems() {
        if (expect(TokenType.LPAR) == null || !looseWithItems(true)) {
            return false;
        }
        expect(TokenType.COMMA);
        return expect(TokenType.RPAR) != null;
    }

    // ','.(expression ['as' star_target])+  or, with plural, ','.(expressions ['as' star_target])+
    private boolean looseWithItems(boolean plural) {
        boolean any = false;
        while (true) {
            int r = mark();
            if (any && expect(TokenType.COMMA) == null) {
                return true;
            }
            ExprNode e = plural ? expressionsRule() : expression();
            if (e == null) {
                reset(r);
                return any;
            }
            any = true;
            if (atKeyword("as")) {
                int a = mark();
                advance();
                if (starTarget() == null) {
                    reset(a);
                }
            }
        }
    }

    // invalid_with_item: expression 'as' expression &(',' | ')' | ':')  (called after the first expression)
    final void invalidWithItem() {
        if (expectKeyword("as") == null) {
            return;
        }
        ExprNode a = expression();
        if (a != null && (at(TokenType.COMMA) || at(TokenType.RPAR) || at(TokenType.COLON))) {
            PySyntaxError bad = invalidTargetError(TargetKind.STAR_TARGETS, a);
            if (bad != null) {
                throw bad;
            }
        }
    }

    // invalid_try_stmt
    final void invalidTryStmt() {
        int m = mark();
        Token kw = expectKeyword("try");
        if (kw == null || !at(TokenType.COLON)) {
            return;
        }
        // 'try' ':' NEWLINE !INDENT
        if (colonWithoutBlock()) {
            throw missingBlock("'try' statement", kw.lineno);
        }
        advance();
        int afterColon = mark();
        // 'try' ':' block !('except' | 'finally')
        if (block() != null && !atKeyword("except") && !atKeyword("finally")) {
            throw errAtLastToken(false, "expected 'except' or 'finally' block");
        }
        // 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
        reset(afterColon);
        skipBlocks();
        int handlers = skipExceptBlocks(false);
        if (handlers > 0 && atKeyword("except") && peek(1).type == TokenType.STAR) {
            Token except = advance();
            Token star = advance();
            if (expression() != null) {
                skipAsName();
                if (at(TokenType.COLON)) {
                    throw raiseRange(except, star, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        // 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
        reset(afterColon);
        skipBlocks();
        handlers = skipExceptBlocks(true);
        if (handlers > 0 && atKeyword("except")) {
            Token except = advance();
            int r = mark();
            if (expression() != null) {
                skipAsName();
            } else {
                reset(r);
            }
            if (at(TokenType.COLON)) {
                throw raiseAt(except, "cannot have both 'except' and 'except*' on the same 'try'");
            }
        }
        reset(m);
    }

    private void skipBlocks() {
        while (true) {
            int r = mark();
            if (block() == null) {
                reset(r);
                return;
            }
        }
    }

    private int skipExceptBlocks(boolean star) {
        int n = 0;
        while (atKeyword("except")) {
            int r = mark();
            if (exceptBlock(star) == null) {
                reset(r);
                break;
            }
            n++;
        }
        return n;
    }

    // invalid_except_stmt
    final void invalidExceptStmt() {
        int m = mark();
        Token except = expectKeyword("except");
        if (except == null) {
            return;
        }
        int afterExcept = mark();
        boolean star = expect(TokenType.STAR) != null;
        // 'except' '*'? expression ',' expressions ['as' NAME] ':'
        ExprNode a = expression();
        if (a != null && expect(TokenType.COMMA) != null && expressionsRule() != null) {
            skipAsName();
            if (at(TokenType.COLON)) {
                advance();
                throw raiseStartingFrom(a, "multiple exception types must be parenthesized");
            }
        }
        // 'except' '*'? expression ['as' NAME] NEWLINE
        reset(afterExcept);
        expect(TokenType.STAR);
        if (expression() != null) {
            skipAsName();
            if (at(TokenType.NEWLINE)) {
                advance();
                throw errAtLastToken(false, "expected ':'");
            }
        }
        // 'except' NEWLINE
        reset(afterExcept);
        if (at(TokenType.NEWLINE)) {
            advance();
            throw errAtLastToken(false, "expected ':'");
        }
        // 'except' '*' (NEWLINE | ':')
        if (star && (peek(1).type == TokenType.NEWLINE || peek(1).type == TokenType.COLON)) {
            advance();
            advance();
            throw errAtLastToken(false, "expected one or more exception types");
        }
        reset(m);
    }

    // invalid_except_stmt_indent / invalid_except_star_stmt_indent
    final void invalidExceptStmtIndent(boolean star) {
        Token except = expectKeyword("except");
        if (except == null) {
            return;
        }
        if (star) {
            if (expect(TokenType.STAR) == null) {
                return;
            }
        } else if (colonWithoutBlock()) {
            throw missingBlock("'except' statement", except.lineno);
        }
        int r = mark();
        if (expression() == null) {
            reset(r);
            return;
        }
        skipAsName();
        if (colonWithoutBlock()) {
            throw missingBlock(star ? "'except*' statement" : "'except' statement", except.lineno);
        }
    }

    // invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
    final void invalidFinallyStmt() {
        Token kw = expectKeyword("finally");
        if (kw != null && colonWithoutBlock()) {
            throw missingBlock("'finally' statement", kw.lineno);
        }
    }

    // invalid_match_stmt: "match" subject_expr NEWLINE | "match" subject_expr ':' NEWLINE !INDENT
    final void invalidMatchStmt() {
        Token kw = advance();
        if (subjectExpr() == null) {
            return;
        }
        if (at(TokenType.NEWLINE)) {
            advance();
            throw errAtLastToken(false, "expected ':'");
        }
        if (colonWithoutBlock()) {
            throw missingBlock("'match' statement", kw.lineno);
        }
    }

    // invalid_case_block: "case" patterns guard? NEWLINE | "case" patterns guard? ':' NEWLINE !INDENT
    final void invalidCaseBlock() {
        Token kw = advance();
        PatternNode p = patterns();
        if (p == null) {
            return;
        }
        int r = mark();
        if (optionalGuard() == null) {
            reset(r);
        }
        if (at(TokenType.NEWLINE)) {
            advance();
            throw errAtLastToken(false, "expected ':'");
        }
        if (colonWithoutBlock()) {
            throw missingBlock("'case' statement", kw.lineno);
        }
    }

    // ---------------------------------------------------------------- error locations

    /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token the tokenizer produced. */
    final PySyntaxError errAtLastToken(boolean indentation, String msg) {
        return lastTokenError(indentation ? "IndentationError" : "SyntaxError", msg);
    }

    /**
     * CPython 3.12: Parser/pegen_errors.c, _PyPegen_raise_error. INDENT, DEDENT and ENDMARKER have
     * no columns there, so an error on one takes the tokenizer's position on its line (not shifted
     * to 1-based) and no end column; the Tokenizer keeps that position in the token's start.
     */
    final PySyntaxError lastTokenError(String type, String msg) {
        Token t = lastFilledToken();
        if (t.colOffset < 0) {
            Source src = tokenizer.source();
            int lineStart = Math.min(src.lineStart(t.lineno), t.start);
            return error(type, msg, t.lineno, src.utf8Length(lineStart, t.start), t.endLineno, -1);
        }
        return raiseAtLastToken(type, msg);
    }

    /** _PyPegen_expect_forced_token: the token, or "expected 'X'" at the current token. */
    final Token expectForced(TokenType type, String text) {
        Token t = expect(type);
        if (t == null) {
            throw raiseAt(peek(), "expected '" + text + "'");
        }
        return t;
    }
}
