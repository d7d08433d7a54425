package org.lexbench.report.chart;

/**
 * The range a chart's score axis spans: 0–100 when every score shown lies in it (lexbench's
 * default min-max normalisation and most aggregations), otherwise the scores' own minimum to
 * maximum (z-scores, ranks, goalposts on another scale), widened by one on each side when all
 * scores are equal.
 */
record ScoreScale(double low, double high) {

	static final ScoreScale PERCENT = new ScoreScale(0, 100);

	ScoreScale {
		if (!(low < high)) {
			throw new IllegalArgumentException("a scale runs from low to high, got " + low + " to " + high);
		}
	}

	static ScoreScale of(double[] values) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			if (Double.isFinite(v)) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		if (min > max || (min >= 0 && max <= 100)) {
			return PERCENT;
		}
		return min == max ? new ScoreScale(min - 1, max + 1) : new ScoreScale(min, max);
	}

	boolean percent() {
		return this.low == 0 && this.high == 100;
	}

	/** Where {@code value} lies on the scale, 0 at {@code low} and 1 at {@code high}. */
	double fraction(double value) {
		return (value - this.low) / (this.high - this.low);
	}

	double at(double fraction) {
		return this.low + fraction * (this.high - this.low);
	}

}
