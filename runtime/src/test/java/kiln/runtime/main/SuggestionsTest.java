package kiln.runtime.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import kiln.runtime.PyObject;
import kiln.runtime.types.PyStr;

/** "Did you mean" distances (CPython 3.12's Python/suggestions.c) and caret display cells. */
public class SuggestionsTest {
    private static int d(String a, String b) {
        return Suggestions.distance(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static String closest(String name, String... candidates) {
        PyObject[] c = new PyObject[candidates.length];
        for (int i = 0; i < c.length; i++) c[i] = new PyStr(candidates[i]);
        PyObject r = Suggestions.closest(c, new PyStr(name));
        return r == null ? null : ((PyStr) r).value();
    }

    @Test
    void distanceWeighsCaseFlipsLower() {
        assertEquals(0, d("abc", "abc"));
        assertEquals(1, d("abc", "aBc"));
        assertEquals(2, d("abc", "abd"));
        assertEquals(2, d("totl", "total"));
        assertEquals(6, d("", "abc"));
        assertTrue(Suggestions.distance("a".repeat(50).getBytes(), "b".repeat(50).getBytes(), 10) > 10);
    }

    @Test
    void closestCandidateWithinAThird() {
        assertEquals("total", closest("totl", "values", "total", "print"));
        assertEquals("balance", closest("balanse", "owner", "balance", "report"));
        assertNull(closest("xyz", "abcdef", "ghijkl"));
        // Ties go to the first candidate; the name itself is skipped.
        assertEquals("ab", closest("aa", "aa", "ab", "ba"));
    }

    @Test
    void wideCharactersTakeTwoCells() {
        assertEquals(3, CaretLine.cells("abc", 3));
        assertEquals(4, CaretLine.cells("日本x", 2));
        assertEquals(2, CaretLine.cells("é\u0301", 2));
        assertEquals(2, CaretLine.cells("🐍", 1));
    }
}
