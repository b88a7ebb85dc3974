package kiln.compiler.symtable;

import static kiln.compiler.symtable.Scope.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.*;

/** First pass: collects raw facts per block. CPython 3.12: Python/symtable.c, symtable_visit_* functions. */
final class SymtableBuilder {
    private final SymbolTable st;
    private final ArrayList<Scope> stack = new ArrayList<>();
    private Scope cur;
    private Map<String, Integer> global;
    private String privateName;

    SymtableBuilder(SymbolTable st) { this.st = st; }

    // ---- errors ----------------------------------------------------------------------------------------

    private PySyntaxError error(String msg, int lineno, int col, int endLineno, int endCol) {
        return new PySyntaxError("SyntaxError", msg, st.filename, lineno, col + 1, endLineno, endCol + 1, null);
    }

    private PySyntaxError error(String msg, Located n) {
        return error(msg, n.lineno, n.colOffset, n.endLineno, n.endColOffset);
    }

    // ---- blocks ----------------------------------------------------------------------------------------

    void visitModule(ModNode mod) {
        enterBlock("top", Kind.MODULE, mod, 0, 0, 0, 0);
        st.top = cur;
        switch (mod) {
            case kiln.parser.ast.Module m -> visitStmts(m.body);
            case Expression e -> visitExpr(e.body);
            case Interactive i -> visitStmts(i.body);
            case FunctionType f -> throw new IllegalArgumentException("this compiler does not handle FunctionTypes");
        }
        exitBlock();
    }

    private void enterBlock(String name, Kind kind, Object key, int lineno, int col, int endLineno, int endCol) {
        Scope ste = new Scope(kind, name, key, lineno, col, endLineno, endCol);
        if (cur != null && (cur.nested || cur.isFunctionLike())) ste.nested = true;
        // annotation blocks of `from __future__ import annotations` are never compiled: keep them out of the map
        if (kind != Kind.ANNOTATION) st.blocks.put(key, ste);
        Scope prev = cur;
        stack.add(ste);
        // bpo-37757: no assignment expressions anywhere inside a comprehension's outermost iterable
        if (prev != null) ste.compIterExpr = prev.compIterExpr;
        cur = ste;
        if (kind == Kind.ANNOTATION) return;
        if (kind == Kind.MODULE) global = ste.symbols;
        if (prev != null) prev.children.add(ste);
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private void enterBlock(String name, Kind kind, Object key, Located loc) {
        enterBlock(name, kind, key, loc.lineno, loc.colOffset, loc.endLineno, loc.endColOffset);
    }

    // ---- definitions -----------------------------------------------------------------------------------

    private int lookup(String name) {
        return cur.symbol(SymbolTable.mangle(privateName, name));
    }

    private void addDef(String name, int flag, Located loc) {
        addDef(name, flag, cur, loc.lineno, loc.colOffset, loc.endLineno, loc.endColOffset);
    }

    private void addDef(String name, int flag, int lineno, int col, int endLineno, int endCol) {
        addDef(name, flag, cur, lineno, col, endLineno, endCol);
    }

    private void addDef(String name, int flag, Scope ste, int lineno, int col, int endLineno, int endCol) {
        String mangled = SymbolTable.mangle(privateName, name);
        Integer o = ste.symbols.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0)
                throw error("duplicate argument '" + name + "' in function definition", lineno, col, endLineno, endCol);
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0)
                throw error("duplicate type parameter '" + name + "'", lineno, col, endLineno, endCol);
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            // an iteration variable of a comprehension may not also be a walrus target of it
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0)
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        lineno, col, endLineno, endCol);
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            Integer g = global.get(mangled);
            global.put(mangled, flag | (g == null ? 0 : g));
        }
    }

    private void recordDirective(String name, int lineno, int col, int endLineno, int endCol) {
        if (cur.directives == null) cur.directives = new ArrayList<>();
        cur.directives.add(new Object[] {SymbolTable.mangle(privateName, name), lineno, col, endLineno, endCol});
    }

    private void enterTypeParamBlock(String name, Object key, boolean hasDefaults, boolean hasKwDefaults,
                                     boolean isClass, Located loc) {
        Kind currentType = cur.kind;
        enterBlock(name, Kind.TYPE_PARAMS, key, loc);
        if (currentType == Kind.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            // set when the type params tuple is built, used when the bases are
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            // CPython 3.12 leaves st_private set to the class name after this block (observable in symtable)
            privateName = name;
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) addDef(".defaults", DEF_PARAM, loc);
        if (hasKwDefaults) addDef(".kwdefaults", DEF_PARAM, loc);
    }

    private static boolean hasKwonlyDefaults(Arguments a) {
        for (ExprNode d : a.kwDefaults) if (d != null) return true;
        return false;
    }

    // ---- statements ------------------------------------------------------------------------------------

    private void visitStmts(List<StmtNode> body) {
        if (body != null) for (StmtNode s : body) visitStmt(s);
    }

    private void visitExprs(List<ExprNode> exprs) {
        if (exprs != null) for (ExprNode e : exprs) if (e != null) visitExpr(e);
    }

    private void visitFunction(StmtNode s, String name, Arguments args, List<StmtNode> body,
                               List<ExprNode> decorators, ExprNode returns, List<TypeParamNode> typeParams,
                               boolean async) {
        addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults);
        visitExprs(args.kwDefaults);
        visitExprs(decorators);
        boolean generic = typeParams != null && !typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(name, typeParams, args.defaults != null, hasKwonlyDefaults(args), false, s);
            for (TypeParamNode tp : typeParams) visitTypeParam(tp);
        }
        visitAnnotations(s, args, returns);
        enterBlock(name, Kind.FUNCTION, s, s);
        if (async) cur.coroutine = true;
        visitArguments(args);
        visitStmts(body);
        exitBlock();
        if (generic) exitBlock();
    }

    private void visitStmt(StmtNode s) {
        switch (s) {
            case FunctionDef f -> visitFunction(f, f.name, f.args, f.body, f.decoratorList, f.returns, f.typeParams, false);
            case AsyncFunctionDef f -> visitFunction(f, f.name, f.args, f.body, f.decoratorList, f.returns, f.typeParams, true);
            case ClassDef c -> {
                addDef(c.name, DEF_LOCAL, c);
                visitExprs(c.decoratorList);
                boolean generic = c.typeParams != null && !c.typeParams.isEmpty();
                if (generic) {
                    enterTypeParamBlock(c.name, c.typeParams, false, false, true, c);
                    for (TypeParamNode tp : c.typeParams) visitTypeParam(tp);
                }
                visitExprs(c.bases);
                for (Keyword k : c.keywords) visitExpr(k.value);
                enterBlock(c.name, Kind.CLASS, c, c);
                String tmp = privateName;
                privateName = c.name;
                if (generic) {
                    addDef("__type_params__", DEF_LOCAL, c);
                    addDef(".type_params", USE, c);
                }
                visitStmts(c.body);
                privateName = tmp;
                exitBlock();
                if (generic) exitBlock();
            }
            case TypeAlias t -> {
                visitExpr(t.name);
                String name = ((Name) t.name).id;
                boolean inClass = cur.kind == Kind.CLASS;
                boolean generic = t.typeParams != null && !t.typeParams.isEmpty();
                if (generic) {
                    enterTypeParamBlock(name, t.typeParams, false, false, false, t);
                    for (TypeParamNode tp : t.typeParams) visitTypeParam(tp);
                }
                enterBlock(name, Kind.TYPE_ALIAS, t, t);
                cur.canSeeClassScope = inClass;
                if (inClass) addDef("__classdict__", USE, t.value);
                visitExpr(t.value);
                exitBlock();
                if (generic) exitBlock();
            }
            case Return r -> {
                if (r.value != null) {
                    visitExpr(r.value);
                    cur.returnsValue = true;
                }
            }
            case Delete d -> visitExprs(d.targets);
            case Assign a -> {
                visitExprs(a.targets);
                visitExpr(a.value);
            }
            case AnnAssign a -> {
                if (a.target instanceof Name n) {
                    int curFlags = lookup(n.id);
                    if ((curFlags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != global && a.simple != 0) {
                        String msg = (curFlags & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                                : "annotated name '%s' can't be nonlocal";
                        throw error(msg.formatted(n.id), a);
                    }
                    if (a.simple != 0) {
                        addDef(n.id, DEF_ANNOT | DEF_LOCAL, n);
                    }
                    // (symtable.c falls into its else branch after a successful simple add as well)
                    if (a.value != null) addDef(n.id, DEF_LOCAL, n);
                } else {
                    visitExpr(a.target);
                }
                visitAnnotation(a.annotation);
                if (a.value != null) visitExpr(a.value);
            }
            case AugAssign a -> {
                visitExpr(a.target);
                visitExpr(a.value);
            }
            case For f -> {
                visitExpr(f.target);
                visitExpr(f.iter);
                visitStmts(f.body);
                visitStmts(f.orelse);
            }
            case AsyncFor f -> {
                visitExpr(f.target);
                visitExpr(f.iter);
                visitStmts(f.body);
                visitStmts(f.orelse);
            }
            case While w -> {
                visitExpr(w.test);
                visitStmts(w.body);
                visitStmts(w.orelse);
            }
            case If i -> {
                visitExpr(i.test);
                visitStmts(i.body);
                visitStmts(i.orelse);
            }
            case Match m -> {
                visitExpr(m.subject);
                for (MatchCase c : m.cases) {
                    visitPattern(c.pattern);
                    if (c.guard != null) visitExpr(c.guard);
                    visitStmts(c.body);
                }
            }
            case Raise r -> {
                if (r.exc != null) {
                    visitExpr(r.exc);
                    if (r.cause != null) visitExpr(r.cause);
                }
            }
            case Try t -> visitTry(t.body, t.handlers, t.orelse, t.finalbody);
            case TryStar t -> visitTry(t.body, t.handlers, t.orelse, t.finalbody);
            case Assert a -> {
                visitExpr(a.test);
                if (a.msg != null) visitExpr(a.msg);
            }
            case Import i -> { for (Alias a : i.names) visitAlias(a); }
            case ImportFrom i -> { for (Alias a : i.names) visitAlias(a); }
            case Global g -> visitDirective(g, g.names, true);
            case Nonlocal n -> visitDirective(n, n.names, false);
            case Expr e -> visitExpr(e.value);
            case Pass p -> { }
            case Break b -> { }
            case Continue c -> { }
            case With w -> {
                for (WithItem item : w.items) visitWithItem(item);
                visitStmts(w.body);
            }
            case AsyncWith w -> {
                for (WithItem item : w.items) visitWithItem(item);
                visitStmts(w.body);
            }
        }
    }

    private void visitTry(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse,
                          List<StmtNode> finalbody) {
        // CPython 3.12.1 visits the else block before the handlers
        visitStmts(body);
        visitStmts(orelse);
        for (ExceptHandlerNode h : handlers) {
            ExceptHandler eh = (ExceptHandler) h;
            if (eh.type != null) visitExpr(eh.type);
            if (eh.name != null) addDef(eh.name, DEF_LOCAL, eh);
            visitStmts(eh.body);
        }
        visitStmts(finalbody);
    }

    private void visitWithItem(WithItem item) {
        visitExpr(item.contextExpr);
        if (item.optionalVars != null) visitExpr(item.optionalVars);
    }

    private void visitDirective(StmtNode s, List<String> names, boolean isGlobal) {
        String kw = isGlobal ? "global" : "nonlocal";
        for (String name : names) {
            int curFlags = lookup(name);
            if ((curFlags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((curFlags & DEF_PARAM) != 0) msg = "name '%s' is parameter and " + kw;
                else if ((curFlags & USE) != 0) msg = "name '%s' is used prior to " + kw + " declaration";
                else if ((curFlags & DEF_ANNOT) != 0) msg = "annotated name '%s' can't be " + kw;
                else msg = "name '%s' is assigned to before " + kw + " declaration";
                throw error(msg.formatted(name), s);
            }
            addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
            recordDirective(name, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
        }
    }

    private void visitAlias(Alias a) {
        String name = a.asname == null ? a.name : a.asname;
        int dot = name.indexOf('.');
        String storeName = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(storeName, DEF_IMPORT, a);
        } else if (cur.kind != Kind.MODULE) {
            throw error("import * only allowed at module level", a);
        }
    }

    // ---- annotations and parameters ------------------------------------------------------------------

    private boolean futureAnnotations() { return (st.futureFlags & SymbolTable.CO_FUTURE_ANNOTATIONS) != 0; }

    private void visitAnnotation(ExprNode annotation) {
        boolean fa = futureAnnotations();
        if (fa) enterBlock("_annotation", Kind.ANNOTATION, annotation, annotation);
        visitExpr(annotation);
        if (fa) exitBlock();
    }

    private void visitArgAnnotations(List<Arg> args) {
        if (args == null) return;
        for (Arg a : args) if (a.annotation != null) visitExpr(a.annotation);
    }

    private void visitAnnotations(StmtNode o, Arguments a, ExprNode returns) {
        boolean fa = futureAnnotations();
        if (fa) enterBlock("_annotation", Kind.ANNOTATION, o, o);
        visitArgAnnotations(a.posonlyargs);
        visitArgAnnotations(a.args);
        if (a.vararg != null && a.vararg.annotation != null) visitExpr(a.vararg.annotation);
        if (a.kwarg != null && a.kwarg.annotation != null) visitExpr(a.kwarg.annotation);
        visitArgAnnotations(a.kwonlyargs);
        if (fa) exitBlock();
        if (returns != null) visitAnnotation(returns);
    }

    private void visitParams(List<Arg> args) {
        if (args == null) return;
        for (Arg a : args) addDef(a.arg, DEF_PARAM, a);
    }

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs);
        visitParams(a.args);
        visitParams(a.kwonlyargs);
        if (a.vararg != null) {
            addDef(a.vararg.arg, DEF_PARAM, a.vararg);
            cur.varargs = true;
        }
        if (a.kwarg != null) {
            addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
            cur.varkeywords = true;
        }
    }

    private void visitTypeParam(TypeParamNode tp) {
        switch (tp) {
            case TypeVar tv -> {
                addDef(tv.name, DEF_TYPE_PARAM | DEF_LOCAL, tv);
                if (tv.bound != null) {
                    boolean inClass = cur.canSeeClassScope;
                    enterBlock(tv.name, Kind.TYPE_VAR_BOUND, tv, tv);
                    cur.canSeeClassScope = inClass;
                    if (inClass) addDef("__classdict__", USE, tv.bound);
                    visitExpr(tv.bound);
                    exitBlock();
                }
            }
            case TypeVarTuple t -> addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, t);
            case ParamSpec p -> addDef(p.name, DEF_TYPE_PARAM | DEF_LOCAL, p);
        }
    }

    private void visitPattern(PatternNode p) {
        switch (p) {
            case MatchValue v -> visitExpr(v.value);
            case MatchSingleton s -> { }
            case MatchSequence s -> { for (PatternNode q : s.patterns) visitPattern(q); }
            case MatchStar s -> { if (s.name != null) addDef(s.name, DEF_LOCAL, s); }
            case MatchMapping m -> {
                visitExprs(m.keys);
                for (PatternNode q : m.patterns) visitPattern(q);
                if (m.rest != null) addDef(m.rest, DEF_LOCAL, m);
            }
            case MatchClass c -> {
                visitExpr(c.cls);
                for (PatternNode q : c.patterns) visitPattern(q);
                for (PatternNode q : c.kwdPatterns) visitPattern(q);
            }
            case MatchAs a -> {
                if (a.pattern != null) visitPattern(a.pattern);
                if (a.name != null) addDef(a.name, DEF_LOCAL, a);
            }
            case MatchOr o -> { for (PatternNode q : o.patterns) visitPattern(q); }
        }
    }

    // ---- expressions -----------------------------------------------------------------------------------

    private void raiseIfAnnotationBlock(String what, ExprNode e) {
        String fmt = switch (cur.kind) {
            case ANNOTATION -> "%s cannot be used within an annotation";
            case TYPE_VAR_BOUND -> "%s cannot be used within a TypeVar bound";
            case TYPE_ALIAS -> "%s cannot be used within a type alias";
            case TYPE_PARAMS -> "%s cannot be used within the definition of a generic";
            default -> null;
        };
        if (fmt != null) throw error(fmt.formatted(what), e);
    }

    private void raiseComprehensionYield(ExprNode e) {
        String msg = switch (cur.comprehension) {
            case LIST -> "'yield' inside list comprehension";
            case SET -> "'yield' inside set comprehension";
            case DICT -> "'yield' inside dict comprehension";
            default -> "'yield' inside generator expression";
        };
        throw error(msg, e);
    }

    private void extendNamedExprScope(Name target) {
        String name = target.id;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension != CompKind.NONE) {
                int inScope = ste.symbol(name);
                if ((inScope & DEF_COMP_ITER) != 0 && (inScope & DEF_LOCAL) != 0)
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target);
                continue;
            }
            if (ste.kind == Kind.FUNCTION) {
                int inScope = ste.symbol(name);
                addDef(name, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                recordDirective(name, target.lineno, target.colOffset, target.endLineno, target.endColOffset);
                addDef(name, DEF_LOCAL, ste, target.lineno, target.colOffset, target.endLineno, target.endColOffset);
                return;
            }
            if (ste.kind == Kind.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                recordDirective(name, target.lineno, target.colOffset, target.endLineno, target.endColOffset);
                addDef(name, DEF_GLOBAL, ste, target.lineno, target.colOffset, target.endLineno, target.endColOffset);
                return;
            }
            String msg = switch (ste.kind) {
                case CLASS -> "assignment expression within a comprehension cannot be used in a class body";
                case TYPE_PARAMS -> "assignment expression within a comprehension cannot be used within the definition of a generic";
                case TYPE_ALIAS -> "assignment expression within a comprehension cannot be used in a type alias";
                case TYPE_VAR_BOUND -> "assignment expression within a comprehension cannot be used in a TypeVar bound";
                default -> null;
            };
            if (msg != null) throw error(msg, target);
        }
        throw new IllegalStateException("no scope for assignment expression target");
    }

    private void visitExpr(ExprNode e) {
        switch (e) {
            case NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", n);
                if (cur.compIterExpr > 0)
                    throw error("assignment expression cannot be used in a comprehension iterable expression", n);
                if (cur.comprehension != CompKind.NONE) extendNamedExprScope((Name) n.target);
                visitExpr(n.value);
                visitExpr(n.target);
            }
            case BoolOp b -> visitExprs(b.values);
            case BinOp b -> {
                visitExpr(b.left);
                visitExpr(b.right);
            }
            case UnaryOp u -> visitExpr(u.operand);
            case Lambda l -> {
                if (cur.canSeeClassScope)
                    throw error("Cannot use lambda in annotation scope within class scope", l);
                visitExprs(l.args.defaults);
                visitExprs(l.args.kwDefaults);
                enterBlock("lambda", Kind.FUNCTION, l, l);
                visitArguments(l.args);
                visitExpr(l.body);
                exitBlock();
            }
            case IfExp i -> {
                visitExpr(i.test);
                visitExpr(i.body);
                visitExpr(i.orelse);
            }
            case Dict d -> {
                visitExprs(d.keys);
                visitExprs(d.values);
            }
            case Set s -> visitExprs(s.elts);
            case GeneratorExp g -> visitComprehension(g, "genexpr", g.generators, g.elt, null, CompKind.GENERATOR);
            case ListComp l -> visitComprehension(l, "listcomp", l.generators, l.elt, null, CompKind.LIST);
            case SetComp s -> visitComprehension(s, "setcomp", s.generators, s.elt, null, CompKind.SET);
            case DictComp d -> visitComprehension(d, "dictcomp", d.generators, d.key, d.value, CompKind.DICT);
            case Yield y -> {
                raiseIfAnnotationBlock("yield expression", y);
                if (y.value != null) visitExpr(y.value);
                cur.generator = true;
                if (cur.comprehension != CompKind.NONE) raiseComprehensionYield(y);
            }
            case YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", y);
                visitExpr(y.value);
                cur.generator = true;
                if (cur.comprehension != CompKind.NONE) raiseComprehensionYield(y);
            }
            case Await a -> {
                raiseIfAnnotationBlock("await expression", a);
                visitExpr(a.value);
                cur.coroutine = true;
            }
            case Compare c -> {
                visitExpr(c.left);
                visitExprs(c.comparators);
            }
            case Call c -> {
                visitExpr(c.func);
                visitExprs(c.args);
                for (Keyword k : c.keywords) if (k != null) visitExpr(k.value);
            }
            case FormattedValue f -> {
                visitExpr(f.value);
                if (f.formatSpec != null) visitExpr(f.formatSpec);
            }
            case JoinedStr j -> visitExprs(j.values);
            case Constant c -> { }
            case Attribute a -> visitExpr(a.value);
            case Subscript s -> {
                visitExpr(s.value);
                visitExpr(s.slice);
            }
            case Starred s -> visitExpr(s.value);
            case Slice s -> {
                if (s.lower != null) visitExpr(s.lower);
                if (s.upper != null) visitExpr(s.upper);
                if (s.step != null) visitExpr(s.step);
            }
            case Name n -> {
                addDef(n.id, n.ctx == ExprContext.Load ? USE : DEF_LOCAL, n);
                // super() needs the __class__ cell
                if (n.ctx == ExprContext.Load && cur.isFunctionLike() && n.id.equals("super"))
                    addDef("__class__", USE, n);
            }
            case kiln.parser.ast.List l -> visitExprs(l.elts);
            case Tuple t -> visitExprs(t.elts);
        }
    }

    private void visitComprehension(ExprNode e, String scopeName, List<kiln.parser.ast.Comprehension> generators,
                                    ExprNode elt, ExprNode value, CompKind kind) {
        if (cur.canSeeClassScope)
            throw error("Cannot use comprehension in annotation scope within class scope", e);
        boolean isGenerator = kind == CompKind.GENERATOR;
        kiln.parser.ast.Comprehension outermost = generators.get(0);
        // the outermost iterable is evaluated in the enclosing scope
        cur.compIterExpr++;
        visitExpr(outermost.iter);
        cur.compIterExpr--;
        enterBlock(scopeName, Kind.FUNCTION, e, e);
        cur.comprehension = kind;
        if (outermost.isAsync != 0) cur.coroutine = true;
        addDef(".0", DEF_PARAM, cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset);
        cur.compIterTarget = true;
        visitExpr(outermost.target);
        cur.compIterTarget = false;
        visitExprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            kiln.parser.ast.Comprehension lc = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(lc.target);
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(lc.iter);
            cur.compIterExpr--;
            visitExprs(lc.ifs);
            if (lc.isAsync != 0) cur.coroutine = true;
        }
        if (value != null) visitExpr(value);
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) cur.coroutine = true;
    }
}
