package kiln.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The instruction list codegen produces for one code object: real 3.12 opcodes plus the pseudo-ops
 * (SETUP_*, POP_BLOCK, JUMP, JUMP_NO_INTERRUPT) with jumps pointing at labels.
 */
public final class InstrSeq {
    private int[] ops = new int[64];
    private int[] args = new int[64];
    private Label[] targets = new Label[64];
    private Loc[] locs = new Loc[64];
    private int size;
    private final List<Label> labels = new ArrayList<>();

    public Label newLabel() {
        Label l = new Label(labels.size());
        labels.add(l);
        return l;
    }

    /** The label refers to the next instruction emitted. */
    public void bind(Label label) {
        if (label.target >= 0) throw new IllegalStateException("label bound twice: " + label);
        label.target = size;
    }

    public void emit(int opcode, int oparg, Loc loc) {
        if (Opcode.isJump(opcode) || Opcode.isBlockPush(opcode))
            throw new IllegalArgumentException(Opcode.name(opcode) + " needs emitJump");
        add(opcode, oparg, null, loc);
    }

    public void emitJump(int opcode, Label target, Loc loc) {
        if (!Opcode.isJump(opcode) && !Opcode.isBlockPush(opcode))
            throw new IllegalArgumentException(Opcode.name(opcode) + " is not a jump");
        add(opcode, 0, target, loc);
    }

    private void add(int opcode, int oparg, Label target, Loc loc) {
        if (size == ops.length) {
            int n = size * 2;
            ops = Arrays.copyOf(ops, n);
            args = Arrays.copyOf(args, n);
            targets = Arrays.copyOf(targets, n);
            locs = Arrays.copyOf(locs, n);
        }
        ops[size] = opcode;
        args[size] = oparg;
        targets[size] = target;
        locs[size] = loc == null ? Loc.NONE : loc;
        size++;
    }

    public int size() { return size; }
    public int opcode(int i) { return ops[i]; }
    public int oparg(int i) { return args[i]; }
    public Label target(int i) { return targets[i]; }
    public Loc loc(int i) { return locs[i]; }
    /** Instruction index a label is bound to (may equal size() when bound at the end), or -1. */
    public int labelTarget(Label l) { return l.target; }
    int labelCount() { return labels.size(); }

    /** Codegen may patch an argument already emitted (e.g. a count known only later). */
    public void setOparg(int i, int oparg) { args[i] = oparg; }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            for (Label l : labels) if (l.target == i) sb.append(l).append(":\n");
            sb.append("  ").append(i).append(' ').append(Opcode.name(ops[i]));
            if (targets[i] != null) sb.append(" -> ").append(targets[i]);
            else if (Opcode.hasArg(ops[i])) sb.append(' ').append(args[i]);
            sb.append('\n');
        }
        return sb.toString();
    }
}
