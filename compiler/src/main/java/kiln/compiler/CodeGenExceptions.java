package kiln.compiler;

import static kiln.compiler.Opcode.*;

import java.util.List;

import kiln.parser.ast.*;

/**
 * try/except/else/finally, except*, with / async with, and leaving blocks early (return, break, continue
 * through finally and with blocks; CPython 3.12: Python/compile.c, compiler_unwind_fblock).
 */
abstract class CodeGenExceptions extends CodeGenPatterns {
    CodeGenExceptions(String filename, int cfFlags, int futureFeatures, int optimize,
                      List<CompileWarning> warnings, CodeGenSymbols symbols) {
        super(filename, cfFlags, futureFeatures, optimize, warnings, symbols);
    }

    final void popExceptAndReraise(Loc loc) {
        emit(COPY, 3, loc);
        emit(POP_EXCEPT, loc);
        emit(RERAISE, 1, loc);
    }

    final void callExitWithNones(Loc loc) {
        loadConst(NONE, loc);
        loadConst(NONE, loc);
        loadConst(NONE, loc);
        emit(CALL, 2, loc);
    }

    /** Emits the cleanup of one fblock when leaving it early; returns the location to continue with. */
    final Loc unwindFBlock(Loc loc, FBlock info, boolean preserveTos) {
        switch (info.kind) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
                 STOP_ITERATION -> {
                return loc;
            }
            case FOR_LOOP -> {
                if (preserveTos) emit(SWAP, 2, loc);
                emit(POP_TOP, loc);
                return loc;
            }
            case TRY_EXCEPT -> {
                emit(POP_BLOCK, loc);
                return loc;
            }
            case FINALLY_TRY -> {
                emit(POP_BLOCK, loc);
                if (preserveTos) pushFBlock(loc, FB.POP_VALUE, null, null, null);
                @SuppressWarnings("unchecked")
                List<StmtNode> body = (List<StmtNode>) info.datum;
                visitBody(body);
                if (preserveTos) popFBlock(FB.POP_VALUE);
                return NO_LOC;
            }
            case FINALLY_END -> {
                if (preserveTos) emit(SWAP, 2, loc);
                emit(POP_TOP, loc);
                if (preserveTos) emit(SWAP, 2, loc);
                emit(POP_BLOCK, loc);
                emit(POP_EXCEPT, loc);
                return loc;
            }
            case WITH, ASYNC_WITH -> {
                loc = loc((Located) info.datum);
                emit(POP_BLOCK, loc);
                if (preserveTos) emit(SWAP, 2, loc);
                callExitWithNones(loc);
                if (info.kind == FB.ASYNC_WITH) {
                    emit(GET_AWAITABLE, 2, loc);
                    loadConst(NONE, loc);
                    addYieldFrom(loc, true);
                }
                emit(POP_TOP, loc);
                return NO_LOC;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum != null) emit(POP_BLOCK, loc);
                if (preserveTos) emit(SWAP, 2, loc);
                emit(POP_BLOCK, loc);
                emit(POP_EXCEPT, loc);
                if (info.datum != null) {
                    loadConst(NONE, loc);
                    nameOp((String) info.datum, ExprContext.Store, loc);
                    nameOp((String) info.datum, ExprContext.Del, loc);
                }
                return loc;
            }
            case POP_VALUE -> {
                if (preserveTos) emit(SWAP, 2, loc);
                emit(POP_TOP, loc);
                return loc;
            }
        }
        throw new IllegalStateException();
    }

    /** Result of unwinding: the location to use afterwards, and the loop found (if asked for). */
    static final class Unwound {
        Loc loc;
        FBlock loop;
    }

    // CPython 3.12: Python/compile.c, compiler_unwind_fblock_stack
    final void unwindFBlockStack(Unwound st, boolean preserveTos, boolean stopAtLoop) {
        if (u.fblocks.isEmpty()) return;
        FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.kind == FB.EXCEPTION_GROUP_HANDLER)
            throw error(st.loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        if (stopAtLoop && (top.kind == FB.WHILE_LOOP || top.kind == FB.FOR_LOOP)) {
            st.loop = top;
            return;
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        try {
            st.loc = unwindFBlock(st.loc, top, preserveTos);
            unwindFBlockStack(st, preserveTos, stopAtLoop);
        } finally {
            u.fblocks.add(top);
        }
    }

    // CPython 3.12: Python/compile.c, compiler_return
    final void visitReturn(Return s) {
        Loc loc = loc(s);
        boolean preserveTos = s.value != null && !(s.value instanceof Constant);
        if (!isFunctionLike()) throw error(loc, "'return' outside function");
        if (s.value != null && u.ste.isCoroutine() && u.ste.isGenerator())
            throw error(loc, "'return' with value in async generator");
        if (preserveTos) {
            visitExpr(s.value);
        } else if (s.value != null) {
            loc = loc(s.value);
            emit(NOP, loc);
        }
        if (s.value == null || s.value.lineno != s.lineno) {
            loc = loc(s);
            emit(NOP, loc);
        }
        Unwound st = new Unwound();
        st.loc = loc;
        unwindFBlockStack(st, preserveTos, false);
        loc = st.loc;
        if (s.value == null) emit(RETURN_CONST, addConst(NONE), loc);
        else if (!preserveTos) emit(RETURN_CONST, addConst(((Constant) s.value).value), loc);
        else emit(RETURN_VALUE, loc);
    }

    final void visitBreak(Break s) {
        Loc origin = loc(s);
        emit(NOP, origin);
        Unwound st = new Unwound();
        st.loc = origin;
        unwindFBlockStack(st, false, true);
        if (st.loop == null) throw error(origin, "'break' outside loop");
        Loc l = unwindFBlock(st.loc, st.loop, false);
        jump(JUMP, st.loop.exit, l);
    }

    final void visitContinue(Continue s) {
        Loc origin = loc(s);
        emit(NOP, origin);
        Unwound st = new Unwound();
        st.loc = origin;
        unwindFBlockStack(st, false, true);
        if (st.loop == null) throw error(origin, "'continue' not properly in loop");
        jump(JUMP, st.loop.block, st.loc);
    }

    // ---- try ----
    final void visitTry(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse,
                        List<StmtNode> finalbody, Loc loc, boolean star) {
        if (finalbody != null && !finalbody.isEmpty()) tryFinally(body, handlers, orelse, finalbody, loc, star);
        else if (star) tryStarExcept(body, handlers, orelse, loc);
        else tryExcept(body, handlers, orelse, loc);
    }

    // CPython 3.12: Python/compile.c, compiler_try_finally
    private void tryFinally(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse,
                            List<StmtNode> finalbody, Loc loc, boolean star) {
        Label bodyL = newLabel(), end = newLabel(), exit = newLabel(), cleanup = newLabel();
        jump(SETUP_FINALLY, end, loc);
        bind(bodyL);
        pushFBlock(loc, FB.FINALLY_TRY, bodyL, end, finalbody);
        if (handlers != null && !handlers.isEmpty()) {
            if (star) tryStarExcept(body, handlers, orelse, loc);
            else tryExcept(body, handlers, orelse, loc);
        } else {
            visitBody(body);
        }
        emit(POP_BLOCK, NO_LOC);
        popFBlock(FB.FINALLY_TRY);
        visitBody(finalbody);
        jump(JUMP, exit, NO_LOC);
        bind(end);
        jump(SETUP_CLEANUP, cleanup, NO_LOC);
        emit(PUSH_EXC_INFO, NO_LOC);
        pushFBlock(NO_LOC, FB.FINALLY_END, end, null, null);
        visitBody(finalbody);
        popFBlock(FB.FINALLY_END);
        emit(RERAISE, 0, NO_LOC);
        bind(cleanup);
        popExceptAndReraise(NO_LOC);
        bind(exit);
    }

    // CPython 3.12: Python/compile.c, compiler_try_except
    private void tryExcept(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, Loc loc) {
        Label bodyL = newLabel(), except = newLabel(), end = newLabel(), cleanup = newLabel();
        jump(SETUP_FINALLY, except, loc);
        bind(bodyL);
        pushFBlock(loc, FB.TRY_EXCEPT, bodyL, null, null);
        visitBody(body);
        popFBlock(FB.TRY_EXCEPT);
        emit(POP_BLOCK, NO_LOC);
        if (orelse != null && !orelse.isEmpty()) visitBody(orelse);
        jump(JUMP, end, NO_LOC);
        int n = handlers.size();
        bind(except);
        jump(SETUP_CLEANUP, cleanup, NO_LOC);
        emit(PUSH_EXC_INFO, NO_LOC);
        pushFBlock(loc, FB.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = (ExceptHandler) handlers.get(i);
            Loc hloc = loc(h);
            if (h.type == null && i < n - 1) throw error(hloc, "default 'except:' must be last");
            Label nextExcept = newLabel();
            if (h.type != null) {
                visitExpr(h.type);
                emit(CHECK_EXC_MATCH, hloc);
                jump(POP_JUMP_IF_FALSE, nextExcept, hloc);
            }
            if (h.name != null) {
                Label cleanupEnd = newLabel(), cleanupBody = newLabel();
                nameOp(h.name, ExprContext.Store, hloc);
                jump(SETUP_CLEANUP, cleanupEnd, hloc);
                bind(cleanupBody);
                pushFBlock(hloc, FB.HANDLER_CLEANUP, cleanupBody, null, h.name);
                visitBody(h.body);
                popFBlock(FB.HANDLER_CLEANUP);
                emit(POP_BLOCK, NO_LOC);
                emit(POP_BLOCK, NO_LOC);
                emit(POP_EXCEPT, NO_LOC);
                loadConst(NONE, NO_LOC);
                nameOp(h.name, ExprContext.Store, NO_LOC);
                nameOp(h.name, ExprContext.Del, NO_LOC);
                jump(JUMP, end, NO_LOC);
                bind(cleanupEnd);
                loadConst(NONE, NO_LOC);
                nameOp(h.name, ExprContext.Store, NO_LOC);
                nameOp(h.name, ExprContext.Del, NO_LOC);
                emit(RERAISE, 1, NO_LOC);
            } else {
                Label cleanupBody = newLabel();
                emit(POP_TOP, hloc);
                bind(cleanupBody);
                pushFBlock(hloc, FB.HANDLER_CLEANUP, cleanupBody, null, null);
                visitBody(h.body);
                popFBlock(FB.HANDLER_CLEANUP);
                emit(POP_BLOCK, NO_LOC);
                emit(POP_EXCEPT, NO_LOC);
                jump(JUMP, end, NO_LOC);
            }
            bind(nextExcept);
        }
        popFBlock(FB.EXCEPTION_HANDLER);
        emit(RERAISE, 0, NO_LOC);
        bind(cleanup);
        popExceptAndReraise(NO_LOC);
        bind(end);
    }

    // CPython 3.12: Python/compile.c, compiler_try_star_except
    private void tryStarExcept(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse,
                               Loc loc) {
        Label bodyL = newLabel(), except = newLabel(), orelseL = newLabel(), end = newLabel(),
                cleanup = newLabel(), reraiseStar = newLabel();
        jump(SETUP_FINALLY, except, loc);
        bind(bodyL);
        pushFBlock(loc, FB.TRY_EXCEPT, bodyL, null, null);
        visitBody(body);
        popFBlock(FB.TRY_EXCEPT);
        emit(POP_BLOCK, NO_LOC);
        jump(JUMP, orelseL, NO_LOC);
        int n = handlers.size();
        bind(except);
        jump(SETUP_CLEANUP, cleanup, NO_LOC);
        emit(PUSH_EXC_INFO, NO_LOC);
        pushFBlock(loc, FB.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler h = (ExceptHandler) handlers.get(i);
            Loc hloc = loc(h);
            Label nextExcept = newLabel(), exceptWithError = newLabel(), noMatch = newLabel();
            if (i == 0) {
                emit(BUILD_LIST, 0, hloc);
                emit(COPY, 2, hloc);
            }
            if (h.type != null) {
                visitExpr(h.type);
                emit(CHECK_EG_MATCH, hloc);
                emit(COPY, 1, hloc);
                jump(POP_JUMP_IF_NONE, noMatch, hloc);
            }
            Label cleanupEnd = newLabel(), cleanupBody = newLabel();
            if (h.name != null) nameOp(h.name, ExprContext.Store, hloc);
            else emit(POP_TOP, hloc);
            jump(SETUP_CLEANUP, cleanupEnd, hloc);
            bind(cleanupBody);
            pushFBlock(hloc, FB.HANDLER_CLEANUP, cleanupBody, null, h.name);
            visitBody(h.body);
            popFBlock(FB.HANDLER_CLEANUP);
            emit(POP_BLOCK, NO_LOC);
            if (h.name != null) {
                loadConst(NONE, NO_LOC);
                nameOp(h.name, ExprContext.Store, NO_LOC);
                nameOp(h.name, ExprContext.Del, NO_LOC);
            }
            jump(JUMP, nextExcept, NO_LOC);
            bind(cleanupEnd);
            if (h.name != null) {
                loadConst(NONE, NO_LOC);
                nameOp(h.name, ExprContext.Store, NO_LOC);
                nameOp(h.name, ExprContext.Del, NO_LOC);
            }
            emit(LIST_APPEND, 3, NO_LOC);
            emit(POP_TOP, NO_LOC);
            jump(JUMP, exceptWithError, NO_LOC);
            bind(nextExcept);
            emit(NOP, NO_LOC);
            jump(JUMP, exceptWithError, NO_LOC);
            bind(noMatch);
            emit(POP_TOP, hloc);
            bind(exceptWithError);
            if (i == n - 1) {
                emit(LIST_APPEND, 1, NO_LOC);
                jump(JUMP, reraiseStar, NO_LOC);
            }
        }
        popFBlock(FB.EXCEPTION_GROUP_HANDLER);
        Label reraise = newLabel();
        bind(reraiseStar);
        emit(CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, NO_LOC);
        emit(COPY, 1, NO_LOC);
        jump(POP_JUMP_IF_NOT_NONE, reraise, NO_LOC);
        emit(POP_TOP, NO_LOC);
        emit(POP_BLOCK, NO_LOC);
        emit(POP_EXCEPT, NO_LOC);
        jump(JUMP, end, NO_LOC);
        bind(reraise);
        emit(POP_BLOCK, NO_LOC);
        emit(SWAP, 2, NO_LOC);
        emit(POP_EXCEPT, NO_LOC);
        emit(RERAISE, 0, NO_LOC);
        bind(cleanup);
        popExceptAndReraise(NO_LOC);
        bind(orelseL);
        if (orelse != null) visitBody(orelse);
        bind(end);
    }

    // ---- with ----
    private void withExceptFinish(Label cleanup) {
        Label suppress = newLabel(), exit = newLabel();
        jump(POP_JUMP_IF_TRUE, suppress, NO_LOC);
        emit(RERAISE, 2, NO_LOC);
        bind(suppress);
        emit(POP_TOP, NO_LOC);
        emit(POP_BLOCK, NO_LOC);
        emit(POP_EXCEPT, NO_LOC);
        emit(POP_TOP, NO_LOC);
        emit(POP_TOP, NO_LOC);
        jump(JUMP, exit, NO_LOC);
        bind(cleanup);
        popExceptAndReraise(NO_LOC);
        bind(exit);
    }

    // CPython 3.12: Python/compile.c, compiler_with / compiler_async_with
    final void visitWith(StmtNode s, List<WithItem> items, List<StmtNode> body, int pos, boolean async) {
        Loc loc = loc(s);
        if (async && !isTopLevelAwait() && u.kind != U_ASYNC_FUNCTION)
            throw error(loc, "'async with' outside async function");
        WithItem item = items.get(pos);
        Label block = newLabel(), fin = newLabel(), exit = newLabel(), cleanup = newLabel();
        visitExpr(item.contextExpr);
        if (async) {
            emit(BEFORE_ASYNC_WITH, loc);
            emit(GET_AWAITABLE, 1, loc);
            loadConst(NONE, loc);
            addYieldFrom(loc, true);
        } else {
            emit(BEFORE_WITH, loc);
        }
        jump(SETUP_WITH, fin, loc);
        bind(block);
        pushFBlock(loc, async ? FB.ASYNC_WITH : FB.WITH, block, fin, s);
        if (item.optionalVars != null) visitExpr(item.optionalVars);
        else emit(POP_TOP, loc);
        pos++;
        if (pos == items.size()) visitBody(body);
        else visitWith(s, items, body, pos, async);
        emit(POP_BLOCK, NO_LOC);
        popFBlock(async ? FB.ASYNC_WITH : FB.WITH);
        callExitWithNones(loc);
        if (async) {
            emit(GET_AWAITABLE, 2, loc);
            loadConst(NONE, loc);
            addYieldFrom(loc, true);
        }
        emit(POP_TOP, loc);
        jump(JUMP, exit, loc);
        bind(fin);
        jump(SETUP_CLEANUP, cleanup, loc);
        emit(PUSH_EXC_INFO, loc);
        emit(WITH_EXCEPT_START, loc);
        if (async) {
            emit(GET_AWAITABLE, 2, loc);
            loadConst(NONE, loc);
            addYieldFrom(loc, true);
        }
        withExceptFinish(cleanup);
        bind(exit);
    }
}
