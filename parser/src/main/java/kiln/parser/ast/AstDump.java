package kiln.parser.ast;

/**
 * Writes a tree exactly as CPython 3.12's {@code ast.dump(node, include_attributes=True)} does:
 * every field by keyword, optional fields left out when absent, then the position attributes.
 */
public final class AstDump {
    private final StringBuilder out;
    /** Whether the next item in the current node or list needs a ", " before it. */
    private boolean needComma;

    public AstDump(StringBuilder out) {
        this.out = out;
    }

    public String result() {
        return out.toString();
    }

    public void open(String pythonName) {
        out.append(pythonName).append('(');
        needComma = false;
    }

    public void close() {
        out.append(')');
        needComma = true;
    }

    private void key(String name) {
        if (needComma) out.append(", ");
        out.append(name).append('=');
        needComma = false;
    }

    public void field(String name, Node value) {
        key(name);
        value.dump(this);
        needComma = true;
    }

    public void field(String name, String value) {
        key(name);
        ConstantRepr.appendStr(out, value);
        needComma = true;
    }

    public void field(String name, Enum<?> value) {
        key(name);
        out.append(value.name()).append("()");
        needComma = true;
    }

    public void field(String name, Integer value) {
        intField(name, value);
    }

    public void intField(String name, int value) {
        key(name);
        out.append(value);
        needComma = true;
    }

    public void constantField(String name, Object value) {
        key(name);
        ConstantRepr.appendRepr(out, value);
        needComma = true;
    }

    public void list(String name, java.util.List<?> values) {
        key(name);
        out.append('[');
        needComma = false;
        for (Object v : values) {
            if (needComma) out.append(", ");
            switch (v) {
                case Node n -> n.dump(this);
                case String s -> ConstantRepr.appendStr(out, s);
                case Enum<?> e -> out.append(e.name()).append("()");
                // Dict.keys holds None for a `**mapping` entry, Arguments.kw_defaults for a missing default.
                case null -> out.append("None");
                default -> out.append(v);
            }
            needComma = true;
        }
        out.append(']');
        needComma = true;
    }

    public void attributes(Located n) {
        intField("lineno", n.lineno);
        intField("col_offset", n.colOffset);
        intField("end_lineno", n.endLineno);
        intField("end_col_offset", n.endColOffset);
    }
}
