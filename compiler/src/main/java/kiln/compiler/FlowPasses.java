package kiln.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import kiln.compiler.Cfg.Block;
import kiln.compiler.Cfg.Instr;

/** The CFG passes the assembler needs for valid code. Each is a port of the CPython 3.12 function it names. */
final class FlowPasses {
    private FlowPasses() {}

    private static final int MAX_BLOCKS = 64; // CO_MAXBLOCKS: statically nested blocks

    // CPython 3.12: Python/flowgraph.c, mark_except_handlers
    static void markExceptHandlers(Cfg g) {
        for (Block b = g.entry; b != null; b = b.next)
            for (Instr in : b.instrs)
                if (Cfg.isBlockPush(in.op)) in.target.exceptHandler = true;
    }

    private static void resetVisited(Cfg g) {
        for (Block b = g.entry; b != null; b = b.next) b.visited = false;
    }

    // CPython 3.12: Python/flowgraph.c, label_exception_targets
    static void labelExceptionTargets(Cfg g) {
        resetVisited(g);
        ArrayDeque<Block> todo = new ArrayDeque<>();
        g.entry.visited = true;
        g.entry.exceptStack = new Block[MAX_BLOCKS + 2];
        g.entry.exceptDepth = 0;
        todo.push(g.entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            Block[] stack = b.exceptStack;
            int depth = b.exceptDepth;
            b.exceptStack = null;
            Block handler = stack[depth];
            for (int i = 0; i < b.instrs.size(); i++) {
                Instr in = b.instrs.get(i);
                if (Cfg.isBlockPush(in.op)) {
                    if (!in.target.visited) {
                        in.target.exceptStack = stack.clone();
                        in.target.exceptDepth = depth;
                        in.target.visited = true;
                        todo.push(in.target);
                    }
                    if (in.op == Opcode.SETUP_WITH || in.op == Opcode.SETUP_CLEANUP) in.target.preserveLasti = true;
                    if (depth + 1 >= stack.length) throw new IllegalStateException("too many statically nested blocks");
                    stack[++depth] = in.target;
                    handler = in.target;
                } else if (in.op == Opcode.POP_BLOCK) {
                    if (depth == 0) throw new IllegalStateException("POP_BLOCK without SETUP in " + b);
                    handler = stack[--depth];
                } else if (Cfg.isJump(in.op)) {
                    in.except = handler;
                    if (!in.target.visited) {
                        in.target.exceptStack = b.hasFallthrough() ? stack.clone() : stack;
                        in.target.exceptDepth = depth;
                        in.target.visited = true;
                        todo.push(in.target);
                    }
                } else {
                    // the generator machinery reads the handler depth from YIELD_VALUE's argument
                    if (in.op == Opcode.YIELD_VALUE) in.arg = depth;
                    in.except = handler;
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.exceptDepth = depth;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    private static final int MAX_COPY_SIZE = 4;

    // CPython 3.12: Python/flowgraph.c, inline_small_exit_blocks
    static void inlineSmallExitBlocks(Cfg g) {
        for (Block b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null || !Cfg.isUnconditionalJump(last.op)) continue;
            Block target = last.target;
            if (target.exitsScope() && target.instrs.size() <= MAX_COPY_SIZE) {
                last.op = Opcode.NOP;
                last.arg = 0;
                last.target = null;
                for (Instr in : target.instrs) b.instrs.add(in.copy());
            }
        }
    }

    // CPython 3.12: Python/flowgraph.c, jump_thread
    private static boolean jumpThread(Instr in, Instr target, int op) {
        if ((in.loc.lineno() == target.loc.lineno() || target.loc.lineno() == -1) && in.target != target.target) {
            in.target = target.target;
            in.op = op;
            return true;
        }
        return false;
    }

    // The jump-to-jump part of CPython 3.12's optimize_basic_block (Python/flowgraph.c): a jump whose target
    // starts with an unconditional JUMP goes straight to that jump's target.
    static void threadJumps(Cfg g) {
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (!Cfg.isJump(in.op)) continue;
                for (int guard = 0; guard < 100; guard++) {
                    Block t = in.target;
                    while (t != null && t.instrs.isEmpty()) t = t.next;
                    if (t == null) break;
                    Instr target = t.instrs.get(0);
                    boolean changed = switch (in.op) {
                        case Opcode.JUMP, Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE, Opcode.POP_JUMP_IF_NONE,
                             Opcode.POP_JUMP_IF_NOT_NONE ->
                                target.op == Opcode.JUMP && jumpThread(in, target, in.op);
                        case Opcode.JUMP_NO_INTERRUPT ->
                                (target.op == Opcode.JUMP && jumpThread(in, target, Opcode.JUMP))
                                        || (target.op == Opcode.JUMP_NO_INTERRUPT && jumpThread(in, target, in.op));
                        default -> false;
                    };
                    if (!changed) break;
                }
            }
        }
    }

    /** CPython 3.12's optimize_cfg, minus the constant folding and swap optimizations. */
    static void optimize(Cfg g) {
        eliminateEmptyBlocksKeepingEntry(g);
        inlineSmallExitBlocks(g);
        threadJumps(g);
        inlineSmallExitBlocks(g);
        removeUnreachable(g);
        for (Block b = g.entry; b != null; b = b.next) removeRedundantNops(b);
        eliminateEmptyBlocks(g);
        removeRedundantJumps(g);
    }

    /** Drops empty blocks from the chain and retargets jumps to the next non-empty block. */
    private static void eliminateEmptyBlocksKeepingEntry(Cfg g) {
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.target == null) continue;
                Block t = in.target;
                while (t.instrs.isEmpty() && t.next != null) t = t.next;
                in.target = t;
            }
        }
    }

    // CPython 3.12: Python/flowgraph.c, mark_reachable (+ the unreachable-block removal of optimize_cfg)
    static void removeUnreachable(Cfg g) {
        resetVisited(g);
        for (Block b = g.entry; b != null; b = b.next) b.predecessors = 0;
        ArrayDeque<Block> stack = new ArrayDeque<>();
        g.entry.predecessors = 1;
        stack.push(g.entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.visited) continue;
            b.visited = true;
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) stack.push(b.next);
                b.next.predecessors++;
            }
            for (Instr in : b.instrs) {
                if (Cfg.hasTarget(in.op)) {
                    if (!in.target.visited) stack.push(in.target);
                    in.target.predecessors++;
                }
            }
        }
        for (Block b = g.entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.exceptHandler = false;
            }
        }
        eliminateEmptyBlocks(g);
    }

    // CPython 3.12: Python/flowgraph.c, eliminate_empty_basic_blocks
    static void eliminateEmptyBlocks(Cfg g) {
        for (Block b = g.entry; b != null; b = b.next) {
            Block next = b.next;
            while (next != null && next.instrs.isEmpty()) next = next.next;
            b.next = next;
        }
        while (g.entry != null && g.entry.instrs.isEmpty()) g.entry = g.entry.next;
        if (g.entry == null) throw new IllegalStateException("no reachable instructions");
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.target == null) continue;
                Block t = in.target;
                while (t != null && t.instrs.isEmpty()) t = t.next;
                if (t == null) throw new IllegalStateException("jump past the end of the code from " + b);
                in.target = t;
            }
        }
    }

    // CPython 3.12: Python/flowgraph.c, remove_redundant_jumps
    static void removeRedundantJumps(Cfg g) {
        for (Block b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && Cfg.isUnconditionalJump(last.op) && last.target == b.next) {
                last.op = Opcode.NOP;
                last.arg = 0;
                last.target = null;
            }
        }
    }

    // ---- layout: exception handlers and code only they reach go to the end --------------------------

    // CPython 3.12: Python/flowgraph.c, mark_warm / mark_cold
    private static void markCold(Cfg g) {
        for (Block b = g.entry; b != null; b = b.next) b.cold = false;
        resetVisited(g);
        java.util.Set<Block> warmSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        ArrayDeque<Block> stack = new ArrayDeque<>();
        stack.push(g.entry);
        g.entry.visited = true;
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            warmSet.add(b);
            if (b.next != null && b.hasFallthrough() && !b.next.visited) {
                b.next.visited = true;
                stack.push(b.next);
            }
            for (Instr in : b.instrs) {
                if (Cfg.isJump(in.op) && !in.target.visited) {
                    in.target.visited = true;
                    stack.push(in.target);
                }
            }
        }
        resetVisited(g);
        for (Block b = g.entry; b != null; b = b.next) {
            if (b.exceptHandler && !warmSet.contains(b)) {
                b.visited = true;
                stack.push(b);
            }
        }
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.cold = true;
            if (b.next != null && b.hasFallthrough() && !warmSet.contains(b.next) && !b.next.visited) {
                b.next.visited = true;
                stack.push(b.next);
            }
            for (Instr in : b.instrs) {
                if (Cfg.isJump(in.op) && !warmSet.contains(in.target) && !in.target.visited) {
                    in.target.visited = true;
                    stack.push(in.target);
                }
            }
        }
        for (Block b = g.entry; b != null; b = b.next) b.warm = warmSet.contains(b);
    }

    // CPython 3.12: Python/flowgraph.c, push_cold_blocks_to_end
    static void pushColdBlocksToEnd(Cfg g) {
        if (g.entry.next == null) return;
        markCold(g);
        // a cold block falling through into a warm one gets an explicit jump instead
        for (Block b = g.entry; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                Block jump = g.newBlock();
                jump.instrs.add(new Instr(Opcode.JUMP, 0, b.next, Loc.NONE));
                jump.cold = true;
                jump.next = b.next;
                b.next = jump;
            }
        }
        Block coldHead = null, coldTail = null;
        Block b = g.entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) b = b.next;
            if (b.next == null) break;
            Block end = b.next;
            while (end.next != null && end.next.cold) end = end.next;
            if (coldHead == null) coldHead = b.next;
            else coldTail.next = b.next;
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = coldHead;
        if (coldHead != null) removeRedundantJumps(g);
    }

    // ---- LOAD_FAST_CHECK where a local may be unbound ----------------------------------------------

    private static void maybePush(Block b, long unsafe, ArrayDeque<Block> sp) {
        // push the block if it gains unsafe locals
        long both = b.unsafeLocals | unsafe;
        if (b.unsafeLocals != both) {
            b.unsafeLocals = both;
            if (!b.visited) {
                sp.push(b);
                b.visited = true;
            }
        }
    }

    // CPython 3.12: Python/flowgraph.c, scan_block_for_locals
    private static void scanBlockForLocals(Block b, ArrayDeque<Block> sp) {
        long unsafe = b.unsafeLocals;
        for (Instr in : b.instrs) {
            if (in.except != null) maybePush(in.except, unsafe, sp);
            if (in.arg >= 64 || in.arg < 0) continue;
            long bit = 1L << in.arg;
            switch (in.op) {
                case Opcode.DELETE_FAST, Opcode.LOAD_FAST_AND_CLEAR, Opcode.STORE_FAST_MAYBE_NULL -> unsafe |= bit;
                case Opcode.STORE_FAST, Opcode.LOAD_FAST_CHECK -> unsafe &= ~bit;
                case Opcode.LOAD_FAST -> {
                    if ((unsafe & bit) != 0) in.op = Opcode.LOAD_FAST_CHECK;
                    unsafe &= ~bit;
                }
                default -> { }
            }
        }
        if (b.next != null && b.hasFallthrough()) maybePush(b.next, unsafe, sp);
        Instr last = b.last();
        if (last != null && Cfg.isJump(last.op)) maybePush(last.target, unsafe, sp);
    }

    // CPython 3.12: Python/flowgraph.c, fast_scan_many_locals
    private static void fastScanManyLocals(Cfg g, int nlocals) {
        long[] states = new long[nlocals - 64];
        long blocknum = 0;
        for (Block b = g.entry; b != null; b = b.next) {
            blocknum++;
            for (Instr in : b.instrs) {
                int arg = in.arg;
                if (arg < 64 || arg >= nlocals) continue;
                switch (in.op) {
                    case Opcode.DELETE_FAST, Opcode.LOAD_FAST_AND_CLEAR, Opcode.STORE_FAST_MAYBE_NULL ->
                            states[arg - 64] = blocknum - 1;
                    case Opcode.STORE_FAST -> states[arg - 64] = blocknum;
                    case Opcode.LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) in.op = Opcode.LOAD_FAST_CHECK;
                        states[arg - 64] = blocknum;
                    }
                    default -> { }
                }
            }
        }
    }

    // CPython 3.12: Python/flowgraph.c, add_checks_for_loads_of_uninitialized_variables
    static void addChecksForUninitializedLoads(Cfg g, int nlocals, int nparams) {
        if (nlocals == 0) return;
        if (nlocals > 64) {
            fastScanManyLocals(g, nlocals);
            nlocals = 64;
        }
        for (Block b = g.entry; b != null; b = b.next) {
            b.unsafeLocals = 0;
            b.visited = false;
        }
        ArrayDeque<Block> sp = new ArrayDeque<>();
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) startMask |= 1L << i;
        maybePush(g.entry, startMask, sp);
        // DELETE_FAST and friends are origins too: scan every block once
        for (Block b = g.entry; b != null; b = b.next) scanBlockForLocals(b, sp);
        while (!sp.isEmpty()) {
            Block b = sp.pop();
            b.visited = false;
            scanBlockForLocals(b, sp);
        }
    }

    // ---- line numbers ----------------------------------------------------------------------------------

    private static boolean isExitWithoutLineno(Block b) {
        if (!b.exitsScope()) return false;
        for (Instr in : b.instrs) if (in.loc.lineno() >= 0) return false;
        return true;
    }

    // CPython 3.12: Python/flowgraph.c, duplicate_exits_without_lineno, propagate_line_numbers,
    // guarantee_lineno_for_exits
    static void resolveLineNumbers(Cfg g, int firstlineno) {
        for (Block b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && Cfg.isJump(last.op)) {
                Block target = last.target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    Block copy = g.newBlock();
                    for (Instr in : target.instrs) copy.instrs.add(in.copy());
                    copy.instrs.get(0).loc = last.loc;
                    last.target = copy;
                    target.predecessors--;
                    copy.predecessors = 1;
                    copy.next = target.next;
                    target.next = copy;
                }
            }
        }
        for (Block b = g.entry; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && !b.instrs.isEmpty() && isExitWithoutLineno(b.next))
                b.next.instrs.get(0).loc = b.last().loc;
        }
        for (Block b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            Loc prev = Loc.NONE;
            for (Instr in : b.instrs) {
                if (in.loc.lineno() < 0) in.loc = prev;
                else prev = in.loc;
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1 && !b.next.instrs.isEmpty()
                    && b.next.instrs.get(0).loc.lineno() < 0)
                b.next.instrs.get(0).loc = prev;
            if (Cfg.isJump(last.op)) {
                Block target = last.target;
                if (target.predecessors == 1 && target.instrs.get(0).loc.lineno() < 0)
                    target.instrs.get(0).loc = prev;
            }
        }
        int lineno = firstlineno;
        for (Block b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            if (last.loc.lineno() < 0) {
                // only RETURN_VALUE, as in 3.12.1 (whose optimizer has made the implicit returns RETURN_CONST)
                if (last.op == Opcode.RETURN_VALUE) {
                    for (Instr in : b.instrs)
                        if (in.loc.lineno() < 0) in.loc = new Loc(lineno, in.loc.col(), in.loc.endLineno(), in.loc.endCol());
                }
            } else {
                lineno = last.loc.lineno();
            }
        }
    }

    // ---- stack depth -----------------------------------------------------------------------------------

    // CPython 3.12: Python/flowgraph.c, _PyCfg_Stackdepth. Where CPython asserts that every path reaches a
    // block with the same depth, we keep the largest so that co_stacksize is never too small.
    static int stackDepth(Cfg g, int codeFlags) {
        for (Block b = g.entry; b != null; b = b.next) b.startDepth = Integer.MIN_VALUE;
        ArrayDeque<Block> work = new ArrayDeque<>();
        // 3.12.1 starts every code object at depth 0 (generators included; the prologue comes later)
        push(work, g.entry, 0);
        int maxdepth = 0;
        while (!work.isEmpty()) {
            Block b = work.pop();
            int depth = b.startDepth;
            Block next = b.next;
            for (Instr in : b.instrs) {
                int effect = StackEffect.of(in.op, in.arg, false);
                if (effect == StackEffect.INVALID)
                    throw new IllegalStateException("no stack effect for " + Opcode.name(in.op) + " " + in.arg);
                int newDepth = depth + effect;
                if (newDepth < 0)
                    throw new IllegalStateException("stack underflow at " + in + " in " + b + "\n" + g.dump());
                maxdepth = Math.max(maxdepth, newDepth);
                if (in.target != null) {
                    int targetDepth = depth + StackEffect.of(in.op, in.arg, true);
                    if (targetDepth < 0)
                        throw new IllegalStateException("stack underflow jumping from " + in + " in " + b);
                    maxdepth = Math.max(maxdepth, targetDepth);
                    push(work, in.target, targetDepth);
                }
                depth = newDepth;
                if (Cfg.isUnconditionalJump(in.op) || Cfg.isScopeExit(in.op)) {
                    next = null;
                    break;
                }
            }
            if (next != null) push(work, next, depth);
        }
        return maxdepth;
    }

    private static void push(ArrayDeque<Block> work, Block b, int depth) {
        if (b.startDepth < depth) {
            b.startDepth = depth;
            work.push(b);
        }
    }

    // ---- pseudo-ops and jumps --------------------------------------------------------------------------

    // CPython 3.12: Python/flowgraph.c, _PyCfg_ConvertPseudoOps (plus the LOAD_METHOD family of compile.c)
    static void convertPseudoOps(Cfg g) {
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (Cfg.isBlockPush(in.op) || in.op == Opcode.POP_BLOCK) {
                    in.op = Opcode.NOP;
                    in.arg = 0;
                    in.target = null;
                } else if (in.op == Opcode.STORE_FAST_MAYBE_NULL) {
                    in.op = Opcode.STORE_FAST;
                } else if (in.op == Opcode.LOAD_METHOD) {
                    in.op = Opcode.LOAD_ATTR;
                } else if (in.op == Opcode.LOAD_SUPER_METHOD || in.op == Opcode.LOAD_ZERO_SUPER_METHOD
                        || in.op == Opcode.LOAD_ZERO_SUPER_ATTR) {
                    in.op = Opcode.LOAD_SUPER_ATTR;
                }
            }
        }
        for (Block b = g.entry; b != null; b = b.next) removeRedundantNops(b);
    }

    // CPython 3.12: Python/flowgraph.c, remove_redundant_nops
    static void removeRedundantNops(Block bb) {
        ArrayList<Instr> out = new ArrayList<>(bb.instrs.size());
        int prevLineno = -1;
        int n = bb.instrs.size();
        for (int src = 0; src < n; src++) {
            Instr in = bb.instrs.get(src);
            int lineno = in.loc.lineno();
            if (in.op == Opcode.NOP) {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < n - 1) {
                    Instr nx = bb.instrs.get(src + 1);
                    if (nx.loc.lineno() == lineno) continue;
                    if (nx.loc.lineno() < 0) {
                        nx.loc = in.loc;
                        continue;
                    }
                } else {
                    Block next = bb.next;
                    while (next != null && next.instrs.isEmpty()) next = next.next;
                    if (next != null) {
                        Loc nextLoc = Loc.NONE;
                        for (Instr ni : next.instrs) {
                            if (ni.op == Opcode.NOP && ni.loc.lineno() < 0) continue;
                            nextLoc = ni.loc;
                            break;
                        }
                        if (lineno == nextLoc.lineno()) continue;
                    }
                }
            }
            out.add(in);
            prevLineno = lineno;
        }
        bb.instrs.clear();
        bb.instrs.addAll(out);
    }

    // CPython 3.12: Python/flowgraph.c, normalize_jumps (conditional jumps only go forward in 3.12)
    static void normalizeJumps(Cfg g) {
        resetVisited(g);
        for (Block b = g.entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !Cfg.isJump(last.op)) continue;
            boolean forward = !last.target.visited;
            switch (last.op) {
                case Opcode.JUMP -> {
                    last.op = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
                    continue;
                }
                case Opcode.JUMP_NO_INTERRUPT -> {
                    last.op = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT;
                    continue;
                }
                default -> { }
            }
            int reversed = switch (last.op) {
                case Opcode.POP_JUMP_IF_NOT_NONE -> Opcode.POP_JUMP_IF_NONE;
                case Opcode.POP_JUMP_IF_NONE -> Opcode.POP_JUMP_IF_NOT_NONE;
                case Opcode.POP_JUMP_IF_FALSE -> Opcode.POP_JUMP_IF_TRUE;
                case Opcode.POP_JUMP_IF_TRUE -> Opcode.POP_JUMP_IF_FALSE;
                default -> 0;
            };
            if (forward) continue;
            if (reversed == 0)
                throw new IllegalStateException(Opcode.name(last.op) + " cannot jump backwards");
            // 'cond_jump T' becomes 'reversed_cond_jump next; JUMP_BACKWARD T'
            Block back = g.newBlock();
            // like CPython 3.12.1 the new jump gets no exception handler (it is left out of the table)
            Instr jump = new Instr(Opcode.JUMP_BACKWARD, 0, last.target, last.loc);
            back.instrs.add(jump);
            back.visited = true;
            back.cold = b.cold;
            last.op = reversed;
            last.target = b.next;
            back.next = b.next;
            b.next = back;
            b = back;
        }
    }

    static int instrSize(int op, int arg) {
        int ext = arg > 0xFFFFFF ? 3 : arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;
        return ext + 1 + Opcode.cacheEntries(op);
    }

    static int blockSize(Block b) {
        int size = 0;
        for (Instr in : b.instrs) size += instrSize(in.op, in.arg);
        return size;
    }

    // CPython 3.12: Python/flowgraph.c, resolve_jump_offsets (repeat until EXTENDED_ARGs settle)
    static void resolveJumpOffsets(Cfg g) {
        boolean again;
        do {
            int total = 0;
            for (Block b = g.entry; b != null; b = b.next) {
                b.offset = total;
                total += blockSize(b);
            }
            again = false;
            for (Block b = g.entry; b != null; b = b.next) {
                int pos = b.offset;
                for (Instr in : b.instrs) {
                    int isize = instrSize(in.op, in.arg);
                    pos += isize;
                    if (Cfg.isJump(in.op)) {
                        int t = in.target.offset;
                        boolean backward = in.op == Opcode.JUMP_BACKWARD || in.op == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
                        if (t < pos) {
                            if (!backward) throw new IllegalStateException(Opcode.name(in.op) + " jumps backwards");
                            in.arg = pos - t;
                        } else {
                            if (backward) throw new IllegalStateException(Opcode.name(in.op) + " jumps forwards");
                            in.arg = t - pos;
                        }
                        if (instrSize(in.op, in.arg) != isize) again = true;
                    }
                }
            }
        } while (again);
    }
}
