package kiln.runtime.main;

import java.nio.charset.StandardCharsets;

import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.interp.FrameAttributes;
import kiln.runtime.modules.StdlibModuleNames;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTraceback;

/**
 * The "Did you mean" trailer of an uncaught NameError, AttributeError or ImportError (CPython 3.12:
 * Python/suggestions.c). Candidates are compared by a Levenshtein distance over their UTF-8 bytes in which a
 * case flip costs 1 and any other edit 2; the closest candidate within a third of the combined length wins,
 * the first one on ties.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The text to append after the exception's message, or null. Never throws. */
    static String offer(PyObject exc) {
        try {
            if (exc.type() == PyExceptions.AttributeError) return forAttributeError((PyBaseException) exc);
            if (exc.type() == PyExceptions.NameError) return forNameError((PyBaseException) exc);
            if (exc.type() == PyExceptions.ImportError) return forImportError((PyBaseException) exc);
        } catch (PyException | ClassCastException e) {
            return null;
        }
        return null;
    }

    private static String didYouMean(PyObject suggestion) { return ". Did you mean: " + Abstract.reprJava(suggestion) + "?"; }

    private static String forAttributeError(PyBaseException exc) {
        PyObject name = rawAttr(exc, 0), obj = rawAttr(exc, 1);
        if (name == null || obj == null || name.type() != PyStr.TYPE) return null;
        PyObject s = closest(kiln.runtime.modules.BuiltinsModuleCore.dir(obj).toArray(), (PyStr) name);
        return s == null ? null : didYouMean(s);
    }

    private static String forImportError(PyBaseException exc) {
        // ImportError's attributes: msg, name, path, name_from.
        PyObject modName = rawAttr(exc, 1), name = rawAttr(exc, 3);
        if (name == null || modName == null || name.type() != PyStr.TYPE || modName.type() != PyStr.TYPE) return null;
        PyObject modules = kiln.runtime.modules.SysModule.MODULES;
        PyObject mod = modules instanceof PyDict d ? d.getItem(modName) : null;
        if (mod == null) return null;
        PyObject s = closest(kiln.runtime.modules.BuiltinsModuleCore.dir(mod).toArray(), (PyStr) name);
        return s == null ? null : didYouMean(s);
    }

    private static String forNameError(PyBaseException exc) {
        PyObject name = rawAttr(exc, 0);
        if (name == null || name.type() != PyStr.TYPE || !(exc.traceback instanceof PyTraceback tb)) return null;
        while (tb.next != null) tb = tb.next;
        PyStr n = (PyStr) name;
        PyObject suggestion = nameSuggestion(n, tb.frame);
        boolean stdlib = StdlibModuleNames.contains(n.value());
        if (suggestion == null && !stdlib) return null;
        if (!stdlib) return didYouMean(suggestion);
        if (suggestion == null) return ". Did you forget to import " + Abstract.reprJava(n) + "?";
        return ". Did you mean: " + Abstract.reprJava(suggestion) + "? Or did you forget to import " + Abstract.reprJava(n) + "?";
    }

    /** Locals (or self's attribute), then globals, then builtins. */
    private static PyObject nameSuggestion(PyStr name, PyFrame frame) {
        String[] varnames = frame.code.unit.varnames();
        PyObject[] locals = new PyObject[varnames.length];
        boolean hasSelf = false;
        for (int i = 0; i < varnames.length; i++) {
            locals[i] = PyStr.intern(varnames[i]);
            if (varnames[i].equals("self")) hasSelf = true;
        }
        if (hasSelf) {
            PyObject frameLocals = FrameAttributes.locals(frame);
            PyObject self = frameLocals instanceof PyDict d ? d.getItem(PyStr.intern("self")) : null;
            if (self == null) return null;
            if (Abstract.lookupAttr(self, name) != null) return new PyStr("self." + name.value());
        }
        PyObject s = closest(locals, name);
        if (s != null) return s;
        s = closest(frame.globals.keysList().toArray(), name);
        if (s != null) return s;
        return closest(frame.builtins.keysList().toArray(), name);
    }

    /** An attribute of the exception as its C struct holds it: null when never set. */
    private static PyObject rawAttr(PyBaseException e, int i) {
        return e.attrs == null ? null : e.attrs[i];
    }

    /** The candidate closest to {@code name}, or null (also for 750 candidates or more). */
    static PyObject closest(PyObject[] candidates, PyStr name) {
        if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
        byte[] target = name.value().getBytes(StandardCharsets.UTF_8);
        PyObject best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PyObject item : candidates) {
            if (!(item instanceof PyStr s)) return null;
            if (s.value().equals(name.value())) continue;
            byte[] b = s.value().getBytes(StandardCharsets.UTF_8);
            // No more than a third of the characters involved may need to change, and it must beat the best so far.
            int maxDistance = Math.min((target.length + b.length + 3) * MOVE_COST / 6, bestDistance - 1);
            int d = distance(target, b, maxDistance);
            if (d > maxDistance) continue;
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        int la = 'A' <= a && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = 'A' <= b && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** The weighted edit distance of a and b, or some value above maxCost once it is certain to exceed it. */
    static int distance(byte[] a, byte[] b, int maxCost) {
        int aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) { aStart++; bStart++; }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) { aEnd--; bEnd--; }
        int aLen = aEnd - aStart, bLen = bEnd - bStart;
        if (aLen == 0 || bLen == 0) return (aLen + bLen) * MOVE_COST;
        if (aLen > MAX_STRING_SIZE || bLen > MAX_STRING_SIZE) return maxCost + 1;
        if (bLen < aLen) {
            byte[] t = a; a = b; b = t;
            int ts = aStart; aStart = bStart; bStart = ts;
            int tl = aLen; aLen = bLen; bLen = tl;
        }
        if ((bLen - aLen) * MOVE_COST > maxCost) return maxCost + 1;
        // One row of the (a prefix) x (b prefix) cost matrix, updated in place for each byte of b.
        int[] row = new int[aLen];
        for (int i = 0; i < aLen; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int j = 0; j < bLen; j++) {
            byte code = b[bStart + j];
            int diagonal = j * MOVE_COST;
            result = diagonal;
            int rowMin = Integer.MAX_VALUE;
            for (int i = 0; i < aLen; i++) {
                int substitute = diagonal + substitutionCost(code, a[aStart + i]);
                diagonal = row[i];
                int insertDelete = Math.min(result, diagonal) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                rowMin = Math.min(rowMin, result);
            }
            if (rowMin > maxCost) return maxCost + 1;
        }
        return result;
    }
}
