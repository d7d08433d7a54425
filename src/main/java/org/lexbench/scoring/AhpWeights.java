package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.lexbench.indicator.AhpJudgements;
import org.lexbench.indicator.PairwiseMatrix;

/**
 * AHP weights of a node's children, in the judgements' order and summing to 1: the principal
 * eigenvector of the experts' combined pairwise matrix, with Saaty's consistency measures of the
 * combined matrix and of each expert's own.
 *
 * <p>Several experts' matrices are combined entry by entry by the geometric mean, which keeps the
 * combined matrix reciprocal (the matrices themselves are positive and reciprocal, checked when
 * read). The eigenvector comes from {@link PrincipalEigenvector} (power iteration to 1e-13
 * relative); λ<sub>max</sub> is the mean over i of (A·w)<sub>i</sub> / w<sub>i</sub>; CI = (λ<sub>max</sub> − n)
 * / (n − 1); CR = CI / RI(n). A 1×1 or 2×2 reciprocal matrix is consistent by construction: for
 * n ≤ 2, CI = 0, RI = 0 and CR = 0.
 *
 * <p>RI(n) is Saaty's random index, the mean CI of random reciprocal matrices on the 1–9 scale:
 * for n = 1 … 10, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 (Saaty 1990, "How to make a
 * decision: the analytic hierarchy process", European Journal of Operational Research 48, 9–26),
 * extended for n = 11 … 15 with 1.51, 1.48, 1.56, 1.57, 1.59 (Saaty 1980, The Analytic Hierarchy
 * Process, McGraw-Hill). Beyond 15 children the table has no entry, and borrowing another author's
 * simulated indices would change what CR measures, so {@link #of} refuses the node; Saaty advises
 * comparing no more than about nine elements at once, so such a node is better split under
 * intermediate dimensions.
 */
public record AhpWeights(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio,
		double randomIndex, List<ExpertConsistency> experts) {

	/** Saaty's limit: a consistency ratio above 0.10 calls for the judgements to be revised. */
	public static final double CONSISTENCY_RATIO_LIMIT = 0.10;

	private static final double[] RANDOM_INDEX = { 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51,
			1.48, 1.56, 1.57, 1.59 };

	public AhpWeights {
		weights = weights.clone();
		experts = List.copyOf(experts);
		if (weights.length == 0 || experts.isEmpty()) {
			throw new IllegalArgumentException("AHP weights need at least one child and one expert");
		}
		for (double w : weights) {
			if (!(w >= 0 && w <= 1)) {
				throw new IllegalArgumentException("AHP weight " + w + " is not in [0, 1]");
			}
		}
		if (!(Double.isFinite(lambdaMax) && Double.isFinite(consistencyIndex) && Double.isFinite(consistencyRatio)
				&& randomIndex >= 0 && Double.isFinite(randomIndex))) {
			throw new IllegalArgumentException("AHP consistency measures must be finite, got λmax " + lambdaMax
					+ ", CI " + consistencyIndex + ", CR " + consistencyRatio + ", RI " + randomIndex);
		}
	}

	/**
	 * The weights and consistency of one node's judgements.
	 * @throws IllegalArgumentException if no child or more than 15 children are compared
	 */
	public static AhpWeights of(AhpJudgements judgements) {
		int n = judgements.order().size();
		if (n == 0 || n > RANDOM_INDEX.length) {
			throw new IllegalArgumentException("AHP compares " + n + " children; Saaty's random index is tabulated for 1 to "
					+ RANDOM_INDEX.length + " (split a larger node under intermediate dimensions)");
		}
		double randomIndex = RANDOM_INDEX[n - 1];
		List<ExpertConsistency> experts = new ArrayList<>();
		for (PairwiseMatrix m : judgements.experts()) {
			double[][] a = geometricMean(List.of(m), n);
			double lambda = lambdaMax(a, PrincipalEigenvector.of(a));
			double ci = consistencyIndex(lambda, n);
			experts.add(new ExpertConsistency(m.expert(), lambda, ci, ratio(ci, randomIndex)));
		}
		double[][] combined = geometricMean(judgements.experts(), n);
		double[] w = PrincipalEigenvector.of(combined);
		double lambda = lambdaMax(combined, w);
		double ci = consistencyIndex(lambda, n);
		return new AhpWeights(w, lambda, ci, ratio(ci, randomIndex), randomIndex, experts);
	}

	/** Whether the combined judgements' consistency ratio is above {@link #CONSISTENCY_RATIO_LIMIT}. */
	public boolean inconsistent() {
		return this.consistencyRatio > CONSISTENCY_RATIO_LIMIT;
	}

	@Override
	public double[] weights() {
		return this.weights.clone();
	}

	private static double[][] geometricMean(List<PairwiseMatrix> matrices, int n) {
		double[][] mean = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (matrices.size() == 1) {
					// taken as it is, so that exp(ln x) cannot move x by a rounding step
					mean[i][j] = matrices.get(0).get(i, j);
					continue;
				}
				double logs = 0;
				for (PairwiseMatrix m : matrices) {
					logs += Math.log(m.get(i, j));
				}
				mean[i][j] = Math.exp(logs / matrices.size());
			}
		}
		return mean;
	}

	private static double lambdaMax(double[][] a, double[] w) {
		double[] aw = PrincipalEigenvector.times(a, w);
		double sum = 0;
		for (int i = 0; i < w.length; i++) {
			sum += aw[i] / w[i];
		}
		return sum / w.length;
	}

	private static double consistencyIndex(double lambdaMax, int n) {
		return n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
	}

	private static double ratio(double consistencyIndex, double randomIndex) {
		return randomIndex == 0 ? 0 : consistencyIndex / randomIndex;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AhpWeights other && Arrays.equals(this.weights, other.weights)
				&& Double.compare(this.lambdaMax, other.lambdaMax) == 0
				&& Double.compare(this.consistencyIndex, other.consistencyIndex) == 0
				&& Double.compare(this.consistencyRatio, other.consistencyRatio) == 0
				&& Double.compare(this.randomIndex, other.randomIndex) == 0 && this.experts.equals(other.experts);
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.hashCode(this.weights), this.lambdaMax, this.consistencyIndex, this.consistencyRatio,
				this.randomIndex, this.experts);
	}

	@Override
	public String toString() {
		return "AhpWeights[weights=" + Arrays.toString(this.weights) + ", lambdaMax=" + this.lambdaMax + ", CI="
				+ this.consistencyIndex + ", CR=" + this.consistencyRatio + ", RI=" + this.randomIndex + ", experts="
				+ this.experts + "]";
	}

}
