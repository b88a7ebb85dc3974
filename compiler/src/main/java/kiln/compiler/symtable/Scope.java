package kiln.compiler.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table (CPython's PySTEntryObject): a module, function, class, comprehension, lambda
 * or one of 3.12's annotation scopes.
 */
public final class Scope {
    public enum Kind { FUNCTION, CLASS, MODULE, ANNOTATION, TYPE_VAR_BOUND, TYPE_ALIAS, TYPE_PARAMS }

    /** Comprehension kind of a FUNCTION block, NONE for others. */
    public enum CompKind { NONE, LIST, DICT, SET, GENERATOR }

    // Symbol flags (Include/internal/pycore_symtable.h, 3.12).
    public static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
            DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512,
            DEF_TYPE_PARAM = 1024, DEF_COMP_CELL = 2048;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    // Scopes, stored in the flags at SCOPE_OFFSET.
    public static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;
    public static final int SCOPE_OFFSET = 12, SCOPE_MASK = 15;

    final Kind kind;
    final String name;
    final Object key;
    final int lineno, colOffset, endLineno, endColOffset;
    /** Name -> flags (with the scope in bits SCOPE_OFFSET..) in insertion order, like ste_symbols. */
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** (name, lineno, col, endLineno, endCol) of global/nonlocal statements, for error positions. */
    List<Object[]> directives;

    boolean nested, free, childFree, generator, coroutine, varargs, varkeywords, returnsValue;
    boolean needsClassClosure, needsClassDict, compInlined, compIterTarget, canSeeClassScope;
    int compIterExpr;
    CompKind comprehension = CompKind.NONE;

    Scope(Kind kind, String name, Object key, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.kind = kind;
        this.name = name;
        this.key = key;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    public Kind kind() { return kind; }
    public String name() { return name; }
    /** The AST object this scope belongs to (a node, or the typeParams list of a generic definition). */
    public Object key() { return key; }
    public int lineno() { return lineno; }

    /** Raw flags of a name including its scope bits, 0 when the name is unknown here. */
    public int symbol(String name) {
        Integer v = symbols.get(name);
        return v == null ? 0 : v;
    }

    /** The DEF_* / USE flags of a name (without the scope bits). */
    public int flags(String name) { return symbol(name) & ((1 << SCOPE_OFFSET) - 1); }

    /** LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, or 0 when unknown. */
    public int scopeOf(String name) { return (symbol(name) >> SCOPE_OFFSET) & SCOPE_MASK; }

    /** All symbols with full flags, in CPython's insertion order. */
    public Map<String, Integer> symbols() { return Collections.unmodifiableMap(symbols); }

    /** Parameters in CPython order (ste_varnames). */
    public List<String> varnames() { return Collections.unmodifiableList(varnames); }

    /** Child scopes; children of inlined comprehensions are spliced in, as in CPython. */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.TYPE_VAR_BOUND || kind == Kind.TYPE_ALIAS
                || kind == Kind.TYPE_PARAMS;
    }

    public boolean isGenerator() { return generator; }
    public boolean isCoroutine() { return coroutine; }
    public boolean isNested() { return nested; }
    public boolean hasFree() { return free; }
    public boolean hasChildFree() { return childFree; }
    public boolean hasVarargs() { return varargs; }
    public boolean hasVarkeywords() { return varkeywords; }
    public boolean returnsValue() { return returnsValue; }
    /** A method uses __class__ or super(): the class body must create the __class__ cell. */
    public boolean needsClassClosure() { return needsClassClosure; }
    /** An annotation scope inside the class needs the class namespace as the __classdict__ cell. */
    public boolean needsClassDict() { return needsClassDict; }
    public boolean canSeeClassScope() { return canSeeClassScope; }
    /** PEP 709: this list/set/dict comprehension is inlined into its parent's code object. */
    public boolean compInlined() { return compInlined; }
    public CompKind comprehension() { return comprehension; }
    public boolean isComprehension() { return comprehension != CompKind.NONE; }

    /** CPython's _Py_Mangle: private names (__x) inside class className become _className__x. */
    public static String mangle(String className, String name) {
        return SymbolTable.mangle(className, name);
    }

    @Override
    public String toString() { return "<symtable entry " + name + " " + kind + ", line " + lineno + ">"; }
}
