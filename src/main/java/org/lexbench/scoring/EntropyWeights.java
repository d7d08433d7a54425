package org.lexbench.scoring;

/**
 * Shannon-entropy weights of sibling indicators: an indicator whose normalised values are spread
 * unevenly across firms carries more information and gets more weight; the weights sum to 1.
 *
 * <p>For each column j, over its n<sub>j</sub> present (non-NaN) values: p<sub>ij</sub> =
 * x<sub>ij</sub> / Σ<sub>i</sub> x<sub>ij</sub>; e<sub>j</sub> = −(1 / ln n<sub>j</sub>) ·
 * Σ<sub>i</sub> p<sub>ij</sub> ln p<sub>ij</sub>, with 0 · ln 0 = 0; d<sub>j</sub> = 1 − e<sub>j</sub>;
 * w<sub>j</sub> = d<sub>j</sub> / Σ<sub>k</sub> d<sub>k</sub>. Edge cases:
 * <ul>
 * <li>a missing value (NaN) is skipped: it counts neither in the sum nor in n<sub>j</sub>, whereas a
 * present 0 counts in n<sub>j</sub> and adds 0 · ln 0 = 0;</li>
 * <li>a column with n<sub>j</sub> ≤ 1 has no spread to measure (1 / ln 1 is undefined): d<sub>j</sub> = 0;</li>
 * <li>a column whose present values are all equal tells no firm apart: d<sub>j</sub> = 0 exactly
 * (the formula gives e<sub>j</sub> = 1, but only up to rounding, and a rounding residue must not
 * decide the weights when every column is even); this includes a column of zeros, whose
 * p<sub>ij</sub> = 0 / 0 is undefined;</li>
 * <li>d<sub>j</sub> is floored at 0, because rounding can put e<sub>j</sub> a hair above 1 and no weight
 * may be negative;</li>
 * <li>when every d<sub>j</sub> is 0 the weights are equal, 1 / m for m columns;</li>
 * <li>a negative value is refused with an {@link IllegalArgumentException} naming the zero-based
 * column, firm and value, because p<sub>ij</sub> must be a proportion: the caller normalises first
 * (min-max, goalposts, rank …) so that values are non-negative and higher is better.</li>
 * </ul>
 * Since p<sub>ij</sub> is unchanged when a column is multiplied by a positive constant, any
 * normalisation that only rescales a column gives the same weights as the raw values.
 */
final class EntropyWeights {

	private EntropyWeights() {
	}

	/**
	 * The entropy weights of the columns, in column order.
	 * @param columns {@code columns[j][i]} is indicator j's normalised value for firm i, NaN if missing
	 * @throws IllegalArgumentException for no column, no firm, columns of differing lengths, an
	 * infinite or a negative value, naming the zero-based column at fault
	 */
	public static double[] of(double[][] columns) {
		IndicatorColumns.firms(columns);
		double[] diversification = new double[columns.length];
		for (int j = 0; j < columns.length; j++) {
			diversification[j] = diversification(columns[j], j);
		}
		return IndicatorColumns.shares(diversification);
	}

	private static double diversification(double[] column, int j) {
		int present = 0;
		double sum = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < column.length; i++) {
			double x = column[i];
			if (Double.isNaN(x)) {
				continue;
			}
			if (x < 0) {
				throw new IllegalArgumentException("column " + j + ", firm " + i + " is " + x
						+ "; entropy weights need non-negative normalised values");
			}
			present++;
			sum += x;
			min = Math.min(min, x);
			max = Math.max(max, x);
		}
		if (present <= 1 || min == max) {
			return 0;
		}
		double plnp = 0;
		for (double x : column) {
			// NaN > 0 is false, and a zero adds 0 · ln 0 = 0, so both are left out here
			if (x > 0) {
				double p = x / sum;
				plnp += p * Math.log(p);
			}
		}
		double entropy = -plnp / Math.log(present);
		return Math.max(0, 1 - entropy);
	}

}
