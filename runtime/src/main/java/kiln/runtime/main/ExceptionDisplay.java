package kiln.runtime.main;

import java.util.IdentityHashMap;

import kiln.parser.PySyntaxError;
import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * Formats an uncaught exception the way CPython 3.12's default excepthook does (Python/pythonrun.c,
 * print_exception_recursive; Python/traceback.c, tb_printinternal and the caret lines of tb_displayline).
 */
public final class ExceptionDisplay {
    private ExceptionDisplay() {}

    private static final int RECURSIVE_CUTOFF = 3;

    /** Writes the formatted exception to sys.stderr (or the process stderr when that fails). */
    public static void print(PyObject exc) {
        String text = format(exc);
        Output.stderr(text);
    }

    public static String format(PyObject exc) {
        Ctx ctx = new Ctx();
        formatRecursive(ctx, exc);
        return ctx.sb.toString();
    }

    /** CPython's exception_print_context: group nesting depth and whether a group's closing line is owed. */
    static final class Ctx {
        final StringBuilder sb = new StringBuilder();
        final IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        int depth;
        boolean needClose;

        String indent() { return " ".repeat(2 * depth); }
        String margin() { return indent() + (depth > 0 ? "| " : ""); }
    }

    static void formatRecursive(Ctx ctx, PyObject value) {
        ctx.seen.put(value, Boolean.TRUE);
        if (value instanceof PyBaseException e) {
            if (e.cause != null && !ctx.seen.containsKey(e.cause)) {
                chained(ctx, e.cause, "The above exception was the direct cause of the following exception:\n");
            } else if (!e.suppressContext && e.context != null && !ctx.seen.containsKey(e.context)) {
                chained(ctx, e.context, "During handling of the above exception, another exception occurred:\n");
            }
        }
        if (value.type().isSubtype(PyExceptions.BaseExceptionGroup)) {
            ExceptionGroupDisplay.format(ctx, (PyBaseException) value);
        } else {
            formatOne(ctx, value);
        }
    }

    private static void chained(Ctx ctx, PyObject value, String message) {
        boolean needClose = ctx.needClose;
        kiln.runtime.Recursion.enter(" in print_chained");
        try {
            formatRecursive(ctx, value);
        } finally {
            kiln.runtime.Recursion.leave();
        }
        ctx.needClose = needClose;
        String m = ctx.margin();
        ctx.sb.append(m).append('\n').append(m).append(message).append(m).append('\n');
    }

    /** One exception: its traceback, then "Type: message", then notes. */
    static void formatOne(Ctx ctx, PyObject value) {
        StringBuilder sb = ctx.sb;
        String margin = ctx.margin();
        PyObject tb = value instanceof PyBaseException e ? e.traceback : null;
        if (tb != null) {
            boolean group = value.type().isSubtype(PyExceptions.BaseExceptionGroup);
            String headerMargin = group && ctx.depth == 1 ? ctx.indent() + "+ " : margin;
            sb.append(headerMargin).append(group ? "Exception Group Traceback (most recent call last):\n"
                                                 : "Traceback (most recent call last):\n");
            formatTraceback(sb, tb, margin);
        }
        if (value.type().isSubtype(PyExceptions.SyntaxError)) {
            String s = syntaxErrorLines(value);
            if (s != null) {
                for (String line : s.split("\n")) sb.append(margin).append(line).append('\n');
                formatNotes(sb, value, margin);
                return;
            }
        }
        sb.append(margin).append(typeName(value.type()));
        String str;
        try {
            str = Abstract.strJava(value);
        } catch (PyException ex) {
            str = null;
        }
        if (str == null) {
            sb.append(": <exception str() failed>");
        } else if (!str.isEmpty()) {
            sb.append(": ").append(str);
        }
        String hint = Suggestions.offer(value);
        if (hint != null) sb.append(hint);
        sb.append('\n');
        formatNotes(sb, value, margin);
    }

    static String typeName(PyType t) {
        PyObject mod = t.dict().getStr(PyStr.intern("__module__"));
        String qual = t.qualname();
        if (!(mod instanceof PyStr ms)) return "<unknown>." + qual;
        String m = ms.value();
        if (m.equals("builtins") || m.equals("__main__")) return qual;
        return m + "." + qual;
    }

    private static void formatNotes(StringBuilder sb, PyObject value, String margin) {
        if (!(value instanceof PyBaseException e)) return;
        kiln.runtime.types.PyDict d = e.existingDict();
        PyObject notes = d == null ? null : d.getStr(PyStr.intern("__notes__"));
        if (notes == null) return;
        PyObject[] items;
        try {
            if (notes instanceof PyStr) throw new IllegalStateException();
            items = Abstract.toArray(notes);
        } catch (RuntimeException ex) {
            String r;
            try { r = Abstract.reprJava(notes); } catch (PyException e2) { r = "<__notes__ repr() failed>"; }
            sb.append(margin).append(r).append('\n');
            return;
        }
        for (PyObject n : items) {
            String t;
            if (n instanceof PyStr ns) {
                t = ns.value();
            } else {
                try { t = Abstract.strJava(n); } catch (PyException e2) { t = "<note str() failed>"; }
            }
            for (String line : t.split("\n", -1)) sb.append(margin).append(line).append('\n');
        }
    }

    /** The SyntaxError box ("  File ..., line N" / source / carets / "SyntaxError: msg"), or null if attributes are odd. */
    private static String syntaxErrorLines(PyObject value) {
        try {
            PyObject msg = Abstract.getAttr(value, "msg");
            PyObject filename = Abstract.getAttr(value, "filename");
            PyObject lineno = Abstract.getAttr(value, "lineno");
            PyObject offset = Abstract.getAttr(value, "offset");
            PyObject text = Abstract.getAttr(value, "text");
            PyObject endLineno = Abstract.getAttr(value, "end_lineno");
            PyObject endOffset = Abstract.getAttr(value, "end_offset");
            if (msg == PyNone.INSTANCE) return null;
            String fn = filename instanceof PyStr f ? f.value() : "<string>";
            int ln = lineno instanceof PyInt ? (int) PyNumber.asLong(lineno) : 0;
            int off = offset instanceof PyInt ? (int) PyNumber.asLong(offset) : 0;
            int eln = endLineno instanceof PyInt ? (int) PyNumber.asLong(endLineno) : ln;
            int eoff = endOffset instanceof PyInt ? (int) PyNumber.asLong(endOffset) : 0;
            String tx = text instanceof PyStr ts ? ts.value() : null;
            String name = typeName(value.type());
            return SyntaxErrorFormat.format(new PySyntaxError(name, Abstract.strJava(msg), fn, ln, off, eln, eoff, tx));
        } catch (PyException e) {
            return null;
        }
    }

    // --- traceback entries ---

    private static final int TRACEBACK_LIMIT = 1000;

    private static void formatTraceback(StringBuilder sb, PyObject tb, String margin) {
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0, depth = 0;
        for (PyObject t = tb; t != null && t != PyNone.INSTANCE; t = Abstract.getAttr(t, "tb_next")) depth++;
        PyObject first = tb;
        while (depth > TRACEBACK_LIMIT) {
            first = Abstract.getAttr(first, "tb_next");
            depth--;
        }
        for (PyObject t = first; t != null && t != PyNone.INSTANCE; t = Abstract.getAttr(t, "tb_next")) {
            PyObject frame = Abstract.getAttr(t, "tb_frame");
            PyObject code = Abstract.getAttr(frame, "f_code");
            String file = Abstract.strJava(Abstract.getAttr(code, "co_filename"));
            String name = Abstract.strJava(Abstract.getAttr(code, "co_name"));
            PyObject lnObj = Abstract.getAttr(t, "tb_lineno");
            int line = lnObj instanceof PyInt ? (int) PyNumber.asLong(lnObj) : -1;
            if (lastFile == null || !file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
                if (count > RECURSIVE_CUTOFF) appendRepeated(sb, margin, count - RECURSIVE_CUTOFF);
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) continue;
            sb.append(margin).append("  File \"").append(file).append("\", line ").append(line < 0 ? "None" : line)
              .append(", in ").append(name).append('\n');
            PyObject lasti = Abstract.getAttr(t, "tb_lasti");
            appendSourceLine(sb, margin, file, line, code, (int) PyNumber.asLong(lasti));
        }
        if (count > RECURSIVE_CUTOFF) appendRepeated(sb, margin, count - RECURSIVE_CUTOFF);
    }

    private static void appendRepeated(StringBuilder sb, String margin, int n) {
        sb.append(margin).append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "").append("]\n");
    }

    private static void appendSourceLine(StringBuilder sb, String margin, String file, int lineno, PyObject code, int lasti) {
        String line = SourceLines.line(file, lineno);
        if (line == null) return;
        int lead = 0;
        while (lead < line.length() && " \t\f".indexOf(line.charAt(lead)) >= 0) lead++;
        String stripped = line.substring(lead);
        sb.append(margin).append("    ").append(stripped).append('\n');
        int[] pos = positions(code, lasti);
        if (pos == null) return;
        String carets = CaretLine.carets(line, lineno, pos[0], pos[1], pos[2], pos[3]);
        if (carets != null) sb.append(margin).append("    ").append(carets).append('\n');
    }

    /** {start line, end line, start col, end col} (UTF-8 byte columns) of the instruction at lasti, or null. */
    private static int[] positions(PyObject code, int lasti) {
        if (lasti < 0) return null;
        try {
            PyObject it = Abstract.getIter(Abstract.call(Abstract.getAttr(code, "co_positions")));
            int index = lasti / 2;
            PyObject item = null;
            for (int i = 0; i <= index; i++) {
                item = Abstract.next(it);
                if (item == null) return null;
            }
            PyTuple tup = (PyTuple) item;
            int[] r = new int[4];
            for (int i = 0; i < 4; i++) {
                PyObject v = tup.get(i);
                if (!(v instanceof PyInt)) return null;
                r[i] = (int) PyNumber.asLong(v);
            }
            return r;
        } catch (PyException | ClassCastException e) {
            return null;
        }
    }
}
