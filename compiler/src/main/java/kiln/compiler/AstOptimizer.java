package kiln.compiler;

import java.math.BigInteger;
import java.util.List;

import kiln.parser.ast.*;

/**
 * Constant folding on the AST before the symbol table (CPython 3.12: Python/ast_opt.c): unary and binary
 * operators on constants with CPython's size limits, constant tuples, `in` on list/set displays, iteration over
 * list/set displays, constant subscripts, and __debug__. An operation that would raise is left for run time.
 */
final class AstOptimizer {
    static final int MAX_INT_SIZE = 128; // bits
    static final int MAX_COLLECTION_SIZE = 256;
    static final int MAX_STR_SIZE = 4096;
    static final int MAX_TOTAL_ITEMS = 1024;

    private final int optimize;
    private final boolean futureAnnotations;

    private AstOptimizer(int optimize, int features) {
        this.optimize = optimize;
        this.futureAnnotations = (features & CodeMeta.CO_FUTURE_ANNOTATIONS) != 0;
    }

    static void optimize(ModNode mod, int optimize, int features) {
        AstOptimizer o = new AstOptimizer(optimize, features);
        switch (mod) {
            case kiln.parser.ast.Module m -> o.stmts(m.body);
            case Interactive m -> o.stmts(m.body);
            case Expression m -> m.body = o.expr(m.body);
            default -> {
            }
        }
    }

    private void stmts(List<StmtNode> l) {
        if (l == null) return;
        for (StmtNode s : l) stmt(s);
    }

    private void exprs(List<ExprNode> l) {
        if (l == null) return;
        for (int i = 0; i < l.size(); i++) {
            ExprNode e = l.get(i);
            if (e != null) l.set(i, expr(e));
        }
    }

    private ExprNode opt(ExprNode e) {
        return e == null ? null : expr(e);
    }

    private ExprNode ann(ExprNode e) {
        return futureAnnotations ? e : opt(e);
    }

    private void arguments(Arguments a) {
        for (Arg x : a.posonlyargs) x.annotation = ann(x.annotation);
        for (Arg x : a.args) x.annotation = ann(x.annotation);
        if (a.vararg != null) a.vararg.annotation = ann(a.vararg.annotation);
        for (Arg x : a.kwonlyargs) x.annotation = ann(x.annotation);
        if (a.kwarg != null) a.kwarg.annotation = ann(a.kwarg.annotation);
        exprs(a.kwDefaults);
        exprs(a.defaults);
    }

    private void typeParams(List<TypeParamNode> l) {
        if (l == null) return;
        for (TypeParamNode t : l) if (t instanceof TypeVar tv) tv.bound = opt(tv.bound);
    }

    private void keywords(List<Keyword> l) {
        for (Keyword k : l) k.value = expr(k.value);
    }

    private void stmt(StmtNode s) {
        switch (s) {
            case FunctionDef f -> {
                typeParams(f.typeParams);
                arguments(f.args);
                stmts(f.body);
                exprs(f.decoratorList);
                f.returns = ann(f.returns);
            }
            case AsyncFunctionDef f -> {
                typeParams(f.typeParams);
                arguments(f.args);
                stmts(f.body);
                exprs(f.decoratorList);
                f.returns = ann(f.returns);
            }
            case ClassDef c -> {
                typeParams(c.typeParams);
                exprs(c.bases);
                keywords(c.keywords);
                stmts(c.body);
                exprs(c.decoratorList);
            }
            case Return r -> r.value = opt(r.value);
            case Delete d -> exprs(d.targets);
            case Assign a -> {
                exprs(a.targets);
                a.value = expr(a.value);
            }
            case AugAssign a -> {
                a.target = expr(a.target);
                a.value = expr(a.value);
            }
            case AnnAssign a -> {
                a.target = expr(a.target);
                a.annotation = ann(a.annotation);
                a.value = opt(a.value);
            }
            case TypeAlias t -> {
                t.name = expr(t.name);
                typeParams(t.typeParams);
                t.value = expr(t.value);
            }
            case For f -> {
                f.target = expr(f.target);
                f.iter = foldIter(expr(f.iter));
                stmts(f.body);
                stmts(f.orelse);
            }
            case AsyncFor f -> {
                f.target = expr(f.target);
                f.iter = expr(f.iter);
                stmts(f.body);
                stmts(f.orelse);
            }
            case While w -> {
                w.test = expr(w.test);
                stmts(w.body);
                stmts(w.orelse);
            }
            case If i -> {
                i.test = expr(i.test);
                stmts(i.body);
                stmts(i.orelse);
            }
            case With w -> {
                for (WithItem it : w.items) {
                    it.contextExpr = expr(it.contextExpr);
                    it.optionalVars = opt(it.optionalVars);
                }
                stmts(w.body);
            }
            case AsyncWith w -> {
                for (WithItem it : w.items) {
                    it.contextExpr = expr(it.contextExpr);
                    it.optionalVars = opt(it.optionalVars);
                }
                stmts(w.body);
            }
            case Match m -> {
                m.subject = expr(m.subject);
                for (MatchCase c : m.cases) {
                    pattern(c.pattern);
                    c.guard = opt(c.guard);
                    stmts(c.body);
                }
            }
            case Raise r -> {
                r.exc = opt(r.exc);
                r.cause = opt(r.cause);
            }
            case Try t -> {
                stmts(t.body);
                for (ExceptHandlerNode h : t.handlers) handler((ExceptHandler) h);
                stmts(t.orelse);
                stmts(t.finalbody);
            }
            case TryStar t -> {
                stmts(t.body);
                for (ExceptHandlerNode h : t.handlers) handler((ExceptHandler) h);
                stmts(t.orelse);
                stmts(t.finalbody);
            }
            case Assert a -> {
                a.test = expr(a.test);
                a.msg = opt(a.msg);
            }
            case Expr e -> e.value = expr(e.value);
            default -> {
            }
        }
    }

    private void handler(ExceptHandler h) {
        h.type = opt(h.type);
        stmts(h.body);
    }

    private void pattern(PatternNode p) {
        switch (p) {
            case MatchValue v -> v.value = expr(v.value);
            case MatchSequence s -> {
                for (PatternNode x : s.patterns) pattern(x);
            }
            case MatchMapping m -> {
                exprs(m.keys);
                for (PatternNode x : m.patterns) pattern(x);
            }
            case MatchClass c -> {
                c.cls = expr(c.cls);
                for (PatternNode x : c.patterns) pattern(x);
                for (PatternNode x : c.kwdPatterns) pattern(x);
            }
            case MatchAs a -> {
                if (a.pattern != null) pattern(a.pattern);
            }
            case MatchOr o -> {
                for (PatternNode x : o.patterns) pattern(x);
            }
            default -> {
            }
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension c : gens) {
            c.target = expr(c.target);
            c.iter = foldIter(expr(c.iter));
            exprs(c.ifs);
        }
    }

    private ExprNode expr(ExprNode e) {
        switch (e) {
            case BoolOp b -> exprs(b.values);
            case BinOp b -> {
                b.left = expr(b.left);
                b.right = expr(b.right);
                return foldBinOp(b);
            }
            case UnaryOp u -> {
                u.operand = expr(u.operand);
                return foldUnaryOp(u);
            }
            case Lambda l -> {
                arguments(l.args);
                l.body = expr(l.body);
            }
            case IfExp i -> {
                i.test = expr(i.test);
                i.body = expr(i.body);
                i.orelse = expr(i.orelse);
            }
            case Dict d -> {
                exprs(d.keys);
                exprs(d.values);
            }
            case Set s -> exprs(s.elts);
            case ListComp c -> {
                c.elt = expr(c.elt);
                comprehensions(c.generators);
            }
            case SetComp c -> {
                c.elt = expr(c.elt);
                comprehensions(c.generators);
            }
            case DictComp c -> {
                c.key = expr(c.key);
                c.value = expr(c.value);
                comprehensions(c.generators);
            }
            case GeneratorExp c -> {
                c.elt = expr(c.elt);
                comprehensions(c.generators);
            }
            case Await a -> a.value = expr(a.value);
            case Yield y -> y.value = opt(y.value);
            case YieldFrom y -> y.value = expr(y.value);
            case Compare c -> {
                c.left = expr(c.left);
                exprs(c.comparators);
                foldCompare(c);
            }
            case Call c -> {
                c.func = expr(c.func);
                exprs(c.args);
                keywords(c.keywords);
            }
            case FormattedValue f -> {
                f.value = expr(f.value);
                f.formatSpec = opt(f.formatSpec);
            }
            case JoinedStr j -> exprs(j.values);
            case Attribute a -> a.value = expr(a.value);
            case Subscript s -> {
                s.value = expr(s.value);
                s.slice = expr(s.slice);
                return foldSubscript(s);
            }
            case Starred s -> s.value = expr(s.value);
            case Slice s -> {
                s.lower = opt(s.lower);
                s.upper = opt(s.upper);
                s.step = opt(s.step);
            }
            case kiln.parser.ast.List l -> exprs(l.elts);
            case Tuple t -> {
                exprs(t.elts);
                return foldTuple(t);
            }
            case Name n -> {
                if (n.ctx == ExprContext.Load && n.id.equals("__debug__")) return constant(e, optimize == 0);
            }
            case NamedExpr n -> n.value = expr(n.value);
            default -> {
            }
        }
        return e;
    }

    static Constant constant(ExprNode at, Object value) {
        return new Constant(value, null, at.lineno, at.colOffset, at.endLineno, at.endColOffset);
    }

    private static Object[] constItems(List<ExprNode> elts) {
        Object[] items = new Object[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if (!(elts.get(i) instanceof Constant c)) return null;
            items[i] = CodeGen.normConst(c.value);
        }
        return items;
    }

    private ExprNode foldTuple(Tuple t) {
        if (t.ctx != ExprContext.Load) return t;
        Object[] items = constItems(t.elts);
        return items == null ? t : constant(t, new ConstTuple(items));
    }

    /** `for x in [..]` / `{..}`: a list display becomes a tuple, a set display a frozenset constant. */
    private ExprNode foldIter(ExprNode e) {
        if (e instanceof kiln.parser.ast.List l) {
            for (ExprNode x : l.elts) if (x instanceof Starred) return e;
            Tuple t = new Tuple(l.elts, ExprContext.Load, l.lineno, l.colOffset, l.endLineno, l.endColOffset);
            return foldTuple(t);
        }
        if (e instanceof Set s) {
            Object[] items = constItems(s.elts);
            if (items != null) return constant(s, new ConstFrozenset(items));
        }
        return e;
    }

    private void foldCompare(Compare c) {
        int n = c.ops.size();
        CmpOpType last = c.ops.get(n - 1);
        if (last == CmpOpType.In || last == CmpOpType.NotIn) {
            c.comparators.set(n - 1, foldIter(c.comparators.get(n - 1)));
        }
    }

    private ExprNode foldSubscript(Subscript s) {
        if (s.ctx != ExprContext.Load || !(s.value instanceof Constant v) || !(s.slice instanceof Constant i))
            return s;
        Object r = ConstFold.subscript(v.value, i.value);
        return r == null ? s : constant(s, r);
    }

    private ExprNode foldUnaryOp(UnaryOp u) {
        if (!(u.operand instanceof Constant c)) {
            if (u.op == UnaryOpType.Not && u.operand instanceof Compare cmp && cmp.ops.size() == 1) {
                CmpOpType op = switch (cmp.ops.get(0)) {
                    case Is -> CmpOpType.IsNot;
                    case IsNot -> CmpOpType.Is;
                    case In -> CmpOpType.NotIn;
                    case NotIn -> CmpOpType.In;
                    default -> null;
                };
                if (op != null) {
                    cmp.ops.set(0, op);
                    cmp.lineno = u.lineno;
                    cmp.colOffset = u.colOffset;
                    cmp.endLineno = u.endLineno;
                    cmp.endColOffset = u.endColOffset;
                    return cmp;
                }
            }
            return u;
        }
        Object r = ConstFold.unary(u.op, c.value);
        return r == null ? u : constant(u, r);
    }

    private ExprNode foldBinOp(BinOp b) {
        if (b.op == OperatorType.Mod && b.left instanceof Constant lc && lc.value instanceof String fmt
                && b.right instanceof Tuple t) {
            for (ExprNode x : t.elts) if (x instanceof Starred) return b;
            ExprNode f = PercentFormat.optimize(b, fmt, t.elts);
            return f != null ? f : b;
        }
        if (!(b.left instanceof Constant l) || !(b.right instanceof Constant r)) return b;
        Object v = ConstFold.binary(b.op, l.value, r.value);
        return v == null ? b : constant(b, v);
    }

    /** `'%s %r' % (a, b)` with only %s/%r/%a units becomes an f-string (CPython 3.12: ast_opt.c, optimize_format). */
    static final class PercentFormat {
        static final int MAXDIGITS = 3;

        static ExprNode optimize(BinOp node, String fmt, List<ExprNode> elts) {
            java.util.List<ExprNode> seq = new java.util.ArrayList<>();
            int[] pos = {0};
            int cnt = 0;
            while (true) {
                String lit = literal(fmt, pos);
                if (lit != null) seq.add(new Constant(lit, null, node.lineno, node.colOffset, node.endLineno,
                        node.endColOffset));
                if (pos[0] >= fmt.length()) break;
                if (cnt >= elts.size()) return null;
                pos[0]++;
                ExprNode e = format(fmt, pos, elts.get(cnt));
                cnt++;
                if (e == null) return null;
                seq.add(e);
            }
            if (cnt < elts.size()) return null;
            return new JoinedStr(seq, node.lineno, node.colOffset, node.endLineno, node.endColOffset);
        }

        private static String literal(String fmt, int[] ppos) {
            int start = ppos[0], p = start, size = fmt.length();
            boolean percents = false;
            while (p < size) {
                if (fmt.charAt(p) != '%') p++;
                else if (p + 1 < size && fmt.charAt(p + 1) == '%') {
                    percents = true;
                    p += 2;
                } else break;
            }
            ppos[0] = p;
            if (p == start) return null;
            String str = fmt.substring(start, p);
            return percents ? str.replace("%%", "%") : str;
        }

        private static ExprNode format(String fmt, int[] ppos, ExprNode arg) {
            int p = ppos[0], len = fmt.length();
            boolean ljust = false;
            int width = -1, prec = -1;
            char ch;
            while (true) {
                if (p >= len) return null;
                ch = fmt.charAt(p++);
                if (ch == '-') ljust = true;
                else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') break;
            }
            if (ch >= '0' && ch <= '9') {
                width = 0;
                int digits = 0;
                while (ch >= '0' && ch <= '9') {
                    width = width * 10 + (ch - '0');
                    if (p >= len) return null;
                    ch = fmt.charAt(p++);
                    if (++digits >= MAXDIGITS) return null;
                }
            }
            if (ch == '.') {
                if (p >= len) return null;
                ch = fmt.charAt(p++);
                prec = 0;
                if (ch >= '0' && ch <= '9') {
                    int digits = 0;
                    while (ch >= '0' && ch <= '9') {
                        prec = prec * 10 + (ch - '0');
                        if (p >= len) return null;
                        ch = fmt.charAt(p++);
                        if (++digits >= MAXDIGITS) return null;
                    }
                }
            }
            ppos[0] = p;
            if (ch != 's' && ch != 'r' && ch != 'a') return null;
            StringBuilder spec = new StringBuilder();
            if (!ljust && width > 0) spec.append('>');
            if (width >= 0) spec.append(width);
            if (prec >= 0) spec.append('.').append(prec);
            ExprNode formatSpec = spec.isEmpty() ? null
                    : new Constant(spec.toString(), null, arg.lineno, arg.colOffset, arg.endLineno, arg.endColOffset);
            return new FormattedValue(arg, ch, formatSpec, arg.lineno, arg.colOffset, arg.endLineno,
                    arg.endColOffset);
        }
    }

    /** Python semantics of the constant operations the optimizer folds; null = don't fold. */
    static final class ConstFold {
        static BigInteger big(Object v) {
            if (v instanceof Long l) return BigInteger.valueOf(l);
            if (v instanceof BigInteger b) return b;
            if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
            return null;
        }

        static Object norm(BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }

        static boolean isInt(Object v) {
            return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
        }

        static Double toFloat(Object v) {
            if (v instanceof Double d) return d;
            BigInteger b = big(v);
            if (b == null || b.bitLength() > 1000) return null;
            return b.doubleValue();
        }

        static Object unary(UnaryOpType op, Object v) {
            switch (op) {
                case Not -> {
                    Boolean t = truth(v);
                    return t == null ? null : !t;
                }
                case UAdd -> {
                    if (v instanceof Boolean) return norm(big(v));
                    if (isInt(v) || v instanceof Double || v instanceof ComplexConstant) return v;
                    return null;
                }
                case USub -> {
                    if (isInt(v)) return norm(big(v).negate());
                    if (v instanceof Double d) return -d;
                    if (v instanceof ComplexConstant c) return new ComplexConstant(-c.real(), -c.imag());
                    return null;
                }
                case Invert -> {
                    // ~bool is deprecated in 3.12, but CPython folds it (its compile-time warning is not shown)
                    if (isInt(v)) return norm(big(v).not());
                    return null;
                }
            }
            return null;
        }

        static Boolean truth(Object v) {
            if (v instanceof Boolean b) return b;
            if (v instanceof Long l) return l != 0;
            if (v instanceof BigInteger b) return b.signum() != 0;
            if (v instanceof Double d) return d != 0.0;
            if (v instanceof ComplexConstant c) return c.real() != 0.0 || c.imag() != 0.0;
            if (v instanceof String s) return !s.isEmpty();
            if (v instanceof BytesConstant b) return b.bytes().length != 0;
            if (v instanceof ConstTuple t) return t.items().length != 0;
            if (v instanceof ConstFrozenset t) return t.items().length != 0;
            if (v == ConstantValue.NONE) return false;
            if (v == ConstantValue.ELLIPSIS) return true;
            return null;
        }

        static Object binary(OperatorType op, Object l, Object r) {
            if (isInt(l) && isInt(r)) return intOp(op, l, r);
            if ((l instanceof Double || isInt(l)) && (r instanceof Double || isInt(r))) return floatOp(op, l, r);
            if (l instanceof ComplexConstant || r instanceof ComplexConstant) return complexOp(op, l, r);
            return seqOp(op, l, r);
        }

        private static Object intOp(OperatorType op, Object lo, Object ro) {
            BigInteger a = big(lo), b = big(ro);
            switch (op) {
                case Add:
                    return norm(a.add(b));
                case Sub:
                    return norm(a.subtract(b));
                case Mult:
                    if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE)
                        return null;
                    return norm(a.multiply(b));
                case FloorDiv: {
                    if (b.signum() == 0) return null;
                    BigInteger[] qr = a.divideAndRemainder(b);
                    BigInteger q = qr[0];
                    if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
                    return norm(q);
                }
                case Mod: {
                    if (b.signum() == 0) return null;
                    BigInteger m = a.mod(b.abs());
                    if (b.signum() < 0 && m.signum() != 0) m = m.add(b);
                    return norm(m);
                }
                case Div: {
                    if (b.signum() == 0) return null;
                    if (a.bitLength() > 53 || b.bitLength() > 53) return null;
                    return a.doubleValue() / b.doubleValue();
                }
                case Pow: {
                    if (b.signum() < 0) return null;
                    if (a.signum() != 0 && b.signum() > 0) {
                        if (b.bitLength() > 31) return null;
                        long vbits = a.bitLength();
                        if (vbits > MAX_INT_SIZE / b.longValue()) return null;
                    }
                    return norm(a.pow(b.intValueExact()));
                }
                case LShift: {
                    if (b.signum() < 0) return null;
                    if (a.signum() != 0 && b.signum() != 0) {
                        if (b.bitLength() > 31) return null;
                        long wbits = b.longValue();
                        if (wbits > MAX_INT_SIZE || a.bitLength() > MAX_INT_SIZE - wbits) return null;
                    }
                    if (b.bitLength() > 31) return a.signum() == 0 ? 0L : null;
                    return norm(a.shiftLeft(b.intValue()));
                }
                case RShift: {
                    if (b.signum() < 0) return null;
                    if (b.bitLength() > 31) return a.signum() < 0 ? -1L : 0L;
                    return norm(a.shiftRight(b.intValue()));
                }
                case BitOr:
                    if (lo instanceof Boolean x && ro instanceof Boolean y) return x | y;
                    return norm(a.or(b));
                case BitXor:
                    if (lo instanceof Boolean x && ro instanceof Boolean y) return x ^ y;
                    return norm(a.xor(b));
                case BitAnd:
                    if (lo instanceof Boolean x && ro instanceof Boolean y) return x & y;
                    return norm(a.and(b));
                default:
                    return null;
            }
        }

        // CPython 3.12: Objects/floatobject.c, float_divmod (for // and %)
        private static Object floatOp(OperatorType op, Object lo, Object ro) {
            Double x = toFloat(lo), y = toFloat(ro);
            if (x == null || y == null) return null;
            double a = x, b = y;
            switch (op) {
                case Add:
                    return a + b;
                case Sub:
                    return a - b;
                case Mult:
                    return a * b;
                case Div:
                    if (b == 0.0) return null;
                    return a / b;
                case Mod: {
                    if (b == 0.0) return null;
                    double mod = a % b;
                    if (mod != 0.0) {
                        if ((b < 0) != (mod < 0)) mod += b;
                    } else {
                        mod = Math.copySign(0.0, b);
                    }
                    return mod;
                }
                case FloorDiv: {
                    if (b == 0.0) return null;
                    double mod = a % b;
                    double div = (a - mod) / b;
                    if (mod != 0.0) {
                        if ((b < 0) != (mod < 0)) div -= 1.0;
                    }
                    double floordiv;
                    if (div != 0.0) {
                        floordiv = Math.floor(div);
                        if (div - floordiv > 0.5) floordiv += 1.0;
                    } else {
                        floordiv = Math.copySign(0.0, a / b);
                    }
                    return floordiv;
                }
                default:
                    return null; // ** on floats: libm differences; left to run time
            }
        }

        private static Object complexOp(OperatorType op, Object lo, Object ro) {
            double[] a = complexParts(lo), b = complexParts(ro);
            if (a == null || b == null) return null;
            return switch (op) {
                case Add -> new ComplexConstant(a[0] + b[0], a[1] + b[1]);
                case Sub -> new ComplexConstant(a[0] - b[0], a[1] - b[1]);
                default -> null;
            };
        }

        private static double[] complexParts(Object v) {
            if (v instanceof ComplexConstant c) return new double[] {c.real(), c.imag()};
            Double d = toFloat(v);
            return d == null ? null : new double[] {d, 0.0};
        }

        private static Object seqOp(OperatorType op, Object l, Object r) {
            if (op == OperatorType.Add) {
                if (l instanceof String a && r instanceof String b) return a + b;
                if (l instanceof BytesConstant a && r instanceof BytesConstant b) {
                    byte[] out = new byte[a.bytes().length + b.bytes().length];
                    System.arraycopy(a.bytes(), 0, out, 0, a.bytes().length);
                    System.arraycopy(b.bytes(), 0, out, a.bytes().length, b.bytes().length);
                    return new BytesConstant(out);
                }
                if (l instanceof ConstTuple a && r instanceof ConstTuple b) {
                    Object[] out = new Object[a.items().length + b.items().length];
                    System.arraycopy(a.items(), 0, out, 0, a.items().length);
                    System.arraycopy(b.items(), 0, out, a.items().length, b.items().length);
                    return new ConstTuple(out);
                }
                return null;
            }
            if (op == OperatorType.Mult) {
                if (isInt(l)) return repeat(r, l);
                if (isInt(r)) return repeat(l, r);
            }
            return null;
        }

        private static Object repeat(Object seq, Object times) {
            BigInteger nb = big(times);
            if (nb.bitLength() > 31) return null;
            int n = nb.intValue();
            if (seq instanceof String s) {
                int size = s.codePointCount(0, s.length());
                if (size == 0) return "";
                if (n < 0 || n > MAX_STR_SIZE / size) return null;
                return s.repeat(n);
            }
            if (seq instanceof BytesConstant b) {
                int size = b.bytes().length;
                if (size == 0) return b;
                if (n < 0 || n > MAX_STR_SIZE / size) return null;
                byte[] out = new byte[size * n];
                for (int i = 0; i < n; i++) System.arraycopy(b.bytes(), 0, out, i * size, size);
                return new BytesConstant(out);
            }
            if (seq instanceof ConstTuple t) {
                int size = t.items().length;
                if (size == 0) return t;
                if (n < 0 || n > MAX_COLLECTION_SIZE / size) return null;
                if (n > 0 && complexity(t, MAX_TOTAL_ITEMS / n) < 0) return null;
                Object[] out = new Object[size * n];
                for (int i = 0; i < n; i++) System.arraycopy(t.items(), 0, out, i * size, size);
                return new ConstTuple(out);
            }
            return null;
        }

        // CPython 3.12: Python/ast_opt.c, check_complexity
        private static int complexity(Object o, int limit) {
            if (o instanceof ConstTuple t) {
                limit -= t.items().length;
                for (int i = 0; limit >= 0 && i < t.items().length; i++) limit = complexity(t.items()[i], limit);
            } else if (o instanceof ConstFrozenset t) {
                limit -= t.items().length;
                for (int i = 0; limit >= 0 && i < t.items().length; i++) limit = complexity(t.items()[i], limit);
            }
            return limit;
        }

        static Object subscript(Object v, Object i) {
            if (!(i instanceof Long idx)) return null;
            if (v instanceof String s) {
                int n = s.codePointCount(0, s.length());
                long k = idx < 0 ? idx + n : idx;
                if (k < 0 || k >= n) return null;
                int off = s.offsetByCodePoints(0, (int) k);
                return new String(Character.toChars(s.codePointAt(off)));
            }
            if (v instanceof ConstTuple t) {
                int n = t.items().length;
                long k = idx < 0 ? idx + n : idx;
                if (k < 0 || k >= n) return null;
                return t.items()[(int) k];
            }
            if (v instanceof BytesConstant b) {
                int n = b.bytes().length;
                long k = idx < 0 ? idx + n : idx;
                if (k < 0 || k >= n) return null;
                return (long) (b.bytes()[(int) k] & 0xff);
            }
            return null;
        }
    }
}
