package kiln.compiler;

import java.io.ByteArrayOutputStream;

/**
 * The 3.12 location table (co_linetable, Objects/locations.md): writer and reader.
 * CPython 3.12: Python/assemble.c, write_location_info_entry and helpers.
 */
public final class LocationTable {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int lineno;

    static final int SHORT0 = 0, ONE_LINE0 = 10, NO_COLUMNS = 13, LONG = 14, NONE = 15;

    public LocationTable(int firstlineno) { this.lineno = firstlineno; }

    /** Adds `size` code units (instructions with their caches) that share one location. */
    public void add(Loc loc, int size) {
        while (size > 8) {
            entry(loc, 8);
            size -= 8;
        }
        if (size > 0) entry(loc, size);
    }

    public byte[] toByteArray() { return out.toByteArray(); }

    private void firstByte(int code, int length) { out.write(0x80 | (code << 3) | (length - 1)); }

    private void varint(int val) {
        while (val >= 64) {
            out.write(64 | (val & 63));
            val >>>= 6;
        }
        out.write(val);
    }

    private void svarint(int val) { varint(val < 0 ? ((-val) << 1) | 1 : val << 1); }

    private void entry(Loc loc, int size) {
        if (loc.lineno() < 0) {
            firstByte(NONE, size);
            return;
        }
        int lineDelta = loc.lineno() - lineno;
        int column = loc.col(), endColumn = loc.endCol();
        if (column < 0 || endColumn < 0) {
            if (loc.endLineno() == loc.lineno() || loc.endLineno() == -1) {
                firstByte(NO_COLUMNS, size);
                svarint(lineDelta);
                lineno = loc.lineno();
                return;
            }
        } else if (loc.endLineno() == loc.lineno()) {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                firstByte(SHORT0 + (column >> 3), size);
                out.write(((column & 7) << 4) | (endColumn - column));
                return;
            }
            if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                firstByte(ONE_LINE0 + lineDelta, size);
                out.write(column);
                out.write(endColumn);
                lineno = loc.lineno();
                return;
            }
        }
        firstByte(LONG, size);
        svarint(lineDelta);
        varint(loc.endLineno() - loc.lineno());
        varint(column + 1);
        varint(endColumn + 1);
        lineno = loc.lineno();
    }

    /**
     * Decodes a table into one location per code unit, as co_positions() reports them (absent values are -1;
     * CPython shows them as None).
     */
    public static Loc[] decode(byte[] table, int firstlineno, int codeUnits) {
        Loc[] result = new Loc[codeUnits];
        int line = firstlineno;
        int pc = 0;
        int[] pos = {0};
        while (pos[0] < table.length && pc < codeUnits) {
            int first = table[pos[0]++] & 0xFF;
            int code = (first >> 3) & 15;
            int length = (first & 7) + 1;
            Loc loc;
            if (code == NONE) {
                loc = Loc.NONE;
            } else if (code == LONG) {
                line += readSvarint(table, pos);
                int endLine = line + readVarint(table, pos);
                int col = readVarint(table, pos) - 1;
                int endCol = readVarint(table, pos) - 1;
                loc = new Loc(line, col, endLine, endCol);
            } else if (code == NO_COLUMNS) {
                line += readSvarint(table, pos);
                loc = new Loc(line, -1, line, -1);
            } else if (code >= ONE_LINE0) {
                line += code - ONE_LINE0;
                int col = table[pos[0]++] & 0xFF;
                int endCol = table[pos[0]++] & 0xFF;
                loc = new Loc(line, col, line, endCol);
            } else {
                int second = table[pos[0]++] & 0xFF;
                int col = code * 8 + (second >> 4);
                loc = new Loc(line, col, line, col + (second & 15));
            }
            for (int i = 0; i < length && pc < codeUnits; i++) result[pc++] = loc;
        }
        while (pc < codeUnits) result[pc++] = Loc.NONE;
        return result;
    }

    static int readVarint(byte[] t, int[] pos) {
        int b = t[pos[0]++] & 0xFF;
        int val = b & 63;
        int shift = 0;
        while ((b & 64) != 0) {
            b = t[pos[0]++] & 0xFF;
            shift += 6;
            val |= (b & 63) << shift;
        }
        return val;
    }

    static int readSvarint(byte[] t, int[] pos) {
        int u = readVarint(t, pos);
        return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
    }
}
