package org.lexbench.scoring;

/**
 * How one indicator column is treated for outliers before normalisation, following COINr's
 * {@code Treat()} (R/treat.R): left alone, winsorised while its skewness and kurtosis say it has
 * outliers (falling back to a log), or log-transformed outright. NaN marks a missing value and stays
 * NaN; the input is never modified.
 */
public sealed interface OutlierTreatment {

	/** Treats the column; the result holds a new array of the same length and order. */
	Treated apply(double[] column);

	/** Sample skewness G1 (e1071 type 2, Excel SKEW) of the present values; NaN below 3 values or when constant. */
	static double skewness(double[] column) {
		return Moments.of(column).skewness();
	}

	/** Excess kurtosis G2 (e1071 type 2, Excel KURT) of the present values; NaN below 4 values or when constant. */
	static double kurtosis(double[] column) {
		return Moments.of(column).kurtosis();
	}

	/**
	 * No treatment: the values are returned unchanged; skewness and kurtosis are still reported, and
	 * the pass flags judged with COINr's default limits (|G1| &lt; 2 or G2 &lt; 3.5) for information.
	 */
	record None() implements OutlierTreatment {

		@Override
		public Treated apply(double[] column) {
			Moments m = Moments.of(column);
			return Treated.unchanged(column, m, Winsorise.COINR_DEFAULTS.passes(m));
		}

	}

	/**
	 * COINr's default treatment ({@code Treat()} with {@code f1 = "winsorise"}, {@code f2 = "log_CT"},
	 * {@code f_pass = "check_SkewKurt"}): a column passes when |skewness| &lt; {@code skew} or excess
	 * kurtosis &lt; {@code kurtosis}; a failing column is winsorised one extreme value at a time, then,
	 * if it still fails, the untreated column is log-transformed instead.
	 *
	 * <p>Each step looks at the current skewness: if it is ≥ 0, every value equal to the current
	 * maximum is replaced by the largest value below it, otherwise every value equal to the minimum by
	 * the smallest value above it; then the test is repeated. As in COINr's {@code winsorise()}, the
	 * limit is checked before each step ({@code while (!passing & nwin < winmax)}), the count is of
	 * distinct values replaced so far, and a tied group is replaced whole, so the count can end above
	 * {@code maxPoints} (four replaced, then a tie of two at the maximum: six). If the column still
	 * fails after the last step, COINr's {@code log_CT} is applied to the untreated values:
	 * ln(x − min + 0.01·(max − min)). A step that would leave a single distinct value is not taken;
	 * winsorisation then counts as failed (COINr stops with an error there).
	 *
	 * <p>Fewer than four present values, or a constant column, pass untreated: kurtosis is undefined.
	 *
	 * @param maxPoints the number of replaced values at which winsorisation stops, at least 1 (COINr {@code winmax}, 5)
	 * @param skew the limit on |skewness|, positive (COINr {@code skew_thresh}, 2)
	 * @param kurtosis the limit on excess kurtosis (COINr {@code kurt_thresh}, 3.5)
	 */
	record Winsorise(int maxPoints, double skew, double kurtosis) implements OutlierTreatment {

		static final Winsorise COINR_DEFAULTS = new Winsorise();

		public Winsorise {
			if (maxPoints < 1) {
				throw new IllegalArgumentException("winsorise max points must be 1 or more; got " + maxPoints);
			}
			if (!(skew > 0 && skew < Double.POSITIVE_INFINITY)) {
				throw new IllegalArgumentException("winsorise skew limit must be a positive number; got " + skew);
			}
			if (!Double.isFinite(kurtosis)) {
				throw new IllegalArgumentException("winsorise kurtosis limit must be a finite number; got " + kurtosis);
			}
		}

		/** COINr's defaults: at most 5 points, |skewness| &lt; 2 or excess kurtosis &lt; 3.5 passes. */
		public Winsorise() {
			this(5, 2.0, 3.5);
		}

		boolean passes(Moments moments) {
			return moments.passes(this.skew, this.kurtosis);
		}

		@Override
		public Treated apply(double[] column) {
			return Winsorisation.of(this, column);
		}

	}

	/**
	 * An explicit natural log for heavy-tailed counts and amounts: ln(x) when every present value is
	 * positive; otherwise the whole column is shifted as in COINr's {@code log_CT_orig} (the COIN
	 * Tool's log), ln(x − min + 1), so zeros and negatives keep their order and the minimum maps to 0.
	 * The shift used is reported as {@link Treated#logShift()}; the pass flags are judged with COINr's
	 * default limits, for information.
	 */
	record Log() implements OutlierTreatment {

		@Override
		public Treated apply(double[] column) {
			ColumnSummary s = ColumnSummary.of(column);
			Moments before = Moments.of(column);
			if (s.count() == 0) {
				return Treated.unchanged(column, before, true);
			}
			LogTransform log = LogTransform.positiveOrShifted(s);
			double[] values = log.apply(column);
			Moments after = Moments.of(values);
			return new Treated(values, before.skewness(), before.kurtosis(), after.skewness(), after.kurtosis(), 0,
					Treated.Tail.NONE, false, log.shift(), Winsorise.COINR_DEFAULTS.passes(before),
					Winsorise.COINR_DEFAULTS.passes(after));
		}

	}

}
