package kiln.parser.ast;

/** A node with source positions: 1-based lines, 0-based UTF-8 byte columns (CPython's convention). */
public abstract class Located extends Node {
    public int lineno, colOffset, endLineno, endColOffset;

    protected Located(int lineno, int colOffset, int endLineno, int endColOffset) {
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }
}
