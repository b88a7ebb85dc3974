package kiln.runtime.main;

import kiln.runtime.Abstract;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.types.PyTuple;

/** The boxed display of exception groups (CPython 3.12: Python/pythonrun.c, print_exception_group). */
final class ExceptionGroupDisplay {
    private ExceptionGroupDisplay() {}

    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    static void format(ExceptionDisplay.Ctx ctx, PyBaseException value) {
        StringBuilder sb = ctx.sb;
        if (ctx.depth > MAX_GROUP_DEPTH) {
            sb.append(ctx.margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (ctx.depth == 0) ctx.depth++;
        ExceptionDisplay.formatOne(ctx, value);
        PyObject[] excs = ((PyTuple) Abstract.getAttr(value, "exceptions")).items();
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) ctx.needClose = true;
            sb.append(ctx.indent());
            boolean truncated = i >= MAX_GROUP_WIDTH;
            sb.append(i == 0 ? "+-" : "  ");
            sb.append(truncated ? "+---------------- ... ----------------\n" : "+---------------- " + (i + 1) + " ----------------\n");
            ctx.depth++;
            if (!truncated) {
                kiln.runtime.Recursion.enter(" in print_exception_group");
                try {
                    ExceptionDisplay.formatRecursive(ctx, excs[i]);
                } finally {
                    kiln.runtime.Recursion.leave();
                }
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                sb.append(ctx.margin()).append("and ").append(remaining).append(" more exception").append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (ctx.depth == 1) ctx.depth--;
    }
}
