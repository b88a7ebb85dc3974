package kiln.compiler;

import static kiln.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;

import kiln.parser.ast.*;

/** Comprehensions and generator expressions, with PEP 709 inlining as CPython 3.12. */
abstract class CodeGenComprehensions extends CodeGenCalls {
    CodeGenComprehensions(String filename, int cfFlags, int futureFeatures, int optimize,
                          List<CompileWarning> warnings, CodeGenSymbols symbols) {
        super(filename, cfFlags, futureFeatures, optimize, warnings, symbols);
    }

    static final int COMP_GENEXP = 0, COMP_LISTCOMP = 1, COMP_SETCOMP = 2, COMP_DICTCOMP = 3;

    abstract void makeClosure(Loc loc, CodeUnit co, int flags);

    /** What push_inlined_comprehension_state saved, to undo after the comprehension. */
    static final class InlineState {
        List<String> pushedLocals;
        List<String> tempNames = new ArrayList<>();
        List<Integer> savedScope = new ArrayList<>();
        List<Integer> savedFlags = new ArrayList<>();
        List<String> fastHidden;
        Label cleanup, end;
    }

    @Override
    void visitComprehension(ExprNode e) {
        switch (e) {
            case GeneratorExp g -> comprehension(e, COMP_GENEXP, "<genexpr>", g.generators, g.elt, null);
            case ListComp l -> comprehension(e, COMP_LISTCOMP, "<listcomp>", l.generators, l.elt, null);
            case SetComp s -> comprehension(e, COMP_SETCOMP, "<setcomp>", s.generators, s.elt, null);
            case DictComp d -> comprehension(e, COMP_DICTCOMP, "<dictcomp>", d.generators, d.key, d.value);
            default -> throw new IllegalStateException();
        }
    }

    // CPython 3.12: Python/compile.c, compiler_comprehension
    private void comprehension(ExprNode e, int type, String name, List<Comprehension> generators, ExprNode elt,
                               ExprNode val) {
        int scopeType = u.kind;
        boolean topLevelAwait = isTopLevelAwait();
        CodeGenScope entry = symbols.lookup(e);
        boolean inlined = entry.compInlined();
        boolean asyncGen = entry.isCoroutine();
        Loc loc = loc(e);
        Comprehension outermost = generators.get(0);
        InlineState state = null;
        if (inlined) {
            visitExpr(outermost.iter);
            emit(outermost.isAsync != 0 ? GET_AITER : GET_ITER, loc);
            state = pushInlined(loc, entry);
        } else {
            enterScope(name, U_COMPREHENSION, e, e.lineno);
            if (type == COMP_GENEXP) openStopIterationHandler();
        }
        if (asyncGen && type != COMP_GENEXP && scopeType != U_ASYNC_FUNCTION && scopeType != U_COMPREHENSION
                && !topLevelAwait) {
            throw error(loc, "asynchronous comprehension outside of an asynchronous function");
        }
        if (type != COMP_GENEXP) {
            emit(type == COMP_LISTCOMP ? BUILD_LIST : type == COMP_SETCOMP ? BUILD_SET : BUILD_MAP, 0, loc);
            if (inlined) emit(SWAP, 2, loc);
        }
        generator(loc, generators, 0, 0, elt, val, type, inlined);
        if (inlined) {
            popInlined(loc, state);
            return;
        }
        if (type != COMP_GENEXP) emit(RETURN_VALUE, loc);
        else wrapInStopIterationHandler();
        u.meta.argcount = 1;
        CodeUnit co = exitScope(true);
        makeClosure(loc, co, 0);
        visitExpr(outermost.iter);
        emit(outermost.isAsync != 0 ? GET_AITER : GET_ITER, loc);
        emit(CALL, 0, loc);
        if (asyncGen && type != COMP_GENEXP) {
            emit(GET_AWAITABLE, 0, loc);
            loadConst(NONE, loc);
            addYieldFrom(loc, true);
        }
    }

    // CPython 3.12: Python/compile.c, wrap_in_stopiteration_handler (SETUP_CLEANUP opened after RESUME)
    final void openStopIterationHandler() {
        u.stopIter = newLabel();
        jump(SETUP_CLEANUP, u.stopIter, NO_LOC);
    }

    final void wrapInStopIterationHandler() {
        Label handler = u.stopIter;
        emit(RETURN_CONST, addConst(NONE), NO_LOC);
        bind(handler);
        emit(CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOC);
        emit(RERAISE, 1, NO_LOC);
    }

    private void generator(Loc loc, List<Comprehension> gens, int index, int depth, ExprNode elt, ExprNode val,
                           int type, boolean iterOnStack) {
        if (gens.get(index).isAsync != 0) asyncGenerator(loc, gens, index, depth, elt, val, type, iterOnStack);
        else syncGenerator(loc, gens, index, depth, elt, val, type, iterOnStack);
    }

    private void comprehensionElement(int type, ExprNode elt, ExprNode val, int depth) {
        Loc eltLoc = loc(elt);
        switch (type) {
            case COMP_GENEXP -> {
                visitExpr(elt);
                addYield(eltLoc);
                emit(POP_TOP, eltLoc);
            }
            case COMP_LISTCOMP -> {
                visitExpr(elt);
                emit(LIST_APPEND, depth + 1, eltLoc);
            }
            case COMP_SETCOMP -> {
                visitExpr(elt);
                emit(SET_ADD, depth + 1, eltLoc);
            }
            default -> {
                visitExpr(elt);
                visitExpr(val);
                emit(MAP_ADD, depth + 1, new Loc(elt.lineno, elt.colOffset, val.endLineno, val.endColOffset));
            }
        }
    }

    // CPython 3.12: Python/compile.c, compiler_sync_comprehension_generator
    private void syncGenerator(Loc loc, List<Comprehension> gens, int index, int depth, ExprNode elt,
                               ExprNode val, int type, boolean iterOnStack) {
        Label start = newLabel(), ifCleanup = newLabel(), anchor = newLabel();
        boolean loop = true;
        Comprehension gen = gens.get(index);
        if (!iterOnStack) {
            if (index == 0) {
                u.meta.argcount = 1;
                emit(LOAD_FAST, 0, loc);
            } else {
                List<ExprNode> elts = gen.iter instanceof kiln.parser.ast.List l ? l.elts
                        : gen.iter instanceof Tuple t ? t.elts : null;
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
                    visitExpr(elts.get(0));
                    loop = false;
                }
                if (loop) {
                    visitExpr(gen.iter);
                    emit(GET_ITER, loc);
                }
            }
        }
        if (loop) {
            depth++;
            bind(start);
            jump(FOR_ITER, anchor, loc);
        }
        visitExpr(gen.target);
        for (ExprNode cond : gen.ifs) jumpIf(loc, cond, ifCleanup, false);
        if (++index < gens.size()) generator(loc, gens, index, depth, elt, val, type, false);
        Loc eltLoc = loc(elt);
        if (index >= gens.size()) {
            comprehensionElement(type, elt, val, depth);
            if (type == COMP_DICTCOMP)
                eltLoc = new Loc(elt.lineno, elt.colOffset, val.endLineno, val.endColOffset);
        }
        bind(ifCleanup);
        if (loop) {
            jump(JUMP, start, eltLoc);
            bind(anchor);
            emit(END_FOR, NO_LOC);
        }
    }

    // CPython 3.12: Python/compile.c, compiler_async_comprehension_generator
    private void asyncGenerator(Loc loc, List<Comprehension> gens, int index, int depth, ExprNode elt,
                                ExprNode val, int type, boolean iterOnStack) {
        Label start = newLabel(), except = newLabel(), ifCleanup = newLabel();
        Comprehension gen = gens.get(index);
        if (!iterOnStack) {
            if (index == 0) {
                u.meta.argcount = 1;
                emit(LOAD_FAST, 0, loc);
            } else {
                visitExpr(gen.iter);
                emit(GET_AITER, loc);
            }
        }
        bind(start);
        pushFBlock(loc, FB.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        jump(SETUP_FINALLY, except, loc);
        emit(GET_ANEXT, loc);
        loadConst(NONE, loc);
        addYieldFrom(loc, true);
        emit(POP_BLOCK, loc);
        visitExpr(gen.target);
        for (ExprNode cond : gen.ifs) jumpIf(loc, cond, ifCleanup, false);
        depth++;
        if (++index < gens.size()) generator(loc, gens, index, depth, elt, val, type, false);
        Loc eltLoc = loc(elt);
        if (index >= gens.size()) {
            comprehensionElement(type, elt, val, depth);
            if (type == COMP_DICTCOMP)
                eltLoc = new Loc(elt.lineno, elt.colOffset, val.endLineno, val.endColOffset);
        }
        bind(ifCleanup);
        jump(JUMP, start, eltLoc);
        popFBlock(FB.ASYNC_COMPREHENSION_GENERATOR);
        bind(except);
        emit(END_ASYNC_FOR, loc);
    }

    // CPython 3.12: Python/compile.c, push_inlined_comprehension_state
    private InlineState pushInlined(Loc loc, CodeGenScope entry) {
        InlineState st = new InlineState();
        boolean inClassBlock = u.ste.kind() == CodeGenScope.K_CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        for (String k : entry.symbolNames()) {
            int symbol = entry.flags(k);
            int scope = entry.scopeOf(k);
            int outsc = scopeOf(k);
            // a name free in the comprehension is handled as in the enclosing scope
            if (scope != outsc && scope != CodeGenScope.FREE
                    && !(scope == CodeGenScope.CELL && outsc == CodeGenScope.FREE)) {
                st.tempNames.add(k);
                st.savedScope.add(u.tempScope.get(k));
                st.savedFlags.add(u.tempFlags.get(k));
                u.tempScope.put(k, scope);
                u.tempFlags.put(k, symbol);
            }
            if (((symbol & CodeGenScope.DEF_LOCAL) != 0 && (symbol & CodeGenScope.DEF_NONLOCAL) == 0)
                    || inClassBlock) {
                if (!u.ste.isFunctionLike()) {
                    if (!Boolean.TRUE.equals(u.fastHidden.get(k))) {
                        u.fastHidden.put(k, Boolean.TRUE);
                        if (st.fastHidden == null) st.fastHidden = new ArrayList<>();
                        st.fastHidden.add(k);
                    }
                }
                if (st.pushedLocals == null) st.pushedLocals = new ArrayList<>();
                emit(LOAD_FAST_AND_CLEAR, varIdx(k), loc);
                if (scope == CodeGenScope.CELL) {
                    if (outsc == CodeGenScope.FREE) emit(MAKE_CELL, freeIdx(k), loc);
                    else emit(MAKE_CELL, cellIdxOrAdd(k), loc);
                }
                st.pushedLocals.add(k);
            }
        }
        if (st.pushedLocals != null) emit(SWAP, st.pushedLocals.size() + 1, loc);
        st.cleanup = newLabel();
        st.end = newLabel();
        if (st.pushedLocals != null) jump(SETUP_FINALLY, st.cleanup, loc);
        return st;
    }

    private int cellIdxOrAdd(String k) {
        Integer i = u.cellIndex.get(k);
        if (i != null) return i;
        throw new IllegalStateException("comprehension cell " + k + " missing from cellvars");
    }

    private void restoreInlinedLocals(Loc loc, InlineState st) {
        int n = st.pushedLocals.size();
        emit(SWAP, n + 1, loc);
        for (int i = n - 1; i >= 0; i--) emit(STORE_FAST_MAYBE_NULL, varIdx(st.pushedLocals.get(i)), loc);
    }

    // CPython 3.12: Python/compile.c, pop_inlined_comprehension_state
    private void popInlined(Loc loc, InlineState st) {
        u.inInlinedComp--;
        if (st.pushedLocals != null) {
            emit(POP_BLOCK, NO_LOC);
            jump(JUMP_NO_INTERRUPT, st.end, NO_LOC);
            bind(st.cleanup);
            emit(SWAP, 2, NO_LOC);
            emit(POP_TOP, NO_LOC);
            restoreInlinedLocals(loc, st);
            emit(RERAISE, 0, NO_LOC);
            bind(st.end);
            restoreInlinedLocals(loc, st);
        }
        for (int i = st.tempNames.size() - 1; i >= 0; i--) {
            String k = st.tempNames.get(i);
            if (st.savedScope.get(i) == null) {
                u.tempScope.remove(k);
                u.tempFlags.remove(k);
            } else {
                u.tempScope.put(k, st.savedScope.get(i));
                u.tempFlags.put(k, st.savedFlags.get(i));
            }
        }
        if (st.fastHidden != null) for (String k : st.fastHidden) u.fastHidden.remove(k);
    }
}
