package kiln.runtime.main;

import kiln.parser.PySyntaxError;

/**
 * Prints a SyntaxError as CPython 3.12's top-level handler does: the file and line, the source line
 * without its indentation, a caret line when the offset falls inside the text, then "Type: message".
 */
public final class SyntaxErrorFormat {
    private SyntaxErrorFormat() {}

    // CPython 3.12: Python/pythonrun.c, print_exception_file_and_line and print_error_text
    public static String format(PySyntaxError e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(e.filename == null ? "<string>" : e.filename).append("\", line ")
          .append(e.lineno).append('\n');
        if (e.text != null) {
            appendSourceAndCarets(sb, e);
        }
        sb.append(e.errorType).append(": ").append(e.msg).append('\n');
        return sb.toString();
    }

    private static void appendSourceAndCarets(StringBuilder sb, PySyntaxError e) {
        String text = e.text;
        int offset = e.offset - 1;
        int endOffset = e.endOffset - 1;
        // CPython 3.12 marks an IndentationError (TabError included) with a single caret.
        boolean single = !e.errorType.equals("SyntaxError");
        if (single || e.endLineno > e.lineno || e.endOffset <= 0 || e.endOffset <= e.offset) {
            endOffset = offset + 1;
        }
        int strip = 0;
        while (strip < text.length() && " \t\f".indexOf(text.charAt(strip)) >= 0) strip++;
        String line = text.substring(strip);
        int len = line.length();
        if (len > 0 && line.charAt(len - 1) == '\n') len--;
        line = line.substring(0, len);
        offset -= strip;
        endOffset -= strip;
        sb.append("    ").append(line).append('\n');
        if (offset < 0 || e.offset <= 0) {
            return;
        }
        sb.append("    ");
        // The offsets count code points; the line is UTF-16.
        for (int k = 0; k < offset; k++) sb.append(' ');
        int carets = Math.max(1, endOffset - offset);
        for (int k = 0; k < carets; k++) sb.append('^');
        sb.append('\n');
    }
}
