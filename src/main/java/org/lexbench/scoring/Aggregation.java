package org.lexbench.scoring;

/**
 * How one node of an indicator set combines its children's scores into one score per firm.
 *
 * <p>Rules every method shares:
 * <ul>
 * <li>{@code children[c][f]} is child {@code c}'s score for firm {@code f}, already normalised
 * with direction applied: higher is better for every child. {@code NaN} means missing.</li>
 * <li>{@code weights[c]} is child {@code c}'s relative weight, finite and {@code >= 0}, with a
 * positive sum; the weights are normalised here to sum 1. A child of weight 0 is ignored
 * entirely: its scores are neither used nor checked, and a firm whose only present children
 * have weight 0 has no present child.</li>
 * <li>Refused with an {@link IllegalArgumentException} naming the problem: no children, a
 * {@code null} array, children of unequal length, a number of weights other than the number of
 * children, a weight that is negative, {@code NaN} or infinite, weights summing to 0, and an
 * infinite score of a child with positive weight (a score is finite, or {@code NaN}; this is
 * checked before any {@link NonPositiveValueException}).</li>
 * <li>A firm's terms are added child by child in the children's order, so a result is the same
 * on every run.</li>
 * <li>Plain loops over {@code double[]}, column by column, nothing boxed; the geometric mean costs
 * one logarithm per score ({@code src/bench/aggregate.sh} times every method on 50,000 firms ×
 * 100 children).</li>
 * </ul>
 */
public sealed interface Aggregation permits Aggregation.Arithmetic, Aggregation.Geometric, Aggregation.Harmonic,
		Aggregation.Topsis, Aggregation.Vikor {

	/**
	 * Each firm's score: {@code children[c][f]} is child {@code c}'s score for firm {@code f}
	 * ({@code NaN} = missing); {@code weights[c] >= 0} are relative (normalised here).
	 */
	Aggregated aggregate(double[][] children, double[] weights);

	/**
	 * The weighted arithmetic mean Σ w·x, on the children's scale. Per firm, missing children are
	 * skipped and the weights of the present ones re-normalised to sum 1; a firm with no present
	 * child gets {@code NaN}. Any finite score is accepted.
	 */
	record Arithmetic() implements Aggregation {
		@Override
		public Aggregated aggregate(double[][] children, double[] weights) {
			return WeightedMeans.arithmetic(ChildScores.of(children, weights));
		}
	}

	/**
	 * The weighted geometric mean Π x^w, on the children's scale, computed as exp(Σ w·ln x) (the
	 * tests check it against the direct product to a relative 1e-12). Per firm, missing children
	 * are skipped and the weights of the present ones re-normalised to sum 1; a firm with no
	 * present child gets {@code NaN}. Scores must be above 0: the first score {@code <= 0} in firm
	 * order, then child order, throws a {@link NonPositiveValueException} naming firm, child and
	 * score (normalise to a positive range such as 1–100).
	 */
	record Geometric() implements Aggregation {
		@Override
		public Aggregated aggregate(double[][] children, double[] weights) {
			return WeightedMeans.geometric(ChildScores.of(children, weights));
		}
	}

	/**
	 * The weighted harmonic mean 1 / Σ(w/x), on the children's scale. Per firm, missing children
	 * are skipped and the weights of the present ones re-normalised to sum 1; a firm with no
	 * present child gets {@code NaN}. Scores must be above 0: the first score {@code <= 0} in firm
	 * order, then child order, throws a {@link NonPositiveValueException} naming firm, child and
	 * score (normalise to a positive range such as 1–100).
	 */
	record Harmonic() implements Aggregation {
		@Override
		public Aggregated aggregate(double[][] children, double[] weights) {
			return WeightedMeans.harmonic(ChildScores.of(children, weights));
		}
	}

	/**
	 * TOPSIS (Hwang and Yoon 1981): the score is 100·C, C being the firm's relative closeness to
	 * the ideal, from 0 (at the anti-ideal on every child) to 100 (at the ideal on every child).
	 * <ol>
	 * <li>Each child's column is normalised: with {@code vectorNormalisation}, r = x / √Σx² (an
	 * all-zero column gives r = 0); otherwise min-max, r = (x − min) / (max − min) (a column with
	 * a single value gives r = 0). Either way a column with a single value adds nothing to any
	 * distance.</li>
	 * <li>v = w·r, with the weights normalised over all children.</li>
	 * <li>Ideal A+ = the largest v of each child, anti-ideal A− = the smallest (higher is
	 * better).</li>
	 * <li>D+ = √Σ(v − A+)², D− = √Σ(v − A−)²; C = D− / (D+ + D−), and C = 0.5 when both are 0 (a
	 * firm at the ideal and the anti-ideal at once, on children where all firms are equal).</li>
	 * </ol>
	 * Missing values, lexbench's choice (the method assumes a full table): a child's statistics
	 * (√Σx², min, max, A+, A−) use the present values only, and a firm's distances add up its
	 * present children only, with the weights unchanged (re-normalising them per firm would move
	 * the firm but not the ideal); a firm with no present child gets {@code NaN}. Scores of any
	 * sign are accepted. Details {@code D+}, {@code D-}, {@code C} by firm.
	 */
	record Topsis(boolean vectorNormalisation) implements Aggregation {

		public static final String DISTANCE_TO_IDEAL = "D+";

		public static final String DISTANCE_TO_ANTI_IDEAL = "D-";

		public static final String CLOSENESS = "C";

		/** Vector normalisation, as Hwang and Yoon define the method. */
		public Topsis() {
			this(true);
		}

		@Override
		public Aggregated aggregate(double[][] children, double[] weights) {
			return TopsisCloseness.of(ChildScores.of(children, weights), this.vectorNormalisation);
		}
	}

	/**
	 * VIKOR (Opricovic and Tzeng 2004): the score is 100·(1 − Q), Q being the firm's compromise
	 * index, from 0 (the best S and the best R) to 1.
	 * <ol>
	 * <li>Per child, over the present values: best f* = max, worst f− = min (higher is
	 * better).</li>
	 * <li>S = Σ w·(f* − x)/(f* − f−), the group utility; R = max of the same terms, the individual
	 * regret. A child where f* = f− contributes 0.</li>
	 * <li>Q = v·(S − S*)/(S− − S*) + (1 − v)·(R − R*)/(R− − R*), with S* = min S, S− = max S,
	 * R* = min R, R− = max R over firms with a present child; a part whose denominator is 0 is
	 * 0.</li>
	 * </ol>
	 * Missing values, lexbench's choice: a firm's missing children are skipped and the weights of
	 * its present ones re-normalised to sum 1 in both S and R, so a firm is judged on its present
	 * children as the means judge it. Not re-normalising would count a missing child as zero
	 * regret, as good as the best firm on it, so leaving blank any value on which a firm is not
	 * the best would raise its score. A firm with no present child gets {@code NaN} and takes no
	 * part in S*, S−, R*, R−. Scores of any sign are accepted. Details {@code S}, {@code R},
	 * {@code Q} by firm.
	 *
	 * @param v the weight of the group utility S against the individual regret R, in [0, 1]
	 */
	record Vikor(double v) implements Aggregation {

		public static final double DEFAULT_V = 0.5;

		public static final String GROUP_UTILITY = "S";

		public static final String INDIVIDUAL_REGRET = "R";

		public static final String COMPROMISE_INDEX = "Q";

		public Vikor {
			if (!(v >= 0 && v <= 1)) {
				throw new IllegalArgumentException("VIKOR's v must be between 0 and 1, got " + v);
			}
		}

		/** v = 0.5: group utility and individual regret weigh the same ("by consensus"). */
		public Vikor() {
			this(DEFAULT_V);
		}

		@Override
		public Aggregated aggregate(double[][] children, double[] weights) {
			return VikorCompromise.of(ChildScores.of(children, weights), this.v);
		}
	}

}
