package org.lexbench.scoring;

import java.util.Arrays;

/**
 * The principal (Perron) eigenvector of a square matrix with positive entries, scaled to sum 1,
 * found by power iteration from the uniform vector: deterministic, and sure to converge because a
 * positive matrix has one eigenvalue of largest modulus (Perron's theorem).
 */
final class PrincipalEigenvector {

	/** Stop when no entry changes by more than this fraction of itself between two steps. */
	static final double RELATIVE_TOLERANCE = 1e-13;

	/** Far more than a 1–9-scale pairwise matrix needs (tens of steps); a bound, not a budget. */
	static final int MAX_ITERATIONS = 10_000;

	private PrincipalEigenvector() {
	}

	/**
	 * @throws IllegalStateException if the iteration has not converged after {@link #MAX_ITERATIONS}
	 * steps, which Perron's theorem rules out for a positive matrix
	 */
	static double[] of(double[][] a) {
		int n = a.length;
		double[] w = new double[n];
		Arrays.fill(w, 1.0 / n);
		for (int step = 0; step < MAX_ITERATIONS; step++) {
			double[] next = times(a, w);
			double sum = 0;
			for (double x : next) {
				sum += x;
			}
			boolean settled = true;
			for (int i = 0; i < n; i++) {
				next[i] /= sum;
				settled &= Math.abs(next[i] - w[i]) <= RELATIVE_TOLERANCE * next[i];
			}
			w = next;
			if (settled) {
				return w;
			}
		}
		throw new IllegalStateException("power iteration did not converge in " + MAX_ITERATIONS + " steps");
	}

	static double[] times(double[][] a, double[] w) {
		double[] product = new double[w.length];
		for (int i = 0; i < w.length; i++) {
			for (int j = 0; j < w.length; j++) {
				product[i] += a[i][j] * w[j];
			}
		}
		return product;
	}

}
