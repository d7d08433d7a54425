package org.lexbench.scoring;

/**
 * A natural log taken after moving the column, values = ln(x − origin + offset), with the two moves
 * COINr's R/treat.R uses; NaN stays NaN. Subtracting the origin first keeps precision for values far
 * from zero (revenue in yuan), where adding one combined shift would round away the offset.
 */
record LogTransform(double origin, double offset) {

	/**
	 * COINr's {@code log_CT}, the fallback after failed winsorisation:
	 * ln(x − min + 0.01·(max − min)), so the minimum maps to ln of 1% of the range.
	 */
	static LogTransform coinTool(ColumnSummary s) {
		return new LogTransform(s.min(), 0.01 * (s.max() - s.min()));
	}

	/** ln(x) when every present value is positive, else COINr's {@code log_CT_orig}: ln(x − min + 1). */
	static LogTransform positiveOrShifted(ColumnSummary s) {
		return (s.min() > 0) ? new LogTransform(0, 0) : new LogTransform(s.min(), 1);
	}

	/** The constant c with values = ln(x + c). */
	double shift() {
		return this.offset - this.origin;
	}

	double[] apply(double[] column) {
		double[] out = new double[column.length];
		for (int i = 0; i < column.length; i++) {
			out[i] = Math.log(column[i] - this.origin + this.offset);
		}
		return out;
	}

}
