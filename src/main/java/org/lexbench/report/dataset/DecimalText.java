package org.lexbench.report.dataset;

import tools.jackson.core.io.NumberOutput;

/**
 * A double as the shortest decimal text that reads back as the same double (Schubfach, as the JDK
 * has from version 19; JDK 17's own {@code Double.toString} sometimes gives a digit more): whole
 * numbers without a fraction ({@code 50}, not {@code 50.0}), others as {@code 33.333333333333336}
 * or {@code 1.0E-5}, which R, Stata, pandas and Excel all read. The same text goes to CSV and JSON.
 */
final class DecimalText {

	/** Beyond this a whole double may not be an exact long; such values keep the exponent form. */
	private static final double EXACT_WHOLE = 1e15;

	private DecimalText() {
	}

	static String of(double value) {
		if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE) {
			return Long.toString((long) value);
		}
		return NumberOutput.toString(value, true);
	}

	/** Whether {@code value} is written at all: NaN (missing) and infinities are empty cells. */
	static boolean present(double value) {
		return Double.isFinite(value);
	}

}
