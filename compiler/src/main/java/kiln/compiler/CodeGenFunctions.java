package kiln.compiler;

import static kiln.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;

import kiln.parser.ast.*;

/**
 * Functions, lambdas, classes, decorators, closures, annotations, and PEP 695 generics (type parameter
 * scopes, TypeVar bounds, type aliases). The concrete end of the CodeGen chain.
 */
final class CodeGenFunctions extends CodeGenStatements {
    CodeGenFunctions(String filename, int cfFlags, int futureFeatures, int optimize,
                     List<CompileWarning> warnings, CodeGenSymbols symbols) {
        super(filename, cfFlags, futureFeatures, optimize, warnings, symbols);
    }

    // ---- module entry points ----
    CodeUnit compileModule(ModNode mod) {
        switch (mod) {
            case kiln.parser.ast.Module m -> {
                enterScope("<module>", U_MODULE, mod, 1);
                compileBody(NO_LOC, m.body);
                return exitScope(true);
            }
            case Interactive m -> {
                interactive = true;
                enterScope("<module>", U_MODULE, mod, 1);
                if (findAnn(m.body)) emit(SETUP_ANNOTATIONS, NO_LOC);
                visitBody(m.body);
                return exitScope(true);
            }
            case Expression m -> {
                enterScope("<module>", U_MODULE, mod, 1);
                visitExpr(m.body);
                return exitScope(false);
            }
            default -> throw new IllegalArgumentException("cannot compile " + mod.getClass().getSimpleName());
        }
    }

    // ---- closures ----
    // CPython 3.12: Python/compile.c, compiler_make_closure
    @Override
    void makeClosure(Loc loc, CodeUnit co, int flags) {
        String[] frees = co.freevars();
        if (frees.length > 0) {
            for (String name : frees) {
                int reftype = refType(name);
                int arg = reftype == CodeGenScope.CELL ? derefCellIdx(name) : derefFreeIdx(name);
                emit(LOAD_CLOSURE, arg, loc);
            }
            flags |= MF_CLOSURE;
            emit(BUILD_TUPLE, frees.length, loc);
        }
        loadConst(co, loc);
        emit(MAKE_FUNCTION, flags, loc);
    }

    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>();
        all.addAll(args.posonlyargs);
        all.addAll(args.args);
        if (args.vararg != null) all.add(args.vararg);
        all.addAll(args.kwonlyargs);
        if (args.kwarg != null) all.add(args.kwarg);
        for (Arg a : all) forbiddenName(loc(a), a.arg, ExprContext.Store);
    }

    // CPython 3.12: Python/compile.c, compiler_default_arguments
    private int defaultArguments(Loc loc, Arguments args) {
        int flags = 0;
        if (args.defaults != null && !args.defaults.isEmpty()) {
            Object[] folded = new Object[args.defaults.size()];
            for (int i = 0; i < args.defaults.size(); i++) {
                if (!(args.defaults.get(i) instanceof Constant c)) {
                    folded = null;
                    break;
                }
                folded[i] = normConst(c.value);
            }
            if (folded != null) {
                // CPython's flowgraph folds LOAD_CONSTs + BUILD_TUPLE into one tuple constant
                loadConst(new ConstTuple(folded), loc);
            } else {
                for (ExprNode d : args.defaults) visitExpr(d);
                emit(BUILD_TUPLE, args.defaults.size(), loc);
            }
            flags |= MF_DEFAULTS;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            ExprNode d = i < args.kwDefaults.size() ? args.kwDefaults.get(i) : null;
            if (d != null) {
                keys.add(mangle(args.kwonlyargs.get(i).arg));
                visitExpr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new ConstTuple(keys.toArray()), loc);
            emit(BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= MF_KWDEFAULTS;
        }
        return flags;
    }

    // CPython 3.12: Python/compile.c, compiler_visit_annotations (note: args before posonlyargs, as CPython)
    private boolean visitAnnotations(Loc loc, Arguments args, ExprNode returns) {
        List<Object[]> anns = new ArrayList<>();
        for (Arg a : args.args) addAnnotation(anns, a.arg, a.annotation);
        for (Arg a : args.posonlyargs) addAnnotation(anns, a.arg, a.annotation);
        if (args.vararg != null) addAnnotation(anns, args.vararg.arg, args.vararg.annotation);
        for (Arg a : args.kwonlyargs) addAnnotation(anns, a.arg, a.annotation);
        if (args.kwarg != null) addAnnotation(anns, args.kwarg.arg, args.kwarg.annotation);
        addAnnotation(anns, "return", returns);
        if (anns.isEmpty()) return false;
        boolean allConst = true;
        for (Object[] p : anns) {
            ExprNode ann = (ExprNode) p[1];
            if (!futureAnnotations() && !(ann instanceof Constant)) allConst = false;
        }
        if (allConst) {
            // CPython's flowgraph folds the LOAD_CONSTs + BUILD_TUPLE into one tuple constant
            Object[] items = new Object[anns.size() * 2];
            for (int i = 0; i < anns.size(); i++) {
                ExprNode ann = (ExprNode) anns.get(i)[1];
                items[2 * i] = anns.get(i)[0];
                items[2 * i + 1] = futureAnnotations() ? CodeGenUnparse.unparse(ann) : normConst(((Constant) ann).value);
            }
            loadConst(new ConstTuple(items), loc);
            return true;
        }
        for (Object[] p : anns) {
            ExprNode ann = (ExprNode) p[1];
            loadConst(p[0], loc);
            if (ann instanceof Starred s) {
                visitExpr(s.value);
                emit(UNPACK_SEQUENCE, 1, loc);
            } else {
                visitExpr(ann);
            }
        }
        emit(BUILD_TUPLE, anns.size() * 2, loc);
        return true;
    }

    private void addAnnotation(List<Object[]> anns, String id, ExprNode annotation) {
        if (annotation != null) anns.add(new Object[] {mangle(id), annotation});
    }

    @Override
    void visitAnnExpr(ExprNode annotation) {
        loadConst(CodeGenUnparse.unparse(annotation), loc(annotation));
    }

    private void applyDecorators(List<ExprNode> decos) {
        for (int i = decos.size() - 1; i >= 0; i--) emit(CALL, 0, loc(decos.get(i)));
    }

    // CPython 3.12: Python/compile.c, compiler_function
    @Override
    void visitFunctionDef(StmtNode s, boolean async) {
        String name;
        Arguments args;
        List<ExprNode> decos;
        ExprNode returns;
        List<TypeParamNode> typeParams;
        List<StmtNode> body;
        if (s instanceof FunctionDef f) {
            name = f.name;
            args = f.args;
            decos = f.decoratorList;
            returns = f.returns;
            typeParams = f.typeParams;
            body = f.body;
        } else {
            AsyncFunctionDef f = (AsyncFunctionDef) s;
            name = f.name;
            args = f.args;
            decos = f.decoratorList;
            returns = f.returns;
            typeParams = f.typeParams;
            body = f.body;
        }
        checkDebugArgs(args);
        for (ExprNode d : decos) visitExpr(d);
        int firstlineno = decos.isEmpty() ? s.lineno : decos.get(0).lineno;
        Loc loc = loc(s);
        boolean generic = typeParams != null && !typeParams.isEmpty();
        if (generic) emit(PUSH_NULL, loc);
        int funcflags = defaultArguments(loc, args);
        int numTypeparamArgs = 0;
        if (generic) {
            if ((funcflags & MF_DEFAULTS) != 0) numTypeparamArgs++;
            if ((funcflags & MF_KWDEFAULTS) != 0) numTypeparamArgs++;
            if (numTypeparamArgs == 2) emit(SWAP, 2, loc);
            enterScope("<generic parameters of " + name + ">", U_TYPEPARAMS, typeParams, firstlineno);
            compileTypeParams(typeParams);
            for (int i = 0; i < numTypeparamArgs; i++) emit(LOAD_FAST, i, loc);
        }
        if (visitAnnotations(loc, args, returns)) funcflags |= MF_ANNOTATIONS;
        functionBody(s, name, args, body, async, funcflags, firstlineno);
        if (generic) {
            emit(SWAP, 2, loc);
            emit(CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            u.meta.argcount = numTypeparamArgs;
            CodeUnit co = exitScope(false);
            makeClosure(loc, co, 0);
            if (numTypeparamArgs > 0) emit(SWAP, numTypeparamArgs + 1, loc);
            emit(CALL, numTypeparamArgs, loc);
        }
        applyDecorators(decos);
        nameOp(name, ExprContext.Store, loc);
    }

    private void functionBody(StmtNode s, String name, Arguments args, List<StmtNode> body, boolean async,
                              int funcflags, int firstlineno) {
        enterScope(name, async ? U_ASYNC_FUNCTION : U_FUNCTION, s, firstlineno);
        Object doc = optimize < 2 ? docString(body) : null;
        addConst(doc != null ? doc : NONE);
        u.meta.argcount = args.args.size() + args.posonlyargs.size();
        u.meta.posonlyargcount = args.posonlyargs.size();
        u.meta.kwonlyargcount = args.kwonlyargs.size();
        boolean stopIter = u.ste.isCoroutine() || u.ste.isGenerator();
        if (stopIter) openStopIterationHandler();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) visitStmt(body.get(i));
        if (stopIter) wrapInStopIterationHandler();
        CodeUnit co = exitScope(true);
        makeClosure(loc(s), co, funcflags);
    }

    // CPython 3.12: Python/compile.c, compiler_lambda
    @Override
    void visitLambda(Lambda e) {
        Arguments args = e.args;
        checkDebugArgs(args);
        Loc loc = loc(e);
        int funcflags = defaultArguments(loc, args);
        enterScope("<lambda>", U_LAMBDA, e, e.lineno);
        addConst(NONE);
        u.meta.argcount = args.args.size() + args.posonlyargs.size();
        u.meta.posonlyargcount = args.posonlyargs.size();
        u.meta.kwonlyargcount = args.kwonlyargs.size();
        CodeUnit co;
        if (e.body instanceof Constant c && !u.ste.isGenerator()) {
            emit(RETURN_CONST, addConst(c.value), loc(e.body));
            co = exitScope(true);
            makeClosure(loc, co, funcflags);
            return;
        }
        visitExpr(e.body);
        if (u.ste.isGenerator()) {
            co = exitScope(false);
        } else {
            emit(RETURN_VALUE, new Loc(e.lineno, 0, e.lineno, 0));
            co = exitScope(true);
        }
        makeClosure(loc, co, funcflags);
    }

    // CPython 3.12: Python/compile.c, compiler_type_params
    private void compileTypeParams(List<TypeParamNode> typeParams) {
        for (TypeParamNode tp : typeParams) {
            Loc loc = loc(tp);
            switch (tp) {
                case TypeVar tv -> {
                    loadConst(tv.name, loc);
                    if (tv.bound != null) {
                        ExprNode bound = tv.bound;
                        enterScope(tv.name, U_TYPEPARAMS, tv, bound.lineno);
                        visitExpr(bound);
                        emit(RETURN_VALUE, loc);
                        CodeUnit co = exitScope(true);
                        makeClosure(loc, co, 0);
                        emit(CALL_INTRINSIC_2, bound instanceof Tuple ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                                : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        emit(CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
                    }
                    emit(COPY, 1, loc);
                    nameOp(tv.name, ExprContext.Store, loc);
                }
                case TypeVarTuple tv -> {
                    loadConst(tv.name, loc);
                    emit(CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
                    emit(COPY, 1, loc);
                    nameOp(tv.name, ExprContext.Store, loc);
                }
                case ParamSpec ps -> {
                    loadConst(ps.name, loc);
                    emit(CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
                    emit(COPY, 1, loc);
                    nameOp(ps.name, ExprContext.Store, loc);
                }
            }
        }
        emit(BUILD_TUPLE, typeParams.size(), loc(typeParams.get(0)));
    }

    // CPython 3.12: Python/compile.c, compiler_class_body
    private void classBody(ClassDef s, int firstlineno) {
        enterScope(s.name, U_CLASS, s, firstlineno);
        Loc loc = new Loc(firstlineno, 0, firstlineno, 0);
        u.privateName = s.name;
        nameOp("__name__", ExprContext.Load, loc);
        nameOp("__module__", ExprContext.Store, loc);
        loadConst(u.meta.qualname, loc);
        nameOp("__qualname__", ExprContext.Store, loc);
        if (s.typeParams != null && !s.typeParams.isEmpty()) {
            nameOp(".type_params", ExprContext.Load, loc);
            nameOp("__type_params__", ExprContext.Store, loc);
        }
        if (u.ste.needsClassDict()) {
            emit(LOAD_LOCALS, loc);
            emit(STORE_DEREF, cellIdx("__classdict__"), loc);
        }
        compileBody(loc, s.body);
        if (u.ste.needsClassDict()) {
            emit(LOAD_CLOSURE, cellIdx("__classdict__"), NO_LOC);
            nameOp("__classdictcell__", ExprContext.Store, NO_LOC);
        }
        CodeUnit co;
        if (u.ste.needsClassClosure()) {
            emit(LOAD_CLOSURE, cellIdx("__class__"), NO_LOC);
            emit(COPY, 1, NO_LOC);
            nameOp("__classcell__", ExprContext.Store, NO_LOC);
            co = exitScope(false);
        } else {
            co = exitScope(true);
        }
        loc = loc(s);
        emit(PUSH_NULL, loc);
        emit(LOAD_BUILD_CLASS, loc);
        makeClosure(loc, co, 0);
        loadConst(s.name, loc);
    }

    // CPython 3.12: Python/compile.c, compiler_class
    @Override
    void visitClassDef(ClassDef s) {
        List<ExprNode> decos = s.decoratorList;
        for (ExprNode d : decos) visitExpr(d);
        int firstlineno = decos.isEmpty() ? s.lineno : decos.get(0).lineno;
        Loc loc = loc(s);
        boolean generic = s.typeParams != null && !s.typeParams.isEmpty();
        if (generic) {
            u.privateName = s.name;
            emit(PUSH_NULL, loc);
            enterScope("<generic parameters of " + s.name + ">", U_TYPEPARAMS, s.typeParams, firstlineno);
            compileTypeParams(s.typeParams);
            nameOp(".type_params", ExprContext.Store, loc);
        }
        classBody(s, firstlineno);
        if (generic) {
            nameOp(".type_params", ExprContext.Load, loc);
            emit(CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            nameOp(".generic_base", ExprContext.Store, loc);
            List<ExprNode> bases = new ArrayList<>(s.bases);
            bases.add(new Name(".generic_base", ExprContext.Load, loc.lineno(), loc.col(), loc.endLineno(),
                    loc.endCol()));
            callHelper(loc, 2, bases, s.keywords);
            CodeUnit co = exitScope(false);
            makeClosure(loc, co, 0);
            emit(CALL, 0, loc);
        } else {
            callHelper(loc, 2, s.bases, s.keywords);
        }
        applyDecorators(decos);
        nameOp(s.name, ExprContext.Store, loc);
    }

    // CPython 3.12: Python/compile.c, compiler_typealias
    @Override
    void visitTypeAlias(TypeAlias s) {
        Loc loc = loc(s);
        boolean generic = s.typeParams != null && !s.typeParams.isEmpty();
        String name = ((Name) s.name).id;
        if (generic) {
            emit(PUSH_NULL, loc);
            enterScope("<generic parameters of " + name + ">", U_TYPEPARAMS, s.typeParams, loc.lineno());
            loadConst(name, loc);
            compileTypeParams(s.typeParams);
        } else {
            loadConst(name, loc);
            loadConst(NONE, loc);
        }
        enterScope(name, U_TYPEPARAMS, s, loc.lineno());
        addConst(NONE);
        visitExpr(s.value);
        emit(RETURN_VALUE, loc);
        CodeUnit co = exitScope(false);
        makeClosure(loc, co, 0);
        emit(BUILD_TUPLE, 3, loc);
        emit(CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
        if (generic) {
            CodeUnit gco = exitScope(false);
            makeClosure(loc, gco, 0);
            emit(CALL, 0, loc);
        }
        nameOp(name, ExprContext.Store, loc);
    }
}
