package kiln.compiler.tools;

import java.util.ArrayList;
import java.util.List;
import kiln.compiler.CodeUnit;
import kiln.compiler.ConstFrozenset;
import kiln.compiler.ConstTuple;
import kiln.compiler.ExceptionTable;
import kiln.compiler.Loc;
import kiln.compiler.LocationTable;
import kiln.compiler.Opcode;
import kiln.parser.ast.ConstantRepr;

/** A listing in the spirit of CPython's dis.dis (not byte-identical): code objects, instructions, handlers. */
public final class Disassembler {
    private Disassembler() {}

    public static String listing(CodeUnit code) {
        StringBuilder sb = new StringBuilder();
        List<CodeUnit> todo = new ArrayList<>();
        todo.add(code);
        for (int k = 0; k < todo.size(); k++) {
            CodeUnit c = todo.get(k);
            if (k > 0) sb.append("\nDisassembly of ").append(c).append(":\n");
            one(c, sb);
            for (Object o : c.consts) if (o instanceof CodeUnit cu) todo.add(cu);
        }
        return sb.toString();
    }

    private static void one(CodeUnit c, StringBuilder sb) {
        sb.append("# stacksize=").append(c.stacksize).append(" flags=0x").append(Integer.toHexString(c.flags))
                .append(" argcount=").append(c.argcount).append(" posonly=").append(c.posonlyargcount)
                .append(" kwonly=").append(c.kwonlyargcount).append('\n');
        sb.append("# localsplus:");
        for (int i = 0; i < c.localsplusnames.length; i++)
            sb.append(' ').append(c.localsplusnames[i]).append("/0x").append(Integer.toHexString(c.localspluskinds[i] & 0xFF));
        sb.append('\n');
        int units = c.code.length / 2;
        Loc[] locs = LocationTable.decode(c.linetable, c.firstlineno, units);
        int lastLine = Integer.MIN_VALUE;
        int ext = 0;
        for (int pc = 0; pc < units; ) {
            int op = c.code[2 * pc] & 0xFF;
            int arg = (c.code[2 * pc + 1] & 0xFF) | ext;
            int line = locs[pc].lineno();
            String lineCol = line != lastLine ? String.format("%4s", line < 0 ? "None" : String.valueOf(line)) : "    ";
            lastLine = line;
            sb.append(lineCol).append(String.format(" %6d %-28s", pc * 2, Opcode.name(op)));
            if (Opcode.hasArg(op)) sb.append(String.format("%5d", arg)).append(argRepr(c, op, arg, pc));
            sb.append('\n');
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            pc += 1 + Opcode.cacheEntries(op);
        }
        List<ExceptionTable.Entry> entries = ExceptionTable.decode(c.exceptiontable);
        if (!entries.isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : entries)
                sb.append(String.format("  %d to %d -> %d [%d]%s%n", e.start() * 2, e.end() * 2, e.target() * 2,
                        e.depth(), e.lasti() ? " lasti" : ""));
        }
    }

    private static String argRepr(CodeUnit c, int op, int arg, int pc) {
        try {
            if (op == Opcode.LOAD_CONST || op == Opcode.RETURN_CONST || op == Opcode.KW_NAMES)
                return " (" + constRepr(c.consts[arg]) + ")";
            if (op == Opcode.LOAD_GLOBAL) return " (" + ((arg & 1) != 0 ? "NULL + " : "") + c.names[arg >> 1] + ")";
            if (op == Opcode.LOAD_ATTR) return " (" + ((arg & 1) != 0 ? "NULL|self + " : "") + c.names[arg >> 1] + ")";
            if (op == Opcode.LOAD_SUPER_ATTR) return " (" + c.names[arg >> 2] + ")";
            if (Opcode.hasName(op)) return " (" + c.names[arg] + ")";
            if (Opcode.hasLocal(op) || Opcode.hasFree(op)) return " (" + c.localsplusnames[arg] + ")";
            if (op == Opcode.BINARY_OP) return " (" + binopName(arg) + ")";
            if (op == Opcode.COMPARE_OP) return " (" + Opcode.CMP_OP[arg >> 4] + ")";
            if (op == Opcode.JUMP_BACKWARD || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT)
                return " (to " + 2 * (pc + 1 + Opcode.cacheEntries(op) - arg) + ")";
            if (Opcode.isJump(op)) return " (to " + 2 * (pc + 1 + Opcode.cacheEntries(op) + arg) + ")";
        } catch (RuntimeException e) {
            return " (?)";
        }
        return "";
    }

    private static final String[] NB = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

    private static String binopName(int arg) { return arg >= 0 && arg < NB.length ? NB[arg] : "?"; }

    static String constRepr(Object o) {
        if (o instanceof CodeUnit cu) return cu.toString();
        if (o instanceof ConstTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items().length; i++) sb.append(i > 0 ? ", " : "").append(constRepr(t.items()[i]));
            return sb.append(t.items().length == 1 ? ",)" : ")").toString();
        }
        if (o instanceof ConstFrozenset f) {
            StringBuilder sb = new StringBuilder("frozenset({");
            for (int i = 0; i < f.items().length; i++) sb.append(i > 0 ? ", " : "").append(constRepr(f.items()[i]));
            return sb.append("})").toString();
        }
        try {
            return ConstantRepr.repr(o);
        } catch (RuntimeException | Error e) {
            return String.valueOf(o);
        }
    }
}
