package org.lexbench.scoring;

import java.util.Objects;

/**
 * The present (non-missing) values of one indicator column summarised: how many there are, the
 * least, the greatest, the mean and the sample standard deviation (n − 1); NaN where undefined.
 */
record ColumnSummary(int count, double min, double max, double mean, double sd) {

	static ColumnSummary of(double[] column) {
		requireFiniteOrMissing(column);
		int n = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		double sum = 0;
		for (double v : column) {
			if (!Double.isNaN(v)) {
				n++;
				min = Math.min(min, v);
				max = Math.max(max, v);
				sum += v;
			}
		}
		if (n == 0) {
			return new ColumnSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		double mean = sum / n;
		double squares = 0;
		for (double v : column) {
			if (!Double.isNaN(v)) {
				squares += (v - mean) * (v - mean);
			}
		}
		double sd = (n > 1) ? Math.sqrt(squares / (n - 1)) : Double.NaN;
		return new ColumnSummary(n, min, max, mean, sd);
	}

	/**
	 * Whether the present values are all one value (or there is at most one of them). Decided on
	 * min = max rather than on a computed spread, which rounding can leave a hair above zero.
	 */
	boolean constant() {
		return this.count == 0 || this.min == this.max;
	}

	/** A column holds finite numbers, NaN marking a missing value; an infinity is a caller's bug. */
	static void requireFiniteOrMissing(double[] column) {
		Objects.requireNonNull(column, "column");
		for (int i = 0; i < column.length; i++) {
			if (Double.isInfinite(column[i])) {
				throw new IllegalArgumentException("column[" + i + "] is " + column[i]
						+ "; a column holds finite numbers, with NaN for a missing value");
			}
		}
	}

}
