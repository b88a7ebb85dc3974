package kiln.compiler;

import java.util.Collection;
import java.util.List;

import kiln.compiler.symtable.Scope;

/** Codegen's view of one symbol-table block (adapter over kiln.compiler.symtable.Scope). */
final class CodeGenScope {
    static final int LOCAL = Scope.LOCAL, GLOBAL_EXPLICIT = Scope.GLOBAL_EXPLICIT,
            GLOBAL_IMPLICIT = Scope.GLOBAL_IMPLICIT, FREE = Scope.FREE, CELL = Scope.CELL;
    static final int DEF_LOCAL = Scope.DEF_LOCAL, DEF_NONLOCAL = Scope.DEF_NONLOCAL, DEF_IMPORT = Scope.DEF_IMPORT,
            DEF_FREE_CLASS = Scope.DEF_FREE_CLASS, DEF_COMP_CELL = Scope.DEF_COMP_CELL, DEF_PARAM = Scope.DEF_PARAM;
    static final int K_MODULE = 0, K_CLASS = 1, K_FUNCTION = 2, K_OTHER = 3;

    final Scope scope;

    CodeGenScope(Scope scope) {
        this.scope = scope;
    }

    int kind() {
        return switch (scope.kind()) {
            case MODULE -> K_MODULE;
            case CLASS -> K_CLASS;
            case FUNCTION -> K_FUNCTION;
            default -> K_OTHER;
        };
    }

    int scopeOf(String name) { return scope.scopeOf(name); }
    int flags(String name) { return scope.flags(name); }
    /** Raw symbol value (flags plus scope bits) for copying into temporary overrides. */
    boolean has(String name) { return scope.symbol(name) != 0; }
    Collection<String> symbolNames() { return scope.symbols().keySet(); }
    List<String> varnames() { return scope.varnames(); }
    boolean isFunctionLike() { return scope.isFunctionLike(); }
    boolean isGenerator() { return scope.isGenerator(); }
    boolean isCoroutine() { return scope.isCoroutine(); }
    boolean isNested() { return scope.isNested(); }
    boolean hasVarargs() { return scope.hasVarargs(); }
    boolean hasVarkeywords() { return scope.hasVarkeywords(); }
    boolean needsClassClosure() { return scope.needsClassClosure(); }
    boolean needsClassDict() { return scope.needsClassDict(); }
    boolean canSeeClassScope() { return scope.canSeeClassScope(); }
    boolean compInlined() { return scope.compInlined(); }
}
