package org.lexbench.scoring;

import java.util.function.DoubleUnaryOperator;

/**
 * The direction step before normalisation: a lower-is-better column is negated, as COINr's
 * {@code Normalise.numeric()} does ({@code x <- x*direction}), so every method can treat higher as
 * better; with the element-wise mapping and ranking the normalisations share.
 */
final class Orientation {

	private Orientation() {
	}

	/** A checked copy of the column, negated when lower is better (negation is exact). */
	static double[] of(double[] column, boolean higherIsBetter) {
		ColumnSummary.requireFiniteOrMissing(column);
		double[] out = column.clone();
		if (!higherIsBetter) {
			for (int i = 0; i < out.length; i++) {
				out[i] = -out[i];
			}
		}
		return out;
	}

	/** Applies f to every present value; NaN stays NaN. */
	static double[] map(double[] column, DoubleUnaryOperator f) {
		double[] out = new double[column.length];
		for (int i = 0; i < column.length; i++) {
			out[i] = Double.isNaN(column[i]) ? Double.NaN : f.applyAsDouble(column[i]);
		}
		return out;
	}

	/**
	 * R's {@code rank(x, ties.method = "min", na.last = "keep")}: 1 for the lowest value, ties at
	 * the lowest rank of their group; the competition ranking of −x.
	 */
	static double[] ascendingRanks(double[] column) {
		double[] negated = new double[column.length];
		for (int i = 0; i < column.length; i++) {
			negated[i] = -column[i];
		}
		return Ranking.ranks(negated, TieRule.COMPETITION, null);
	}

}
