package org.lexbench.scoring;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntBinaryOperator;

/**
 * Ranks of firms by score, rank 1 for the highest score, with a chosen {@link TieRule} and an
 * optional tie-break column; a missing (NaN) score is left unranked (NaN), as R's
 * {@code na.last = "keep"} in COINr's {@code get_results()}.
 *
 * <p>Scores are equal only when they are equal doubles ({@code ==}, so 0.0 and −0.0 tie): no
 * tolerance, as COINr ranks exact values with {@code rank(-x, ties.method = "min")}. Round scores
 * before ranking if a printed tie should be a ranked tie. Sorting is a stable O(n log n) merge sort,
 * so equal input gives equal output.
 */
public final class Ranking {

	private Ranking() {
	}

	/** Ranks without a tie-break. */
	public static double[] ranks(double[] scores, TieRule rule) {
		return ranks(scores, rule, null);
	}

	/**
	 * Ranks the scores; among equal scores a higher {@code tieBreak} value ranks first, a missing
	 * tie-break last, and only rows equal in both share a rank.
	 * @param scores one score per firm, NaN for none
	 * @param rule how equal rows share ranks
	 * @param tieBreak one value per firm, or null for no tie-break
	 * @return one rank per firm, in input order; NaN where the score is NaN
	 */
	public static double[] ranks(double[] scores, TieRule rule, double[] tieBreak) {
		Objects.requireNonNull(scores, "scores");
		Objects.requireNonNull(rule, "rule");
		if (tieBreak != null && tieBreak.length != scores.length) {
			throw new IllegalArgumentException(
					"tie-break has " + tieBreak.length + " values for " + scores.length + " scores");
		}
		int[] rows = new int[scores.length];
		int present = 0;
		for (int i = 0; i < scores.length; i++) {
			if (!Double.isNaN(scores[i])) {
				rows[present++] = i;
			}
		}
		rows = Arrays.copyOf(rows, present);
		IntBinaryOperator order = (a, b) -> {
			int byScore = descending(scores[a], scores[b]);
			return (byScore != 0 || tieBreak == null) ? byScore : descendingMissingLast(tieBreak[a], tieBreak[b]);
		};
		IndexOrder.sort(rows, order);

		double[] ranks = new double[scores.length];
		Arrays.fill(ranks, Double.NaN);
		int groupsAhead = 0;
		for (int first = 0; first < present;) {
			int last = first + 1;
			while (last < present && order.applyAsInt(rows[first], rows[last]) == 0) {
				last++;
			}
			double rank = rule.rank(first + 1, last, groupsAhead++);
			for (int k = first; k < last; k++) {
				ranks[rows[k]] = rank;
			}
			first = last;
		}
		return ranks;
	}

	/** Higher first; equal only when {@code ==} (never called with NaN). */
	private static int descending(double a, double b) {
		return (a > b) ? -1 : (a < b) ? 1 : 0;
	}

	private static int descendingMissingLast(double a, double b) {
		if (Double.isNaN(a) || Double.isNaN(b)) {
			return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
		}
		return descending(a, b);
	}

}
