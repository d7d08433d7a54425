package org.lexbench.scoring;

/**
 * CRITIC weights of sibling indicators (Diakoulaki, Mavrotas &amp; Papayannakis 1995, "Determining
 * objective weights in multiple criteria problems: the CRITIC method", Computers &amp; Operations
 * Research 22(7), 763–770): an indicator weighs more the more its normalised values vary and the
 * less they agree with its siblings'; the weights sum to 1.
 *
 * <p>C<sub>j</sub> = σ<sub>j</sub> · Σ<sub>k</sub> (1 − r<sub>jk</sub>) over all m columns (r<sub>jj</sub> = 1
 * adds nothing), w<sub>j</sub> = C<sub>j</sub> / Σ<sub>k</sub> C<sub>k</sub>. The variant, exactly:
 * <ul>
 * <li>σ<sub>j</sub> is the <em>sample</em> standard deviation (divisor n<sub>j</sub> − 1) of column j's
 * n<sub>j</sub> present (non-NaN) values, as R's {@code sd()} computes it. On a matrix
 * with no value missing the weights are the same with the population deviation, because the common
 * factor √(n / (n − 1)) cancels in C<sub>j</sub> / ΣC; the choice matters only when columns have
 * different numbers of present values;</li>
 * <li>r<sub>jk</sub> is Pearson's correlation over the pairwise-complete firms (both values present),
 * with means taken over those firms, as R's {@code cor(use = "pairwise.complete.obs")};</li>
 * <li>a constant column (σ<sub>j</sub> = 0), or one with fewer than two present values, has no
 * defined correlation: r is taken as 0 against it and C<sub>j</sub> = 0, so it gets no weight unless
 * every column does;</li>
 * <li>likewise r<sub>jk</sub> = 0 when fewer than two firms have both values or either column is
 * constant on those firms;</li>
 * <li>when every C<sub>j</sub> is 0 (every column constant, or a single column, whose only r is
 * r<sub>jj</sub>) the weights are equal, 1 / m.</li>
 * </ul>
 * Negative values are allowed (a z-score is a fine input); the caller normalises first so that
 * higher is better in every column, since a reversed column would turn agreement into conflict.
 */
final class CriticWeights {

	private CriticWeights() {
	}

	/**
	 * The CRITIC weights of the columns, in column order.
	 * @param columns {@code columns[j][i]} is indicator j's normalised value for firm i, NaN if missing
	 * @throws IllegalArgumentException for no column, no firm, columns of differing lengths or an
	 * infinite value, naming the zero-based column at fault
	 */
	public static double[] of(double[][] columns) {
		IndicatorColumns.firms(columns);
		int m = columns.length;
		double[] information = new double[m];
		for (int j = 0; j < m; j++) {
			double sd = sampleStandardDeviation(columns[j]);
			if (sd == 0) {
				continue;
			}
			double conflict = 0;
			for (int k = 0; k < m; k++) {
				conflict += k == j ? 0 : 1 - correlation(columns[j], columns[k]);
			}
			information[j] = sd * conflict;
		}
		return IndicatorColumns.shares(information);
	}

	/**
	 * 0 when fewer than two values are present or all are equal: tested exactly, because the mean of
	 * equal values need not equal them in floating point, which would leave a rounding residue as σ.
	 */
	private static double sampleStandardDeviation(double[] column) {
		int n = 0;
		double sum = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double x : column) {
			if (!Double.isNaN(x)) {
				n++;
				sum += x;
				min = Math.min(min, x);
				max = Math.max(max, x);
			}
		}
		if (n < 2 || min == max) {
			return 0;
		}
		double mean = sum / n;
		double squares = 0;
		for (double x : column) {
			if (!Double.isNaN(x)) {
				squares += (x - mean) * (x - mean);
			}
		}
		return Math.sqrt(squares / (n - 1));
	}

	/** Pearson's r over the firms where both values are present; 0 where it is undefined (fewer than two pairs, a constant column). */
	private static double correlation(double[] a, double[] b) {
		Pearson p = Pearson.of(a, b, null, 2);
		return p.defined() ? p.r() : 0;
	}

}
