package org.lexbench.scoring;

/**
 * The input of one aggregation, checked once for every method: the children's scores by child
 * then firm ({@code NaN} for missing) and their weights normalised to sum 1.
 */
final class ChildScores {

	/** {@code values[c][f]}: child {@code c}'s score for firm {@code f}; not copied, never written. */
	final double[][] values;

	/** The weights divided by their sum; a child of weight 0 is skipped by every method. */
	final double[] weights;

	final int firms;

	private ChildScores(double[][] values, double[] weights, int firms) {
		this.values = values;
		this.weights = weights;
		this.firms = firms;
	}

	static ChildScores of(double[][] children, double[] weights) {
		if (children == null) {
			throw new IllegalArgumentException("children is null");
		}
		if (weights == null) {
			throw new IllegalArgumentException("weights is null");
		}
		if (children.length == 0) {
			throw new IllegalArgumentException("there are no children to aggregate");
		}
		if (weights.length != children.length) {
			throw new IllegalArgumentException(
					"there are " + children.length + " children but " + weights.length + " weights");
		}
		for (int c = 0; c < children.length; c++) {
			if (children[c] == null) {
				throw new IllegalArgumentException("child " + c + " is null");
			}
			if (children[c].length != children[0].length) {
				throw new IllegalArgumentException("child " + c + " has " + children[c].length
						+ " firms but child 0 has " + children[0].length);
			}
		}
		double sum = 0;
		for (int c = 0; c < weights.length; c++) {
			if (!(weights[c] >= 0 && weights[c] <= Double.MAX_VALUE)) {
				throw new IllegalArgumentException(
						"the weight of child " + c + " must be finite and >= 0, got " + weights[c]);
			}
			sum += weights[c];
		}
		if (!(sum > 0 && sum <= Double.MAX_VALUE)) {
			throw new IllegalArgumentException(sum > 0 ? "the weights are too large to add up: their sum is " + sum
					: "the weights sum to 0: at least one child needs a positive weight");
		}
		double[] normalised = new double[weights.length];
		for (int c = 0; c < weights.length; c++) {
			normalised[c] = weights[c] / sum;
		}
		return new ChildScores(children, normalised, children[0].length);
	}

	/** The refusal of an infinite value: scores are finite, or {@code NaN} when missing. */
	static IllegalArgumentException infinite(int child, int firm, double value) {
		return new IllegalArgumentException("child " + child + " has " + value + " for firm " + firm
				+ ": scores must be finite, or NaN when missing");
	}

}
