package org.lexbench.indicator.expression;

import java.util.ArrayList;
import java.util.List;

import org.lexbench.indicator.expression.Expression.And;
import org.lexbench.indicator.expression.Expression.Comparison;
import org.lexbench.indicator.expression.Expression.Membership;
import org.lexbench.indicator.expression.Expression.Not;
import org.lexbench.indicator.expression.Expression.Or;
import org.lexbench.indicator.expression.Literal.NumberLiteral;
import org.lexbench.indicator.expression.Literal.TextLiteral;
import org.lexbench.indicator.expression.RuleTokens.Kind;
import org.lexbench.indicator.expression.RuleTokens.Token;

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

	private final List<Token> tokens;

	private int position;

	private ExpressionParser(List<Token> tokens) {
		this.tokens = tokens;
	}

	/** Parses one rule; throws {@link ExpressionSyntaxException} naming the column. */
	public static Expression parse(String rule) {
		List<Token> tokens = RuleTokens.of(rule);
		if (tokens.size() == 1) {
			throw new ExpressionSyntaxException(1, "expr.empty");
		}
		ExpressionParser parser = new ExpressionParser(tokens);
		Expression expression = parser.or();
		Token next = parser.peek();
		if (next.kind() != Kind.END) {
			throw parser.unexpected(next, "expr.expected.end");
		}
		return expression;
	}

	private Expression or() {
		Expression left = and();
		while (peek().kind() == Kind.OR) {
			this.position++;
			left = new Or(left, and());
		}
		return left;
	}

	private Expression and() {
		Expression left = unary();
		while (peek().kind() == Kind.AND) {
			this.position++;
			left = new And(left, unary());
		}
		return left;
	}

	private Expression unary() {
		Token token = peek();
		if (token.kind() == Kind.NOT) {
			this.position++;
			return new Not(unary());
		}
		if (token.kind() == Kind.OPEN) {
			this.position++;
			Expression inner = or();
			expect(Kind.CLOSE, "expr.expected.close");
			return inner;
		}
		if (token.kind() == Kind.NAME) {
			return comparison();
		}
		throw unexpected(token, "expr.expected.condition");
	}

	private Expression comparison() {
		Token name = next();
		Token token = peek();
		boolean negated = false;
		if (token.kind() == Kind.NOT) {
			this.position++;
			negated = true;
			token = peek();
			if (token.kind() != Kind.IN) {
				throw unexpected(token, "expr.expected.in");
			}
		}
		if (token.kind() == Kind.IN) {
			this.position++;
			expect(Kind.OPEN, "expr.expected.open");
			List<Literal> literals = new ArrayList<>();
			literals.add(literal());
			while (peek().kind() == Kind.COMMA) {
				this.position++;
				literals.add(literal());
			}
			expect(Kind.CLOSE, "expr.expected.close");
			boolean numbers = literals.get(0) instanceof NumberLiteral;
			for (Literal l : literals) {
				if ((l instanceof NumberLiteral) != numbers) {
					throw new ExpressionSyntaxException(name.column(), "expr.mixed-list", name.text());
				}
			}
			return new Membership(name.text(), negated, literals, name.column());
		}
		if (token.kind() != Kind.OPERATOR) {
			throw unexpected(token, "expr.expected.operator");
		}
		this.position++;
		Operator operator = operator(token.text());
		Token valueToken = peek();
		Literal literal = literal();
		if (operator.ordering() && literal instanceof TextLiteral) {
			throw new ExpressionSyntaxException(valueToken.column(), "expr.ordering-needs-number", operator.symbol());
		}
		return new Comparison(name.text(), operator, literal, name.column());
	}

	private Literal literal() {
		Token token = next();
		if (token.kind() == Kind.NUMBER) {
			String digits = token.text().endsWith("%") ? token.text().substring(0, token.text().length() - 1) : token.text();
			double value = Double.parseDouble(digits);
			if (!Double.isFinite(value)) {
				throw new ExpressionSyntaxException(token.column(), "expr.bad-number", token.text());
			}
			return new NumberLiteral(value);
		}
		if (token.kind() == Kind.TEXT) {
			return new TextLiteral(token.text());
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
		if (token.kind() != kind) {
			throw unexpected(token, expectedKey);
		}
		this.position++;
	}

	private ExpressionSyntaxException unexpected(Token token, String expectedKey) {
		if (token.kind() == Kind.END) {
			return new ExpressionSyntaxException(token.column(), "expr.unexpected-end", org.lexbench.files.Text.of(expectedKey));
		}
		return new ExpressionSyntaxException(token.column(), "expr.unexpected", token.text(),
				org.lexbench.files.Text.of(expectedKey));
	}

	private Token peek() {
		return this.tokens.get(this.position);
	}

	private Token next() {
		return this.tokens.get(this.position++);
	}

}
