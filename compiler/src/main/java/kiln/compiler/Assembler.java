package kiln.compiler;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiln.compiler.Cfg.Block;
import kiln.compiler.Cfg.Instr;

/**
 * Turns codegen's instruction list into a CPython 3.12 code object: exception table, LOAD_FAST_CHECK,
 * dead code, line numbers, stack depth, prologue, cell layout, jump offsets, EXTENDED_ARG, caches and tables.
 * CPython 3.12: Python/compile.c optimize_and_assemble_code_unit, Python/flowgraph.c, Python/assemble.c.
 */
public final class Assembler {
    private Assembler() {}

    /** Set -Dkiln.asm.debug=true to get the CFG in error messages. */
    private static final boolean DEBUG = Boolean.getBoolean("kiln.asm.debug");
    /** Set -Dkiln.asm.trace=QUALNAME to print that code object's CFG after each stage on stderr. */
    private static final String TRACE = System.getProperty("kiln.asm.trace");

    private static void trace(CodeMeta meta, Cfg g, String stage) {
        if (TRACE != null && TRACE.equals(meta.qualname)) System.err.println("== " + stage + "\n" + g.dump());
    }

    public static CodeUnit assemble(InstrSeq seq, CodeMeta meta) {
        Cfg g = Cfg.build(seq);
        try {
            return assemble(g, meta);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("assembling " + meta.qualname + ": " + e.getMessage()
                    + (DEBUG ? "\n" + g.dump() : ""), e);
        }
    }

    private static CodeUnit assemble(Cfg g, CodeMeta meta) {
        trace(meta, g, "built");
        FlowPasses.markExceptHandlers(g);
        FlowPasses.labelExceptionTargets(g);
        FlowPasses.optimize(g);

        int nlocals = meta.varnames.size();
        int nparams = meta.argcount + meta.kwonlyargcount
                + ((meta.flags & CodeMeta.CO_VARARGS) != 0 ? 1 : 0)
                + ((meta.flags & CodeMeta.CO_VARKEYWORDS) != 0 ? 1 : 0);
        FlowPasses.addChecksForUninitializedLoads(g, nlocals, nparams);
        FlowPasses.pushColdBlocksToEnd(g);
        trace(meta, g, "optimized and laid out");
        FlowPasses.resolveLineNumbers(g, meta.firstlineno);
        trace(meta, g, "line numbers resolved");
        int stacksize = FlowPasses.stackDepth(g, meta.flags);

        Localsplus lp = new Localsplus(meta);
        insertPrologue(g, meta, lp);
        lp.fixCellOffsets(g);

        FlowPasses.convertPseudoOps(g);
        FlowPasses.normalizeJumps(g);
        FlowPasses.resolveJumpOffsets(g);

        byte[] code = emitCode(g);
        byte[] linetable = emitLocations(g, meta.firstlineno);
        byte[] exceptiontable = emitExceptionTable(g);
        return new CodeUnit(meta.argcount, meta.posonlyargcount, meta.kwonlyargcount, stacksize, meta.flags,
                meta.firstlineno, code, meta.consts.toArray(), meta.names.toArray(new String[0]), lp.names,
                lp.kinds, meta.filename, meta.name, meta.qualname, linetable, exceptiontable);
    }

    /** The localsplus layout: fast locals, then cells not shared with a local, then free variables. */
    static final class Localsplus {
        final String[] names;
        final byte[] kinds;
        /** Cell/free index (codegen's DEREF oparg) -> localsplus index. */
        final int[] fixed;
        /** Before dropping shared slots: where each cell/free index lives (CPython's cellfixedoffsets). */
        final int[] cellFixedOffsets;
        final int nlocals, ncells, nfree;

        // CPython 3.12: Python/compile.c, build_cellfixedoffsets, fix_cell_offsets, compute_localsplus_info
        Localsplus(CodeMeta meta) {
            nlocals = meta.varnames.size();
            ncells = meta.cellvars.size();
            nfree = meta.freevars.size();
            Map<String, Integer> varIndex = new HashMap<>();
            for (int i = 0; i < nlocals; i++) varIndex.putIfAbsent(meta.varnames.get(i), i);
            int noffsets = ncells + nfree;
            cellFixedOffsets = new int[noffsets];
            for (int i = 0; i < noffsets; i++) cellFixedOffsets[i] = nlocals + i;
            for (int i = 0; i < ncells; i++) {
                Integer arg = varIndex.get(meta.cellvars.get(i));
                if (arg != null) cellFixedOffsets[i] = arg;
            }
            fixed = cellFixedOffsets.clone();
            int dropped = 0;
            for (int i = 0; i < noffsets; i++) {
                if (fixed[i] == i + nlocals) fixed[i] -= dropped;
                else dropped++;
            }
            int size = nlocals + noffsets - dropped;
            names = new String[size];
            kinds = new byte[size];
            java.util.Set<String> cellSet = new java.util.HashSet<>(meta.cellvars);
            for (int i = 0; i < nlocals; i++) {
                names[i] = meta.varnames.get(i);
                kinds[i] = (byte) (CodeUnit.CO_FAST_LOCAL | (cellSet.contains(names[i]) ? CodeUnit.CO_FAST_CELL : 0));
            }
            for (int i = 0; i < ncells; i++) {
                if (varIndex.containsKey(meta.cellvars.get(i))) continue;
                names[fixed[i]] = meta.cellvars.get(i);
                kinds[fixed[i]] = CodeUnit.CO_FAST_CELL;
            }
            for (int i = 0; i < nfree; i++) {
                names[fixed[ncells + i]] = meta.freevars.get(i);
                kinds[fixed[ncells + i]] = CodeUnit.CO_FAST_FREE;
            }
        }

        void fixCellOffsets(Cfg g) {
            for (Block b = g.entry; b != null; b = b.next) {
                for (Instr in : b.instrs) {
                    switch (in.op) {
                        case Opcode.MAKE_CELL, Opcode.LOAD_CLOSURE, Opcode.LOAD_DEREF, Opcode.STORE_DEREF,
                             Opcode.DELETE_DEREF, Opcode.LOAD_FROM_DICT_OR_DEREF -> {
                            if (in.arg < 0 || in.arg >= fixed.length)
                                throw new IllegalStateException(Opcode.name(in.op) + " " + in.arg
                                        + ": no such cell or free variable");
                            in.arg = fixed[in.arg];
                        }
                        default -> { }
                    }
                }
            }
        }
    }

    // CPython 3.12: Python/compile.c, insert_prefix_instructions. Must run before fixCellOffsets (MAKE_CELL
    // is inserted with the cell index, like codegen's DEREF opargs).
    private static void insertPrologue(Cfg g, CodeMeta meta, Localsplus lp) {
        List<Instr> prefix = new ArrayList<>();
        if (lp.nfree > 0) prefix.add(new Instr(Opcode.COPY_FREE_VARS, lp.nfree, null, Loc.NONE));
        if (lp.ncells > 0) {
            int nvars = lp.ncells + lp.nlocals;
            int[] sorted = new int[nvars];
            for (int i = 0; i < lp.ncells; i++) sorted[lp.cellFixedOffsets[i]] = i + 1;
            for (int i = 0, used = 0; used < lp.ncells; i++) {
                int oldIndex = sorted[i] - 1;
                if (oldIndex == -1) continue;
                prefix.add(new Instr(Opcode.MAKE_CELL, oldIndex, null, Loc.NONE));
                used++;
            }
        }
        int gen = CodeMeta.CO_GENERATOR | CodeMeta.CO_COROUTINE | CodeMeta.CO_ASYNC_GENERATOR;
        if ((meta.flags & gen) != 0) {
            Loc loc = new Loc(meta.firstlineno, -1, meta.firstlineno, -1);
            prefix.add(new Instr(Opcode.RETURN_GENERATOR, 0, null, loc));
            prefix.add(new Instr(Opcode.POP_TOP, 0, null, Loc.NONE));
        }
        g.entry.instrs.addAll(0, prefix);
    }

    private static byte[] emitCode(Cfg g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                int op = in.op;
                if (Opcode.isPseudo(op) || op > 255)
                    throw new IllegalStateException("pseudo-op left: " + Opcode.name(op));
                int arg = Opcode.hasArg(op) ? in.arg : 0;
                if (arg < 0) throw new IllegalStateException(Opcode.name(op) + " with negative argument " + arg);
                if (arg > 0xFFFFFF) { out.write(Opcode.EXTENDED_ARG); out.write((arg >>> 24) & 0xFF); }
                if (arg > 0xFFFF) { out.write(Opcode.EXTENDED_ARG); out.write((arg >> 16) & 0xFF); }
                if (arg > 0xFF) { out.write(Opcode.EXTENDED_ARG); out.write((arg >> 8) & 0xFF); }
                out.write(op);
                out.write(arg & 0xFF);
                for (int c = Opcode.cacheEntries(op); c > 0; c--) {
                    out.write(0);
                    out.write(0);
                }
            }
        }
        return out.toByteArray();
    }

    private static int size(Instr in) {
        return FlowPasses.instrSize(in.op, Opcode.hasArg(in.op) ? in.arg : 0);
    }

    // CPython 3.12: Python/assemble.c, assemble_location_info
    private static byte[] emitLocations(Cfg g, int firstlineno) {
        LocationTable t = new LocationTable(firstlineno);
        Loc loc = Loc.NONE;
        int size = 0;
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (!loc.equals(in.loc)) {
                    t.add(loc, size);
                    loc = in.loc;
                    size = 0;
                }
                size += size(in);
            }
        }
        t.add(loc, size);
        return t.toByteArray();
    }

    // CPython 3.12: Python/assemble.c, assemble_exception_table
    private static byte[] emitExceptionTable(Cfg g) {
        ExceptionTable t = new ExceptionTable();
        Block handler = null;
        int start = -1, ioffset = 0;
        for (Block b = g.entry; b != null; b = b.next) {
            ioffset = b.offset;
            for (Instr in : b.instrs) {
                if (in.except != handler) {
                    if (handler != null) addEntry(t, start, ioffset, handler);
                    start = ioffset;
                    handler = in.except;
                }
                ioffset += size(in);
            }
        }
        if (handler != null) addEntry(t, start, ioffset, handler);
        return t.toByteArray();
    }

    private static void addEntry(ExceptionTable t, int start, int end, Block handler) {
        int depth = handler.startDepth - 1;
        if (handler.preserveLasti) depth--;
        if (depth < 0) throw new IllegalStateException("exception handler " + handler + " has no stack depth");
        t.add(start, end, handler.offset, depth, handler.preserveLasti);
    }
}
