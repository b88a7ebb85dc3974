package kiln.compiler;

import static kiln.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import kiln.parser.ast.*;

/** The match statement and every pattern kind (CPython 3.12: Python/compile.c, compiler_pattern*). */
abstract class CodeGenPatterns extends CodeGenComprehensions {
    CodeGenPatterns(String filename, int cfFlags, int futureFeatures, int optimize, List<CompileWarning> warnings,
                    CodeGenSymbols symbols) {
        super(filename, cfFlags, futureFeatures, optimize, warnings, symbols);
    }

    /** CPython's pattern_context. */
    static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Label> failPop = new ArrayList<>();
        int onTop;
    }

    private void ensureFailPop(PatternContext pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(newLabel());
    }

    private void jumpToFailPop(Loc loc, PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        jump(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Loc loc, PatternContext pc) {
        if (pc.failPop.isEmpty()) return;
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            bind(pc.failPop.get(i));
            emit(POP_TOP, loc);
        }
        bind(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(Loc loc, int count) {
        while (1 < count) emit(SWAP, count--, loc);
    }

    private void storeName(Loc loc, String n, PatternContext pc) {
        if (n == null) {
            emit(POP_TOP, loc);
            return;
        }
        forbiddenName(loc, n, ExprContext.Store);
        if (pc.stores.contains(n)) throw error(loc, "multiple assignments to name '" + n + "' in pattern");
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(n);
    }

    static boolean isWildcard(PatternNode p) {
        return p instanceof MatchAs a && a.pattern == null && a.name == null;
    }

    static boolean isWildcardStar(PatternNode p) {
        return p instanceof MatchStar s && s.name == null;
    }

    private void pattern(PatternNode p, PatternContext pc) {
        Loc loc = loc(p);
        switch (p) {
            case MatchValue v -> {
                if (!(v.value instanceof Constant || v.value instanceof Attribute))
                    throw error(loc, "patterns may only match literals and attribute lookups");
                visitExpr(v.value);
                addCompare(CmpOpType.Eq, loc);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case MatchSingleton s -> {
                loadConst(s.value, loc);
                addCompare(CmpOpType.Is, loc);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case MatchSequence s -> patternSequence(s, pc);
            case MatchMapping m -> patternMapping(m, pc);
            case MatchClass c -> patternClass(c, pc);
            case MatchStar s -> storeName(loc, s.name, pc);
            case MatchAs a -> {
                if (a.pattern == null) {
                    if (!pc.allowIrrefutable) {
                        if (a.name != null)
                            throw error(loc, "name capture '" + a.name + "' makes remaining patterns unreachable");
                        throw error(loc, "wildcard makes remaining patterns unreachable");
                    }
                    storeName(loc, a.name, pc);
                    return;
                }
                pc.onTop++;
                emit(COPY, 1, loc);
                pattern(a.pattern, pc);
                pc.onTop--;
                storeName(loc, a.name, pc);
            }
            case MatchOr o -> patternOr(o, pc);
        }
    }

    private void subpattern(PatternNode p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void patternSequence(MatchSequence p, PatternContext pc) {
        Loc loc = loc(p);
        List<PatternNode> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++) {
            PatternNode pat = patterns.get(i);
            if (pat instanceof MatchStar) {
                if (star >= 0) throw error(loc, "multiple starred names in sequence pattern");
                starWildcard = isWildcardStar(pat);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(pat);
        }
        pc.onTop++;
        emit(MATCH_SEQUENCE, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            emit(GET_LEN, loc);
            loadConst((long) size, loc);
            addCompare(CmpOpType.Eq, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (size - 1 > 0) {
            emit(GET_LEN, loc);
            loadConst((long) (size - 1), loc);
            addCompare(CmpOpType.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            emit(POP_TOP, loc);
        } else if (starWildcard) {
            sequenceSubscr(loc, patterns, star, pc);
        } else {
            sequenceUnpack(loc, patterns, pc);
        }
    }

    private void sequenceUnpack(Loc loc, List<PatternNode> patterns, PatternContext pc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            PatternNode e = patterns.get(i);
            if (e instanceof MatchStar && !seenStar) {
                if (i >= (1 << 8) || (n - i - 1) >= (Integer.MAX_VALUE >> 8))
                    throw error(loc, "too many expressions in star-unpacking sequence pattern");
                emit(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (e instanceof MatchStar) {
                throw error(loc, "multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) emit(UNPACK_SEQUENCE, n, loc);
        pc.onTop += n;
        for (PatternNode pat : patterns) {
            pc.onTop--;
            subpattern(pat, pc);
        }
    }

    private void sequenceSubscr(Loc loc, List<PatternNode> patterns, int star, PatternContext pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            PatternNode pat = patterns.get(i);
            if (isWildcard(pat) || i == star) continue;
            emit(COPY, 1, loc);
            if (i < star) {
                loadConst((long) i, loc);
            } else {
                emit(GET_LEN, loc);
                loadConst((long) (size - i), loc);
                emit(BINARY_OP, NB_SUBTRACT, loc);
            }
            emit(BINARY_SUBSCR, loc);
            subpattern(pat, pc);
        }
        pc.onTop--;
        emit(POP_TOP, loc);
    }

    private void patternMapping(MatchMapping p, PatternContext pc) {
        Loc loc = loc(p);
        List<ExprNode> keys = p.keys;
        int size = keys.size();
        String starTarget = p.rest;
        pc.onTop++;
        emit(MATCH_MAPPING, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            pc.onTop--;
            emit(POP_TOP, loc);
            return;
        }
        if (size > 0) {
            emit(GET_LEN, loc);
            loadConst((long) size, loc);
            addCompare(CmpOpType.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        HashSet<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            ExprNode key = keys.get(i);
            if (key instanceof Constant c) {
                Object k = constKeyForSet(c.value);
                if (!seen.add(k))
                    throw error(loc, "mapping pattern checks duplicate key (" + ConstantRepr.repr(c.value) + ")");
            } else if (!(key instanceof Attribute)) {
                throw error(loc, "mapping pattern keys may only match literals and attribute lookups");
            }
            visitExpr(key);
        }
        emit(BUILD_TUPLE, size, loc);
        emit(MATCH_KEYS, loc);
        pc.onTop += 2;
        emit(COPY, 1, loc);
        loadConst(NONE, loc);
        emit(IS_OP, 1, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        emit(UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (int i = 0; i < size; i++) {
            pc.onTop--;
            subpattern(p.patterns.get(i), pc);
        }
        pc.onTop -= 2;
        if (starTarget != null) {
            emit(BUILD_MAP, 0, loc);
            emit(SWAP, 3, loc);
            emit(DICT_UPDATE, 2, loc);
            emit(UNPACK_SEQUENCE, size, loc);
            while (size > 0) {
                emit(COPY, 1 + size--, loc);
                emit(SWAP, 2, loc);
                emit(DELETE_SUBSCR, loc);
            }
            storeName(loc, starTarget, pc);
        } else {
            emit(POP_TOP, loc);
            emit(POP_TOP, loc);
        }
    }

    /** Python equality of constant keys: 1 == 1.0 == True. */
    static Object constKeyForSet(Object v) {
        if (v instanceof Boolean b) return List.of("num", (double) (b ? 1 : 0));
        if (v instanceof Long l) return List.of("num", (double) l, l);
        if (v instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e18)
                return List.of("num", d, (long) (double) d);
            return List.of("num", d);
        }
        if (v instanceof Boolean) return v;
        return constKey(v);
    }

    private void patternClass(MatchClass p, PatternContext pc) {
        Loc loc = loc(p);
        int nargs = p.patterns.size(), nattrs = p.kwdAttrs.size();
        for (int i = 0; i < nattrs; i++) {
            String attr = p.kwdAttrs.get(i);
            forbiddenName(loc(p.kwdPatterns.get(i)), attr, ExprContext.Store);
            for (int j = i + 1; j < nattrs; j++) {
                if (attr.equals(p.kwdAttrs.get(j)))
                    throw error(loc(p.kwdPatterns.get(j)), "attribute name repeated in class pattern: " + attr);
            }
        }
        visitExpr(p.cls);
        loadConst(new ConstTuple(p.kwdAttrs.toArray()), loc);
        emit(MATCH_CLASS, nargs, loc);
        emit(COPY, 1, loc);
        loadConst(NONE, loc);
        emit(IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        emit(UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            PatternNode pat = i < nargs ? p.patterns.get(i) : p.kwdPatterns.get(i - nargs);
            if (isWildcard(pat)) {
                emit(POP_TOP, loc);
                continue;
            }
            subpattern(pat, pc);
        }
    }

    private void patternOr(MatchOr p, PatternContext pc) {
        Loc loc = loc(p);
        Label end = newLabel();
        int size = p.patterns.size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Label> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            PatternNode alt = p.patterns.get(i);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = (i == size - 1) && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            emit(COPY, 1, loc(alt));
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error(loc, "alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) throw error(loc, "alternative patterns bind different names");
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) rotate(loc(alt), icontrol + 1);
                    }
                }
            }
            jump(JUMP, end, loc(alt));
            emitAndResetFailPop(loc(alt), pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        emit(POP_TOP, loc);
        jumpToFailPop(loc, pc, JUMP);
        bind(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) throw error(loc, "multiple assignments to name '" + name + "' in pattern");
            pc.stores.add(name);
        }
        emit(POP_TOP, loc);
    }

    // CPython 3.12: Python/compile.c, compiler_match_inner
    final void visitMatch(Match s) {
        visitExpr(s.subject);
        Label end = newLabel();
        int cases = s.cases.size();
        MatchCase m = s.cases.get(cases - 1);
        int hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
        PatternContext pc = new PatternContext();
        for (int i = 0; i < cases - hasDefault; i++) {
            m = s.cases.get(i);
            Loc ploc = loc(m.pattern);
            if (i != cases - hasDefault - 1) emit(COPY, 1, ploc);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard != null || i == cases - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern, pc);
            for (String name : pc.stores) nameOp(name, ExprContext.Store, ploc);
            if (m.guard != null) {
                ensureFailPop(pc, 0);
                jumpIf(ploc, m.guard, pc.failPop.get(0), false);
            }
            if (i != cases - hasDefault - 1) emit(POP_TOP, ploc);
            visitBody(m.body);
            jump(JUMP, end, NO_LOC);
            emitAndResetFailPop(ploc, pc);
        }
        if (hasDefault == 1) {
            m = s.cases.get(cases - 1);
            Loc ploc = loc(m.pattern);
            if (cases == 1) emit(POP_TOP, ploc);
            else emit(NOP, ploc);
            if (m.guard != null) jumpIf(ploc, m.guard, end, false);
            visitBody(m.body);
        }
        bind(end);
    }
}
