package org.lexbench.analysis;

import java.util.Arrays;

/**
 * A sample quantile by Hyndman & Fan's (1996) type 7, R's and NumPy's default: for the n present
 * values sorted x₁ ≤ … ≤ xₙ and 0 ≤ p ≤ 1, h = (n − 1)·p + 1 and
 * Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋), linear interpolation between the two order statistics
 * around h. The median is Q(0.5) (the mean of the middle two for even n); the top quartile Q(0.75).
 * NaN values (not scored) are left out; with no value left the quantile is NaN.
 */
public final class Quantile {

	private Quantile() {
	}

	public static double of(double[] values, double p) {
		if (!(p >= 0 && p <= 1)) {
			throw new IllegalArgumentException("a quantile's probability is in [0, 1], got " + p);
		}
		double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
		if (x.length == 0) {
			return Double.NaN;
		}
		double h = (x.length - 1) * p;
		int low = (int) Math.floor(h);
		if (low + 1 >= x.length) {
			return x[x.length - 1];
		}
		return x[low] + (h - low) * (x[low + 1] - x[low]);
	}

}
