package kiln.parser.fuzz;

/**
 * One fuzz input: its bytes and how they were made. For a self-contained deep-nesting source,
 * {@code kind} and {@code n} name the generator and {@code expected} is CPython 3.12's outcome
 * (null when not known, e.g. after further mutation or inside a real file).
 */
public record FuzzInput(int index, String mutator, String origin, byte[] bytes, String kind, int n,
                        String expected) {

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append('#').append(index).append(' ').append(mutator).append(" of ").append(origin);
        if (kind != null) {
            sb.append(" (").append(kind).append(", N=").append(n).append(')');
        }
        sb.append(", ").append(bytes.length).append(" bytes");
        return sb.toString();
    }
}
