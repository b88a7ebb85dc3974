package kiln.parser.ast;

/** Root of Kiln's AST: one Java class per class of CPython's {@code ast} module, same fields in the same order. */
public abstract class Node {
    /** Appends this node as CPython's {@code ast.dump(node, include_attributes=True)} prints it. */
    public abstract void dump(AstDump d);

    /** {@code ast.dump(node, include_attributes=True)}. */
    public final String dump() {
        AstDump d = new AstDump(new StringBuilder(256));
        dump(d);
        return d.result();
    }
}
