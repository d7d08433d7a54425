package org.lexbench.indicator.expression;

/** A comparison operator of the rule language. */
public enum Operator {
	EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

	private final String symbol;

	Operator(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

	/** Whether the operator orders values (and so needs numbers). */
	public boolean ordering() {
		return this != EQ && this != NE;
	}

	boolean holds(int comparison) {
		return switch (this) {
			case EQ -> comparison == 0;
			case NE -> comparison != 0;
			case LT -> comparison < 0;
			case LE -> comparison <= 0;
			case GT -> comparison > 0;
			case GE -> comparison >= 0;
		};
	}

}
