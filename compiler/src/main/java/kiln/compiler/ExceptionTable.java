package kiln.compiler;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The 3.12 exception table (co_exceptiontable, Objects/exception_handling_notes.txt): writer and reader.
 * Offsets and lengths are in code units (2 bytes). CPython 3.12: Python/assemble.c,
 * assemble_emit_exception_table_item / _entry.
 */
public final class ExceptionTable {
    /** One entry: instructions [start, end) go to `target` with the stack cut to `depth`, pushing lasti if asked. */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {}

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public void add(int start, int end, int target, int depth, boolean lasti) {
        if (end <= start || depth < 0) throw new IllegalArgumentException("bad exception table entry");
        item(start, 0x80);
        item(end - start, 0);
        item(target, 0);
        item((depth << 1) | (lasti ? 1 : 0), 0);
    }

    public byte[] toByteArray() { return out.toByteArray(); }

    private void item(int value, int msb) {
        // 6-bit groups, most significant first; 0x40 marks "more follows", 0x80 marks an entry's first byte
        if (value >= 1 << 24) { out.write((value >> 24) | 0x40 | msb); msb = 0; }
        if (value >= 1 << 18) { out.write(((value >> 18) & 0x3f) | 0x40 | msb); msb = 0; }
        if (value >= 1 << 12) { out.write(((value >> 12) & 0x3f) | 0x40 | msb); msb = 0; }
        if (value >= 1 << 6) { out.write(((value >> 6) & 0x3f) | 0x40 | msb); msb = 0; }
        out.write((value & 0x3f) | msb);
    }

    public static List<Entry> decode(byte[] table) {
        List<Entry> entries = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            int start = read(table, pos);
            int length = read(table, pos);
            int target = read(table, pos);
            int dl = read(table, pos);
            entries.add(new Entry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return entries;
    }

    private static int read(byte[] t, int[] pos) {
        int b = t[pos[0]++] & 0xFF;
        int val = b & 63;
        while ((b & 64) != 0) {
            b = t[pos[0]++] & 0xFF;
            val = (val << 6) | (b & 63);
        }
        return val;
    }

    /** Finds the handler entry for code unit `offset`, or null (what the interpreter does on an exception). */
    public static Entry find(List<Entry> entries, int offset) {
        for (Entry e : entries) if (offset >= e.start && offset < e.end) return e;
        return null;
    }
}
