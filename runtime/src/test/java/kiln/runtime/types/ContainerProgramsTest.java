package kiln.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole programs over list, tuple, dict, set, range, slice, the builtin iterators and the builtins module:
 * each {@code containers/<name>.py} runs in Kiln and its output must equal {@code <name>.out}, written by
 * CPython 3.12 (tests/runtime/gen_container_cases.py). Messages of every exception are part of the output.
 */
public class ContainerProgramsTest {
    static final String[] PROGRAMS = {"lists", "tuples_dicts", "sets_ranges", "edge", "builtins_calls", "misc", "prog1", "dirs"};

    static String resource(String name) throws Exception {
        try (InputStream in = ContainerProgramsTest.class.getResourceAsStream("containers/" + name)) {
            assertNotNull(in, name + " missing: run tests/runtime/gen_container_cases.py");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> programs() {
        return Stream.of(PROGRAMS).map(p -> DynamicTest.dynamicTest(p, () -> {
            String expected = resource(p + ".out");
            String got = KilnSource.run(resource(p + ".py"), p + ".py");
            String[] e = expected.split("\n", -1), g = got.split("\n", -1);
            for (int i = 0; i < Math.min(e.length, g.length); i++) {
                assertEquals(e[i], g[i], p + ".py output line " + (i + 1));
            }
            assertEquals(e.length, g.length, p + ".py: number of output lines");
        }));
    }
}
