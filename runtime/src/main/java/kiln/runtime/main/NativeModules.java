package kiln.runtime.main;

import java.util.HashMap;
import java.util.function.Supplier;

import kiln.runtime.types.PyModule;

/** Modules written in Java, by import name. Each is created on first import. */
public final class NativeModules {
    private NativeModules() {}

    private static final HashMap<String, Supplier<PyModule>> FACTORIES = new HashMap<>();

    static {
        register("time", kiln.runtime.modules.TimeModule::create);
    }

    public static void register(String name, Supplier<PyModule> factory) { FACTORIES.put(name, factory); }

    /** A new module object for a native module, or null when {@code name} is not one. */
    public static PyModule create(String name) {
        Supplier<PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.get();
    }

    public static boolean isNative(String name) { return FACTORIES.containsKey(name); }
}
