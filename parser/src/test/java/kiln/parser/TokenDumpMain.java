package kiln.parser;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the token stream of each file named on stdin (one path a line) the way CPython 3.12's
 * {@code tokenize.tokenize} reports it, for tests/parser/compare_tokens.py. One JVM for all files.
 *
 * <p>Output per file: {@code = PATH}, then one line per token {@code TYPE \t STRING \t L,C \t L,C}
 * (exact operator types, character columns, the string with {@code \\}, {@code \n}, {@code \r},
 * {@code \t} escaped), or a line {@code ! ErrorType \t LINENO \t MSG} when the file is rejected.
 * The conversions are those of CPython 3.12's Python/Python-tokenize.c in extra-tokens mode.
 * With the argument {@code --parser-tokens} it prints the tokens its parser sees instead, as
 * {@code _tokenize.TokenizerIter(readline, extra_tokens=False)} reports them.
 */
public final class TokenDumpMain {
    private TokenDumpMain() {}

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder sb = new StringBuilder(1 << 16);
        boolean extra = !(args.length > 0 && args[0].equals("--parser-tokens"));
        for (String path = in.readLine(); path != null; path = in.readLine()) {
            if (path.isEmpty()) {
                continue;
            }
            sb.setLength(0);
            sb.append("= ").append(path).append('\n');
            dump(Files.readAllBytes(Path.of(path)), path, sb, extra);
            out.append(sb);
        }
        out.flush();
    }

    static void dump(byte[] bytes, String path, StringBuilder sb, boolean extra) {
        try {
            checkFirstLines(bytes, path);
            // tokenize decodes line by line with the "replace" error handler, not as the parser does
            String text = Utf8Codec.replaceEscapes(SourceDecoder.decode(bytes, path));
            boolean implicitNewline = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
            Source source = Source.of(text, true);
            Tokenizer tokenizer = new Tokenizer(source, path, extra);
            int lastLine = source.lineCount();
            while (true) {
                Token t = tokenizer.next();
                appendToken(sb, source, t, extra, implicitNewline && t.lineno == lastLine);
                if (t.type == TokenType.ENDMARKER) {
                    break;
                }
            }
        } catch (PySyntaxError e) {
            sb.append("! ").append(e.errorType).append('\t').append(e.lineno).append('\t');
            escape(sb, e.msg);
            sb.append('\n');
        }
    }

    private static void appendToken(StringBuilder sb, Source source, Token t, boolean extra,
                                    boolean onImplicitNewlineLine) {
        String text = t.text;
        int line = t.lineno;
        int endLine = t.endLineno;
        int col;
        int endCol;
        boolean trailing = extra && (t.type == TokenType.ENDMARKER
                || (t.type == TokenType.DEDENT && t.start == source.text().length()));
        if (!extra && t.colOffset < 0) {
            col = endCol = -1;
        } else if (trailing) {
            line = endLine = line + 1;
            col = endCol = 0;
            text = "";
        } else {
            int ls = source.lineStart(line);
            col = t.start >= ls ? source.codePoints(ls, t.start) : -1;
            int els = source.lineStart(endLine);
            endCol = t.end >= els ? source.codePoints(els, t.end) : -1;
            if (line != endLine && (t.type == TokenType.STRING || t.type == TokenType.FSTRING_MIDDLE)) {
                // CPython 3.12.1 converts the end column with the text from the token's first line.
                endCol = Source.byteOffsetToCharOffset(source.text().substring(ls), source.utf8Length(els, t.end));
            }
            if (!extra) {
                // no adjustments
            } else if (t.type == TokenType.NEWLINE) {
                text = onImplicitNewlineLine ? "" : "\n";
                endCol++;
            } else if (t.type == TokenType.NL && onImplicitNewlineLine) {
                text = "";
            }
        }
        sb.append(t.type.name()).append('\t');
        escape(sb, text);
        sb.append('\t').append(line).append(',').append(col).append('\t').append(endLine).append(',').append(endCol)
                .append('\n');
    }

    /**
     * tokenize.detect_encoding reads line 1 (and line 2 after a blank or comment line) as UTF-8
     * before anything else and refuses the file when that fails, unless a cookie came first.
     * CPython 3.12: Lib/tokenize.py, detect_encoding.
     */
    private static void checkFirstLines(byte[] bytes, String path) {
        byte[] b = SourceDecoder.translateNewlineBytes(bytes);
        int start = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        for (int line = 0; line < 2 && start < b.length; line++) {
            int end = start;
            while (end < b.length && b[end] != '\n') end++;
            end = Math.min(end + 1, b.length);
            if (Utf8Codec.firstError(b, start, end) != null) {
                throw new PySyntaxError("SyntaxError", "invalid or missing encoding declaration", path, 0, 0, 0, 0, null);
            }
            if (SourceDecoder.findCookie(b, start) != null) {
                return;
            }
            int i = start;
            while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) i++;
            if (i < end && b[i] != '#' && b[i] != '\n') {
                return; // code on line 1: line 2 is not looked at
            }
            start = end;
        }
    }

    static void escape(StringBuilder sb, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
    }
}
