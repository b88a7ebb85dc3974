package kiln.compiler;

import kiln.parser.ast.Located;

/** A source range of one instruction: 1-based lines, 0-based UTF-8 byte columns like the AST; -1 = unknown. */
public record Loc(int lineno, int col, int endLineno, int endCol) {
    public static final Loc NONE = new Loc(-1, -1, -1, -1);

    public static Loc of(Located n) {
        return new Loc(n.lineno, n.colOffset, n.endLineno, n.endColOffset);
    }

    public boolean isNone() { return lineno < 0; }
}
