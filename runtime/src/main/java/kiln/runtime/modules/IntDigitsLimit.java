package kiln.runtime.modules;

/** sys.set_int_max_str_digits: the limit int<->str conversions check (CPython 3.12 default 4300). */
public final class IntDigitsLimit {
    private IntDigitsLimit() {}

    private static int limit = 4300;

    public static int get() { return limit; }

    public static void set(int v) { limit = v; }
}
