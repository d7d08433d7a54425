package org.lexbench.scoring;

/**
 * Sample skewness G1 and excess kurtosis G2 of a column's present values, the "type 2" estimators
 * of Joanes and Gill (1998) that R's {@code e1071} computes with {@code type = 2}, Excel computes
 * as SKEW and KURT, and COINr computes in {@code skew()} and {@code kurt()} (R/treat.R).
 *
 * <p>With n present values and deviations d = x − mean: g1 = √n·Σd³/(Σd²)^{3/2}, b2 = n·Σd⁴/(Σd²)²,
 * G1 = g1·√(n(n−1))/(n−2), G2 = ((n+1)(b2−3)+6)(n−1)/((n−2)(n−3)). G1 is NaN for n &lt; 3 and G2
 * for n &lt; 4 (COINr stops with an error there; Excel shows #DIV/0!); both are NaN for a constant
 * column, where Σd² = 0.
 */
record Moments(double skewness, double kurtosis) {

	static Moments of(double[] column) {
		ColumnSummary s = ColumnSummary.of(column);
		int n = s.count();
		if (n < 3 || s.constant()) {
			return new Moments(Double.NaN, Double.NaN);
		}
		double m2 = 0;
		double m3 = 0;
		double m4 = 0;
		for (double v : column) {
			if (!Double.isNaN(v)) {
				double d = v - s.mean();
				double d2 = d * d;
				m2 += d2;
				m3 += d2 * d;
				m4 += d2 * d2;
			}
		}
		double g1 = Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
		double skewness = g1 * Math.sqrt(n * (n - 1.0)) / (n - 2.0);
		double kurtosis = Double.NaN;
		if (n >= 4) {
			double b2 = n * m4 / (m2 * m2);
			kurtosis = ((n + 1.0) * (b2 - 3) + 6) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
		}
		return new Moments(skewness, kurtosis);
	}

	/**
	 * COINr's {@code check_SkewKurt()}: a column passes when |G1| &lt; the skew limit OR G2 &lt; the
	 * kurtosis limit. Where either is undefined (n &lt; 4, constant column) it passes: there is no
	 * evidence of an outlier to treat (COINr would stop with an error or return NA).
	 */
	boolean passes(double skewLimit, double kurtosisLimit) {
		return Double.isNaN(this.skewness) || Double.isNaN(this.kurtosis) || Math.abs(this.skewness) < skewLimit
				|| this.kurtosis < kurtosisLimit;
	}

}
