package kiln.parser.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Makes input k of a run: a pure function of (seed, k), whatever order or thread it is made in. */
final class InputFactory {
    private final Corpus corpus;
    private final long seed;
    private final Mutation only;
    private final String[] kinds = DeepNesting.kinds();

    /** {@code only}: force every input to this mutator (null: pick by weight). */
    InputFactory(Corpus corpus, long seed, Mutation only) {
        this.corpus = corpus;
        this.seed = seed;
        this.only = only;
    }

    /** The Random for input k: the seed and k mixed (SplitMix64) so neighbouring inputs are unrelated. */
    static Random randomFor(long seed, int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    FuzzInput make(int k) {
        Random r = randomFor(seed, k);
        Mutation picked = Mutation.pick(r);
        Mutation m = only != null ? only : picked;
        int file = r.nextInt(corpus.size());
        byte[] src = corpus.sources.get(file);
        String origin = corpus.names.get(file);
        switch (m) {
            case DEEP -> {
                String kind = kinds[r.nextInt(kinds.length)];
                int n = DeepNesting.pickN(kind, r);
                return new FuzzInput(k, m.label, "generator", utf8(DeepNesting.source(kind, n)), kind, n,
                        DeepNesting.expected(kind, n));
            }
            case DEEP_MIXED -> {
                String kind = kinds[r.nextInt(kinds.length)];
                int n = DeepNesting.pickN(kind, r);
                byte[] deep = utf8(DeepNesting.source(kind, n));
                if (r.nextBoolean()) {
                    // Inside a real file, at the start of a line, indented like that line or not at all.
                    int[] ls = Mutators.lineStarts(src);
                    int at = ls[r.nextInt(ls.length)];
                    byte[] piece = Mutators.concat(deep, new byte[] {'\n'});
                    return new FuzzInput(k, m.label, origin, Mutators.insert(src, at, piece), kind, n, null);
                }
                Mutation simple = pickSimple(r);
                return new FuzzInput(k, m.label, "generator+" + simple.label, simple.apply(r, deep, src), kind, n, null);
            }
            case STACKED -> {
                byte[] out = src;
                int steps = 2 + r.nextInt(3);
                for (int i = 0; i < steps; i++) {
                    out = pickSimple(r).apply(r, out, otherSource(r));
                }
                return new FuzzInput(k, m.label, origin, out, null, 0, null);
            }
            default -> {
                return new FuzzInput(k, m.label, origin, m.apply(r, src, otherSource(r)), null, 0, null);
            }
        }
    }

    private byte[] otherSource(Random r) {
        return corpus.sources.get(r.nextInt(corpus.size()));
    }

    private static Mutation pickSimple(Random r) {
        Mutation m;
        do {
            m = Mutation.pick(r);
        } while (!Mutation.isSimple(m));
        return m;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
