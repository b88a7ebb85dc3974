package kiln.compiler;

import static kiln.compiler.Opcode.*;

import java.util.List;

import kiln.parser.ast.*;

/** Simple and compound statements other than definitions, try and with. */
abstract class CodeGenStatements extends CodeGenExceptions {
    CodeGenStatements(String filename, int cfFlags, int futureFeatures, int optimize,
                      List<CompileWarning> warnings, CodeGenSymbols symbols) {
        super(filename, cfFlags, futureFeatures, optimize, warnings, symbols);
    }

    abstract void visitFunctionDef(StmtNode s, boolean async);

    abstract void visitClassDef(ClassDef s);

    abstract void visitTypeAlias(TypeAlias s);

    abstract void visitAnnExpr(ExprNode annotation);

    /** Location of the `from __future__` statements (CPython's ff_location), or null. */
    Loc futureLocation = new Loc(-1, -1, -1, -1);

    @Override
    void visitBody(List<StmtNode> body) {
        for (StmtNode s : body) visitStmt(s);
    }

    @Override
    void visitStmt(StmtNode s) {
        Loc loc = loc(s);
        switch (s) {
            case FunctionDef f -> visitFunctionDef(f, false);
            case AsyncFunctionDef f -> visitFunctionDef(f, true);
            case ClassDef c -> visitClassDef(c);
            case TypeAlias t -> visitTypeAlias(t);
            case Return r -> visitReturn(r);
            case Delete d -> {
                for (ExprNode t : d.targets) visitExpr(t);
            }
            case Assign a -> {
                int n = a.targets.size();
                visitExpr(a.value);
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) emit(COPY, 1, loc);
                    visitExpr(a.targets.get(i));
                }
            }
            case AugAssign a -> visitAugAssign(a);
            case AnnAssign a -> visitAnnAssign(a);
            case For f -> visitFor(f);
            case AsyncFor f -> visitAsyncFor(f);
            case While w -> visitWhile(w);
            case If i -> visitIf(i);
            case Match m -> visitMatch(m);
            case Raise r -> {
                int n = 0;
                if (r.exc != null) {
                    visitExpr(r.exc);
                    n++;
                    if (r.cause != null) {
                        visitExpr(r.cause);
                        n++;
                    }
                }
                emit(RAISE_VARARGS, n, loc);
            }
            case Try t -> visitTry(t.body, t.handlers, t.orelse, t.finalbody, loc, false);
            case TryStar t -> visitTry(t.body, t.handlers, t.orelse, t.finalbody, loc, true);
            case Assert a -> visitAssert(a);
            case Import i -> visitImport(i);
            case ImportFrom i -> visitImportFrom(i);
            case Global g -> {
            }
            case Nonlocal n -> {
            }
            case Expr e -> visitExprStmt(e);
            case Pass p -> emit(NOP, loc);
            case Break b -> visitBreak(b);
            case Continue c -> visitContinue(c);
            case With w -> visitWith(w, w.items, w.body, 0, false);
            case AsyncWith w -> visitWith(w, w.items, w.body, 0, true);
        }
    }

    private void visitExprStmt(Expr s) {
        Loc loc = loc(s);
        if (interactive && nestLevel <= 1) {
            visitExpr(s.value);
            emit(CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
            emit(POP_TOP, NO_LOC);
            return;
        }
        if (s.value instanceof Constant) {
            emit(NOP, loc);
            return;
        }
        visitExpr(s.value);
        emit(POP_TOP, NO_LOC);
    }

    // CPython 3.12: Python/compile.c, compiler_if
    private void visitIf(If s) {
        Label end = newLabel();
        Label next = s.orelse.isEmpty() ? end : newLabel();
        jumpIf(loc(s), s.test, next, false);
        visitBody(s.body);
        if (!s.orelse.isEmpty()) {
            jump(JUMP, end, NO_LOC);
            bind(next);
            visitBody(s.orelse);
        }
        bind(end);
    }

    private void visitWhile(While s) {
        Label loop = newLabel(), body = newLabel(), end = newLabel(), anchor = newLabel();
        bind(loop);
        pushFBlock(loc(s), FB.WHILE_LOOP, loop, end, null);
        jumpIf(loc(s), s.test, anchor, false);
        bind(body);
        visitBody(s.body);
        jumpIf(loc(s), s.test, body, true);
        popFBlock(FB.WHILE_LOOP);
        bind(anchor);
        if (s.orelse != null) visitBody(s.orelse);
        bind(end);
    }

    private void visitFor(For s) {
        Loc loc = loc(s);
        Label start = newLabel(), body = newLabel(), cleanup = newLabel(), end = newLabel();
        pushFBlock(loc, FB.FOR_LOOP, start, end, null);
        visitExpr(s.iter);
        emit(GET_ITER, loc);
        bind(start);
        jump(FOR_ITER, cleanup, loc);
        bind(body);
        visitExpr(s.target);
        visitBody(s.body);
        jump(JUMP, start, NO_LOC);
        bind(cleanup);
        emit(END_FOR, NO_LOC);
        popFBlock(FB.FOR_LOOP);
        visitBody(s.orelse);
        bind(end);
    }

    private void visitAsyncFor(AsyncFor s) {
        Loc loc = loc(s);
        if (!isTopLevelAwait() && u.kind != U_ASYNC_FUNCTION)
            throw error(loc, "'async for' outside async function");
        Label start = newLabel(), except = newLabel(), end = newLabel();
        visitExpr(s.iter);
        emit(GET_AITER, loc);
        bind(start);
        pushFBlock(loc, FB.FOR_LOOP, start, end, null);
        jump(SETUP_FINALLY, except, loc);
        emit(GET_ANEXT, loc);
        loadConst(NONE, loc);
        addYieldFrom(loc, true);
        emit(POP_BLOCK, loc);
        visitExpr(s.target);
        visitBody(s.body);
        jump(JUMP, start, NO_LOC);
        popFBlock(FB.FOR_LOOP);
        bind(except);
        emit(END_ASYNC_FOR, loc(s.iter));
        visitBody(s.orelse);
        bind(end);
    }

    // CPython 3.12: Python/compile.c, compiler_augassign
    private void visitAugAssign(AugAssign s) {
        ExprNode e = s.target;
        Loc loc = loc(e);
        switch (e) {
            case Attribute a -> {
                visitExpr(a.value);
                emit(COPY, 1, loc);
                loadAttr(a.attr, false, attrLoc(loc, a));
            }
            case Subscript sub -> {
                visitExpr(sub.value);
                if (isTwoElementSlice(sub.slice)) {
                    compileSlice((Slice) sub.slice);
                    emit(COPY, 3, loc);
                    emit(COPY, 3, loc);
                    emit(COPY, 3, loc);
                    emit(BINARY_SLICE, loc);
                } else {
                    visitExpr(sub.slice);
                    emit(COPY, 2, loc);
                    emit(COPY, 2, loc);
                    emit(BINARY_SUBSCR, loc);
                }
            }
            case Name n -> nameOp(n.id, ExprContext.Load, loc);
            default -> throw new IllegalStateException("invalid node type for augmented assignment");
        }
        visitExpr(s.value);
        emit(BINARY_OP, binOp(s.op, true), loc(s));
        switch (e) {
            case Attribute a -> {
                Loc al = attrLoc(loc, a);
                emit(SWAP, 2, al);
                emit(STORE_ATTR, mangledNameIdx(a.attr), al);
            }
            case Subscript sub -> {
                if (isTwoElementSlice(sub.slice)) {
                    emit(SWAP, 4, loc);
                    emit(SWAP, 3, loc);
                    emit(SWAP, 2, loc);
                    emit(STORE_SLICE, loc);
                } else {
                    emit(SWAP, 3, loc);
                    emit(SWAP, 2, loc);
                    emit(STORE_SUBSCR, loc);
                }
            }
            case Name n -> nameOp(n.id, ExprContext.Store, loc);
            default -> {
            }
        }
    }

    private void checkAnnExpr(ExprNode e) {
        visitExpr(e);
        emit(POP_TOP, loc(e));
    }

    private void checkAnnSubscr(ExprNode e) {
        switch (e) {
            case Slice s -> {
                if (s.lower != null) checkAnnExpr(s.lower);
                if (s.upper != null) checkAnnExpr(s.upper);
                if (s.step != null) checkAnnExpr(s.step);
            }
            case Tuple t -> {
                for (ExprNode x : t.elts) checkAnnSubscr(x);
            }
            default -> checkAnnExpr(e);
        }
    }

    final boolean futureAnnotations() {
        return (futureFeatures & CodeMeta.CO_FUTURE_ANNOTATIONS) != 0;
    }

    // CPython 3.12: Python/compile.c, compiler_annassign
    private void visitAnnAssign(AnnAssign s) {
        Loc loc = loc(s);
        ExprNode targ = s.target;
        if (s.value != null) {
            visitExpr(s.value);
            visitExpr(targ);
        }
        switch (targ) {
            case Name n -> {
                forbiddenName(loc, n.id, ExprContext.Store);
                if (s.simple != 0 && (u.kind == U_MODULE || u.kind == U_CLASS)) {
                    if (futureAnnotations()) visitAnnExpr(s.annotation);
                    else visitExpr(s.annotation);
                    emit(LOAD_NAME, nameIdx("__annotations__"), loc);
                    loadConst(mangle(n.id), loc);
                    emit(STORE_SUBSCR, loc);
                }
            }
            case Attribute a -> {
                forbiddenName(loc, a.attr, ExprContext.Store);
                if (s.value == null) checkAnnExpr(a.value);
            }
            case Subscript sub -> {
                if (s.value == null) {
                    checkAnnExpr(sub.value);
                    checkAnnSubscr(sub.slice);
                }
            }
            default -> throw error(loc, "invalid node type for annotated assignment");
        }
        if (s.simple == 0 && !futureAnnotations() && (u.kind == U_MODULE || u.kind == U_CLASS))
            checkAnnExpr(s.annotation);
    }

    private void visitAssert(Assert s) {
        Loc loc = loc(s);
        if ((s.test instanceof Tuple t && !t.elts.isEmpty())
                || (s.test instanceof Constant c && c.value instanceof ConstTuple ct && ct.items().length > 0)) {
            warn(loc, "assertion is always true, perhaps remove parentheses?");
        }
        if (optimize > 0) return;
        Label end = newLabel();
        jumpIf(loc, s.test, end, true);
        emit(LOAD_ASSERTION_ERROR, loc);
        if (s.msg != null) {
            visitExpr(s.msg);
            emit(CALL, 0, loc);
        }
        emit(RAISE_VARARGS, 1, loc);
        bind(end);
    }

    // CPython 3.12: Python/compile.c, compiler_import / compiler_import_as
    private void visitImport(Import s) {
        Loc loc = loc(s);
        for (Alias alias : s.names) {
            loadConst(0L, loc);
            loadConst(NONE, loc);
            emit(IMPORT_NAME, mangledNameIdx(alias.name), loc);
            if (alias.asname != null) {
                String name = alias.name;
                int dot = name.indexOf('.');
                if (dot >= 0) {
                    while (true) {
                        int pos = dot + 1;
                        dot = name.indexOf('.', pos);
                        String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                        emit(IMPORT_FROM, nameIdx(attr), loc);
                        if (dot < 0) break;
                        emit(SWAP, 2, loc);
                        emit(POP_TOP, loc);
                    }
                    nameOp(alias.asname, ExprContext.Store, loc);
                    emit(POP_TOP, loc);
                } else {
                    nameOp(alias.asname, ExprContext.Store, loc);
                }
            } else {
                String tmp = alias.name;
                int dot = tmp.indexOf('.');
                if (dot >= 0) tmp = tmp.substring(0, dot);
                nameOp(tmp, ExprContext.Store, loc);
            }
        }
    }

    private void visitImportFrom(ImportFrom s) {
        Loc loc = loc(s);
        int level = s.level == null ? 0 : s.level;
        loadConst((long) level, loc);
        Object[] names = new Object[s.names.size()];
        for (int i = 0; i < names.length; i++) names[i] = s.names.get(i).name;
        if (isAfter(loc, futureLocation) && "__future__".equals(s.module) && level == 0)
            throw error(loc, "from __future__ imports must occur at the beginning of the file");
        loadConst(new ConstTuple(names), loc);
        emit(IMPORT_NAME, mangledNameIdx(s.module != null ? s.module : ""), loc);
        for (int i = 0; i < s.names.size(); i++) {
            Alias alias = s.names.get(i);
            if (i == 0 && alias.name.startsWith("*")) {
                emit(CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
                emit(POP_TOP, NO_LOC);
                return;
            }
            emit(IMPORT_FROM, mangledNameIdx(alias.name), loc);
            nameOp(alias.asname != null ? alias.asname : alias.name, ExprContext.Store, loc);
        }
        emit(POP_TOP, loc);
    }

    static boolean isAfter(Loc a, Loc b) {
        return a.lineno() > b.endLineno() || (a.lineno() == b.endLineno() && a.col() > b.endCol());
    }

    /** CPython 3.12: Python/compile.c, find_ann: does a body contain an annotated assignment? */
    static boolean findAnn(List<StmtNode> stmts) {
        for (StmtNode st : stmts) {
            boolean res = switch (st) {
                case AnnAssign a -> true;
                case For f -> findAnn(f.body) || findAnn(f.orelse);
                case AsyncFor f -> findAnn(f.body) || findAnn(f.orelse);
                case While w -> findAnn(w.body) || findAnn(w.orelse);
                case If i -> findAnn(i.body) || findAnn(i.orelse);
                case With w -> findAnn(w.body);
                case AsyncWith w -> findAnn(w.body);
                case Try t -> {
                    boolean r = false;
                    for (ExceptHandlerNode h : t.handlers) r |= findAnn(((ExceptHandler) h).body);
                    yield r || findAnn(t.body) || findAnn(t.orelse) || findAnn(t.finalbody);
                }
                case TryStar t -> {
                    boolean r = false;
                    for (ExceptHandlerNode h : t.handlers) r |= findAnn(((ExceptHandler) h).body);
                    yield r || findAnn(t.body) || findAnn(t.orelse) || findAnn(t.finalbody);
                }
                case Match m -> {
                    boolean r = false;
                    for (MatchCase c : m.cases) r |= findAnn(c.body);
                    yield r;
                }
                default -> false;
            };
            if (res) return true;
        }
        return false;
    }

    // CPython 3.12: Python/compile.c, compiler_body
    final void compileBody(Loc loc, List<StmtNode> stmts) {
        if (u.kind == U_MODULE && !stmts.isEmpty()) loc = loc(stmts.get(0));
        if (findAnn(stmts)) emit(SETUP_ANNOTATIONS, loc);
        if (stmts.isEmpty()) return;
        int i = 0;
        if (optimize < 2) {
            Object doc = docString(stmts);
            if (doc != null) {
                i = 1;
                visitExpr(((Expr) stmts.get(0)).value);
                nameOp("__doc__", ExprContext.Store, NO_LOC);
            }
        }
        for (; i < stmts.size(); i++) visitStmt(stmts.get(i));
    }
}
