package kiln.parser.ast;

/**
 * The Python singletons a {@link Constant} can hold. Other constant values are plain Java objects:
 * str is {@link String}, int is {@link Long} (or {@link java.math.BigInteger} when it does not fit),
 * float is {@link Double}, bool is {@link Boolean}, bytes is {@link BytesConstant}, complex is
 * {@link ComplexConstant}.
 */
public enum ConstantValue {
    NONE("None"), ELLIPSIS("Ellipsis");

    private final String repr;

    ConstantValue(String repr) {
        this.repr = repr;
    }

    public String repr() {
        return repr;
    }
}
