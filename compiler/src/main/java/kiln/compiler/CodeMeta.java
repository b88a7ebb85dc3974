package kiln.compiler;

import java.util.ArrayList;
import java.util.List;

/** What codegen hands the assembler about one code object besides its instructions. */
public final class CodeMeta {
    public String name = "<module>";
    public String qualname = "<module>";
    public String filename = "<string>";
    public int firstlineno = 1;
    /** CO_* bits as CPython. */
    public int flags;
    public int argcount, posonlyargcount, kwonlyargcount;
    public List<Object> consts = new ArrayList<>();
    public List<String> names = new ArrayList<>();
    /** Fast locals: parameters first in CPython's order, then other locals. */
    public List<String> varnames = new ArrayList<>();
    /** Cell variables, sorted (CPython order). */
    public List<String> cellvars = new ArrayList<>();
    /** Free variables, sorted. */
    public List<String> freevars = new ArrayList<>();

    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
            CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;
    public static final int CO_FUTURE_DIVISION = 0x20000, CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
            CO_FUTURE_WITH_STATEMENT = 0x80000, CO_FUTURE_PRINT_FUNCTION = 0x100000,
            CO_FUTURE_UNICODE_LITERALS = 0x200000, CO_FUTURE_BARRY_AS_BDFL = 0x400000,
            CO_FUTURE_GENERATOR_STOP = 0x800000, CO_FUTURE_ANNOTATIONS = 0x1000000;
}
