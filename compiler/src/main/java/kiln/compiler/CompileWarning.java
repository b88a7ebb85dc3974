package kiln.compiler;

/** A warning found while compiling, e.g. category "SyntaxWarning"; col is 0-based UTF-8 byte column. */
public record CompileWarning(String category, String message, int lineno, int col) {}
