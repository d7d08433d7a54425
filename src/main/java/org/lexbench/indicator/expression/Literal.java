package org.lexbench.indicator.expression;

import java.text.Normalizer;
import java.util.Locale;

/** A constant in a rule: a number or a quoted text. */
public sealed interface Literal {

	/** The literal as it would be written in a rule. */
	String render();

	/** A number, such as {@code 300} or {@code 0.4}. */
	record NumberLiteral(double value) implements Literal {
		public NumberLiteral {
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("number literal must be finite, got " + value);
			}
		}

		@Override
		public String render() {
			return this.value == Math.rint(this.value) && Math.abs(this.value) < 1e15
					? String.valueOf((long) this.value) : String.valueOf(this.value);
		}
	}

	/** A text such as {@code '广东'}; compared ignoring case and full-width/half-width forms. */
	record TextLiteral(String value) implements Literal {
		@Override
		public String render() {
			return "'" + this.value.replace("'", "''") + "'";
		}

		static String fold(String text) {
			return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		}
	}

}
