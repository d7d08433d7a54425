package org.lexbench.indicator;

import java.util.Arrays;

/**
 * One expert's AHP pairwise comparison of a node's children: entry (i, j) says how much more
 * important child i is than child j on Saaty's 1–9 scale.
 */
public final class PairwiseMatrix {

	private final String expert;

	private final double[][] values;

	public PairwiseMatrix(String expert, double[][] values) {
		this.expert = expert;
		int n = values.length;
		this.values = new double[n][];
		for (int i = 0; i < n; i++) {
			if (values[i].length != n) {
				throw new IllegalArgumentException("pairwise matrix must be square");
			}
			for (double v : values[i]) {
				if (!(v > 0) || !Double.isFinite(v)) {
					throw new IllegalArgumentException("pairwise entries must be finite and > 0, got " + v);
				}
			}
			this.values[i] = values[i].clone();
		}
	}

	public String expert() {
		return this.expert;
	}

	public int size() {
		return this.values.length;
	}

	public double get(int row, int column) {
		return this.values[row][column];
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PairwiseMatrix other && this.expert.equals(other.expert)
				&& Arrays.deepEquals(this.values, other.values);
	}

	@Override
	public int hashCode() {
		return 31 * this.expert.hashCode() + Arrays.deepHashCode(this.values);
	}

	@Override
	public String toString() {
		return "PairwiseMatrix[" + this.expert + ", " + Arrays.deepToString(this.values) + "]";
	}

}
