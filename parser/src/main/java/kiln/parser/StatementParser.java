package kiln.parser;

import java.util.ArrayList;

import kiln.parser.ast.Alias;
import kiln.parser.ast.AnnAssign;
import kiln.parser.ast.Arguments;
import kiln.parser.ast.Assert;
import kiln.parser.ast.Assign;
import kiln.parser.ast.AsyncFor;
import kiln.parser.ast.AsyncFunctionDef;
import kiln.parser.ast.AsyncWith;
import kiln.parser.ast.AugAssign;
import kiln.parser.ast.Break;
import kiln.parser.ast.ClassDef;
import kiln.parser.ast.Continue;
import kiln.parser.ast.Delete;
import kiln.parser.ast.ExceptHandler;
import kiln.parser.ast.ExceptHandlerNode;
import kiln.parser.ast.Expr;
import kiln.parser.ast.ExprContext;
import kiln.parser.ast.ExprNode;
import kiln.parser.ast.For;
import kiln.parser.ast.FunctionDef;
import kiln.parser.ast.Global;
import kiln.parser.ast.If;
import kiln.parser.ast.Import;
import kiln.parser.ast.ImportFrom;
import kiln.parser.ast.Keyword;
import kiln.parser.ast.Match;
import kiln.parser.ast.MatchCase;
import kiln.parser.ast.Name;
import kiln.parser.ast.Nonlocal;
import kiln.parser.ast.OperatorType;
import kiln.parser.ast.ParamSpec;
import kiln.parser.ast.Pass;
import kiln.parser.ast.PatternNode;
import kiln.parser.ast.Raise;
import kiln.parser.ast.Return;
import kiln.parser.ast.StmtNode;
import kiln.parser.ast.Try;
import kiln.parser.ast.TryStar;
import kiln.parser.ast.Tuple;
import kiln.parser.ast.TypeAlias;
import kiln.parser.ast.TypeParamNode;
import kiln.parser.ast.TypeVar;
import kiln.parser.ast.TypeVarTuple;
import kiln.parser.ast.While;
import kiln.parser.ast.With;
import kiln.parser.ast.WithItem;

/**
 * Statements of CPython 3.12's Grammar/python.gram, rule by rule, with node positions as CPython's
 * actions give them (EXTRA: first token's start to the last non-whitespace token's end). Where
 * several alternatives of a rule share a prefix (the 'if' header and block, the 'try' block, a
 * decorated definition) the prefix is parsed once: PEG would parse it again with the same result.
 * The statement-level invalid_* rules live in {@link StatementErrors} and run only in the second pass.
 */
class StatementParser extends StatementErrors {

    StatementParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---------------------------------------------------------------- start rules

    // file: [statements] ENDMARKER
    final kiln.parser.ast.ModNode file() {
        java.util.List<StmtNode> body = statements();
        if (expect(TokenType.ENDMARKER) == null) {
            return null;
        }
        return new kiln.parser.ast.Module(body == null ? new ArrayList<>() : body, new ArrayList<>());
    }

    // interactive: statement_newline
    final kiln.parser.ast.ModNode interactive() {
        Token start = peek();
        int m = mark();
        if (atCompoundStart()) {
            StmtNode s = compoundStmt();
            // pegen turns the first ENDMARKER of a 'single' parse into a NEWLINE (_PyPegen_fill_token)
            if (s != null && (expect(TokenType.NEWLINE) != null || at(TokenType.ENDMARKER))) {
                return new kiln.parser.ast.Interactive(single(s));
            }
            reset(m);
        }
        java.util.List<StmtNode> simple = simpleStmts();
        if (simple != null) {
            return new kiln.parser.ast.Interactive(simple);
        }
        reset(m);
        if (expect(TokenType.NEWLINE) != null) {
            Token e = lastToken();
            return new kiln.parser.ast.Interactive(single(
                    new Pass(start.lineno, start.colOffset, e.endLineno, e.endColOffset)));
        }
        return null;
    }

    // eval: expressions NEWLINE* ENDMARKER
    final kiln.parser.ast.ModNode eval() {
        ExprNode body = expressionsRule();
        if (body == null) {
            return null;
        }
        while (expect(TokenType.NEWLINE) != null) {
            // skip
        }
        if (expect(TokenType.ENDMARKER) == null) {
            return null;
        }
        return new kiln.parser.ast.Expression(body);
    }

    // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    final kiln.parser.ast.ModNode funcType() {
        if (expect(TokenType.LPAR) == null) {
            return null;
        }
        int m = mark();
        java.util.List<ExprNode> argtypes = typeExpressions();
        if (argtypes == null) {
            reset(m);
            argtypes = new ArrayList<>();
        }
        if (expect(TokenType.RPAR) == null || expect(TokenType.RARROW) == null) {
            return null;
        }
        ExprNode returns = expression();
        if (returns == null) {
            return null;
        }
        while (expect(TokenType.NEWLINE) != null) {
            // skip
        }
        if (expect(TokenType.ENDMARKER) == null) {
            return null;
        }
        return new kiln.parser.ast.FunctionType(argtypes, returns);
    }

    // type_expressions: the forms with '*' / '**' keep the starred expressions without the star
    private java.util.List<ExprNode> typeExpressions() {
        java.util.List<ExprNode> out = new ArrayList<>();
        if (!at(TokenType.STAR) && !at(TokenType.DOUBLESTAR)) {
            ExprNode first = expression();
            if (first == null) {
                return null;
            }
            out.add(first);
            while (at(TokenType.COMMA)) {
                int m = mark();
                advance();
                if (at(TokenType.STAR) || at(TokenType.DOUBLESTAR)) {
                    reset(m);
                    break;
                }
                ExprNode next = expression();
                if (next == null) {
                    reset(m);
                    break;
                }
                out.add(next);
            }
            int m = mark();
            if (expect(TokenType.COMMA) == null) {
                return out;
            }
            if (!at(TokenType.STAR) && !at(TokenType.DOUBLESTAR)) {
                reset(m);
                return out;
            }
        }
        int beforeStars = mark();
        if (at(TokenType.STAR)) {
            advance();
            ExprNode star = expression();
            if (star == null) {
                reset(beforeStars);
                return out.isEmpty() ? null : out;
            }
            out.add(star);
            int m = mark();
            if (expect(TokenType.COMMA) != null && at(TokenType.DOUBLESTAR)) {
                advance();
                ExprNode dstar = expression();
                if (dstar != null) {
                    out.add(dstar);
                    return out;
                }
            }
            reset(m);
            return out;
        }
        advance();
        ExprNode dstar = expression();
        if (dstar == null) {
            reset(beforeStars);
            return out.isEmpty() ? null : out;
        }
        out.add(dstar);
        return out;
    }

    // ---------------------------------------------------------------- statement sequences

    // statements: statement+ (flattened)
    final java.util.List<StmtNode> statements() {
        java.util.List<StmtNode> out = null;
        while (true) {
            int m = mark();
            if (atCompoundStart()) {
                StmtNode c = compoundStmt();
                if (c != null) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(c);
                    continue;
                }
                reset(m);
            }
            java.util.List<StmtNode> simple = simpleStmts();
            if (simple == null) {
                reset(m);
                return out;
            }
            if (out == null) {
                out = simple;
            } else {
                out.addAll(simple);
            }
        }
    }

    // Every compound statement starts with one of these; match_stmt with the soft keyword.
    private boolean atCompoundStart() {
        Token t = peek();
        if (t.type == TokenType.AT) {
            return true;
        }
        if (t.type != TokenType.NAME) {
            return false;
        }
        return switch (t.text) {
            case "def", "async", "if", "class", "with", "for", "try", "while", "match" -> true;
            default -> false;
        };
    }

    // compound_stmt: &('def'|'@'|'async') function_def | &'if' if_stmt | &('class'|'@') class_def
    //   | &('with'|'async') with_stmt | &('for'|'async') for_stmt | &'try' try_stmt | &'while' while_stmt | match_stmt
    private StmtNode compoundStmt() {
        Token t = peek();
        if (t.type == TokenType.AT) {
            return decorated();
        }
        int m = mark();
        StmtNode s;
        switch (t.text) {
            case "def":
                return functionDefRaw();
            case "async":
                s = functionDefRaw();
                if (s != null) {
                    return s;
                }
                reset(m);
                s = withStmt();
                if (s != null) {
                    return s;
                }
                reset(m);
                return forStmt();
            case "if":
                return ifStmt(false);
            case "class":
                return classDefRaw();
            case "with":
                return withStmt();
            case "for":
                return forStmt();
            case "try":
                return tryStmt();
            case "while":
                return whileStmt();
            default:
                return matchStmt();
        }
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    private java.util.List<StmtNode> simpleStmts() {
        StmtNode first = simpleStmt();
        if (first == null) {
            return null;
        }
        java.util.List<StmtNode> out = new ArrayList<>();
        out.add(first);
        while (at(TokenType.SEMI)) {
            int m = mark();
            advance();
            StmtNode next = simpleStmt();
            if (next == null) {
                reset(m);
                break;
            }
            out.add(next);
        }
        expect(TokenType.SEMI);
        if (expect(TokenType.NEWLINE) == null) {
            return null;
        }
        return out;
    }

    // simple_stmt: assignment | &"type" type_alias | star_expressions | &'return' return_stmt | ...
    private StmtNode simpleStmt() {
        Token t = peek();
        if (t.type == TokenType.NAME) {
            switch (t.text) {
                case "return": return returnStmt();
                case "import", "from": return importStmt();
                case "raise": return raiseStmt();
                case "pass": return new Pass(t.lineno, t.colOffset, advance().endLineno, t.endColOffset);
                case "del": return delStmt();
                case "assert": return assertStmt();
                case "break": return new Break(t.lineno, t.colOffset, advance().endLineno, t.endColOffset);
                case "continue": return new Continue(t.lineno, t.colOffset, advance().endLineno, t.endColOffset);
                case "global", "nonlocal": return globalStmt(t.text.equals("global"));
                default: break;
            }
        }
        int m = mark();
        StmtNode s = assignment();
        if (s != null) {
            return s;
        }
        reset(m);
        if (t.type == TokenType.NAME && t.text.equals("type")) {
            s = typeAlias();
            if (s != null) {
                return s;
            }
            reset(m);
        }
        ExprNode e = starExpressions();
        if (e != null) {
            Token end = lastToken();
            return new Expr(e, t.lineno, t.colOffset, end.endLineno, end.endColOffset);
        }
        reset(m);
        // yield_stmt is reached by star_expressions failing on 'yield' (yield_expr is not an expression)
        if (t.type == TokenType.NAME && t.text.equals("yield")) {
            ExprNode y = yieldExpr();
            if (y != null) {
                Token end = lastToken();
                return new Expr(y, t.lineno, t.colOffset, end.endLineno, end.endColOffset);
            }
            reset(m);
        }
        return null;
    }

    // ---------------------------------------------------------------- simple statements

    // assignment: NAME ':' expression ['=' annotated_rhs]
    //   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    //   | (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
    //   | single_target augassign ~ annotated_rhs
    //   | invalid_assignment
    private StmtNode assignment() {
        Token start = peek();
        int m = mark();
        if (start.type == TokenType.NAME && !isKeyword(start) && peek(1).type == TokenType.COLON) {
            Token n = expectName();
            advance();
            ExprNode annotation = expression();
            if (annotation != null) {
                ExprNode value = optionalAssignedValue();
                Name target = new Name(identifier(n), ExprContext.Store, n.lineno, n.colOffset, n.endLineno, n.endColOffset);
                Token e = lastToken();
                return new AnnAssign(target, annotation, value, 1, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
            }
            reset(m);
        }
        ExprNode target;
        if (start.type == TokenType.LPAR) {
            advance();
            target = singleTarget();
            if (target == null || expect(TokenType.RPAR) == null) {
                reset(m);
                target = singleSubscriptAttributeTarget();
            }
        } else {
            target = singleSubscriptAttributeTarget();
        }
        if (target != null && expect(TokenType.COLON) != null) {
            ExprNode annotation = expression();
            if (annotation != null) {
                ExprNode value = optionalAssignedValue();
                Token e = lastToken();
                return new AnnAssign(target, annotation, value, 0, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
            }
        }
        reset(m);
        java.util.List<ExprNode> targets = null;
        while (true) {
            int before = mark();
            ExprNode t = starTargets();
            if (t == null || expect(TokenType.EQUAL) == null) {
                reset(before);
                break;
            }
            if (targets == null) {
                targets = new ArrayList<>();
            }
            targets.add(t);
        }
        if (targets != null) {
            ExprNode value = annotatedRhs();
            if (value != null && !at(TokenType.EQUAL)) {
                String typeComment = optionalTypeComment();
                Token e = lastToken();
                return new Assign(targets, value, typeComment, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
            }
        }
        reset(m);
        ExprNode single = singleTarget();
        if (single != null) {
            OperatorType op = augassign();
            if (op != null) {
                ExprNode value = annotatedRhs();
                if (value == null) {
                    return null; // the cut: no other alternative of assignment is tried
                }
                Token e = lastToken();
                return new AugAssign(single, op, value, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
            }
        }
        reset(m);
        if (callInvalidRules) {
            invalidAssignment();
            reset(m);
        }
        return null;
    }

    // ['=' annotated_rhs]
    private ExprNode optionalAssignedValue() {
        if (!at(TokenType.EQUAL)) {
            return null;
        }
        int m = mark();
        advance();
        ExprNode value = annotatedRhs();
        if (value == null) {
            reset(m);
        }
        return value;
    }

    private String optionalTypeComment() {
        Token t = expect(TokenType.TYPE_COMMENT);
        return t == null ? null : t.text;
    }

    // augassign: '+=' | '-=' | ... (consumes the operator)
    final OperatorType augassign() {
        OperatorType op = switch (peek().type) {
            case PLUSEQUAL -> OperatorType.Add;
            case MINEQUAL -> OperatorType.Sub;
            case STAREQUAL -> OperatorType.Mult;
            case ATEQUAL -> OperatorType.MatMult;
            case SLASHEQUAL -> OperatorType.Div;
            case PERCENTEQUAL -> OperatorType.Mod;
            case AMPEREQUAL -> OperatorType.BitAnd;
            case VBAREQUAL -> OperatorType.BitOr;
            case CIRCUMFLEXEQUAL -> OperatorType.BitXor;
            case LEFTSHIFTEQUAL -> OperatorType.LShift;
            case RIGHTSHIFTEQUAL -> OperatorType.RShift;
            case DOUBLESTAREQUAL -> OperatorType.Pow;
            case DOUBLESLASHEQUAL -> OperatorType.FloorDiv;
            default -> null;
        };
        if (op != null) {
            advance();
        }
        return op;
    }

    // return_stmt: 'return' [star_expressions]
    private StmtNode returnStmt() {
        Token start = advance();
        int m = mark();
        ExprNode value = starExpressions();
        if (value == null) {
            reset(m);
        }
        Token e = lastToken();
        return new Return(value, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    private StmtNode raiseStmt() {
        Token start = advance();
        int m = mark();
        ExprNode exc = expression();
        ExprNode cause = null;
        if (exc == null) {
            reset(m);
        } else if (atKeyword("from")) {
            int f = mark();
            advance();
            cause = expression();
            if (cause == null) {
                reset(f);
            }
        }
        Token e = lastToken();
        return new Raise(exc, cause, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+
    private StmtNode globalStmt(boolean global) {
        Token start = advance();
        java.util.List<String> names = new ArrayList<>();
        Token n = expectName();
        if (n == null) {
            return null;
        }
        names.add(identifier(n));
        while (at(TokenType.COMMA)) {
            int m = mark();
            advance();
            n = expectName();
            if (n == null) {
                reset(m);
                break;
            }
            names.add(identifier(n));
        }
        Token e = lastToken();
        return global
                ? new Global(names, start.lineno, start.colOffset, e.endLineno, e.endColOffset)
                : new Nonlocal(names, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    private StmtNode delStmt() {
        Token start = advance();
        int m = mark();
        java.util.List<ExprNode> targets = delTargets();
        if (targets != null && (at(TokenType.SEMI) || at(TokenType.NEWLINE))) {
            Token e = lastToken();
            return new Delete(targets, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
        }
        if (callInvalidRules) {
            reset(m);
            invalidDelStmt();
        }
        return null;
    }

    // assert_stmt: 'assert' expression [',' expression]
    private StmtNode assertStmt() {
        Token start = advance();
        ExprNode test = expression();
        if (test == null) {
            return null;
        }
        ExprNode msg = null;
        if (at(TokenType.COMMA)) {
            int m = mark();
            advance();
            msg = expression();
            if (msg == null) {
                reset(m);
            }
        }
        Token e = lastToken();
        return new Assert(test, msg, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // type_alias: "type" NAME [type_params] '=' expression
    private StmtNode typeAlias() {
        Token start = advance();
        Token n = expectName();
        if (n == null) {
            return null;
        }
        java.util.List<TypeParamNode> params = optionalTypeParams();
        if (expect(TokenType.EQUAL) == null) {
            return null;
        }
        ExprNode value = expression();
        if (value == null) {
            return null;
        }
        Token e = lastToken();
        Name name = new Name(identifier(n), ExprContext.Store, n.lineno, n.colOffset, n.endLineno, n.endColOffset);
        return new TypeAlias(name, params, value, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // ---------------------------------------------------------------- imports

    // import_stmt: invalid_import | import_name | import_from
    private StmtNode importStmt() {
        int m = mark();
        if (callInvalidRules) {
            invalidImport();
            reset(m);
        }
        Token start = advance();
        if (start.text.equals("import")) {
            java.util.List<Alias> names = dottedAsNames();
            if (names == null) {
                return null;
            }
            Token e = lastToken();
            return new Import(names, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
        }
        // import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets
        int level = 0;
        while (true) {
            if (at(TokenType.DOT)) {
                level++;
            } else if (at(TokenType.ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
            advance();
        }
        int afterDots = mark();
        String module = dottedName();
        if (module == null || !atKeyword("import")) {
            reset(afterDots);
            module = null;
            if (level == 0) {
                return null;
            }
        }
        if (expectKeyword("import") == null) {
            return null;
        }
        java.util.List<Alias> names = importFromTargets();
        if (names == null) {
            return null;
        }
        Token e = lastToken();
        return new ImportFrom(module, names, level, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    //   | invalid_import_from_targets
    private java.util.List<Alias> importFromTargets() {
        int m = mark();
        Token t = peek();
        if (t.type == TokenType.LPAR) {
            advance();
            java.util.List<Alias> names = importFromAsNames();
            if (names != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null) {
                    return names;
                }
            }
            reset(m);
        }
        java.util.List<Alias> names = importFromAsNames();
        if (names != null && !at(TokenType.COMMA)) {
            return names;
        }
        reset(m);
        if (t.type == TokenType.STAR) {
            advance();
            return single(new Alias("*", null, t.lineno, t.colOffset, t.endLineno, t.endColOffset));
        }
        if (callInvalidRules) {
            invalidImportFromTargets();
            reset(m);
        }
        return null;
    }

    // import_from_as_names: ','.import_from_as_name+ ; import_from_as_name: NAME ['as' NAME]
    private java.util.List<Alias> importFromAsNames() {
        Alias first = importFromAsName();
        if (first == null) {
            return null;
        }
        java.util.List<Alias> out = new ArrayList<>();
        out.add(first);
        while (at(TokenType.COMMA)) {
            int m = mark();
            advance();
            Alias next = importFromAsName();
            if (next == null) {
                reset(m);
                break;
            }
            out.add(next);
        }
        return out;
    }

    private Alias importFromAsName() {
        Token n = expectName();
        if (n == null) {
            return null;
        }
        String asname = optionalAsName();
        Token e = lastToken();
        return new Alias(identifier(n), asname, n.lineno, n.colOffset, e.endLineno, e.endColOffset);
    }

    // ['as' NAME]
    private String optionalAsName() {
        if (!atKeyword("as")) {
            return null;
        }
        int m = mark();
        advance();
        Token n = expectName();
        if (n == null) {
            reset(m);
            return null;
        }
        return identifier(n);
    }

    // dotted_as_names: ','.dotted_as_name+ ; dotted_as_name: dotted_name ['as' NAME]
    private java.util.List<Alias> dottedAsNames() {
        java.util.List<Alias> out = new ArrayList<>();
        while (true) {
            int m = mark();
            if (!out.isEmpty()) {
                if (expect(TokenType.COMMA) == null) {
                    break;
                }
            }
            Token start = peek();
            String name = dottedName();
            if (name == null) {
                reset(m);
                break;
            }
            String asname = optionalAsName();
            Token e = lastToken();
            out.add(new Alias(name, asname, start.lineno, start.colOffset, e.endLineno, e.endColOffset));
        }
        return out.isEmpty() ? null : out;
    }

    // dotted_name: dotted_name '.' NAME | NAME
    final String dottedName() {
        Token first = expectName();
        if (first == null) {
            return null;
        }
        if (!at(TokenType.DOT)) {
            return identifier(first);
        }
        StringBuilder sb = new StringBuilder(identifier(first));
        while (at(TokenType.DOT)) {
            int m = mark();
            advance();
            Token n = expectName();
            if (n == null) {
                reset(m);
                break;
            }
            sb.append('.').append(identifier(n));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- blocks

    // block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block  (memoised, as in CPython)
    final java.util.List<StmtNode> block() {
        int m = mark();
        BlockMemo memo = blockMemo.get(m);
        if (memo != null) {
            reset(memo.end);
            return memo.body;
        }
        java.util.List<StmtNode> body = blockUncached();
        if (body == null) {
            reset(m);
        }
        blockMemo.put(m, new BlockMemo(body, mark()));
        return body;
    }

    private record BlockMemo(java.util.List<StmtNode> body, int end) {}

    private final java.util.HashMap<Integer, BlockMemo> blockMemo = new java.util.HashMap<>();

    @Override
    void startSecondPass() {
        super.startSecondPass();
        blockMemo.clear(); // the second pass parses with other rules
    }

    private static final int INDENTED_BLOCK_DEPTH = 2;

    private java.util.List<StmtNode> blockUncached() {
        int m = mark();
        if (at(TokenType.NEWLINE)) {
            if (peek(1).type == TokenType.INDENT) {
                // block, statements and statement: the levels CPython passes through to an indented body.
                if (!enter(INDENTED_BLOCK_DEPTH)) {
                    return null;
                }
                try {
                    advance();
                    advance();
                    java.util.List<StmtNode> body = statements();
                    if (body != null && expect(TokenType.DEDENT) != null) {
                        return body;
                    }
                } finally {
                    leave(INDENTED_BLOCK_DEPTH);
                }
            }
            reset(m);
        }
        java.util.List<StmtNode> simple = simpleStmts();
        if (simple != null) {
            return simple;
        }
        reset(m);
        if (callInvalidRules) {
            invalidBlock();
        }
        return null;
    }

    // decorators: ('@' named_expression NEWLINE)+ then function_def_raw or class_def_raw
    private StmtNode decorated() {
        java.util.List<ExprNode> decorators = new ArrayList<>();
        while (at(TokenType.AT)) {
            int m = mark();
            advance();
            ExprNode d = namedExpression();
            if (d == null || expect(TokenType.NEWLINE) == null) {
                reset(m);
                break;
            }
            decorators.add(d);
        }
        if (decorators.isEmpty()) {
            return null;
        }
        int m = mark();
        Token t = peek();
        if (t.type != TokenType.NAME) {
            return null;
        }
        if (t.text.equals("def") || t.text.equals("async")) {
            StmtNode f = functionDefRaw();
            if (f != null) {
                if (f instanceof FunctionDef fd) {
                    fd.decoratorList = decorators;
                } else {
                    ((AsyncFunctionDef) f).decoratorList = decorators;
                }
                return f;
            }
            reset(m);
        }
        if (t.text.equals("class")) {
            StmtNode c = classDefRaw();
            if (c != null) {
                ((ClassDef) c).decoratorList = decorators;
                return c;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- definitions

    // function_def_raw: invalid_def_raw
    //   | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    private StmtNode functionDefRaw() {
        Token start = peek();
        int m = mark();
        if (callInvalidRules) {
            invalidDefRaw();
            reset(m);
        }
        boolean async = false;
        if (start.text.equals("async")) {
            advance();
            async = true;
        }
        if (expectKeyword("def") == null) {
            return null;
        }
        Token n = expectName();
        if (n == null) {
            return null;
        }
        java.util.List<TypeParamNode> typeParams = optionalTypeParams();
        expectForced(TokenType.LPAR, "(");
        int beforeParams = mark();
        Arguments args = params();
        if (args == null) {
            reset(beforeParams);
            args = emptyArgs();
        }
        if (expect(TokenType.RPAR) == null) {
            return null;
        }
        ExprNode returns = null;
        if (at(TokenType.RARROW)) {
            int r = mark();
            advance();
            returns = expression();
            if (returns == null) {
                reset(r);
            }
        }
        expectForced(TokenType.COLON, ":");
        String typeComment = funcTypeComment();
        java.util.List<StmtNode> body = block();
        if (body == null) {
            return null;
        }
        Token e = lastToken();
        return async
                ? new AsyncFunctionDef(identifier(n), args, body, new ArrayList<>(), returns, typeComment, typeParams,
                        start.lineno, start.colOffset, e.endLineno, e.endColOffset)
                : new FunctionDef(identifier(n), args, body, new ArrayList<>(), returns, typeComment, typeParams,
                        start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT (type comments are off in ast.parse)
    private String funcTypeComment() {
        if (at(TokenType.TYPE_COMMENT)) {
            return advance().text;
        }
        if (at(TokenType.NEWLINE) && peek(1).type == TokenType.TYPE_COMMENT
                && peek(2).type == TokenType.NEWLINE && peek(3).type == TokenType.INDENT) {
            advance();
            return advance().text;
        }
        return null;
    }

    // class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
    private StmtNode classDefRaw() {
        Token start = peek();
        int m = mark();
        if (callInvalidRules) {
            invalidClassDefRaw();
            reset(m);
        }
        advance();
        Token n = expectName();
        if (n == null) {
            return null;
        }
        java.util.List<TypeParamNode> typeParams = optionalTypeParams();
        java.util.List<ExprNode> bases = new ArrayList<>();
        java.util.List<Keyword> keywords = new ArrayList<>();
        if (at(TokenType.LPAR)) {
            int p = mark();
            advance();
            int a = mark();
            CallArgs args = callArguments();
            if (args == null) {
                reset(a);
            }
            if (expect(TokenType.RPAR) == null) {
                reset(p);
            } else if (args != null) {
                bases = args.args();
                keywords = args.keywords();
            }
        }
        if (expect(TokenType.COLON) == null) {
            return null;
        }
        java.util.List<StmtNode> body = block();
        if (body == null) {
            return null;
        }
        Token e = lastToken();
        return new ClassDef(identifier(n), bases, keywords, body, new ArrayList<>(), typeParams,
                start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // [type_params] ; type_params: '[' type_param_seq ']' ; type_param_seq: ','.type_param+ [',']
    final java.util.List<TypeParamNode> optionalTypeParams() {
        java.util.List<TypeParamNode> out = new ArrayList<>();
        if (!at(TokenType.LSQB)) {
            return out;
        }
        int m = mark();
        advance();
        TypeParamNode first = typeParam();
        if (first == null) {
            reset(m);
            return out;
        }
        out.add(first);
        while (at(TokenType.COMMA)) {
            int c = mark();
            advance();
            TypeParamNode next = typeParam();
            if (next == null) {
                reset(c);
                break;
            }
            out.add(next);
        }
        expect(TokenType.COMMA);
        if (expect(TokenType.RSQB) == null) {
            reset(m);
            return new ArrayList<>();
        }
        return out;
    }

    // type_param: NAME [':' expression] | '*' NAME | '**' NAME  (a bound on * or ** is an error)
    private TypeParamNode typeParam() {
        Token start = peek();
        int m = mark();
        if (start.type == TokenType.NAME) {
            Token n = expectName();
            if (n == null) {
                return null;
            }
            ExprNode bound = null;
            if (at(TokenType.COLON)) {
                int b = mark();
                advance();
                bound = expression();
                if (bound == null) {
                    reset(b);
                }
            }
            Token e = lastToken();
            return new TypeVar(identifier(n), bound, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
        }
        boolean tuple = start.type == TokenType.STAR;
        if (!tuple && start.type != TokenType.DOUBLESTAR) {
            return null;
        }
        advance();
        Token n = expectName();
        if (n == null) {
            reset(m);
            return null;
        }
        if (at(TokenType.COLON)) {
            int c = mark();
            Token colon = advance();
            ExprNode bound = expression();
            if (bound != null) {
                String what = bound instanceof Tuple ? "constraints" : "bound";
                throw raiseStartingFrom(colon, "cannot use " + what + " with " + (tuple ? "TypeVarTuple" : "ParamSpec"));
            }
            reset(c);
        }
        Token e = lastToken();
        return tuple
                ? new TypeVarTuple(identifier(n), start.lineno, start.colOffset, e.endLineno, e.endColOffset)
                : new ParamSpec(identifier(n), start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // ---------------------------------------------------------------- compound statements

    // if_stmt: invalid_if_stmt | 'if' named_expression ':' block (elif_stmt | [else_block])
    // elif_stmt: invalid_elif_stmt | 'elif' named_expression ':' block (elif_stmt | [else_block])
    private StmtNode ifStmt(boolean elif) {
        Token start = peek();
        int m = mark();
        if (callInvalidRules) {
            invalidConditionalHeader(elif ? "elif" : "if");
            reset(m);
        }
        advance();
        ExprNode test = namedExpression();
        if (test == null || expect(TokenType.COLON) == null) {
            return null;
        }
        java.util.List<StmtNode> body = block();
        if (body == null) {
            return null;
        }
        java.util.List<StmtNode> orelse;
        int afterBody = mark();
        StmtNode nested = null;
        if (atKeyword("elif")) {
            // Each elif nests one rule deeper in CPython's parser, which counts it against MAXSTACK;
            // the first one also passes through the if-statement's own helper rules.
            int cost = elif ? 1 : 5;
            enter(cost);
            try {
                nested = ifStmt(true);
            } finally {
                leave(cost);
            }
        }
        if (nested != null) {
            orelse = single(nested);
        } else {
            reset(afterBody);
            orelse = optionalElseBlock();
        }
        Token e = lastToken();
        return new If(test, body, orelse, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // [else_block] ; else_block: invalid_else_stmt | 'else' &&':' block
    private java.util.List<StmtNode> optionalElseBlock() {
        if (!atKeyword("else")) {
            return new ArrayList<>();
        }
        int m = mark();
        if (callInvalidRules) {
            invalidElseStmt();
            reset(m);
        }
        advance();
        expectForced(TokenType.COLON, ":");
        java.util.List<StmtNode> body = block();
        if (body == null) {
            reset(m);
            return new ArrayList<>();
        }
        return body;
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    private StmtNode whileStmt() {
        Token start = peek();
        int m = mark();
        if (callInvalidRules) {
            invalidConditionalHeader("while");
            reset(m);
        }
        advance();
        ExprNode test = namedExpression();
        if (test == null || expect(TokenType.COLON) == null) {
            return null;
        }
        java.util.List<StmtNode> body = block();
        if (body == null) {
            return null;
        }
        java.util.List<StmtNode> orelse = optionalElseBlock();
        Token e = lastToken();
        return new While(test, body, orelse, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // for_stmt: invalid_for_stmt
    //   | ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //   | invalid_for_target
    private StmtNode forStmt() {
        Token start = peek();
        int m = mark();
        if (callInvalidRules) {
            invalidForStmt();
            reset(m);
        }
        boolean async = false;
        if (start.text.equals("async")) {
            advance();
            async = true;
        }
        if (expectKeyword("for") != null) {
            ExprNode target = starTargets();
            if (target != null && expectKeyword("in") != null) {
                // after the cut, a failure fails the whole rule
                ExprNode iter = starExpressions();
                if (iter == null || expect(TokenType.COLON) == null) {
                    return null;
                }
                String typeComment = optionalTypeComment();
                java.util.List<StmtNode> body = block();
                if (body == null) {
                    return null;
                }
                java.util.List<StmtNode> orelse = optionalElseBlock();
                Token e = lastToken();
                return async
                        ? new AsyncFor(target, iter, body, orelse, typeComment, start.lineno, start.colOffset,
                                e.endLineno, e.endColOffset)
                        : new For(target, iter, body, orelse, typeComment, start.lineno, start.colOffset,
                                e.endLineno, e.endColOffset);
            }
        }
        reset(m);
        if (callInvalidRules) {
            invalidForTarget(); // the same rule as in comprehensions
            reset(m);
        }
        return null;
    }

    // with_stmt: invalid_with_stmt_indent
    //   | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
    //   | ['async'] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //   | invalid_with_stmt
    private StmtNode withStmt() {
        Token start = peek();
        int m = mark();
        if (callInvalidRules) {
            invalidWithStmtIndent();
            reset(m);
        }
        boolean async = false;
        if (start.text.equals("async")) {
            advance();
            async = true;
        }
        if (expectKeyword("with") == null) {
            return null;
        }
        int afterWith = mark();
        java.util.List<WithItem> items = null;
        java.util.List<StmtNode> body = null;
        String typeComment = null;
        if (at(TokenType.LPAR)) {
            advance();
            items = withItems();
            if (items != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null && expect(TokenType.COLON) != null) {
                    body = block();
                }
            }
        }
        if (body == null) {
            reset(afterWith);
            items = withItems();
            if (items != null && expect(TokenType.COLON) != null) {
                typeComment = optionalTypeComment();
                body = block();
            }
        }
        if (body == null) {
            reset(m);
            if (callInvalidRules) {
                invalidWithStmt();
                reset(m);
            }
            return null;
        }
        Token e = lastToken();
        return async
                ? new AsyncWith(items, body, typeComment, start.lineno, start.colOffset, e.endLineno, e.endColOffset)
                : new With(items, body, typeComment, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
    }

    // ','.with_item+
    private java.util.List<WithItem> withItems() {
        WithItem first = withItem();
        if (first == null) {
            return null;
        }
        java.util.List<WithItem> out = new ArrayList<>();
        out.add(first);
        while (at(TokenType.COMMA)) {
            int m = mark();
            advance();
            WithItem next = withItem();
            if (next == null) {
                reset(m);
                break;
            }
            out.add(next);
        }
        return out;
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
    private WithItem withItem() {
        int m = mark();
        ExprNode e = expression();
        if (e == null) {
            return null;
        }
        int afterExpr = mark();
        if (atKeyword("as")) {
            advance();
            ExprNode target = starTarget();
            if (target != null && (at(TokenType.COMMA) || at(TokenType.RPAR) || at(TokenType.COLON))) {
                return new WithItem(e, target);
            }
            if (callInvalidRules) {
                reset(afterExpr);
                invalidWithItem();
            }
        }
        reset(afterExpr);
        return new WithItem(e, null);
    }

    // try_stmt: invalid_try_stmt | 'try' &&':' block finally_block
    //   | 'try' &&':' block except_block+ [else_block] [finally_block]
    //   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    private StmtNode tryStmt() {
        Token start = peek();
        int m = mark();
        if (callInvalidRules) {
            invalidTryStmt();
            reset(m);
        }
        advance();
        expectForced(TokenType.COLON, ":");
        java.util.List<StmtNode> body = block();
        if (body == null) {
            return null;
        }
        int afterBody = mark();
        java.util.List<StmtNode> finalbody = finallyBlock();
        if (finalbody != null) {
            Token e = lastToken();
            return new Try(body, new ArrayList<>(), new ArrayList<>(), finalbody, start.lineno, start.colOffset,
                    e.endLineno, e.endColOffset);
        }
        reset(afterBody);
        for (int star = 0; star < 2; star++) {
            java.util.List<ExceptHandlerNode> handlers = new ArrayList<>();
            while (atKeyword("except")) {
                int h = mark();
                ExceptHandlerNode handler = exceptBlock(star == 1);
                if (handler == null) {
                    reset(h);
                    break;
                }
                handlers.add(handler);
            }
            if (handlers.isEmpty()) {
                reset(afterBody);
                continue;
            }
            java.util.List<StmtNode> orelse = optionalElseBlock();
            int beforeFinally = mark();
            finalbody = finallyBlock();
            if (finalbody == null) {
                reset(beforeFinally);
                finalbody = new ArrayList<>();
            }
            Token e = lastToken();
            return star == 0
                    ? new Try(body, handlers, orelse, finalbody, start.lineno, start.colOffset, e.endLineno, e.endColOffset)
                    : new TryStar(body, handlers, orelse, finalbody, start.lineno, start.colOffset, e.endLineno,
                            e.endColOffset);
        }
        return null;
    }

    // except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block | 'except' ':' block
    //   | invalid_except_stmt
    // except_star_block: invalid_except_star_stmt_indent | 'except' '*' expression ['as' NAME] ':' block
    //   | invalid_except_stmt
    final ExceptHandlerNode exceptBlock(boolean star) {
        Token start = peek();
        int m = mark();
        if (callInvalidRules) {
            invalidExceptStmtIndent(star);
            reset(m);
        }
        advance();
        ExceptHandlerNode handler = null;
        if (!star || expect(TokenType.STAR) != null) {
            int afterExcept = mark();
            ExprNode type = expression();
            if (type != null) {
                String name = optionalAsName();
                if (expect(TokenType.COLON) != null) {
                    java.util.List<StmtNode> body = block();
                    if (body != null) {
                        Token e = lastToken();
                        handler = new ExceptHandler(type, name, body, start.lineno, start.colOffset, e.endLineno,
                                e.endColOffset);
                    }
                }
            }
            if (handler == null && !star) {
                reset(afterExcept);
                if (expect(TokenType.COLON) != null) {
                    java.util.List<StmtNode> body = block();
                    if (body != null) {
                        Token e = lastToken();
                        handler = new ExceptHandler(null, null, body, start.lineno, start.colOffset, e.endLineno,
                                e.endColOffset);
                    }
                }
            }
        }
        if (handler == null && callInvalidRules) {
            reset(m);
            invalidExceptStmt();
        }
        return handler;
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    private java.util.List<StmtNode> finallyBlock() {
        if (!atKeyword("finally")) {
            return null;
        }
        int m = mark();
        if (callInvalidRules) {
            invalidFinallyStmt();
            reset(m);
        }
        advance();
        expectForced(TokenType.COLON, ":");
        return block();
    }

    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
    private StmtNode matchStmt() {
        Token start = peek();
        if (start.type != TokenType.NAME || !start.text.equals("match")) {
            return null;
        }
        int m = mark();
        advance();
        ExprNode subject = subjectExpr();
        if (subject != null && expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null
                && expect(TokenType.INDENT) != null) {
            java.util.List<MatchCase> cases = new ArrayList<>();
            while (true) {
                int c = mark();
                MatchCase mc = caseBlock();
                if (mc == null) {
                    reset(c);
                    break;
                }
                cases.add(mc);
            }
            if (!cases.isEmpty() && expect(TokenType.DEDENT) != null) {
                Token e = lastToken();
                return new Match(subject, cases, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
            }
        }
        reset(m);
        if (callInvalidRules) {
            invalidMatchStmt();
            reset(m);
        }
        return null;
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    final ExprNode subjectExpr() {
        Token start = peek();
        int m = mark();
        ExprNode first = starNamedExpression();
        if (first != null && at(TokenType.COMMA)) {
            advance();
            java.util.List<ExprNode> elts = new ArrayList<>();
            elts.add(first);
            int r = mark();
            java.util.List<ExprNode> rest = starNamedExpressions();
            if (rest != null) {
                elts.addAll(rest);
            } else {
                reset(r);
            }
            Token e = lastToken();
            return new Tuple(elts, ExprContext.Load, start.lineno, start.colOffset, e.endLineno, e.endColOffset);
        }
        reset(m);
        return namedExpression();
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    private MatchCase caseBlock() {
        Token t = peek();
        if (t.type != TokenType.NAME || !t.text.equals("case")) {
            return null;
        }
        int m = mark();
        if (callInvalidRules) {
            invalidCaseBlock();
            reset(m);
        }
        advance();
        PatternNode pattern = patterns();
        if (pattern == null) {
            return null;
        }
        ExprNode guard = optionalGuard();
        if (expect(TokenType.COLON) == null) {
            return null;
        }
        java.util.List<StmtNode> body = block();
        if (body == null) {
            return null;
        }
        return new MatchCase(pattern, guard, body);
    }

    // guard: 'if' named_expression
    final ExprNode optionalGuard() {
        if (!atKeyword("if")) {
            return null;
        }
        int m = mark();
        advance();
        ExprNode g = namedExpression();
        if (g == null) {
            reset(m);
        }
        return g;
    }

    /**
     * After an interactive statement, anything but blank lines and comments in the rest of the
     * source is an error. CPython 3.12: Parser/pegen.c, bad_single_statement.
     */
    final boolean multipleStatementsInSingle(String source) {
        int i = Math.max(0, Math.min(source.length(), lastFilledToken().end));
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '#') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else {
                return true;
            }
        }
        return false;
    }
}
