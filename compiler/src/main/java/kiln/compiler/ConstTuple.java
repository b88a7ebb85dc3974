package kiln.compiler;

import java.util.Arrays;

/** A tuple constant; items are constant objects (compared by Java equals, which keeps 1, 1.0 and True apart). */
public record ConstTuple(Object[] items) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ConstTuple t && Arrays.deepEquals(items, t.items);
    }

    @Override
    public int hashCode() { return Arrays.deepHashCode(items); }

    @Override
    public String toString() { return "ConstTuple" + Arrays.deepToString(items); }
}
