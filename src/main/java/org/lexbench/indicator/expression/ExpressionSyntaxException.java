package org.lexbench.indicator.expression;

import org.lexbench.files.Language;
import org.lexbench.files.Text;

/** A rule that does not parse, with the column (from 1) where the problem is. */
public final class ExpressionSyntaxException extends RuntimeException {

	private final Text text;

	private final int column;

	ExpressionSyntaxException(int column, String key, Object... args) {
		super(Text.of(key, args).in(Language.EN) + " (column " + column + ")");
		this.text = Text.of(key, args);
		this.column = column;
	}

	public Text text() {
		return this.text;
	}

	public int column() {
		return this.column;
	}

}
