package kiln.parser;

import kiln.parser.ast.ExprNode;
import kiln.parser.ast.Keyword;

/** The result of the {@code arguments} rule: a call's (or a class's bases') positional and keyword arguments. */
record CallArgs(java.util.List<ExprNode> args, java.util.List<Keyword> keywords) {
}
