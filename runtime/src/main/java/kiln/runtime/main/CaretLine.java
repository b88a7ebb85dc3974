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

    private static boolean isWs(int c) { return c == ' ' || c == '\t' || c == '\f'; }

    /** @param line the source line without its newline; columns are UTF-8 byte offsets as in co_positions(). */
    static String carets(String line, int lineno, int startLine, int endLine, int startCol, int endCol) {
        if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return null;
        int[] cps = line.codePoints().toArray();
        int indent = 0;
        while (indent < cps.length && isWs(cps[indent])) indent++;
        int start = charOffset(line, startCol), end = charOffset(line, endCol);
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        if (startLine == endLine) {
            int from = Math.min(start, cps.length), to = Math.min(Math.max(start, end), cps.length);
            int[] anchors = anchors(new String(cps, from, to - from));
            if (anchors != null) {
                leftEnd = anchors[0] + start;
                rightStart = anchors[1] + start;
                primary = '~';
                secondary = '^';
            }
        } else {
            // A multi-line range is highlighted up to the last non-whitespace character of its first line.
            int i = cps.length;
            while (--i >= 0 && isWs(cps[i])) { }
            end = i + 1;
        }
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == cps.length - indent && !secondaryRanges) return null;
        // CPython 3.12 places the carets in display cells: wide and fullwidth characters take two.
        start = cells(line, start);
        end = cells(line, end);
        if (secondaryRanges) {
            leftEnd = cells(line, leftEnd);
            rightStart = cells(line, rightStart);
        }
        StringBuilder sb = new StringBuilder();
        for (int off = indent + 1; off <= end; off++) {
            if (off <= start) sb.append(' ');
            else if (secondaryRanges && leftEnd < off && off <= rightStart) sb.append(secondary);
            else sb.append(primary);
        }
        return sb.toString();
    }

    /** The display width of the first {@code cpOffset} code points of {@code line} (past its end: one cell each). */
    static int cells(String line, int cpOffset) {
        int width = 0, i = 0, n = 0;
        while (n < cpOffset && i < line.length()) {
            int cp = line.codePointAt(i);
            width += WideChars.isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
            n++;
        }
        return width + (cpOffset - n);
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
            int rightCol = Math.min(b.right.colOffset, seg.length);
            for (int i = b.left.endColOffset; i < rightCol; i++) {
                if (isWs(seg[i])) continue;
                left = i;
                right = i + 1;
                if (i + 1 < rightCol && !isWs(seg[i + 1])) right++;  // a two-character operator such as //
                if (i + 1 < rightCol && seg[i] == ')') continue;    // a closing parenthesis of the left operand
                break;
            }
            if (left < 0) return null;
        } else if (e.value instanceof Subscript s) {
            // From the end of the value to its '[', and from the end of the slice to just past its ']'.
            left = s.value.endColOffset;
            right = s.slice.endColOffset + 1;
            while (left < seg.length && seg[left] != '[') left++;
            while (right < seg.length && seg[right] != ']') right++;
            if (right < seg.length) right++;
        } else {
            return null;
        }
        return new int[] {charOffset(segment, Math.min(left, seg.length)), charOffset(segment, Math.min(right, seg.length))};
    }
}
