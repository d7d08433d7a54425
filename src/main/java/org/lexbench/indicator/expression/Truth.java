package org.lexbench.indicator.expression;

/**
 * The outcome of a rule for one firm: true, false, or unknown when a value it needs is missing
 * (Kleene's three-valued logic, as in SQL).
 */
public enum Truth {
	TRUE, FALSE, UNKNOWN;

	public static Truth of(boolean value) {
		return value ? TRUE : FALSE;
	}

	public Truth and(Truth other) {
		if (this == FALSE || other == FALSE) {
			return FALSE;
		}
		return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
	}

	public Truth or(Truth other) {
		if (this == TRUE || other == TRUE) {
			return TRUE;
		}
		return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
	}

	public Truth not() {
		return this == UNKNOWN ? UNKNOWN : this == TRUE ? FALSE : TRUE;
	}

}
