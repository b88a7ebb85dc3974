package kiln.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kiln.parser.Parser;
import kiln.parser.ParserLimitError;
import kiln.parser.PySyntaxError;
import kiln.parser.ast.ModNode;

/**
 * {@code kiln -X dump-ast FILE...}: one line per file, {@code FILE<TAB>DUMP} where DUMP is CPython 3.12's
 * {@code ast.dump(ast.parse(source, FILE), include_attributes=True)}, or {@code FILE<TAB>!ErrorName:LINE}.
 */
final class DumpAst {
    private DumpAst() {}

    static int run(List<String> files, Writer out, PrintStream err) throws IOException {
        int failures = 0;
        StringBuilder line = new StringBuilder(1 << 16);
        for (String file : files) {
            line.setLength(0);
            line.append(file).append('\t');
            try {
                byte[] bytes = Files.readAllBytes(Path.of(file));
                ModNode tree = Parser.parseFile(bytes, file);
                line.append(tree.dump());
            } catch (PySyntaxError e) {
                line.append('!').append(e.errorType).append(':').append(e.lineno);
                failures++;
            } catch (ParserLimitError e) {
                line.append('!').append(e.pythonType).append(":0");
                failures++;
            } catch (IOException e) {
                line.append("!OSError:0");
                failures++;
            } catch (RuntimeException | StackOverflowError e) {
                // A Kiln bug: say so as Python would (SystemError), with the Java cause on stderr.
                line.append("!SystemError:0");
                err.println("kiln: SystemError while parsing " + file + ": " + e);
                failures++;
            }
            line.append('\n');
            out.append(line);
        }
        out.flush();
        return failures;
    }
}
