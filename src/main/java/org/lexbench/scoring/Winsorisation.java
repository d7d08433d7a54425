package org.lexbench.scoring;

/**
 * The steps of {@link OutlierTreatment.Winsorise} on one column: COINr's {@code winsorise()} loop
 * followed, when it fails, by {@code log_CT} on the untreated values (R/treat.R,
 * {@code Treat.numeric()} with {@code combine_treat = FALSE}).
 */
final class Winsorisation {

	private final double[] values;

	private final boolean[] replaced;

	private int count;

	private Treated.Tail tail = Treated.Tail.NONE;

	private Winsorisation(double[] column) {
		this.values = column.clone();
		this.replaced = new boolean[column.length];
	}

	static Treated of(OutlierTreatment.Winsorise rule, double[] column) {
		Moments before = Moments.of(column);
		if (rule.passes(before)) {
			return Treated.unchanged(column, before, true);
		}
		Winsorisation w = new Winsorisation(column);
		Moments now = before;
		boolean passing = false;
		while (!passing && w.count < rule.maxPoints() && w.step(now.skewness() >= 0)) {
			now = Moments.of(w.values);
			passing = rule.passes(now);
		}
		if (passing) {
			return new Treated(w.values, before.skewness(), before.kurtosis(), now.skewness(), now.kurtosis(), w.count,
					w.tail, false, Double.NaN, false, true);
		}
		LogTransform log = LogTransform.coinTool(ColumnSummary.of(column));
		double[] logged = log.apply(column);
		Moments after = Moments.of(logged);
		return new Treated(logged, before.skewness(), before.kurtosis(), after.skewness(), after.kurtosis(), w.count,
				w.tail, true, log.shift(), false, rule.passes(after));
	}

	/**
	 * Replaces every value equal to the current maximum (upper) or minimum by the nearest value inside
	 * it; returns false, changing nothing, when that would leave a single distinct value.
	 */
	private boolean step(boolean upper) {
		double extreme = upper ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
		for (double v : this.values) {
			if (!Double.isNaN(v)) {
				extreme = upper ? Math.max(extreme, v) : Math.min(extreme, v);
			}
		}
		double inside = Double.NaN;
		double far = extreme;
		for (double v : this.values) {
			if (!Double.isNaN(v) && v != extreme) {
				boolean nearer = Double.isNaN(inside) || (upper ? v > inside : v < inside);
				inside = nearer ? v : inside;
				far = upper ? Math.min(far, v) : Math.max(far, v);
			}
		}
		if (Double.isNaN(inside) || inside == far) {
			return false;
		}
		for (int i = 0; i < this.values.length; i++) {
			if (this.values[i] == extreme) {
				this.values[i] = inside;
				if (!this.replaced[i]) {
					this.replaced[i] = true;
					this.count++;
				}
			}
		}
		this.tail = this.tail.and(upper);
		return true;
	}

}
