package kiln.compiler;

import static kiln.compiler.Opcode.*;


import java.util.List;


import kiln.parser.ast.*;

/** Calls: method calls (LOAD_ATTR method bit), KW_NAMES + CALL, CALL_FUNCTION_EX, zero-arg super(). */
abstract class CodeGenCalls extends CodeGenExpressions {
    CodeGenCalls(String filename, int cfFlags, int futureFeatures, int optimize, List<CompileWarning> warnings,
                 CodeGenSymbols symbols) {
        super(filename, cfFlags, futureFeatures, optimize, warnings, symbols);
    }

    // CPython 3.12: Python/compile.c, validate_keywords
    final void validateKeywords(List<Keyword> keywords) {
        int n = keywords.size();
        for (int i = 0; i < n; i++) {
            Keyword k = keywords.get(i);
            if (k.arg == null) continue;
            forbiddenName(loc(k), k.arg, ExprContext.Store);
            for (int j = i + 1; j < n; j++) {
                Keyword o = keywords.get(j);
                if (o.arg != null && o.arg.equals(k.arg))
                    throw error(loc(o), "keyword argument repeated: " + k.arg);
            }
        }
    }

    // CPython 3.12: Python/compile.c, check_caller
    private void checkCaller(ExprNode e) {
        if (e instanceof Constant || e instanceof Tuple || e instanceof kiln.parser.ast.List
                || e instanceof ListComp || e instanceof Dict || e instanceof DictComp || e instanceof Set
                || e instanceof SetComp || e instanceof GeneratorExp || e instanceof JoinedStr
                || e instanceof FormattedValue) {
            warn(loc(e), "'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    @Override
    void visitCall(Call e) {
        validateKeywords(e.keywords);
        if (maybeOptimizeMethodCall(e)) return;
        checkCaller(e.func);
        ExprNode leftmost = e.func;
        while (true) {
            if (leftmost instanceof Attribute a && !canOptimizeSuperCall(a)) leftmost = a.value;
            else if (leftmost instanceof Subscript s) leftmost = s.value;
            else break;
        }
        if (leftmost instanceof Name n && plainGlobalIndex(n) >= 0) {
            // PUSH_NULL + LOAD_GLOBAL fused into LOAD_GLOBAL's low bit, as CPython's peephole pass does;
            // the leftmost name is the first thing evaluated
            u.fuseNullIntoGlobal = true;
            visitExpr(e.func);
            if (u.fuseNullIntoGlobal) throw new IllegalStateException("NULL was not fused into LOAD_GLOBAL");
        } else {
            emit(PUSH_NULL, loc(e.func));
            visitExpr(e.func);
        }
        callHelper(loc(e), 0, e.args, e.keywords);
    }

    /** co_names index if nameOp would load this name with a plain LOAD_GLOBAL, else -1. */
    private int plainGlobalIndex(Name n) {
        if (n.id.equals("__debug__")) return -1;
        String mangled = mangle(n.id);
        int scope = scopeOf(mangled);
        boolean global = scope == CodeGenScope.GLOBAL_EXPLICIT
                || (scope == CodeGenScope.GLOBAL_IMPLICIT && isFunctionLike() && !u.ste.canSeeClassScope());
        return global ? nameIdx(mangled) : -1;
    }

    private boolean isImportOriginated(ExprNode e) {
        if (!(e instanceof Name n)) return false;
        // CPython only looks at the module's symbols here (is_import_originated)
        return (symbols.top().flags(n.id) & CodeGenScope.DEF_IMPORT) != 0;
    }

    // CPython 3.12: Python/compile.c, maybe_optimize_method_call
    private boolean maybeOptimizeMethodCall(Call e) {
        if (!(e.func instanceof Attribute meth) || meth.ctx != ExprContext.Load) return false;
        if (isImportOriginated(meth.value)) return false;
        int argsl = e.args.size(), kwdsl = e.keywords.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (ExprNode a : e.args) if (a instanceof Starred) return false;
        for (Keyword k : e.keywords) if (k.arg == null) return false;
        Loc loc = loc(meth);
        if (canOptimizeSuperCall(meth)) {
            Call sc = (Call) meth.value;
            loadArgsForSuper(sc);
            int bits = sc.args.isEmpty() ? 1 : 3;
            emit(LOAD_SUPER_ATTR, (mangledNameIdx(meth.attr) << 2) | bits, loc);
            emit(NOP, attrLoc(loc, meth));
        } else {
            visitExpr(meth.value);
            loc = attrLoc(loc, meth);
            loadAttr(meth.attr, true, loc);
        }
        for (ExprNode a : e.args) visitExpr(a);
        if (kwdsl > 0) {
            for (Keyword k : e.keywords) visitExpr(k.value);
            kwNames(loc, e.keywords);
        }
        emit(CALL, argsl + kwdsl, attrLoc(loc(e), meth));
        return true;
    }

    private void kwNames(Loc loc, List<Keyword> keywords) {
        Object[] names = new Object[keywords.size()];
        for (int i = 0; i < names.length; i++) names[i] = keywords.get(i).arg;
        emit(KW_NAMES, addConst(new ConstTuple(names)), loc);
    }

    // CPython 3.12: Python/compile.c, compiler_call_helper
    final void callHelper(Loc loc, int n, List<ExprNode> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size(), nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (ExprNode a : args) if (a instanceof Starred) ex = true;
        for (Keyword k : keywords) if (k.arg == null) ex = true;
        if (!ex) {
            for (ExprNode a : args) visitExpr(a);
            if (nkwelts > 0) {
                for (Keyword k : keywords) visitExpr(k.value);
                kwNames(loc, keywords);
            }
            emit(CALL, n + nelts + nkwelts, loc);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Starred s) {
            visitExpr(s.value);
        } else {
            starUnpack(loc, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) emit(DICT_MERGE, 1, loc);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        emit(BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    visitExpr(kw.value);
                    emit(DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) emit(DICT_MERGE, 1, loc);
            }
        }
        emit(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
    }

    // CPython 3.12: Python/compile.c, compiler_subkwargs
    private void subkwargs(Loc loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                visitExpr(keywords.get(i).value);
                keys[i - begin] = keywords.get(i).arg;
            }
            loadConst(new ConstTuple(keys), loc);
            emit(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) emit(BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            loadConst(kw.arg, loc);
            visitExpr(kw.value);
            if (big) emit(MAP_ADD, 1, loc);
        }
        if (!big) emit(BUILD_MAP, n, loc);
    }

    // CPython 3.12: Python/compile.c, can_optimize_super_call
    @Override
    boolean canOptimizeSuperCall(Attribute attr) {
        if (!(attr.value instanceof Call e) || !(e.func instanceof Name fn) || !fn.id.equals("super")
                || attr.attr.equals("__class__") || !e.keywords.isEmpty()) return false;
        int nargs = e.args.size();
        if (scopeOf("super") != CodeGenScope.GLOBAL_IMPLICIT) return false;
        if (symbols.top().scopeOf("super") != 0) return false;
        if (nargs == 2) {
            for (ExprNode a : e.args) if (a instanceof Starred) return false;
            return true;
        }
        if (nargs != 0) return false;
        if (u.meta.argcount == 0 && u.meta.posonlyargcount == 0) return false;
        return refType("__class__") == CodeGenScope.FREE;
    }

    final int refType(String name) {
        if (u.ste.kind() == CodeGenScope.K_CLASS && (name.equals("__class__") || name.equals("__classdict__")))
            return CodeGenScope.CELL;
        return scopeOf(name);
    }

    @Override
    void loadArgsForSuper(Call e) {
        Loc loc = loc(e);
        nameOp(((Name) e.func).id, ExprContext.Load, loc(e.func));
        if (e.args.size() == 2) {
            visitExpr(e.args.get(0));
            visitExpr(e.args.get(1));
            return;
        }
        nameOp("__class__", ExprContext.Load, loc);
        nameOp(u.meta.varnames.get(0), ExprContext.Load, loc);
    }

    static java.util.Set<String> names(List<String> l) {
        return new java.util.HashSet<>(l);
    }
}
