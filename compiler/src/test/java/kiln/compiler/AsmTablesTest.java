package kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the assembler's encoders and decoders against what CPython 3.12 itself produces and decodes
 * (asm_tables_expected.txt, recorded by gen_asm_tables.py): location tables against co_positions(),
 * exception tables against dis._parse_exception_table, stack effects against opcode.stack_effect.
 */
public class AsmTablesTest {

    record CodeCase(String name, int firstlineno, int units, byte[] linetable, List<Loc> positions,
                    byte[] exctable, List<ExceptionTable.Entry> entries) {}

    static List<String> lines() throws IOException {
        try (InputStream in = AsmTablesTest.class.getResourceAsStream("asm_tables_expected.txt")) {
            if (in == null) throw new IOException("asm_tables_expected.txt not on the classpath");
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    static List<CodeCase> codeCases() throws IOException {
        List<CodeCase> out = new ArrayList<>();
        String name = null;
        int first = 0, units = 0;
        byte[] lt = null, et = null;
        List<Loc> pos = null;
        List<ExceptionTable.Entry> entries = null;
        HexFormat hex = HexFormat.of();
        for (String line : lines()) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "CODE" -> {
                    if (name != null) out.add(new CodeCase(name, first, units, lt, pos, et, entries));
                    name = f[1];
                    first = Integer.parseInt(f[2]);
                    units = Integer.parseInt(f[3]);
                    pos = new ArrayList<>();
                    entries = new ArrayList<>();
                }
                case "LINETABLE" -> lt = hex.parseHex(f.length > 1 ? f[1] : "");
                case "EXCTABLE" -> et = hex.parseHex(f.length > 1 ? f[1] : "");
                case "POS" -> pos.add(new Loc(Integer.parseInt(f[1]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[2]), Integer.parseInt(f[4])));
                case "EXC" -> entries.add(new ExceptionTable.Entry(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5].equals("1")));
                default -> { }
            }
        }
        if (name != null) out.add(new CodeCase(name, first, units, lt, pos, et, entries));
        return out;
    }

    /** -1 columns with a line are "no column" entries; CPython reports no location as all None. */
    private static Loc normalize(Loc l) {
        return l.lineno() < 0 ? Loc.NONE : l;
    }

    @Test
    public void locationTableDecodesLikeCoPositions() throws IOException {
        List<CodeCase> cases = codeCases();
        assertTrue(cases.size() > 20);
        for (CodeCase c : cases) {
            Loc[] got = LocationTable.decode(c.linetable, c.firstlineno, c.units);
            for (int i = 0; i < c.units; i++)
                assertEquals(normalize(c.positions.get(i)), normalize(got[i]), c.name + " code unit " + i);
        }
    }

    @Test
    public void locationTableEncodesLikeCPython() throws IOException {
        for (CodeCase c : codeCases()) {
            // CPython writes one entry per run of instructions with the same location: rebuild the runs
            LocationTable t = new LocationTable(c.firstlineno);
            Loc[] decoded = LocationTable.decode(c.linetable, c.firstlineno, c.units);
            int i = 0;
            while (i < c.units) {
                int j = i;
                while (j < c.units && decoded[j].equals(decoded[i])) j++;
                t.add(decoded[i], j - i);
                i = j;
            }
            assertEquals(HexFormat.of().formatHex(c.linetable), HexFormat.of().formatHex(t.toByteArray()), c.name);
        }
    }

    @Test
    public void exceptionTableRoundTrips() throws IOException {
        for (CodeCase c : codeCases()) {
            assertEquals(c.entries, ExceptionTable.decode(c.exctable), c.name);
            ExceptionTable t = new ExceptionTable();
            for (ExceptionTable.Entry e : c.entries) t.add(e.start(), e.end(), e.target(), e.depth(), e.lasti());
            assertEquals(HexFormat.of().formatHex(c.exctable), HexFormat.of().formatHex(t.toByteArray()), c.name);
        }
    }

    @Test
    public void largeValuesRoundTrip() {
        ExceptionTable t = new ExceptionTable();
        t.add(5, 70000, (1 << 25) + 3, 4100, true);
        t.add(70000, 70001, 63, 0, false);
        assertEquals(List.of(new ExceptionTable.Entry(5, 70000, (1 << 25) + 3, 4100, true),
                new ExceptionTable.Entry(70000, 70001, 63, 0, false)), ExceptionTable.decode(t.toByteArray()));
        LocationTable lt = new LocationTable(1);
        Loc a = new Loc(100000, 300, 100010, 5), b = new Loc(3, -1, 3, -1), c = new Loc(4, 7, 4, 9);
        lt.add(a, 9);
        lt.add(b, 1);
        lt.add(Loc.NONE, 2);
        lt.add(c, 1);
        Loc[] got = LocationTable.decode(lt.toByteArray(), 1, 13);
        for (int i = 0; i < 9; i++) assertEquals(a, got[i]);
        assertEquals(b, got[9]);
        assertEquals(Loc.NONE, got[10]);
        assertEquals(c, got[12]);
    }

    @Test
    public void stackEffectsMatchCPython() throws IOException {
        int n = 0;
        for (String line : lines()) {
            if (!line.startsWith("STACK ")) continue;
            String[] f = line.split(" ");
            int op = Integer.parseInt(f[1]), arg = Integer.parseInt(f[2]);
            assertEquals(Integer.parseInt(f[3]), StackEffect.of(op, arg, false), Opcode.name(op) + " " + arg);
            assertEquals(Integer.parseInt(f[4]), StackEffect.of(op, arg, true), Opcode.name(op) + " " + arg + " jump");
            n++;
        }
        assertTrue(n > 500, "too few stack effect cases: " + n);
    }

    /** Runs the checks without a JUnit launcher. */
    public static void main(String[] args) throws Exception {
        AsmTablesTest t = new AsmTablesTest();
        t.locationTableDecodesLikeCoPositions();
        t.locationTableEncodesLikeCPython();
        t.exceptionTableRoundTrips();
        t.largeValuesRoundTrip();
        t.stackEffectsMatchCPython();
        System.out.println("asm tables: all checks passed");
    }
}
