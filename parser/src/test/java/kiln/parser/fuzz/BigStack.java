package kiln.parser.fuzz;

import kiln.parser.Parser;
import kiln.parser.ast.ModNode;

/** Parsing as the CLI does it: on a thread with a 256 MB stack. */
public final class BigStack {
    private BigStack() {}

    /** The stack the CLI gives its main thread (kiln.cli.Main.STACK_BYTES). */
    public static final long STACK_BYTES = 256L << 20;

    /** Parses on the calling thread and classifies the result; catches everything, StackOverflowError included. */
    public static Outcome parseHere(byte[] bytes, String filename) {
        long t0 = System.nanoTime();
        try {
            ModNode tree = Parser.parseFile(bytes, filename);
            long dt = System.nanoTime() - t0;
            return tree == null ? Outcome.failure("Parser.parseFile returned null", null, dt) : Outcome.ok(dt);
        } catch (Throwable t) {
            return Outcome.of(t, System.nanoTime() - t0);
        }
    }

    /** Parses on a fresh 256 MB-stack thread; a parse still running after timeoutMs is a timeout (the thread is left behind). */
    public static Outcome parse(byte[] bytes, String filename, long timeoutMs) throws InterruptedException {
        Outcome[] result = new Outcome[1];
        Thread t = new Thread(null, () -> result[0] = parseHere(bytes, filename), "kiln-parse", STACK_BYTES);
        t.setDaemon(true);
        long t0 = System.nanoTime();
        t.start();
        t.join(timeoutMs);
        if (t.isAlive()) {
            Throwable where = new Throwable("stack of the parse when its time ran out");
            where.setStackTrace(t.getStackTrace());
            return Outcome.timeout(System.nanoTime() - t0, where);
        }
        return result[0];
    }
}
