package kiln.runtime.modules;

import kiln.runtime.ArgParser;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.Slots;
import kiln.runtime.types.PyBuiltinFunction;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFloat;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyNone;

/** The clock functions of the {@code time} module; the calendar half comes with the standard library. */
public final class TimeModule {
    private TimeModule() {}

    private static final long START = System.nanoTime();

    public static PyModule create() {
        PyModule m = new PyModule("time");
        m.builtin = true;
        PyDict d = m.getDict();
        fn0(m, "time", () -> PyFloat.valueOf(wallNanos() / 1e9));
        fn0(m, "time_ns", () -> PyInt.valueOf(wallNanos()));
        fn0(m, "perf_counter", () -> PyFloat.valueOf((System.nanoTime() - START) / 1e9));
        fn0(m, "perf_counter_ns", () -> PyInt.valueOf(System.nanoTime() - START));
        fn0(m, "monotonic", () -> PyFloat.valueOf((System.nanoTime() - START) / 1e9));
        fn0(m, "monotonic_ns", () -> PyInt.valueOf(System.nanoTime() - START));
        fn0(m, "process_time", () -> PyFloat.valueOf(processCpuNanos() / 1e9));
        fn0(m, "process_time_ns", () -> PyInt.valueOf(processCpuNanos()));
        fn0(m, "thread_time", () -> PyFloat.valueOf(cpuNanos() / 1e9));
        fn0(m, "thread_time_ns", () -> PyInt.valueOf(cpuNanos()));
        fn(m, "sleep", (s, a, off, n, kw) -> {
            ArgParser.oneArg("time.sleep", n, kw);
            double secs = PyNumber.asDouble(a[off]);
            if (secs < 0) throw Errors.valueError("sleep length must be non-negative");
            try {
                Thread.sleep((long) (secs * 1000), (int) ((secs * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.INSTANCE;
        });
        return m;
    }

    private static long wallNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** CPU time of the whole process (all threads, the JVM's own included), as CPython's process_time counts. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) return t;
        }
        return cpuNanos();
    }

    /** CPU time of the calling thread. */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime() - START;
    }

    /** A function of no arguments (METH_NOARGS), with CPython's "time.time() takes no arguments (1 given)". */
    private static void fn0(PyModule m, String name, java.util.function.Supplier<PyObject> body) {
        String func = "time." + name;
        fn(m, name, (s, a, off, n, kw) -> {
            ArgParser.noArgs(func, n, kw);
            return body.get();
        });
    }

    private static void fn(PyModule m, String name, Slots.Call body) {
        m.getDict().setItem(name, new PyBuiltinFunction(name, m, body));
    }

    static PyObject unused() { return null; }
}
