package kiln.compiler;

import java.util.List;

import kiln.parser.ast.*;

/**
 * Turns an annotation back into source text for `from __future__ import annotations`
 * (CPython 3.12: Python/ast_unparse.c, with its precedence levels).
 */
final class CodeGenUnparse {
    static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6,
            PR_BOR = 6, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12,
            PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    private final StringBuilder sb = new StringBuilder();

    private CodeGenUnparse() {}

    static String unparse(ExprNode e) {
        CodeGenUnparse u = new CodeGenUnparse();
        u.expr(e, PR_TEST);
        return u.sb.toString();
    }

    private void open(boolean cond) {
        if (cond) sb.append('(');
    }

    private void close(boolean cond) {
        if (cond) sb.append(')');
    }

    private void expr(ExprNode e, int level) {
        switch (e) {
            case BoolOp b -> {
                int pr = b.op == BoolOpType.And ? PR_AND : PR_OR;
                open(level > pr);
                for (int i = 0; i < b.values.size(); i++) {
                    if (i > 0) sb.append(b.op == BoolOpType.And ? " and " : " or ");
                    expr(b.values.get(i), pr + 1);
                }
                close(level > pr);
            }
            case BinOp b -> {
                String op;
                int pr;
                switch (b.op) {
                    case Add -> { op = " + "; pr = PR_ARITH; }
                    case Sub -> { op = " - "; pr = PR_ARITH; }
                    case Mult -> { op = " * "; pr = PR_TERM; }
                    case MatMult -> { op = " @ "; pr = PR_TERM; }
                    case Div -> { op = " / "; pr = PR_TERM; }
                    case Mod -> { op = " % "; pr = PR_TERM; }
                    case LShift -> { op = " << "; pr = PR_SHIFT; }
                    case RShift -> { op = " >> "; pr = PR_SHIFT; }
                    case BitOr -> { op = " | "; pr = PR_BOR; }
                    case BitXor -> { op = " ^ "; pr = PR_BXOR; }
                    case BitAnd -> { op = " & "; pr = PR_BAND; }
                    case FloorDiv -> { op = " // "; pr = PR_TERM; }
                    default -> { op = " ** "; pr = PR_POWER; }
                }
                boolean rassoc = b.op == OperatorType.Pow;
                open(level > pr);
                expr(b.left, pr + (rassoc ? 1 : 0));
                sb.append(op);
                expr(b.right, pr + (rassoc ? 0 : 1));
                close(level > pr);
            }
            case UnaryOp un -> {
                String op;
                int pr;
                switch (un.op) {
                    case Invert -> { op = "~"; pr = PR_FACTOR; }
                    case Not -> { op = "not "; pr = PR_NOT; }
                    case UAdd -> { op = "+"; pr = PR_FACTOR; }
                    default -> { op = "-"; pr = PR_FACTOR; }
                }
                open(level > pr);
                sb.append(op);
                expr(un.operand, pr);
                close(level > pr);
            }
            case Lambda l -> {
                open(level > PR_TEST);
                int n = l.args.posonlyargs.size() + l.args.args.size() + l.args.kwonlyargs.size()
                        + (l.args.vararg != null ? 1 : 0) + (l.args.kwarg != null ? 1 : 0);
                if (n == 0) sb.append("lambda");
                else {
                    sb.append("lambda ");
                    arguments(l.args);
                }
                sb.append(": ");
                expr(l.body, PR_TEST);
                close(level > PR_TEST);
            }
            case IfExp i -> {
                open(level > PR_TEST);
                expr(i.body, PR_TEST + 1);
                sb.append(" if ");
                expr(i.test, PR_TEST + 1);
                sb.append(" else ");
                expr(i.orelse, PR_TEST);
                close(level > PR_TEST);
            }
            case Dict d -> {
                sb.append('{');
                for (int i = 0; i < d.values.size(); i++) {
                    if (i > 0) sb.append(", ");
                    ExprNode k = d.keys.get(i);
                    if (k != null) {
                        expr(k, PR_TEST);
                        sb.append(": ");
                        expr(d.values.get(i), PR_TEST);
                    } else {
                        sb.append("**");
                        expr(d.values.get(i), PR_EXPR);
                    }
                }
                sb.append('}');
            }
            case Set s -> {
                if (s.elts.isEmpty()) sb.append("{*()}");
                else {
                    sb.append('{');
                    seq(s.elts);
                    sb.append('}');
                }
            }
            case ListComp c -> {
                sb.append('[');
                expr(c.elt, PR_TEST);
                comprehensions(c.generators);
                sb.append(']');
            }
            case SetComp c -> {
                sb.append('{');
                expr(c.elt, PR_TEST);
                comprehensions(c.generators);
                sb.append('}');
            }
            case DictComp c -> {
                sb.append('{');
                expr(c.key, PR_TEST);
                sb.append(": ");
                expr(c.value, PR_TEST);
                comprehensions(c.generators);
                sb.append('}');
            }
            case GeneratorExp c -> {
                sb.append('(');
                expr(c.elt, PR_TEST);
                comprehensions(c.generators);
                sb.append(')');
            }
            case Await a -> {
                open(level > PR_AWAIT);
                sb.append("await ");
                expr(a.value, PR_ATOM);
                close(level > PR_AWAIT);
            }
            case Yield y -> {
                if (y.value == null) sb.append("(yield)");
                else {
                    sb.append("(yield ");
                    expr(y.value, PR_TEST);
                    sb.append(')');
                }
            }
            case YieldFrom y -> {
                sb.append("(yield from ");
                expr(y.value, PR_TEST);
                sb.append(')');
            }
            case Compare c -> {
                open(level > PR_CMP);
                expr(c.left, PR_CMP + 1);
                for (int i = 0; i < c.ops.size(); i++) {
                    sb.append(switch (c.ops.get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators.get(i), PR_CMP + 1);
                }
                close(level > PR_CMP);
            }
            case Call c -> {
                expr(c.func, PR_ATOM);
                if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof GeneratorExp g) {
                    expr(g, PR_TEST);
                    return;
                }
                sb.append('(');
                boolean first = true;
                for (ExprNode a : c.args) {
                    if (!first) sb.append(", ");
                    first = false;
                    expr(a, PR_TEST);
                }
                for (Keyword k : c.keywords) {
                    if (!first) sb.append(", ");
                    first = false;
                    if (k.arg == null) sb.append("**");
                    else sb.append(k.arg).append('=');
                    expr(k.value, PR_TEST);
                }
                sb.append(')');
            }
            case Constant c -> constant(c.value, c.kind);
            case JoinedStr j -> {
                StringBuilder body = new StringBuilder();
                fstringBody(j.values, body);
                sb.append('f').append(ConstantRepr.repr(body.toString()));
            }
            case FormattedValue f -> {
                StringBuilder body = new StringBuilder();
                fstringBody(List.of(f), body);
                sb.append('f').append(ConstantRepr.repr(body.toString()));
            }
            case Attribute a -> {
                expr(a.value, PR_ATOM);
                boolean intConst = a.value instanceof Constant k
                        && (k.value instanceof Long || k.value instanceof java.math.BigInteger);
                sb.append(intConst ? " ." : ".").append(a.attr);
            }
            case Subscript s -> {
                expr(s.value, PR_ATOM);
                sb.append('[');
                expr(s.slice, PR_TUPLE);
                sb.append(']');
            }
            case Starred s -> {
                sb.append('*');
                expr(s.value, PR_EXPR);
            }
            case Name n -> sb.append(n.id);
            case kiln.parser.ast.List l -> {
                sb.append('[');
                seq(l.elts);
                sb.append(']');
            }
            case Tuple t -> {
                if (t.elts.isEmpty()) {
                    sb.append("()");
                    return;
                }
                open(level > PR_TUPLE);
                seq(t.elts);
                if (t.elts.size() == 1) sb.append(',');
                close(level > PR_TUPLE);
            }
            case Slice s -> {
                if (s.lower != null) expr(s.lower, PR_TEST);
                sb.append(':');
                if (s.upper != null) expr(s.upper, PR_TEST);
                if (s.step != null) {
                    sb.append(':');
                    expr(s.step, PR_TEST);
                }
            }
            case NamedExpr n -> {
                open(level > PR_TUPLE);
                expr(n.target, PR_ATOM);
                sb.append(" := ");
                expr(n.value, PR_ATOM);
                close(level > PR_TUPLE);
            }
        }
    }

    private void seq(List<ExprNode> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) sb.append(", ");
            expr(elts.get(i), PR_TEST);
        }
    }

    private void constant(Object v, String kind) {
        if (v == ConstantValue.ELLIPSIS) {
            sb.append("...");
            return;
        }
        if (v instanceof Double d && Double.isInfinite(d)) {
            sb.append(d > 0 ? "1e309" : "-1e309");
            return;
        }
        if ("u".equals(kind)) sb.append('u');
        if (v instanceof ConstTuple t) {
            Object[] items = t.items();
            sb.append('(');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                constant(items[i], null);
            }
            if (items.length == 1) sb.append(',');
            sb.append(')');
            return;
        }
        sb.append(ConstantRepr.repr(v));
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            sb.append(g.isAsync != 0 ? " async for " : " for ");
            expr(g.target, PR_TUPLE);
            sb.append(" in ");
            expr(g.iter, PR_TEST + 1);
            for (ExprNode c : g.ifs) {
                sb.append(" if ");
                expr(c, PR_TEST + 1);
            }
        }
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int defaultsStart = a.posonlyargs.size() + a.args.size() - a.defaults.size();
        int i = 0;
        for (Arg x : a.posonlyargs) {
            first = argWithDefault(x, i >= defaultsStart ? a.defaults.get(i - defaultsStart) : null, first);
            i++;
        }
        if (!a.posonlyargs.isEmpty()) sb.append(", /");
        for (Arg x : a.args) {
            first = argWithDefault(x, i >= defaultsStart ? a.defaults.get(i - defaultsStart) : null, first);
            i++;
        }
        if (a.vararg != null || !a.kwonlyargs.isEmpty()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append('*');
            if (a.vararg != null) sb.append(a.vararg.arg);
        }
        for (int k = 0; k < a.kwonlyargs.size(); k++) {
            ExprNode d = k < a.kwDefaults.size() ? a.kwDefaults.get(k) : null;
            first = argWithDefault(a.kwonlyargs.get(k), d, first);
        }
        if (a.kwarg != null) {
            if (!first) sb.append(", ");
            sb.append("**").append(a.kwarg.arg);
        }
    }

    private boolean argWithDefault(Arg x, ExprNode dflt, boolean first) {
        if (!first) sb.append(", ");
        sb.append(x.arg);
        if (dflt != null) {
            sb.append('=');
            expr(dflt, PR_TEST);
        }
        return false;
    }

    private void fstringBody(List<ExprNode> values, StringBuilder body) {
        for (ExprNode v : values) {
            if (v instanceof Constant c && c.value instanceof String s) {
                body.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof FormattedValue f) {
                String inner = unparseAt(f.value, PR_TEST + 1);
                body.append('{');
                if (inner.startsWith("{")) body.append(' ');
                body.append(inner);
                if (f.conversion > 0) body.append('!').append((char) f.conversion);
                if (f.formatSpec != null) {
                    body.append(':');
                    if (f.formatSpec instanceof JoinedStr js) fstringBody(js.values, body);
                    else fstringBody(List.of(f.formatSpec), body);
                }
                body.append('}');
            } else if (v instanceof JoinedStr js) {
                fstringBody(js.values, body);
            }
        }
    }

    private static String unparseAt(ExprNode e, int level) {
        CodeGenUnparse u = new CodeGenUnparse();
        u.expr(e, level);
        return u.sb.toString();
    }
}
