package kiln.runtime.main;

import java.nio.charset.StandardCharsets;

import kiln.parser.Parser;
import kiln.parser.ast.BinOp;
import kiln.parser.ast.Expr;
import kiln.parser.ast.ModNode;
import kiln.parser.ast.Subscript;

/**
 * The {@code ^^^^} line under a traceback's source line (CPython 3.12: Python/traceback.c, tb_displayline and
 * extract_anchors_from_line): '^' under the failing instruction's range, or '~' with '^' under the operator of a
 * binary operation or the brackets of a subscript. Null when CPython prints no such line.
 */
final class CaretLine {
    private CaretLine() {}

    private static boolean isWs(char c) { return c == ' ' || c == '\t' || c == '\f'; }

    /** @param line the source line without its newline; columns are UTF-8 byte offsets as in co_positions(). */
    static String carets(String line, int lineno, int startLine, int endLine, int startCol, int endCol) {
        if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return null;
        int indent = 0;
        while (indent < line.length() && isWs(line.charAt(indent))) indent++;
        int start = charOffset(line, startCol), end = charOffset(line, endCol);
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        if (startLine == endLine) {
            int[] anchors = anchors(line.substring(Math.min(start, line.length()), Math.min(Math.max(start, end), line.length())));
            if (anchors != null) {
                leftEnd = anchors[0] + start;
                rightStart = anchors[1] + start;
                primary = '~';
                secondary = '^';
            }
        } else {
            int i = line.length();
            while (--i >= 0 && isWs(line.charAt(i))) { }
            end = i + 1;
        }
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == line.length() - indent && !secondaryRanges) return null;
        StringBuilder sb = new StringBuilder();
        for (int off = indent + 1; off <= end; off++) {
            if (off <= start) sb.append(' ');
            else if (secondaryRanges && leftEnd < off && off <= rightStart) sb.append(secondary);
            else sb.append(primary);
        }
        return sb.toString();
    }

    /** CPython's _PyPegen_byte_offset_to_character_offset: UTF-8 byte column to character column. */
    static int charOffset(String line, int byteCol) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (byteCol > b.length) return line.codePointCount(0, line.length()) + (byteCol - b.length);
        String prefix = new String(b, 0, byteCol, StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length());
    }

    /** {leftEnd, rightStart} as character offsets within the segment, or null. */
    private static int[] anchors(String segment) {
        ModNode mod;
        try {
            mod = Parser.parse(segment, "<string>", Parser.Mode.EXEC);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(mod instanceof kiln.parser.ast.Module m) || m.body.size() != 1 || !(m.body.get(0) instanceof Expr e)) return null;
        byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
        int left, right;
        if (e.value instanceof BinOp b) {
            left = -1;
            right = -1;
            for (int i = b.left.endColOffset; i < b.right.colOffset && i < seg.length; i++) {
                char c = (char) (seg[i] & 0xff);
                if (isWs(c)) continue;
                left = i;
                right = i + 1;
                if (i + 1 < b.right.colOffset && i + 1 < seg.length && !isWs((char) (seg[i + 1] & 0xff))) right++;
                break;
            }
            if (left < 0) return null;
        } else if (e.value instanceof Subscript s) {
            left = s.value.endColOffset;
            right = s.slice.endColOffset + 1;
        } else {
            return null;
        }
        return new int[] {charOffset(segment, Math.min(left, seg.length)), charOffset(segment, Math.min(right, seg.length))};
    }
}
