package kiln.compiler.symtable;

import static kiln.compiler.symtable.Scope.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import kiln.parser.PySyntaxError;

/**
 * Second pass: decides LOCAL / GLOBAL / FREE / CELL for every name of every block.
 * CPython 3.12: Python/symtable.c, analyze_block and helpers.
 */
final class SymtableAnalyzer {
    private final SymbolTable st;

    SymtableAnalyzer(SymbolTable st) { this.st = st; }

    void analyze() {
        analyzeBlock(st.top, null, new HashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    private PySyntaxError errorAtDirective(Scope ste, String name, String msg) {
        for (Object[] d : ste.directives) {
            if (d[0].equals(name)) {
                return new PySyntaxError("SyntaxError", msg, st.filename, (int) d[1], (int) d[2] + 1,
                        (int) d[3], (int) d[4] + 1, null);
            }
        }
        throw new IllegalStateException("BUG: internal directive bookkeeping broken");
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
                             Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0)
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null)
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.contains(name))
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            if (typeParams.contains(name))
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) typeParams.add(name);
            else typeParams.remove(name);
            return;
        }
        // In a scope that can see the class namespace, a name the class binds is looked up there (then in
        // globals), never in an enclosing function.
        if (classEntry != null) {
            int classFlags = classEntry.symbol(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) ste.free = true;
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private static boolean isFreeInAnyChild(Scope entry, String key) {
        for (Scope child : entry.children) if (child.scopeOf(key) == FREE) return true;
        return false;
    }

    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes,
                                            Set<String> compFree, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> en : comp.symbols.entrySet()) {
            String k = en.getKey();
            int compFlags = en.getValue();
            if ((compFlags & DEF_PARAM) != 0) continue; // the ".0" iterator argument
            int scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
            int onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) inlinedCells.add(k);
            Integer existing = ste.symbols.get(k);
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0) {
                // a free name of the comprehension that the outer scope binds is now simply its local,
                // unless a child still needs the cell or the outer scope is a class
                if (!isFreeInAnyChild(comp, k) && ste.kind != Kind.CLASS) compFree.remove(k);
            }
        }
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> en : scopes.entrySet()) {
            if (en.getValue() != LOCAL) continue;
            String name = en.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) continue;
            en.setValue(CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) ste.needsClassClosure = true;
        if (free.remove("__classdict__")) ste.needsClassDict = true;
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, Set<String> inlinedCells, boolean classflag) {
        for (Map.Entry<String, Integer> en : symbols.entrySet()) {
            int flags = en.getValue();
            if (inlinedCells.contains(en.getKey())) flags |= DEF_COMP_CELL;
            flags |= scopes.get(en.getKey()) << SCOPE_OFFSET;
            en.setValue(flags);
        }
        // free variables of children that this block neither binds nor knows: record to pass them up
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                // a method's free variable that is also a local or global of the class
                if (classflag) symbols.put(name, v | DEF_FREE_CLASS);
                continue;
            }
            if (bound != null && !bound.contains(name)) continue; // a global
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, Scope classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        // insertion-ordered so that free names appended to symbols come out in a stable order
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        // class bindings are invisible to nested functions: pass down what the class itself received
        if (ste.kind == Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> en : ste.symbols.entrySet())
            analyzeName(ste, scopes, en.getKey(), en.getValue(), bound, local, free, global, typeParams, classEntry);

        if (ste.kind != Kind.CLASS) {
            if (ste.isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Scope entry : ste.children) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.kind == Kind.CLASS) newClassEntry = ste;
                else if (classEntry != null) newClassEntry = classEntry;
            }
            // PEP 709: every comprehension except generator expressions is inlined
            boolean inlineComp = entry.comprehension != CompKind.NONE && !entry.generator;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(entry, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
                    new HashSet<>(typeParams), newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
            if (entry.free || entry.childFree) ste.childFree = true;
        }

        // splice the children of inlined comprehensions into our own list
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope entry = ste.children.get(i);
            if (entry.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, entry.children);
            }
        }

        if (ste.isFunctionLike()) analyzeCells(scopes, newFree, inlinedCells);
        else if (ste.kind == Kind.CLASS) dropClassFree(ste, newFree);
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells,
                ste.kind == Kind.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }
}
