package kiln.compiler;

import static kiln.compiler.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kiln.parser.PySyntaxError;
import kiln.parser.ast.*;

/**
 * Base of the code generator (AST to CPython 3.12 instructions): compilation units, the fblock stack,
 * constants and name tables, and name resolution (CPython 3.12: Python/compile.c, compiler_nameop).
 * The generator is one object split over a chain of subclasses, one per language area.
 */
abstract class CodeGen {
    static final int STACK_USE_GUIDELINE = 30;

    // Unit kinds (CPython's COMPILER_SCOPE_*).
    static final int U_MODULE = 0, U_CLASS = 1, U_FUNCTION = 2, U_ASYNC_FUNCTION = 3, U_LAMBDA = 4,
            U_COMPREHENSION = 5, U_TYPEPARAMS = 6;

    // MAKE_FUNCTION flags.
    static final int MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8;

    static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    static final int PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000
            | 0x1000000;

    /** Kinds of fblock (CPython's fblocktype). */
    enum FB {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION
    }

    static final class FBlock {
        final FB kind;
        final Label block, exit;
        final Object datum;
        final Loc loc;

        FBlock(FB kind, Label block, Label exit, Object datum, Loc loc) {
            this.kind = kind;
            this.block = block;
            this.exit = exit;
            this.datum = datum;
            this.loc = loc;
        }
    }

    /** One code object being generated (CPython's compiler_unit). */
    static final class Unit {
        final CodeGenScope ste;
        final int kind;
        final InstrSeq seq = new InstrSeq();
        final CodeMeta meta = new CodeMeta();
        final Map<Object, Integer> constIndex = new HashMap<>();
        final Map<String, Integer> nameIndex = new HashMap<>();
        final Map<String, Integer> varIndex = new HashMap<>();
        final Map<String, Integer> cellIndex = new HashMap<>();
        final Map<String, Integer> freeIndex = new HashMap<>();
        /** Names an inlined comprehension turned into fast locals in a module/class body. */
        final Map<String, Boolean> fastHidden = new HashMap<>();
        /** Scopes of names temporarily overridden while an inlined comprehension is compiled. */
        final Map<String, Integer> tempScope = new HashMap<>();
        final Map<String, Integer> tempFlags = new HashMap<>();
        final ArrayList<FBlock> fblocks = new ArrayList<>();
        String privateName;
        int inInlinedComp;
        /** Handler label of the StopIteration wrapper of a generator/coroutine body. */
        Label stopIter;
        int lastBoundAt = -1;
        /** The next plain LOAD_GLOBAL also pushes the NULL of a call (set by visitCall). */
        boolean fuseNullIntoGlobal;

        Unit(CodeGenScope ste, int kind) {
            this.ste = ste;
            this.kind = kind;
        }
    }

    final String filename;
    int futureFeatures;
    final int cfFlags;
    final int optimize;
    final List<CompileWarning> warnings;
    final CodeGenSymbols symbols;
    boolean interactive;
    int nestLevel;

    Unit u;
    final ArrayDeque<Unit> stack = new ArrayDeque<>();

    CodeGen(String filename, int cfFlags, int futureFeatures, int optimize, List<CompileWarning> warnings,
            CodeGenSymbols symbols) {
        this.filename = filename;
        this.cfFlags = cfFlags;
        this.futureFeatures = futureFeatures;
        this.optimize = optimize;
        this.warnings = warnings;
        this.symbols = symbols;
    }

    // ---- the visitors the areas provide to each other ----
    abstract void visitExpr(ExprNode e);

    abstract void visitStmt(StmtNode s);

    abstract void jumpIf(Loc loc, ExprNode e, Label next, boolean cond);

    abstract void visitBody(List<StmtNode> body);

    // ---- errors and warnings ----
    PySyntaxError error(Loc loc, String msg) {
        return error(loc, msg, "SyntaxError");
    }

    PySyntaxError error(Loc loc, String msg, String type) {
        int line = loc.lineno() < 0 ? 0 : loc.lineno();
        // CPython reports compiler errors with 1-based UTF-8 byte offsets (compiler_error).
        return new PySyntaxError(type, msg, filename, line, loc.col() + 1, loc.endLineno(), loc.endCol() + 1,
                null);
    }

    void warn(Loc loc, String msg) {
        if (warnings != null) warnings.add(new CompileWarning("SyntaxWarning", msg, loc.lineno(), loc.col()));
    }

    static Loc loc(Located n) {
        return new Loc(n.lineno, n.colOffset, n.endLineno, n.endColOffset);
    }

    static final Loc NO_LOC = Loc.NONE;

    // ---- emission ----
    final void emit(int op, int arg, Loc loc) {
        u.seq.emit(op, arg, loc);
    }

    final void emit(int op, Loc loc) {
        u.seq.emit(op, 0, loc);
    }

    final void jump(int op, Label target, Loc loc) {
        u.seq.emitJump(op, target, loc);
    }

    final Label newLabel() {
        return u.seq.newLabel();
    }

    final void bind(Label l) {
        u.seq.bind(l);
        u.lastBoundAt = u.seq.size();
    }

    /** True if control can reach the next instruction (the last one is not a jump-free exit). */
    final boolean fallsThrough() {
        int n = u.seq.size();
        if (n == 0 || u.lastBoundAt == n) return true;
        int op = u.seq.opcode(n - 1);
        return !(op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE || op == JUMP
                || op == JUMP_NO_INTERRUPT);
    }

    // ---- constants ----
    static Object constKey(Object v) {
        if (v instanceof ConstTuple t) {
            Object[] ks = new Object[t.items().length + 1];
            ks[0] = "tuple";
            for (int i = 0; i < t.items().length; i++) ks[i + 1] = constKey(t.items()[i]);
            return Arrays.asList(ks);
        }
        if (v instanceof ConstFrozenset t) {
            Object[] ks = new Object[t.items().length + 1];
            ks[0] = "frozenset";
            for (int i = 0; i < t.items().length; i++) ks[i + 1] = constKey(t.items()[i]);
            return Arrays.asList(ks);
        }
        if (v instanceof CodeUnit) return new IdentityKey(v);
        if (v instanceof Double d) return List.of("float", Double.doubleToRawLongBits(d));
        if (v instanceof ComplexConstant c)
            return List.of("complex", Double.doubleToRawLongBits(c.real()), Double.doubleToRawLongBits(c.imag()));
        if (v instanceof SurrogateStr s) return List.of("sstr", Arrays.toString(s.codePoints()));
        if (v instanceof java.math.BigInteger b) {
            if (b.bitLength() < 64) return List.of(v.getClass().getSimpleName(), b.longValue());
        }
        if (v instanceof Long l) return List.of("int", l);
        if (v instanceof java.math.BigInteger b) return List.of("bigint", b);
        return List.of(v.getClass().getSimpleName(), v);
    }

    record IdentityKey(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey k && k.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /** Normalises an int constant: small BigIntegers become Long so equal ints share one slot. */
    static Object normConst(Object v) {
        if (v instanceof java.math.BigInteger b && b.bitLength() < 64) return b.longValue();
        return v;
    }

    /** Equal constants share one instance across all code objects of a compilation (CPython's c_const_cache). */
    private final Map<Object, Object> constCache = new HashMap<>();

    // CPython 3.12: Python/compile.c, merge_consts_recursive
    final Object mergeConst(Object v) {
        if (v instanceof CodeUnit) return v;
        Object key = constKey(v);
        Object cached = constCache.get(key);
        if (cached != null) return cached;
        if (v instanceof ConstTuple t) {
            Object[] items = t.items().clone();
            for (int i = 0; i < items.length; i++) items[i] = mergeConst(items[i]);
            v = new ConstTuple(items);
        }
        constCache.put(key, v);
        return v;
    }

    final int addConst(Object v) {
        v = mergeConst(normConst(v));
        Object key = constKey(v);
        Integer i = u.constIndex.get(key);
        if (i != null) return i;
        int idx = u.meta.consts.size();
        u.meta.consts.add(v);
        u.constIndex.put(key, idx);
        return idx;
    }

    final void loadConst(Object v, Loc loc) {
        emit(LOAD_CONST, addConst(v), loc);
    }

    static final Object NONE = ConstantValue.NONE;

    // ---- names ----
    final int nameIdx(String name) {
        Integer i = u.nameIndex.get(name);
        if (i != null) return i;
        int idx = u.meta.names.size();
        u.meta.names.add(name);
        u.nameIndex.put(name, idx);
        return idx;
    }

    final int varIdx(String name) {
        Integer i = u.varIndex.get(name);
        if (i != null) return i;
        int idx = u.meta.varnames.size();
        u.meta.varnames.add(name);
        u.varIndex.put(name, idx);
        return idx;
    }

    final int cellIdx(String name) {
        Integer i = u.cellIndex.get(name);
        if (i == null) throw new IllegalStateException("no cell " + name + " in " + u.meta.qualname);
        return i;
    }

    final int freeIdx(String name) {
        Integer i = u.freeIndex.get(name);
        if (i == null) throw new IllegalStateException("no free var " + name + " in " + u.meta.qualname);
        return u.meta.cellvars.size() + i;
    }

    final String mangle(String name) {
        return mangle(u.privateName, name);
    }

    // CPython 3.12: Python/compile.c, _Py_Mangle
    static String mangle(String privateName, String name) {
        if (privateName == null || name == null || !name.startsWith("__")) return name;
        if (name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }

    /** Adds a name (mangled) to co_names and returns its index, as ADDOP_NAME. */
    final int mangledNameIdx(String name) {
        return nameIdx(mangle(name));
    }

    final void loadAttr(String attr, boolean method, Loc loc) {
        emit(LOAD_ATTR, (mangledNameIdx(attr) << 1) | (method ? 1 : 0), loc);
    }

    // ---- symbol lookups with the temporary overrides of inlined comprehensions ----
    final int scopeOf(String mangled) {
        Integer t = u.tempScope.get(mangled);
        if (t != null) return t;
        return u.ste.scopeOf(mangled);
    }

    final int symFlags(String mangled) {
        Integer t = u.tempFlags.get(mangled);
        if (t != null) return t;
        return u.ste.flags(mangled);
    }

    final boolean isFunctionLike() {
        return u.ste.isFunctionLike();
    }

    final boolean isTopLevelAwait() {
        return (cfFlags & PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0 && u.ste.kind() == CodeGenScope.K_MODULE;
    }

    void forbiddenName(Loc loc, String name, ExprContext ctx) {
        if ("__debug__".equals(name)) {
            if (ctx == ExprContext.Store) throw error(loc, "cannot assign to __debug__");
            if (ctx == ExprContext.Del) throw error(loc, "cannot delete __debug__");
        }
    }

    // CPython 3.12: Python/compile.c, compiler_nameop
    final void nameOp(String name, ExprContext ctx, Loc loc) {
        forbiddenName(loc, name, ctx);
        String mangled = mangle(name);
        if ("__debug__".equals(name) && ctx == ExprContext.Load) {
            loadConst(optimize == 0, loc);
            return;
        }
        int scope = scopeOf(mangled);
        final int OP_FAST = 1, OP_GLOBAL = 2, OP_DEREF = 3, OP_NAME = 4;
        int optype = OP_NAME;
        boolean free = false;
        switch (scope) {
            case CodeGenScope.FREE -> {
                optype = OP_DEREF;
                free = true;
            }
            case CodeGenScope.CELL -> optype = OP_DEREF;
            case CodeGenScope.LOCAL -> {
                if (isFunctionLike() || Boolean.TRUE.equals(u.fastHidden.get(mangled))) optype = OP_FAST;
            }
            case CodeGenScope.GLOBAL_IMPLICIT -> {
                if (isFunctionLike()) optype = OP_GLOBAL;
            }
            case CodeGenScope.GLOBAL_EXPLICIT -> optype = OP_GLOBAL;
            default -> {
            }
        }
        switch (optype) {
            case OP_DEREF -> {
                int arg = free ? derefFreeIdx(mangled) : derefCellIdx(mangled);
                switch (ctx) {
                    case Load -> {
                        if (u.ste.kind() == CodeGenScope.K_CLASS && u.inInlinedComp == 0) {
                            emit(LOAD_LOCALS, loc);
                            emit(LOAD_FROM_DICT_OR_DEREF, arg, loc);
                        } else if (u.ste.canSeeClassScope()) {
                            emit(LOAD_DEREF, freeIdx("__classdict__"), loc);
                            emit(LOAD_FROM_DICT_OR_DEREF, arg, loc);
                        } else {
                            emit(LOAD_DEREF, arg, loc);
                        }
                    }
                    case Store -> emit(STORE_DEREF, arg, loc);
                    case Del -> emit(DELETE_DEREF, arg, loc);
                }
            }
            case OP_FAST -> {
                int arg = varIdx(mangled);
                switch (ctx) {
                    case Load -> emit(LOAD_FAST, arg, loc);
                    case Store -> emit(STORE_FAST, arg, loc);
                    case Del -> emit(DELETE_FAST, arg, loc);
                }
            }
            case OP_GLOBAL -> {
                int arg = nameIdx(mangled);
                switch (ctx) {
                    case Load -> {
                        if (u.ste.canSeeClassScope() && scope == CodeGenScope.GLOBAL_IMPLICIT) {
                            emit(LOAD_DEREF, freeIdx("__classdict__"), loc);
                            emit(LOAD_FROM_DICT_OR_GLOBALS, arg, loc);
                        } else {
                            emit(LOAD_GLOBAL, (arg << 1) | (u.fuseNullIntoGlobal ? 1 : 0), loc);
                            u.fuseNullIntoGlobal = false;
                        }
                    }
                    case Store -> emit(STORE_GLOBAL, arg, loc);
                    case Del -> emit(DELETE_GLOBAL, arg, loc);
                }
            }
            default -> {
                int arg = nameIdx(mangled);
                switch (ctx) {
                    case Load -> {
                        if (u.ste.kind() == CodeGenScope.K_CLASS && u.inInlinedComp > 0)
                            emit(LOAD_GLOBAL, arg << 1, loc);
                        else emit(LOAD_NAME, arg, loc);
                    }
                    case Store -> emit(STORE_NAME, arg, loc);
                    case Del -> emit(DELETE_NAME, arg, loc);
                }
            }
        }
    }

    final int derefCellIdx(String name) {
        Integer i = u.cellIndex.get(name);
        if (i != null) return i;
        Integer f = u.freeIndex.get(name);
        if (f != null) return u.meta.cellvars.size() + f;
        throw new IllegalStateException("no cell " + name + " in " + u.meta.qualname);
    }

    final int derefFreeIdx(String name) {
        Integer f = u.freeIndex.get(name);
        if (f != null) return u.meta.cellvars.size() + f;
        Integer i = u.cellIndex.get(name);
        if (i != null) return i;
        throw new IllegalStateException("no free var " + name + " in " + u.meta.qualname);
    }

    // ---- units ----
    // CPython 3.12: Python/compile.c, compiler_enter_scope
    final void enterScope(String name, int kind, Object key, int lineno) {
        CodeGenScope ste = symbols.lookup(key);
        Unit nu = new Unit(ste, kind);
        nu.meta.name = name;
        nu.meta.filename = filename;
        nu.meta.firstlineno = lineno;
        for (String v : ste.varnames()) {
            nu.varIndex.put(v, nu.meta.varnames.size());
            nu.meta.varnames.add(v);
        }
        List<String> cells = new ArrayList<>();
        List<String> frees = new ArrayList<>();
        for (String sym : ste.symbolNames()) {
            int sc = ste.scopeOf(sym);
            int fl = ste.flags(sym);
            if (sc == CodeGenScope.CELL || (fl & CodeGenScope.DEF_COMP_CELL) != 0) cells.add(sym);
            if (sc == CodeGenScope.FREE || (fl & CodeGenScope.DEF_FREE_CLASS) != 0) frees.add(sym);
        }
        cells.sort(null);
        frees.sort(null);
        if (ste.needsClassClosure()) cells.add("__class__");
        if (ste.needsClassDict()) cells.add("__classdict__");
        for (String c : cells) {
            if (nu.cellIndex.containsKey(c)) continue;
            nu.cellIndex.put(c, nu.meta.cellvars.size());
            nu.meta.cellvars.add(c);
        }
        for (String f : frees) {
            if (nu.freeIndex.containsKey(f)) continue;
            nu.freeIndex.put(f, nu.meta.freevars.size());
            nu.meta.freevars.add(f);
        }
        if (u != null) {
            nu.privateName = u.privateName;
            stack.push(u);
        }
        u = nu;
        nestLevel++;
        if (kind == U_MODULE) {
            nu.meta.qualname = name;
        } else {
            setQualname();
        }
        Loc rl = kind == U_MODULE ? new Loc(0, 0, lineno, 0) : new Loc(lineno, 0, lineno, 0);
        emit(RESUME, 0, rl);
    }

    // CPython 3.12: Python/compile.c, compiler_set_qualname
    private void setQualname() {
        String base = null;
        int n = stack.size();
        if (n > 1) {
            Unit parent = stack.peek();
            if (parent.kind == U_TYPEPARAMS) {
                if (n == 2) {
                    u.meta.qualname = u.meta.name;
                    return;
                }
                var it = stack.iterator();
                it.next();
                parent = it.next();
            }
            boolean forceGlobal = false;
            if (u.kind == U_FUNCTION || u.kind == U_ASYNC_FUNCTION || u.kind == U_CLASS) {
                String mangled = mangle(parent.privateName, u.meta.name);
                if (parent.ste.scopeOf(mangled) == CodeGenScope.GLOBAL_EXPLICIT) forceGlobal = true;
            }
            if (!forceGlobal) {
                if (parent.kind == U_FUNCTION || parent.kind == U_ASYNC_FUNCTION || parent.kind == U_LAMBDA)
                    base = parent.meta.qualname + ".<locals>";
                else base = parent.meta.qualname;
            }
        }
        u.meta.qualname = base != null ? base + "." + u.meta.name : u.meta.name;
    }

    // CPython 3.12: Python/compile.c, compute_code_flags
    final int computeFlags() {
        CodeGenScope ste = u.ste;
        int flags = 0;
        if (ste.isFunctionLike()) {
            flags |= CodeMeta.CO_NEWLOCALS | CodeMeta.CO_OPTIMIZED;
            if (ste.isNested()) flags |= CodeMeta.CO_NESTED;
            if (ste.isGenerator() && !ste.isCoroutine()) flags |= CodeMeta.CO_GENERATOR;
            if (!ste.isGenerator() && ste.isCoroutine()) flags |= CodeMeta.CO_COROUTINE;
            if (ste.isGenerator() && ste.isCoroutine()) flags |= CodeMeta.CO_ASYNC_GENERATOR;
            if (ste.hasVarargs()) flags |= CodeMeta.CO_VARARGS;
            if (ste.hasVarkeywords()) flags |= CodeMeta.CO_VARKEYWORDS;
        }
        flags |= (cfFlags | futureFeatures) & PYCF_MASK;
        if (isTopLevelAwait() && ste.isCoroutine() && !ste.isGenerator()) flags |= CodeMeta.CO_COROUTINE;
        return flags;
    }

    /** Finishes the current unit ("add_return_at_end" then assemble) and pops it. */
    final CodeUnit exitScope(boolean addNone) {
        if (fallsThrough()) {
            if (addNone) emit(RETURN_CONST, addConst(NONE), NO_LOC);
            else emit(RETURN_VALUE, NO_LOC);
        }
        u.meta.flags = computeFlags();
        CodeUnit co = Assembler.assemble(u.seq, u.meta);
        nestLevel--;
        u = stack.isEmpty() ? null : stack.pop();
        return co;
    }

    // ---- fblocks ----
    final void pushFBlock(Loc loc, FB kind, Label block, Label exit, Object datum) {
        if (u.fblocks.size() >= 20) throw error(loc, "too many statically nested blocks");
        u.fblocks.add(new FBlock(kind, block, exit, datum, loc));
    }

    final void popFBlock(FB kind) {
        FBlock b = u.fblocks.remove(u.fblocks.size() - 1);
        if (b.kind != kind) throw new IllegalStateException("fblock mismatch " + b.kind + " vs " + kind);
    }

    static boolean isConstant(ExprNode e) {
        return e instanceof Constant;
    }

    static Object docString(List<StmtNode> body) {
        if (body == null || body.isEmpty()) return null;
        if (body.get(0) instanceof Expr ex && ex.value instanceof Constant c
                && (c.value instanceof String || c.value instanceof SurrogateStr)) return c.value;
        return null;
    }
}
