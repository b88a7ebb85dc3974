package kiln.parser.ast;

/** Python's {@code repr()} of the values a {@link Constant} holds. (Placeholder: being written.) */
public final class ConstantRepr {
    private ConstantRepr() {}

    public static String repr(Object value) {
        if (value instanceof String s) return "'" + s + "'";
        if (value instanceof ConstantValue c) return c.repr();
        if (value instanceof Boolean b) return b ? "True" : "False";
        return String.valueOf(value);
    }
}
