package org.lexbench.indicator.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexbench.indicator.expression.Expression.And;
import org.lexbench.indicator.expression.Expression.Comparison;
import org.lexbench.indicator.expression.Expression.Membership;
import org.lexbench.indicator.expression.Expression.Not;
import org.lexbench.indicator.expression.Expression.Or;
import org.lexbench.indicator.expression.Literal.NumberLiteral;
import org.lexbench.indicator.expression.Literal.TextLiteral;

/**
 * Parses the filter language of DESIGN.md, the one place rules are read:
 *
 * <pre>
 * rule       := or
 * or         := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | "(" rule ")" | comparison
 * comparison := NAME op literal | NAME ["not"] "in" "(" literal ("," literal)* ")"
 * op         := = | == | != | &lt;&gt; | &lt; | &lt;= | &gt; | &gt;=
 * literal    := NUMBER ["%"] | 'text' | "text" | ‘text’ | “text”
 * </pre>
 *
 * Keywords ignore case; full-width operators, parentheses and commas typed with a Chinese input
 * method are accepted. Errors carry the column (from 1) of the offending character.
 */
public final class ExpressionParser {

	private enum Kind {
		NAME, NUMBER, TEXT, OPERATOR, OPEN, CLOSE, COMMA, AND, OR, NOT, IN, END
	}

	private record Token(Kind kind, String text, int column) {
	}

	private final List<Token> tokens;

	private int position;

	private ExpressionParser(List<Token> tokens) {
		this.tokens = tokens;
	}

	/** Parses one rule; throws {@link ExpressionSyntaxException} naming the column. */
	public static Expression parse(String rule) {
		List<Token> tokens = tokenize(rule);
		if (tokens.size() == 1) {
			throw new ExpressionSyntaxException(1, "expr.empty");
		}
		ExpressionParser parser = new ExpressionParser(tokens);
		Expression expression = parser.or();
		Token next = parser.peek();
		if (next.kind != Kind.END) {
			throw parser.unexpected(next, "expr.expected.end");
		}
		return expression;
	}

	private Expression or() {
		Expression left = and();
		while (peek().kind == Kind.OR) {
			this.position++;
			left = new Or(left, and());
		}
		return left;
	}

	private Expression and() {
		Expression left = unary();
		while (peek().kind == Kind.AND) {
			this.position++;
			left = new And(left, unary());
		}
		return left;
	}

	private Expression unary() {
		Token token = peek();
		if (token.kind == Kind.NOT) {
			this.position++;
			return new Not(unary());
		}
		if (token.kind == Kind.OPEN) {
			this.position++;
			Expression inner = or();
			expect(Kind.CLOSE, "expr.expected.close");
			return inner;
		}
		if (token.kind == Kind.NAME) {
			return comparison();
		}
		throw unexpected(token, "expr.expected.condition");
	}

	private Expression comparison() {
		Token name = next();
		Token token = peek();
		boolean negated = false;
		if (token.kind == Kind.NOT) {
			this.position++;
			negated = true;
			token = peek();
			if (token.kind != Kind.IN) {
				throw unexpected(token, "expr.expected.in");
			}
		}
		if (token.kind == Kind.IN) {
			this.position++;
			expect(Kind.OPEN, "expr.expected.open");
			List<Literal> literals = new ArrayList<>();
			literals.add(literal());
			while (peek().kind == Kind.COMMA) {
				this.position++;
				literals.add(literal());
			}
			expect(Kind.CLOSE, "expr.expected.close");
			boolean numbers = literals.get(0) instanceof NumberLiteral;
			for (Literal l : literals) {
				if ((l instanceof NumberLiteral) != numbers) {
					throw new ExpressionSyntaxException(name.column, "expr.mixed-list", name.text);
				}
			}
			return new Membership(name.text, negated, literals, name.column);
		}
		if (token.kind != Kind.OPERATOR) {
			throw unexpected(token, "expr.expected.operator");
		}
		this.position++;
		Operator operator = operator(token.text);
		Token valueToken = peek();
		Literal literal = literal();
		if (operator.ordering() && literal instanceof TextLiteral) {
			throw new ExpressionSyntaxException(valueToken.column, "expr.ordering-needs-number", operator.symbol());
		}
		return new Comparison(name.text, operator, literal, name.column);
	}

	private Literal literal() {
		Token token = next();
		if (token.kind == Kind.NUMBER) {
			String digits = token.text.endsWith("%") ? token.text.substring(0, token.text.length() - 1) : token.text;
			double value = Double.parseDouble(digits);
			if (!Double.isFinite(value)) {
				throw new ExpressionSyntaxException(token.column, "expr.bad-number", token.text);
			}
			return new NumberLiteral(value);
		}
		if (token.kind == Kind.TEXT) {
			return new TextLiteral(token.text);
		}
		this.position--;
		throw unexpected(token, "expr.expected.value");
	}

	private static Operator operator(String symbol) {
		return switch (symbol) {
			case "=", "==" -> Operator.EQ;
			case "!=", "<>" -> Operator.NE;
			case "<" -> Operator.LT;
			case "<=" -> Operator.LE;
			case ">" -> Operator.GT;
			default -> Operator.GE;
		};
	}

	private void expect(Kind kind, String expectedKey) {
		Token token = peek();
		if (token.kind != kind) {
			throw unexpected(token, expectedKey);
		}
		this.position++;
	}

	private ExpressionSyntaxException unexpected(Token token, String expectedKey) {
		if (token.kind == Kind.END) {
			return new ExpressionSyntaxException(token.column, "expr.unexpected-end", org.lexbench.files.Text.of(expectedKey));
		}
		return new ExpressionSyntaxException(token.column, "expr.unexpected", token.text,
				org.lexbench.files.Text.of(expectedKey));
	}

	private Token peek() {
		return this.tokens.get(this.position);
	}

	private Token next() {
		return this.tokens.get(this.position++);
	}

	private static List<Token> tokenize(String rule) {
		List<Token> out = new ArrayList<>();
		String s = rule == null ? "" : rule;
		int i = 0;
		while (i < s.length()) {
			char c = fold(s.charAt(i));
			int column = i + 1;
			if (Character.isWhitespace(c) || c == '\u3000') {
				i++;
			}
			else if (c == '(') {
				out.add(new Token(Kind.OPEN, "(", column));
				i++;
			}
			else if (c == ')') {
				out.add(new Token(Kind.CLOSE, ")", column));
				i++;
			}
			else if (c == ',' || c == '、') {
				out.add(new Token(Kind.COMMA, ",", column));
				i++;
			}
			else if (c == '=' || c == '!' || c == '<' || c == '>' || c == '≠' || c == '≤' || c == '≥') {
				i = operatorToken(s, i, out);
			}
			else if (c == '\'' || c == '"' || c == '‘' || c == '“') {
				i = textToken(s, i, out);
			}
			else if (Character.isDigit(c) || ((c == '-' || c == '.') && i + 1 < s.length()
					&& (Character.isDigit(fold(s.charAt(i + 1))) || fold(s.charAt(i + 1)) == '.'))) {
				i = numberToken(s, i, out);
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < s.length() && (Character.isLetterOrDigit(fold(s.charAt(i))) || fold(s.charAt(i)) == '_'
						|| fold(s.charAt(i)) == '.')) {
					i++;
				}
				String word = foldAll(s.substring(start, i));
				out.add(new Token(keyword(word), word, column));
			}
			else {
				throw new ExpressionSyntaxException(column, "expr.bad-char", String.valueOf(s.charAt(i)));
			}
		}
		out.add(new Token(Kind.END, "", s.length() + 1));
		return out;
	}

	private static int operatorToken(String s, int i, List<Token> out) {
		char c = fold(s.charAt(i));
		char n = i + 1 < s.length() ? fold(s.charAt(i + 1)) : '\0';
		String symbol;
		if (c == '≠') {
			symbol = "!=";
		}
		else if (c == '≤') {
			symbol = "<=";
		}
		else if (c == '≥') {
			symbol = ">=";
		}
		else if ((c == '=' || c == '!' || c == '<' || c == '>') && n == '=') {
			symbol = "" + c + n;
		}
		else if (c == '<' && n == '>') {
			symbol = "<>";
		}
		else if (c == '!') {
			throw new ExpressionSyntaxException(i + 1, "expr.bad-char", "!");
		}
		else {
			symbol = String.valueOf(c);
		}
		out.add(new Token(Kind.OPERATOR, symbol, i + 1));
		boolean single = c == '≠' || c == '≤' || c == '≥' || symbol.length() == 1;
		return i + (single ? 1 : 2);
	}

	private static int textToken(String s, int i, List<Token> out) {
		char open = s.charAt(i);
		char close = open == '‘' ? '’' : open == '“' ? '”' : open;
		StringBuilder text = new StringBuilder();
		int j = i + 1;
		while (j < s.length()) {
			char c = s.charAt(j);
			if (c == close) {
				if (close == '\'' && j + 1 < s.length() && s.charAt(j + 1) == '\'') {
					text.append('\'');
					j += 2;
					continue;
				}
				out.add(new Token(Kind.TEXT, text.toString(), i + 1));
				return j + 1;
			}
			text.append(c);
			j++;
		}
		throw new ExpressionSyntaxException(i + 1, "expr.unclosed-text");
	}

	private static int numberToken(String s, int i, List<Token> out) {
		int j = i;
		StringBuilder digits = new StringBuilder();
		while (j < s.length()) {
			char c = fold(s.charAt(j));
			boolean exponentSign = (c == '-' || c == '+') && j > i
					&& (digits.charAt(digits.length() - 1) == 'e' || digits.charAt(digits.length() - 1) == 'E');
			if (Character.isDigit(c) || c == '.' || c == 'e' || c == 'E' || exponentSign || (c == '-' && j == i)) {
				digits.append(c);
				j++;
			}
			else {
				break;
			}
		}
		if (j < s.length() && fold(s.charAt(j)) == '%') {
			digits.append('%');
			j++;
		}
		String text = digits.toString();
		try {
			Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
		}
		catch (NumberFormatException notANumber) {
			throw new ExpressionSyntaxException(i + 1, "expr.bad-number", text);
		}
		out.add(new Token(Kind.NUMBER, text, i + 1));
		return j;
	}

	private static Kind keyword(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "and" -> Kind.AND;
			case "or" -> Kind.OR;
			case "not" -> Kind.NOT;
			case "in" -> Kind.IN;
			default -> Kind.NAME;
		};
	}

	/** Full-width ASCII (typed with a Chinese input method) to its half-width form. */
	private static char fold(char c) {
		if (c >= '！' && c <= '～') {
			return (char) (c - 0xFEE0);
		}
		return switch (c) {
			case '（' -> '(';
			case '）' -> ')';
			case '，' -> ',';
			default -> c;
		};
	}

	private static String foldAll(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			b.append(fold(s.charAt(i)));
		}
		return b.toString();
	}

}
