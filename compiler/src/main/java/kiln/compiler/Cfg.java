package kiln.compiler;

import java.util.ArrayList;
import java.util.List;

/** The control-flow graph the assembler works on: basic blocks in layout order, linked by {@code next}. */
final class Cfg {
    static final class Instr {
        int op, arg;
        Block target;
        Loc loc;
        /** Innermost exception handler covering this instruction, or null. */
        Block except;

        Instr(int op, int arg, Block target, Loc loc) {
            this.op = op;
            this.arg = arg;
            this.target = target;
            this.loc = loc;
        }

        Instr copy() {
            Instr c = new Instr(op, arg, target, loc);
            c.except = except;
            return c;
        }

        @Override
        public String toString() {
            return Opcode.name(op) + (target != null ? " ->B" + target.id : Opcode.hasArg(op) ? " " + arg : "");
        }
    }

    static final class Block {
        final int id;
        final ArrayList<Instr> instrs = new ArrayList<>();
        Block next;
        boolean exceptHandler, preserveLasti, visited, cold, warm;
        int predecessors;
        int startDepth = Integer.MIN_VALUE;
        int offset;
        /** Handler stack at block entry during exception labelling ([0] = null sentinel). */
        Block[] exceptStack;
        int exceptDepth;
        long unsafeLocals;

        Block(int id) { this.id = id; }

        Instr last() { return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1); }

        boolean hasFallthrough() {
            Instr l = last();
            return l == null || !(isUnconditionalJump(l.op) || isScopeExit(l.op));
        }

        boolean exitsScope() {
            Instr l = last();
            return l != null && isScopeExit(l.op);
        }

        @Override
        public String toString() { return "B" + id; }
    }

    Block entry;
    private int nextId;

    Block newBlock() { return new Block(nextId++); }

    static boolean isUnconditionalJump(int op) {
        return op == Opcode.JUMP || op == Opcode.JUMP_NO_INTERRUPT || op == Opcode.JUMP_FORWARD
                || op == Opcode.JUMP_BACKWARD || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
    }

    static boolean isScopeExit(int op) {
        return op == Opcode.RETURN_VALUE || op == Opcode.RETURN_CONST || op == Opcode.RAISE_VARARGS
                || op == Opcode.RERAISE;
    }

    /** Jumps proper (they end a block): every relative jump including FOR_ITER and SEND. */
    static boolean isJump(int op) { return Opcode.isJump(op); }

    static boolean isBlockPush(int op) { return Opcode.isBlockPush(op); }

    static boolean hasTarget(int op) { return isJump(op) || isBlockPush(op); }

    /** Splits the instruction list into blocks: a label starts a block, a jump or scope exit ends one. */
    static Cfg build(InstrSeq seq) {
        Cfg g = new Cfg();
        int n = seq.size();
        int nlabels = seq.labelCount();
        // labels by instruction index
        List<List<Label>> labelsAt = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) labelsAt.add(null);
        Block[] labelBlock = new Block[nlabels];
        Label[] labels = new Label[nlabels];
        for (int i = 0; i < n; i++) {
            Label t = seq.target(i);
            if (t != null) {
                if (t.target < 0) throw new IllegalStateException("jump to unbound label " + t + " at " + i);
                if (t.id >= nlabels) throw new IllegalStateException("label from another InstrSeq: " + t);
                labels[t.id] = t;
            }
        }
        for (Label l : labels) {
            if (l == null) continue;
            List<Label> at = labelsAt.get(l.target);
            if (at == null) labelsAt.set(l.target, at = new ArrayList<>(2));
            at.add(l);
        }
        Block cur = g.entry = g.newBlock();
        for (int i = 0; i <= n; i++) {
            List<Label> at = labelsAt.get(i);
            boolean terminated = !cur.instrs.isEmpty() && (isJump(cur.last().op) || isScopeExit(cur.last().op));
            if ((at != null && !cur.instrs.isEmpty()) || terminated) {
                Block b = g.newBlock();
                cur.next = b;
                cur = b;
            }
            if (at != null) for (Label l : at) labelBlock[l.id] = cur;
            if (i == n) break;
            cur.instrs.add(new Instr(seq.opcode(i), seq.oparg(i), null, seq.loc(i)));
        }
        // resolve targets now that every label has a block
        int idx = 0;
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                Label t = seq.target(idx++);
                if (t != null) in.target = labelBlock[t.id];
            }
        }
        return g;
    }

    String dump() {
        StringBuilder sb = new StringBuilder();
        for (Block b = entry; b != null; b = b.next) {
            sb.append(b).append(" depth=").append(b.startDepth).append(" preds=").append(b.predecessors)
                    .append(b.exceptHandler ? " handler" : "").append(":\n");
            for (Instr in : b.instrs)
                sb.append("    ").append(in).append(in.except != null ? "  [exc " + in.except + "]" : "")
                        .append("  line ").append(in.loc.lineno()).append('\n');
        }
        return sb.toString();
    }
}
