package kiln.runtime;

/** Rich comparison operators in CPython's order (Py_LT .. Py_GE), so {@code ordinal()} is COMPARE_OP's operator. */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;
    private static final CompareOp[] VALUES = values();

    CompareOp(String symbol, String dunder) { this.symbol = symbol; this.dunder = dunder; }

    public static CompareOp of(int i) { return VALUES[i]; }

    /** The operator tried on the right operand: a < b becomes b > a. */
    public CompareOp swapped() {
        return switch (this) { case LT -> GT; case LE -> GE; case GT -> LT; case GE -> LE; default -> this; };
    }

    /** Evaluates the operator on a three-way comparison result. */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
        };
    }
}
