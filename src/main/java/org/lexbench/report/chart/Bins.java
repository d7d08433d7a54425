package org.lexbench.report.chart;

/**
 * The bins of a histogram over {@code [low, high]}: one bin per whole number when every value is
 * whole and they span at most 30 (counts, yes/no, levels), centred on the numbers; otherwise
 * Sturges' rule, ⌈log₂ n⌉ + 1 equal bins, kept between 5 and 30; a single bin of width 1 around
 * the value when all values are equal.
 */
record Bins(int count, double low, double high) {

	static final int MOST = 30;

	static final int FEWEST = 5;

	Bins {
		if (count < 1 || !(low < high)) {
			throw new IllegalArgumentException("bins need a count ≥ 1 and low < high, got " + count + " over " + low + "–" + high);
		}
	}

	/** The bins for the present values ({@code values} holds no NaN and at least one value). */
	static Bins of(double[] values) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		boolean whole = true;
		for (double v : values) {
			min = Math.min(min, v);
			max = Math.max(max, v);
			whole &= v == Math.rint(v);
		}
		if (min == max) {
			return new Bins(1, min - 0.5, max + 0.5);
		}
		if (whole && max - min <= MOST) {
			return new Bins((int) (max - min) + 1, min - 0.5, max + 0.5);
		}
		int sturges = (int) Math.ceil(Math.log(values.length) / Math.log(2)) + 1;
		return new Bins(Math.max(FEWEST, Math.min(MOST, sturges)), min, max);
	}

}
