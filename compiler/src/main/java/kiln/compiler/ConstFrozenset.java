package kiln.compiler;

import java.util.Arrays;

/** A frozenset constant (from `x in {1, 2}`); items in codegen's order. */
public record ConstFrozenset(Object[] items) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ConstFrozenset t && Arrays.deepEquals(items, t.items);
    }

    @Override
    public int hashCode() { return Arrays.deepHashCode(items) ^ 0x5f5f; }

    @Override
    public String toString() { return "ConstFrozenset" + Arrays.deepToString(items); }
}
