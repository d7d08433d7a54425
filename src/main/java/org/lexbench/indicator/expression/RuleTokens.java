package org.lexbench.indicator.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a rule into tokens, each with the column (from 1) where it starts: names, numbers
 * ({@code 40%} included), quoted texts ({@code '…'}, {@code "…"}, {@code ‘…’}, {@code “…”}),
 * operators, parentheses, commas and the keywords {@code and or not in}. Full-width forms typed
 * with a Chinese input method are read as their ASCII equivalents outside texts.
 */
final class RuleTokens {

	enum Kind {
		NAME, NUMBER, TEXT, OPERATOR, OPEN, CLOSE, COMMA, AND, OR, NOT, IN, END
	}

	record Token(Kind kind, String text, int column) {
	}

	private RuleTokens() {
	}

	static List<Token> of(String rule) {
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
