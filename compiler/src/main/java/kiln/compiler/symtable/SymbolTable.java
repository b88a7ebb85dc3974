package kiln.compiler.symtable;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.ModNode;

/**
 * The symbol table of one module: a tree of {@link Scope}s, keyed by the AST objects that open them.
 * CPython 3.12: Python/symtable.c (both passes), including PEP 709 inlining and PEP 695 annotation scopes.
 */
public final class SymbolTable {
    final String filename;
    final int futureFlags;
    final Map<Object, Scope> blocks = new IdentityHashMap<>();
    Scope top;

    /** CO_FUTURE_ANNOTATIONS as in compile(): annotation scopes only exist under this future. */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    SymbolTable(String filename, int futureFlags) {
        this.filename = filename;
        this.futureFlags = futureFlags;
    }

    /** Builds and analyzes the table; throws PySyntaxError with CPython's message and position. */
    public static SymbolTable build(ModNode mod, String filename, int futureFlags) {
        SymbolTable st = new SymbolTable(filename, futureFlags);
        try {
            new SymtableBuilder(st).visitModule(mod);
            new SymtableAnalyzer(st).analyze();
        } catch (StackOverflowError e) {
            throw new PySyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                    filename, 0, 0, 0, 0, null);
        }
        return st;
    }

    public Scope top() { return top; }

    /**
     * The scope opened by an AST object: the module node, a FunctionDef/AsyncFunctionDef/Lambda/ClassDef, a
     * ListComp/SetComp/DictComp/GeneratorExp, a TypeAlias statement (its value scope), a TypeVar with a bound, or
     * the {@code typeParams} list of a generic def/class/type alias (its type-parameter scope). Null if none.
     */
    public Scope scope(Object astNode) { return blocks.get(astNode); }

    /** The type-parameter scope of a generic definition, given its typeParams list. */
    public Scope typeParamsScope(List<?> typeParams) { return blocks.get(typeParams); }

    public String filename() { return filename; }

    /** CPython 3.12: Python/compile.c, _Py_Mangle. */
    public static String mangle(String privateName, String name) {
        if (privateName == null || name == null || !name.startsWith("__")) return name;
        int n = name.length();
        // dunder names and dotted import names stay as they are
        if ((n >= 2 && name.charAt(n - 1) == '_' && name.charAt(n - 2) == '_') || name.indexOf('.') >= 0)
            return name;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }

    /**
     * A canonical text form of the whole table (kind, name, line, nested, parameters, symbols sorted by name
     * with their raw flags, children in order); the symtable tests produce the same form from CPython.
     */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        dump(top, "", sb);
        return sb.toString();
    }

    private static void dump(Scope s, String indent, StringBuilder sb) {
        sb.append(indent).append(s.kind).append(' ').append(s.name).append(" line=").append(s.lineno)
                .append(" nested=").append(s.nested ? 1 : 0).append('\n');
        sb.append(indent).append(" varnames:");
        for (String v : s.varnames) sb.append(' ').append(v);
        sb.append('\n');
        java.util.List<String> names = new java.util.ArrayList<>(s.symbols.keySet());
        java.util.Collections.sort(names);
        for (String n : names) sb.append(indent).append(" sym ").append(n).append(' ').append(s.symbols.get(n)).append('\n');
        for (Scope c : s.children) dump(c, indent + "  ", sb);
    }
}
