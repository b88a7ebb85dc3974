package kiln.runtime.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

import kiln.runtime.PyObject;

/**
 * {@code id()}: a number per object, stable for the object's life and never shared by two live objects. The JVM
 * moves objects and {@code identityHashCode} collides, so ids are handed out on first use and kept in a weak
 * identity table (dead entries are dropped as the collector reports them). Ids look like CPython's addresses.
 */
public final class BuiltinsModuleIds {
    private BuiltinsModuleIds() {}

    private static final class Ref extends WeakReference<PyObject> {
        final long id;
        final int hash;
        Ref next;

        Ref(PyObject o, long id, int hash, ReferenceQueue<PyObject> q, Ref next) {
            super(o, q);
            this.id = id;
            this.hash = hash;
            this.next = next;
        }
    }

    private static final HashMap<Integer, Ref> TABLE = new HashMap<>();
    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static long nextId = 0x7f3a00000000L;

    /** The id of {@code o}. */
    public static synchronized long id(PyObject o) {
        purge();
        int h = System.identityHashCode(o);
        Ref head = TABLE.get(h);
        for (Ref r = head; r != null; r = r.next) if (r.get() == o) return r.id;
        long id = nextId;
        nextId += 16 + ((h & 3) << 4);
        TABLE.put(h, new Ref(o, id, h, QUEUE, head));
        return id;
    }

    private static void purge() {
        for (Ref dead; (dead = (Ref) QUEUE.poll()) != null; ) {
            Ref head = TABLE.get(dead.hash), prev = null;
            for (Ref r = head; r != null; prev = r, r = r.next) {
                if (r == dead) {
                    if (prev == null) {
                        if (r.next == null) TABLE.remove(dead.hash);
                        else TABLE.put(dead.hash, r.next);
                    } else {
                        prev.next = r.next;
                    }
                    break;
                }
            }
        }
    }
}
