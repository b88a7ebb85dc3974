package kiln.runtime;

import kiln.runtime.types.PyStr;

/**
 * The global attribute cache behind {@link PyType#lookup}: a direct-mapped table keyed by (type version, name),
 * after CPython 3.12's method cache (Objects/typeobject.c, MCACHE). A type's version is unique and changes on
 * every modification of the type or a base, so an entry whose version matches is current without storing the
 * type; misses (the name is absent along the MRO) are cached as a null value too.
 */
final class TypeLookupCache {
    private TypeLookupCache() {}

    static final int BITS = 12;
    private static final int MASK = (1 << BITS) - 1;

    /** Immutable, so a reader sees a whole entry or the previous one. */
    static final class Entry {
        final int version;
        final PyStr name;
        final PyObject value;

        Entry(int version, PyStr name, PyObject value) {
            this.version = version;
            this.name = name;
            this.value = value;
        }
    }

    static final Entry[] entries = new Entry[1 << BITS];

    /** Names are matched by identity (code objects hold interned names); an equal but distinct str just misses. */
    static int index(int version, PyStr name) {
        int h = (int) name.hash();
        return (version * 0x9E3779B1 ^ h ^ (h >>> BITS)) & MASK;
    }
}
