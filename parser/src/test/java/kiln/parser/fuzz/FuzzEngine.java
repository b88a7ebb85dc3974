package kiln.parser.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs inputs on worker threads with the CLI's 256 MB stack, one input at a time per worker.
 * The calling thread watches the clock: an input still parsing after the timeout is recorded as a
 * timeout and its worker is abandoned (a Java thread cannot be killed) and replaced; after
 * {@link #MAX_STUCK} stuck workers the run stops, as the machine is then busy with them.
 */
final class FuzzEngine {
    static final int MAX_STUCK = 4;

    interface Sink {
        void record(FuzzInput input, Outcome outcome);
    }

    private final int jobs;
    private final long timeoutNanos;

    FuzzEngine(int jobs, long timeoutMs) {
        this.jobs = Math.max(1, jobs);
        this.timeoutNanos = timeoutMs * 1_000_000L;
    }

    /** One input in flight: whoever settles it first (the worker or the watchdog) records it. */
    private static final class Task {
        final FuzzInput input;
        final long start = System.nanoTime();
        final AtomicBoolean settled = new AtomicBoolean();

        Task(FuzzInput input) {
            this.input = input;
        }
    }

    private final class Worker implements Runnable {
        final int[] indices;
        final AtomicInteger next;
        final IntFunction<FuzzInput> factory;
        final Sink sink;
        Thread thread;
        volatile Task current;
        volatile boolean abandoned;
        volatile boolean finished;
        volatile Throwable crashed;

        Worker(int[] indices, AtomicInteger next, IntFunction<FuzzInput> factory, Sink sink) {
            this.indices = indices;
            this.next = next;
            this.factory = factory;
            this.sink = sink;
        }

        @Override
        public void run() {
            try {
                while (!abandoned) {
                    int slot = next.getAndIncrement();
                    if (slot >= indices.length) {
                        break;
                    }
                    Task task = new Task(factory.apply(indices[slot]));
                    current = task;
                    Outcome outcome = BigStack.parseHere(task.input.bytes(), task.input.origin());
                    current = null;
                    if (task.settled.compareAndSet(false, true)) {
                        sink.record(task.input, outcome);
                    }
                }
            } catch (Throwable t) {
                // Only the fuzzer's own code (making an input, recording it) gets here.
                crashed = t;
            } finally {
                finished = true;
            }
        }
    }

    /** Runs the given input indices; returns how many were abandoned as stuck (0 normally). */
    int run(int[] indices, IntFunction<FuzzInput> factory, Sink sink) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(jobs, indices.length); i++) {
            workers.add(start(new Worker(indices, next, factory, sink), i));
        }
        int stuck = 0;
        int started = workers.size();
        while (true) {
            boolean anyRunning = false;
            for (int i = 0; i < workers.size(); i++) {
                Worker w = workers.get(i);
                if (w.crashed != null) {
                    throw new IllegalStateException("fuzzer bug", w.crashed);
                }
                if (w.finished || w.abandoned) {
                    continue;
                }
                anyRunning = true;
                Task task = w.current;
                if (task != null && System.nanoTime() - task.start > timeoutNanos
                        && task.settled.compareAndSet(false, true)) {
                    sink.record(task.input, Outcome.timeout(System.nanoTime() - task.start, where(w.thread)));
                    w.abandoned = true;
                    stuck++;
                    if (stuck >= MAX_STUCK) {
                        next.set(indices.length);   // the other workers stop after their current input
                    } else {
                        workers.set(i, start(new Worker(indices, next, factory, sink), started++));
                    }
                }
            }
            if (!anyRunning) {
                break;
            }
            Thread.sleep(5);
        }
        return stuck;
    }

    private static Worker start(Worker w, int number) {
        Thread t = new Thread(null, w, "kiln-fuzz-" + number, BigStack.STACK_BYTES);
        t.setDaemon(true);
        w.thread = t;
        t.start();
        return w;
    }

    /** Where a stuck parse is: the worker's stack when the time ran out, as a Throwable for the report. */
    private static Throwable where(Thread t) {
        Throwable trace = new Throwable("stack of the parse when its time ran out");
        trace.setStackTrace(t.getStackTrace());
        return trace;
    }
}
