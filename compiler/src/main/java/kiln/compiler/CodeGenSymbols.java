package kiln.compiler;

import java.util.IdentityHashMap;
import java.util.Map;

import kiln.compiler.symtable.Scope;
import kiln.compiler.symtable.SymbolTable;

/** The symbol table as codegen uses it: AST object to {@link CodeGenScope}. */
final class CodeGenSymbols {
    final SymbolTable table;
    private final Map<Scope, CodeGenScope> views = new IdentityHashMap<>();

    CodeGenSymbols(SymbolTable table) {
        this.table = table;
    }

    CodeGenScope lookup(Object key) {
        Scope s = table.scope(key);
        if (s == null) throw new IllegalStateException("no symbol table entry for " + key.getClass().getSimpleName());
        return views.computeIfAbsent(s, CodeGenScope::new);
    }

    CodeGenScope top() {
        return views.computeIfAbsent(table.top(), CodeGenScope::new);
    }
}
