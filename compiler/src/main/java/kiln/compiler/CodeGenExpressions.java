package kiln.compiler;

import static kiln.compiler.Opcode.*;

import java.util.List;

import kiln.parser.ast.*;

/** Expressions: operators, comparisons, displays, attributes, subscripts, f-strings, yield/await. */
abstract class CodeGenExpressions extends CodeGen {
    CodeGenExpressions(String filename, int cfFlags, int futureFeatures, int optimize,
                       List<CompileWarning> warnings, CodeGenSymbols symbols) {
        super(filename, cfFlags, futureFeatures, optimize, warnings, symbols);
    }

    abstract void visitCall(Call e);

    abstract void visitLambda(Lambda e);

    abstract void visitComprehension(ExprNode e);

    @Override
    void visitExpr(ExprNode e) {
        Loc loc = loc(e);
        switch (e) {
            case NamedExpr n -> {
                visitExpr(n.value);
                emit(COPY, 1, loc);
                visitExpr(n.target);
            }
            case BoolOp b -> visitBoolOp(b);
            case BinOp b -> {
                visitExpr(b.left);
                visitExpr(b.right);
                emit(BINARY_OP, binOp(b.op, false), loc);
            }
            case UnaryOp un -> {
                visitExpr(un.operand);
                switch (un.op) {
                    case Invert -> emit(UNARY_INVERT, loc);
                    case Not -> emit(UNARY_NOT, loc);
                    case USub -> emit(UNARY_NEGATIVE, loc);
                    case UAdd -> emit(CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
                }
            }
            case Lambda l -> visitLambda(l);
            case IfExp ie -> {
                Label end = newLabel(), next = newLabel();
                jumpIf(loc, ie.test, next, false);
                visitExpr(ie.body);
                jump(JUMP, end, NO_LOC);
                bind(next);
                visitExpr(ie.orelse);
                bind(end);
            }
            case Dict d -> visitDict(d);
            case Set s -> starUnpack(loc, s.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case ListComp c -> visitComprehension(c);
            case SetComp c -> visitComprehension(c);
            case DictComp c -> visitComprehension(c);
            case GeneratorExp c -> visitComprehension(c);
            case Yield y -> {
                if (!isFunctionLike()) throw error(loc, "'yield' outside function");
                if (y.value != null) visitExpr(y.value);
                else loadConst(NONE, loc);
                addYield(loc);
            }
            case YieldFrom y -> {
                if (!isFunctionLike()) throw error(loc, "'yield' outside function");
                if (u.kind == U_ASYNC_FUNCTION) throw error(loc, "'yield from' inside async function");
                visitExpr(y.value);
                emit(GET_YIELD_FROM_ITER, loc);
                loadConst(NONE, loc);
                addYieldFrom(loc, false);
            }
            case Await a -> {
                if (!isTopLevelAwait()) {
                    if (!isFunctionLike()) throw error(loc, "'await' outside function");
                    if (u.kind != U_ASYNC_FUNCTION && u.kind != U_COMPREHENSION)
                        throw error(loc, "'await' outside async function");
                }
                visitExpr(a.value);
                emit(GET_AWAITABLE, 0, loc);
                loadConst(NONE, loc);
                addYieldFrom(loc, true);
            }
            case Compare c -> visitCompare(c);
            case Call c -> visitCall(c);
            case FormattedValue f -> {
                visitExpr(f.value);
                int oparg = switch (f.conversion) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    default -> 0;
                };
                if (f.formatSpec != null) {
                    visitExpr(f.formatSpec);
                    oparg |= 4;
                }
                emit(FORMAT_VALUE, oparg, loc);
            }
            case JoinedStr j -> visitJoinedStr(j);
            case Constant c -> loadConst(c.value, loc);
            case Attribute a -> visitAttribute(a);
            case Subscript s -> visitSubscript(s);
            case Starred s -> {
                if (s.ctx == ExprContext.Store)
                    throw error(loc, "starred assignment target must be in a list or tuple");
                throw error(loc, "can't use starred expression here");
            }
            case Slice s -> {
                int n = compileSlice(s);
                emit(BUILD_SLICE, n, loc);
            }
            case Name n -> nameOp(n.id, n.ctx, loc);
            case kiln.parser.ast.List l -> {
                switch (l.ctx) {
                    case Load -> starUnpack(loc, l.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                    case Store -> assignmentHelper(loc, l.elts);
                    case Del -> {
                        for (ExprNode x : l.elts) visitExpr(x);
                    }
                }
            }
            case Tuple t -> {
                switch (t.ctx) {
                    case Load -> starUnpack(loc, t.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                    case Store -> assignmentHelper(loc, t.elts);
                    case Del -> {
                        for (ExprNode x : t.elts) visitExpr(x);
                    }
                }
            }
        }
    }

    static int binOp(OperatorType op, boolean inplace) {
        int nb = switch (op) {
            case Add -> NB_ADD;
            case Sub -> NB_SUBTRACT;
            case Mult -> NB_MULTIPLY;
            case MatMult -> NB_MATRIX_MULTIPLY;
            case Div -> NB_TRUE_DIVIDE;
            case Mod -> NB_REMAINDER;
            case Pow -> NB_POWER;
            case LShift -> NB_LSHIFT;
            case RShift -> NB_RSHIFT;
            case BitOr -> NB_OR;
            case BitXor -> NB_XOR;
            case BitAnd -> NB_AND;
            case FloorDiv -> NB_FLOOR_DIVIDE;
        };
        return inplace ? nb + NB_INPLACE_ADD : nb;
    }

    final void addYield(Loc loc) {
        if (u.ste.isGenerator() && u.ste.isCoroutine()) emit(CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        emit(YIELD_VALUE, 0, loc);
        emit(RESUME, 1, loc);
    }

    // CPython 3.12: Python/compile.c, compiler_add_yield_from
    final void addYieldFrom(Loc loc, boolean await) {
        Label send = newLabel(), fail = newLabel(), exit = newLabel();
        bind(send);
        jump(SEND, exit, loc);
        jump(SETUP_FINALLY, fail, loc);
        emit(YIELD_VALUE, 0, loc);
        emit(POP_BLOCK, NO_LOC);
        emit(RESUME, await ? 3 : 2, loc);
        jump(JUMP_NO_INTERRUPT, send, loc);
        bind(fail);
        emit(CLEANUP_THROW, loc);
        bind(exit);
        emit(END_SEND, loc);
    }

    /**
     * Constant operands that cannot be the result are dropped, and a constant that always is ends the
     * operation (what CPython's flowgraph gets from jumps on constants).
     */
    private static List<ExprNode> foldBoolOperands(BoolOp b) {
        boolean and = b.op == BoolOpType.And;
        List<ExprNode> out = new java.util.ArrayList<>();
        int n = b.values.size();
        for (int i = 0; i < n; i++) {
            ExprNode v = b.values.get(i);
            Boolean truth = v instanceof Constant c ? AstOptimizer.ConstFold.truth(c.value) : null;
            if (i < n - 1 && truth != null) {
                if (truth == and) continue;
                out.add(v);
                return out;
            }
            out.add(v);
        }
        return out;
    }

    private void visitBoolOp(BoolOp b) {
        Loc loc = loc(b);
        int jumpOp = b.op == BoolOpType.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
        Label end = newLabel();
        List<ExprNode> values = foldBoolOperands(b);
        int n = values.size() - 1;
        for (int i = 0; i < n; i++) {
            visitExpr(values.get(i));
            emit(COPY, 1, loc);
            jump(jumpOp, end, loc);
            emit(POP_TOP, loc);
        }
        visitExpr(values.get(n));
        bind(end);
    }

    // ---- comparisons ----
    final void addCompare(CmpOpType op, Loc loc) {
        switch (op) {
            case Is -> emit(IS_OP, 0, loc);
            case IsNot -> emit(IS_OP, 1, loc);
            case In -> emit(CONTAINS_OP, 0, loc);
            case NotIn -> emit(CONTAINS_OP, 1, loc);
            default -> {
                int cmp = switch (op) {
                    case Lt -> 0;
                    case LtE -> 1;
                    case Eq -> 2;
                    case NotEq -> 3;
                    case Gt -> 4;
                    default -> 5;
                };
                int mask = switch (cmp) {
                    case 0 -> 2;
                    case 1 -> 2 | 8;
                    case 2 -> 8;
                    case 3 -> 1 | 2 | 4;
                    case 4 -> 4;
                    default -> 4 | 8;
                };
                emit(COMPARE_OP, (cmp << 4) | mask, loc);
            }
        }
    }

    private static boolean checkIsArg(ExprNode e) {
        if (!(e instanceof Constant c)) return true;
        Object v = c.value;
        return v == ConstantValue.NONE || v == ConstantValue.ELLIPSIS || v instanceof Boolean;
    }

    // CPython 3.12: Python/compile.c, check_compare
    final void checkCompare(Compare e) {
        boolean left = checkIsArg(e.left);
        ExprNode leftExpr = e.left;
        for (int i = 0; i < e.ops.size(); i++) {
            CmpOpType op = e.ops.get(i);
            ExprNode rightExpr = e.comparators.get(i);
            boolean right = checkIsArg(rightExpr);
            if (op == CmpOpType.Is || op == CmpOpType.IsNot) {
                if (!right || !left) {
                    ExprNode literal = !left ? leftExpr : rightExpr;
                    String t = inferType(literal);
                    warn(loc(e), op == CmpOpType.Is
                            ? "\"is\" with '" + t + "' literal. Did you mean \"==\"?"
                            : "\"is not\" with '" + t + "' literal. Did you mean \"!=\"?");
                    return;
                }
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /** The Python type name of a literal-ish expression, or null (CPython's infer_type). */
    static String inferType(ExprNode e) {
        return switch (e) {
            case Tuple t -> "tuple";
            case kiln.parser.ast.List l -> "list";
            case ListComp l -> "list";
            case Dict d -> "dict";
            case DictComp d -> "dict";
            case Set s -> "set";
            case SetComp s -> "set";
            case GeneratorExp g -> "generator";
            case Lambda l -> "function";
            case JoinedStr j -> "str";
            case FormattedValue f -> "str";
            case Constant c -> constTypeName(c.value);
            default -> null;
        };
    }

    static String constTypeName(Object v) {
        if (v instanceof String || v instanceof SurrogateStr) return "str";
        if (v instanceof Long || v instanceof java.math.BigInteger) return "int";
        if (v instanceof Double) return "float";
        if (v instanceof ComplexConstant) return "complex";
        if (v instanceof BytesConstant) return "bytes";
        if (v instanceof Boolean) return "bool";
        if (v == ConstantValue.NONE) return "NoneType";
        if (v == ConstantValue.ELLIPSIS) return "ellipsis";
        if (v instanceof ConstTuple) return "tuple";
        if (v instanceof ConstFrozenset) return "frozenset";
        return "object";
    }

    private void visitCompare(Compare e) {
        Loc loc = loc(e);
        checkCompare(e);
        visitExpr(e.left);
        int n = e.ops.size() - 1;
        if (n == 0) {
            visitExpr(e.comparators.get(0));
            addCompare(e.ops.get(0), loc);
            return;
        }
        Label cleanup = newLabel();
        for (int i = 0; i < n; i++) {
            visitExpr(e.comparators.get(i));
            emit(SWAP, 2, loc);
            emit(COPY, 2, loc);
            addCompare(e.ops.get(i), loc);
            emit(COPY, 1, loc);
            jump(POP_JUMP_IF_FALSE, cleanup, loc);
            emit(POP_TOP, loc);
        }
        visitExpr(e.comparators.get(n));
        addCompare(e.ops.get(n), loc);
        Label end = newLabel();
        jump(JUMP, end, NO_LOC);
        bind(cleanup);
        emit(SWAP, 2, loc);
        emit(POP_TOP, loc);
        bind(end);
    }

    // CPython 3.12: Python/compile.c, compiler_jump_if
    @Override
    void jumpIf(Loc loc, ExprNode e, Label next, boolean cond) {
        switch (e) {
            case UnaryOp un when un.op == UnaryOpType.Not -> {
                jumpIf(loc, un.operand, next, !cond);
                return;
            }
            case BoolOp b -> {
                int n = b.values.size() - 1;
                boolean cond2 = b.op == BoolOpType.Or;
                Label next2 = next;
                if (cond2 != cond) next2 = newLabel();
                for (int i = 0; i < n; i++) jumpIf(loc, b.values.get(i), next2, cond2);
                jumpIf(loc, b.values.get(n), next, cond);
                if (next2 != next) bind(next2);
                return;
            }
            case IfExp ie -> {
                Label end = newLabel(), next2 = newLabel();
                jumpIf(loc, ie.test, next2, false);
                jumpIf(loc, ie.body, next, cond);
                jump(JUMP, end, NO_LOC);
                bind(next2);
                jumpIf(loc, ie.orelse, next, cond);
                bind(end);
                return;
            }
            case Compare c when c.ops.size() > 1 -> {
                checkCompare(c);
                Loc cl = loc(c);
                int n = c.ops.size() - 1;
                Label cleanup = newLabel();
                visitExpr(c.left);
                for (int i = 0; i < n; i++) {
                    visitExpr(c.comparators.get(i));
                    emit(SWAP, 2, cl);
                    emit(COPY, 2, cl);
                    addCompare(c.ops.get(i), cl);
                    jump(POP_JUMP_IF_FALSE, cleanup, cl);
                }
                visitExpr(c.comparators.get(n));
                addCompare(c.ops.get(n), cl);
                jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, cl);
                Label end = newLabel();
                jump(JUMP, end, NO_LOC);
                bind(cleanup);
                emit(POP_TOP, cl);
                if (!cond) jump(JUMP, next, NO_LOC);
                bind(end);
                return;
            }
            case Compare c when c.ops.size() == 1 && (c.ops.get(0) == CmpOpType.Is || c.ops.get(0) == CmpOpType.IsNot)
                    && (isNone(c.comparators.get(0)) || isNone(c.left)) -> {
                // `x is None` as a jump condition: POP_JUMP_IF_NONE / _NOT_NONE, as CPython's peephole pass makes it
                checkCompare(c);
                visitExpr(isNone(c.comparators.get(0)) ? c.left : c.comparators.get(0));
                boolean jumpIfNone = (c.ops.get(0) == CmpOpType.Is) == cond;
                jump(jumpIfNone ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, next, loc(c));
                return;
            }
            case Constant c -> {
                // CPython's flowgraph folds a jump on a constant; doing it here keeps dead code out
                Boolean truth = AstOptimizer.ConstFold.truth(c.value);
                if (truth != null) {
                    if (truth == cond) jump(JUMP, next, loc(e));
                    else emit(NOP, loc(e));
                    return;
                }
            }
            default -> {
            }
        }
        visitExpr(e);
        jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc(e));
    }

    // ---- displays ----
    static boolean isNone(ExprNode e) {
        return e instanceof Constant c && c.value == ConstantValue.NONE;
    }

    static boolean allConst(List<ExprNode> elts, int begin, int end) {
        for (int i = begin; i < end; i++) {
            ExprNode e = elts.get(i);
            if (!(e instanceof Constant)) return false;
        }
        return true;
    }

    // CPython 3.12: Python/compile.c, starunpack_helper
    final void starUnpack(Loc loc, List<ExprNode> elts, int pushed, int build, int add, int extend,
                          boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConst(elts, 0, n)) {
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) items[i] = normConst(((Constant) elts.get(i)).value);
            if (tuple && pushed == 0) {
                loadConst(new ConstTuple(items), loc);
            } else {
                emit(build, pushed, loc);
                loadConst(add == SET_ADD ? new ConstFrozenset(items) : new ConstTuple(items), loc);
                emit(extend, 1, loc);
                if (tuple) emit(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (ExprNode e : elts) {
            if (e instanceof Starred) {
                seenStar = true;
                break;
            }
        }
        if (!seenStar && !big) {
            if (tuple && pushed == 0 && allConst(elts, 0, n)) {
                // CPython's flowgraph folds LOAD_CONSTs + BUILD_TUPLE (including the empty tuple)
                Object[] items = new Object[n];
                for (int i = 0; i < n; i++) items[i] = normConst(((Constant) elts.get(i)).value);
                loadConst(new ConstTuple(items), loc);
                return;
            }
            for (ExprNode e : elts) visitExpr(e);
            emit(tuple ? BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            ExprNode e = elts.get(i);
            if (e instanceof Starred s) {
                if (!built) {
                    emit(build, i + pushed, loc);
                    built = true;
                }
                visitExpr(s.value);
                emit(extend, 1, loc);
            } else {
                visitExpr(e);
                if (built) emit(add, 1, loc);
            }
        }
        if (tuple) emit(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
    }

    // CPython 3.12: Python/compile.c, unpack_helper / assignment_helper
    final void unpackHelper(Loc loc, List<ExprNode> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            ExprNode e = elts.get(i);
            if (e instanceof Starred && !seenStar) {
                if (i >= (1 << 8) || (n - i - 1) >= (Integer.MAX_VALUE >> 8))
                    throw error(loc, "too many expressions in star-unpacking assignment");
                emit(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (e instanceof Starred) {
                throw error(loc, "multiple starred expressions in assignment");
            }
        }
        if (!seenStar) emit(UNPACK_SEQUENCE, n, loc);
    }

    final void assignmentHelper(Loc loc, List<ExprNode> elts) {
        unpackHelper(loc, elts);
        for (ExprNode e : elts) visitExpr(e instanceof Starred s ? s.value : e);
    }

    // CPython 3.12: Python/compile.c, compiler_dict / compiler_subdict
    private void subdict(Dict d, int begin, int end) {
        Loc loc = loc(d);
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConst(d.keys, begin, end)) {
            for (int i = begin; i < end; i++) visitExpr(d.values.get(i));
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) keys[i - begin] = normConst(((Constant) d.keys.get(i)).value);
            loadConst(new ConstTuple(keys), loc);
            emit(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) emit(BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++) {
            visitExpr(d.keys.get(i));
            visitExpr(d.values.get(i));
            if (big) emit(MAP_ADD, 1, loc);
        }
        if (!big) emit(BUILD_MAP, n, loc);
    }

    private void visitDict(Dict d) {
        Loc loc = loc(d);
        int n = d.values.size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = d.keys.get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) emit(DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visitExpr(d.values.get(i));
                emit(DICT_UPDATE, 1, loc);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(d, i - elements, i + 1);
                    if (haveDict) emit(DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) emit(DICT_UPDATE, 1, loc);
            haveDict = true;
        }
        if (!haveDict) emit(BUILD_MAP, 0, loc);
    }

    private void visitJoinedStr(JoinedStr j) {
        Loc loc = loc(j);
        int n = j.values.size();
        if (n > STACK_USE_GUIDELINE) {
            loadConst("", loc);
            loadAttrRaw("join", true, loc);
            emit(BUILD_LIST, 0, loc);
            for (ExprNode v : j.values) {
                visitExpr(v);
                emit(LIST_APPEND, 1, loc);
            }
            emit(CALL, 1, loc);
        } else {
            for (ExprNode v : j.values) visitExpr(v);
            if (n != 1) emit(BUILD_STRING, n, loc);
        }
    }

    final void loadAttrRaw(String attr, boolean method, Loc loc) {
        emit(LOAD_ATTR, (nameIdx(attr) << 1) | (method ? 1 : 0), loc);
    }

    // ---- attributes ----
    // CPython 3.12: Python/compile.c, update_start_location_to_match_attr
    static Loc attrLoc(Loc loc, Attribute a) {
        if (loc.lineno() != a.endLineno) {
            int lineno = a.endLineno;
            int len = utf8Len(a.attr);
            int col, endCol = loc.endCol();
            if (len <= a.endColOffset) col = a.endColOffset - len;
            else {
                col = -1;
                endCol = -1;
            }
            return new Loc(lineno, col, Math.max(lineno, loc.endLineno()), endCol);
        }
        return loc;
    }

    static int utf8Len(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    abstract boolean canOptimizeSuperCall(Attribute a);

    abstract void loadArgsForSuper(Call c);

    private void visitAttribute(Attribute a) {
        Loc loc = loc(a);
        if (a.ctx == ExprContext.Load && canOptimizeSuperCall(a)) {
            Call sc = (Call) a.value;
            loadArgsForSuper(sc);
            int bits = sc.args.isEmpty() ? 0 : 2;
            emit(LOAD_SUPER_ATTR, (mangledNameIdx(a.attr) << 2) | bits, loc);
            emit(NOP, attrLoc(loc, a));
            return;
        }
        visitExpr(a.value);
        loc = attrLoc(loc, a);
        switch (a.ctx) {
            case Load -> loadAttr(a.attr, false, loc);
            case Store -> {
                forbiddenName(loc, a.attr, a.ctx);
                emit(STORE_ATTR, mangledNameIdx(a.attr), loc);
            }
            case Del -> emit(DELETE_ATTR, mangledNameIdx(a.attr), loc);
        }
    }

    // ---- subscripts ----
    static boolean isTwoElementSlice(ExprNode s) {
        return s instanceof Slice sl && sl.step == null;
    }

    final int compileSlice(Slice s) {
        Loc loc = loc(s);
        int n = 2;
        if (s.lower != null) visitExpr(s.lower);
        else loadConst(NONE, loc);
        if (s.upper != null) visitExpr(s.upper);
        else loadConst(NONE, loc);
        if (s.step != null) {
            n++;
            visitExpr(s.step);
        }
        return n;
    }

    private void visitSubscript(Subscript s) {
        Loc loc = loc(s);
        if (s.ctx == ExprContext.Load) {
            checkSubscripter(s.value);
            checkIndex(s.value, s.slice);
        }
        visitExpr(s.value);
        if (isTwoElementSlice(s.slice) && s.ctx != ExprContext.Del) {
            compileSlice((Slice) s.slice);
            emit(s.ctx == ExprContext.Load ? BINARY_SLICE : STORE_SLICE, loc);
        } else {
            visitExpr(s.slice);
            emit(switch (s.ctx) {
                case Load -> BINARY_SUBSCR;
                case Store -> STORE_SUBSCR;
                case Del -> DELETE_SUBSCR;
            }, loc);
        }
    }

    // CPython 3.12: Python/compile.c, check_subscripter
    private void checkSubscripter(ExprNode e) {
        if (e instanceof Constant c) {
            Object v = c.value;
            if (v == ConstantValue.NONE || v == ConstantValue.ELLIPSIS || v instanceof Long
                    || v instanceof java.math.BigInteger || v instanceof Double || v instanceof ComplexConstant
                    || v instanceof Boolean || v instanceof ConstFrozenset) {
                warn(loc(e), "'" + constTypeName(v) + "' object is not subscriptable; perhaps you missed a comma?");
            }
            return;
        }
        if (e instanceof Set || e instanceof SetComp || e instanceof GeneratorExp || e instanceof Lambda) {
            warn(loc(e), "'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
        }
    }

    // CPython 3.12: Python/compile.c, check_index
    private void checkIndex(ExprNode e, ExprNode s) {
        String indexType = inferType(s);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) return;
        boolean applies;
        if (e instanceof Constant c) {
            Object v = c.value;
            applies = v instanceof String || v instanceof SurrogateStr || v instanceof BytesConstant
                    || v instanceof ConstTuple;
        } else {
            applies = e instanceof Tuple || e instanceof kiln.parser.ast.List || e instanceof ListComp
                    || e instanceof JoinedStr || e instanceof FormattedValue;
        }
        if (!applies) return;
        if (s instanceof Constant sc && (sc.value instanceof Long || sc.value instanceof java.math.BigInteger
                || sc.value instanceof Boolean)) return;
        if (s instanceof Slice) return;
        warn(loc(e), inferType(e) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?");
    }
}
