package kiln.parser.ast;

import java.util.Arrays;

/** A bytes literal's value. */
public record BytesConstant(byte[] bytes) {
    @Override
    public boolean equals(Object o) {
        return o instanceof BytesConstant b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return ConstantRepr.repr(this);
    }
}
