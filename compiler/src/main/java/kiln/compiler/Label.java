package kiln.compiler;

/** A jump target inside one {@link InstrSeq}; created by {@link InstrSeq#newLabel()}, placed by {@link InstrSeq#bind}. */
public final class Label {
    final int id;
    /** Index of the instruction the label refers to, or -1 while unbound. */
    int target = -1;

    Label(int id) { this.id = id; }

    public boolean isBound() { return target >= 0; }

    @Override
    public String toString() { return "L" + id + (target >= 0 ? "@" + target : ""); }
}
