package org.lexbench.scoring;

/**
 * Pearson's product-moment correlation of two columns over the firms where both are present
 * (pairwise-complete observations): r = Σ(a − ā)(b − b̄) / √(Σ(a − ā)² · Σ(b − b̄)²), the means
 * taken over those pairs. NaN when fewer than {@link #FEWEST_PAIRS} pairs (two points always lie on
 * a line) or when either column is constant over the pairs.
 *
 * @param r the correlation, in [−1, 1], or NaN
 * @param pairs how many firms had both values
 */
public record Pearson(double r, int pairs) {

	/** The fewest pairs a correlation is computed on. */
	public static final int FEWEST_PAIRS = 3;

	/** The correlation of {@code a} and {@code b} over the firms {@code among} marks where neither is NaN. */
	public static Pearson of(double[] a, double[] b, boolean[] among) {
		return of(a, b, among, FEWEST_PAIRS);
	}

	/**
	 * The same with another least number of pairs (CRITIC weights take any two); {@code among}
	 * null for every firm.
	 */
	static Pearson of(double[] a, double[] b, boolean[] among, int fewestPairs) {
		int n = 0;
		double sumA = 0;
		double sumB = 0;
		for (int i = 0; i < a.length; i++) {
			if ((among == null || among[i]) && !Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
				n++;
				sumA += a[i];
				sumB += b[i];
			}
		}
		if (n < fewestPairs) {
			return new Pearson(Double.NaN, n);
		}
		double meanA = sumA / n;
		double meanB = sumB / n;
		double covariance = 0;
		double squaresA = 0;
		double squaresB = 0;
		for (int i = 0; i < a.length; i++) {
			if ((among == null || among[i]) && !Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
				covariance += (a[i] - meanA) * (b[i] - meanB);
				squaresA += (a[i] - meanA) * (a[i] - meanA);
				squaresB += (b[i] - meanB) * (b[i] - meanB);
			}
		}
		if (squaresA == 0 || squaresB == 0) {
			return new Pearson(Double.NaN, n);
		}
		double r = covariance / Math.sqrt(squaresA * squaresB);
		return new Pearson(Math.max(-1, Math.min(1, r)), n);
	}

	public boolean defined() {
		return !Double.isNaN(this.r);
	}

}
