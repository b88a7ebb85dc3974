package kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembler's transformations, on hand-written instruction sequences. */
public class AsmAssemblerTest {

    record Ins(int offset, int op, int arg) {}

    /** Decodes co_code into instructions (EXTENDED_ARG folded in, caches skipped). */
    static List<Ins> decode(CodeUnit c) {
        List<Ins> out = new ArrayList<>();
        int ext = 0;
        for (int pc = 0; pc < c.code.length / 2; ) {
            int op = c.code[2 * pc] & 0xFF, arg = (c.code[2 * pc + 1] & 0xFF) | ext;
            if (op == Opcode.EXTENDED_ARG) {
                ext = arg << 8;
                pc++;
                continue;
            }
            ext = 0;
            out.add(new Ins(pc, op, arg));
            for (int k = 1; k <= Opcode.cacheEntries(op); k++) assertEquals(0, c.code[2 * (pc + k)], "cache");
            pc += 1 + Opcode.cacheEntries(op);
        }
        return out;
    }

    static List<Integer> ops(CodeUnit c) {
        List<Integer> r = new ArrayList<>();
        for (Ins i : decode(c)) r.add(i.op);
        return r;
    }

    static CodeMeta meta(String... varnames) {
        CodeMeta m = new CodeMeta();
        m.name = m.qualname = "f";
        m.filename = "<test>";
        m.flags = CodeMeta.CO_OPTIMIZED | CodeMeta.CO_NEWLOCALS;
        m.consts.add(kiln.parser.ast.ConstantValue.NONE);
        m.varnames.addAll(List.of(varnames));
        return m;
    }

    static Loc line(int n) { return new Loc(n, 0, n, 1); }

    @Test
    public void backwardConditionalJumpIsInverted() {
        InstrSeq s = new InstrSeq();
        Label top = s.newLabel();
        s.emit(Opcode.RESUME, 0, line(1));
        s.bind(top);
        s.emit(Opcode.LOAD_FAST, 0, line(2));
        s.emitJump(Opcode.POP_JUMP_IF_TRUE, top, line(2));
        s.emit(Opcode.RETURN_CONST, 0, line(3));
        CodeMeta m = meta("x");
        m.argcount = 1;
        CodeUnit c = Assembler.assemble(s, m);
        assertEquals(List.of(Opcode.RESUME, Opcode.LOAD_FAST, Opcode.POP_JUMP_IF_FALSE, Opcode.JUMP_BACKWARD,
                Opcode.RETURN_CONST), ops(c));
        List<Ins> ins = decode(c);
        // POP_JUMP_IF_FALSE skips the JUMP_BACKWARD, which goes back to LOAD_FAST
        assertEquals(ins.get(4).offset, ins.get(2).offset + 1 + ins.get(2).arg);
        assertEquals(ins.get(1).offset, ins.get(3).offset + 1 + Opcode.cacheEntries(Opcode.JUMP_BACKWARD) - ins.get(3).arg);
        assertEquals(1, c.stacksize);
    }

    @Test
    public void longJumpsGetExtendedArg() {
        InstrSeq s = new InstrSeq();
        Label end = s.newLabel();
        s.emit(Opcode.RESUME, 0, line(1));
        s.emit(Opcode.LOAD_FAST, 0, line(1));
        s.emitJump(Opcode.POP_JUMP_IF_FALSE, end, line(1));
        for (int i = 0; i < 300; i++) {
            s.emit(Opcode.LOAD_FAST, 0, line(2));
            s.emit(Opcode.POP_TOP, 0, line(2));
        }
        s.bind(end);
        s.emit(Opcode.RETURN_CONST, 0, line(3));
        CodeMeta m = meta("x");
        m.argcount = 1;
        CodeUnit c = Assembler.assemble(s, m);
        List<Ins> ins = decode(c);
        Ins jump = ins.get(2);
        assertEquals(Opcode.POP_JUMP_IF_FALSE, jump.op);
        assertEquals(600, jump.arg);
        assertEquals(Opcode.EXTENDED_ARG, c.code[2 * (jump.offset - 1)] & 0xFF);
        assertEquals(ins.get(ins.size() - 1).offset, jump.offset + 1 + jump.arg);
    }

    @Test
    public void loadFastCheckOnlyWhereUnbound() {
        InstrSeq s = new InstrSeq();
        Label skip = s.newLabel();
        s.emit(Opcode.RESUME, 0, line(1));
        s.emit(Opcode.LOAD_FAST, 0, line(2));              // parameter: always bound
        s.emitJump(Opcode.POP_JUMP_IF_FALSE, skip, line(2));
        s.emit(Opcode.LOAD_CONST, 0, line(3));
        s.emit(Opcode.STORE_FAST, 1, line(3));
        s.bind(skip);
        s.emit(Opcode.LOAD_FAST, 1, line(4));              // maybe unbound
        s.emit(Opcode.POP_TOP, 0, line(4));
        s.emit(Opcode.LOAD_FAST, 1, line(5));              // checked just before: bound
        s.emit(Opcode.DELETE_FAST, 1, line(5));
        s.emit(Opcode.LOAD_FAST, 1, line(6));              // deleted
        s.emit(Opcode.RETURN_VALUE, 0, line(6));
        CodeMeta m = meta("p", "v");
        m.argcount = 1;
        List<Integer> o = ops(Assembler.assemble(s, m));
        assertEquals(List.of(Opcode.RESUME, Opcode.LOAD_FAST, Opcode.POP_JUMP_IF_FALSE, Opcode.LOAD_CONST,
                Opcode.STORE_FAST, Opcode.LOAD_FAST_CHECK, Opcode.POP_TOP, Opcode.LOAD_FAST, Opcode.DELETE_FAST,
                Opcode.LOAD_FAST_CHECK, Opcode.RETURN_VALUE), o);
    }

    @Test
    public void deadCodeIsDroppedAndDoesNotCount() {
        InstrSeq s = new InstrSeq();
        s.emit(Opcode.RESUME, 0, line(1));
        s.emit(Opcode.RETURN_CONST, 0, line(1));
        // unreachable, and would underflow the stack if analysed
        s.emit(Opcode.POP_TOP, 0, line(2));
        s.emit(Opcode.POP_TOP, 0, line(2));
        s.emit(Opcode.RETURN_VALUE, 0, line(2));
        CodeUnit c = Assembler.assemble(s, meta());
        assertEquals(List.of(Opcode.RESUME, Opcode.RETURN_CONST), ops(c));
        assertEquals(0, c.stacksize);
    }

    @Test
    public void exceptionTableFromSetupAndPopBlock() {
        // try: x = f() / except: pass  -- with one value below the protected range
        InstrSeq s = new InstrSeq();
        Label handler = s.newLabel(), cleanup = s.newLabel(), end = s.newLabel();
        s.emit(Opcode.RESUME, 0, line(1));
        s.emit(Opcode.LOAD_CONST, 0, line(1));             // stays on the stack: handler depth 1
        s.emitJump(Opcode.SETUP_FINALLY, handler, line(2));
        s.emit(Opcode.PUSH_NULL, 0, line(3));
        s.emit(Opcode.LOAD_FAST, 0, line(3));
        s.emit(Opcode.CALL, 0, line(3));
        s.emit(Opcode.STORE_FAST, 0, line(3));
        s.emit(Opcode.POP_BLOCK, 0, Loc.NONE);
        s.emitJump(Opcode.JUMP, end, line(3));
        s.bind(handler);
        s.emitJump(Opcode.SETUP_CLEANUP, cleanup, Loc.NONE);
        s.emit(Opcode.PUSH_EXC_INFO, 0, Loc.NONE);
        s.emit(Opcode.POP_TOP, 0, line(4));
        s.emit(Opcode.POP_BLOCK, 0, line(4));
        s.emit(Opcode.POP_EXCEPT, 0, line(5));
        s.emitJump(Opcode.JUMP, end, line(5));
        s.bind(cleanup);
        s.emit(Opcode.COPY, 3, Loc.NONE);
        s.emit(Opcode.POP_EXCEPT, 0, Loc.NONE);
        s.emit(Opcode.RERAISE, 1, Loc.NONE);
        s.bind(end);
        s.emit(Opcode.RETURN_VALUE, 0, line(6));
        CodeMeta m = meta("f");
        m.argcount = 1;
        CodeUnit c = Assembler.assemble(s, m);
        List<ExceptionTable.Entry> entries = ExceptionTable.decode(c.exceptiontable);
        assertEquals(2, entries.size(), entries.toString());
        List<Ins> ins = decode(c);
        ExceptionTable.Entry body = entries.get(0), h = entries.get(1);
        assertEquals(1, body.depth());
        assertFalse(body.lasti());
        assertEquals(Opcode.PUSH_EXC_INFO, opAt(ins, body.target()));
        assertEquals(2, h.depth());       // the value below + the exception pushed by PUSH_EXC_INFO's handler
        assertTrue(h.lasti());
        assertEquals(Opcode.COPY, opAt(ins, h.target()));
        assertFalse(ops(c).contains(Opcode.NOP) && ops(c).indexOf(Opcode.NOP) == 0);
        assertTrue(c.stacksize >= 5, "stacksize " + c.stacksize);
    }

    private static int opAt(List<Ins> ins, int offset) {
        for (Ins i : ins) if (i.offset == offset) return i.op;
        return -1;
    }

    @Test
    public void prologueAndCellLayout() {
        // def f(a, b): (a and c are cells, c is not a parameter; one free variable), a generator
        InstrSeq s = new InstrSeq();
        s.emit(Opcode.RESUME, 0, line(1));
        s.emit(Opcode.LOAD_DEREF, 0, line(2));   // cellvars[0] = a  -> shares a's slot 0
        s.emit(Opcode.LOAD_DEREF, 1, line(2));   // cellvars[1] = c  -> slot 2
        s.emit(Opcode.LOAD_DEREF, 2, line(2));   // freevars[0] = z  -> slot 3
        s.emit(Opcode.BUILD_TUPLE, 3, line(2));
        s.emit(Opcode.RETURN_VALUE, 0, line(2));
        CodeMeta m = meta("a", "b");
        m.argcount = 2;
        m.flags |= CodeMeta.CO_GENERATOR;
        m.cellvars.addAll(List.of("a", "c"));
        m.freevars.add("z");
        CodeUnit c = Assembler.assemble(s, m);
        assertArrayEquals(new String[] {"a", "b", "c", "z"}, c.localsplusnames);
        assertArrayEquals(new byte[] {0x60, 0x20, 0x40, (byte) 0x80}, c.localspluskinds);
        List<Ins> ins = decode(c);
        assertEquals(List.of(new Ins(0, Opcode.COPY_FREE_VARS, 1), new Ins(1, Opcode.MAKE_CELL, 0),
                new Ins(2, Opcode.MAKE_CELL, 2), new Ins(3, Opcode.RETURN_GENERATOR, 0), new Ins(4, Opcode.POP_TOP, 0),
                new Ins(5, Opcode.RESUME, 0)), ins.subList(0, 6));
        assertEquals(List.of(0, 2, 3), List.of(ins.get(6).arg, ins.get(7).arg, ins.get(8).arg));
        assertArrayEquals(new String[] {"a", "b"}, c.varnames());
        assertArrayEquals(new String[] {"a", "c"}, c.cellvars());
        assertArrayEquals(new String[] {"z"}, c.freevars());
    }

    @Test
    public void linesPropagateAndLocationsAreEncoded() {
        InstrSeq s = new InstrSeq();
        s.emit(Opcode.RESUME, 0, new Loc(10, -1, 10, -1));
        s.emit(Opcode.LOAD_CONST, 0, new Loc(11, 4, 11, 8));
        s.emit(Opcode.POP_TOP, 0, Loc.NONE);                      // inherits line 11
        s.emit(Opcode.RETURN_CONST, 0, Loc.NONE);
        CodeMeta m = meta();
        m.firstlineno = 10;
        CodeUnit c = Assembler.assemble(s, m);
        Loc[] locs = LocationTable.decode(c.linetable, 10, c.code.length / 2);
        assertEquals(10, locs[0].lineno());
        assertEquals(new Loc(11, 4, 11, 8), locs[1]);
        assertEquals(11, locs[2].lineno());
        assertEquals(11, locs[3].lineno());
    }

    @Test
    public void yieldValueArgumentIsHandlerDepth() {
        InstrSeq s = new InstrSeq();
        Label h = s.newLabel();
        s.emit(Opcode.RESUME, 0, line(1));
        s.emitJump(Opcode.SETUP_CLEANUP, h, Loc.NONE);
        s.emit(Opcode.LOAD_CONST, 0, line(2));
        s.emit(Opcode.YIELD_VALUE, 99, line(2));
        s.emit(Opcode.RESUME, 1, line(2));
        s.emit(Opcode.POP_TOP, 0, line(2));
        s.emit(Opcode.POP_BLOCK, 0, Loc.NONE);
        s.emit(Opcode.RETURN_CONST, 0, line(2));
        s.bind(h);
        s.emit(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_STOPITERATION_ERROR, Loc.NONE);
        s.emit(Opcode.RERAISE, 1, Loc.NONE);
        CodeMeta m = meta();
        m.flags |= CodeMeta.CO_GENERATOR;
        CodeUnit c = Assembler.assemble(s, m);
        for (Ins i : decode(c)) if (i.op == Opcode.YIELD_VALUE) assertEquals(1, i.arg);
        ExceptionTable.Entry e = ExceptionTable.decode(c.exceptiontable).get(0);
        assertEquals(0, e.depth());
        assertTrue(e.lasti());
        assertEquals(2, c.stacksize);
    }
}
