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
		if (tieBreak == null) {
			return bySortedValues(scores, rule);
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

	/**
	 * Ranks without a tie-break: the present scores (−0.0 counted as 0.0) are mapped to unsigned
	 * 64-bit keys that order as the doubles do and sorted by an LSD radix sort carrying the row
	 * numbers — no comparisons, so no mispredicted branches — then walked best first, equal keys
	 * (equal scores) forming one group. The same ranks as the general path, several times faster.
	 */
	private static double[] bySortedValues(double[] scores, TieRule rule) {
		int n = scores.length;
		long[] keys = new long[n];
		int[] rows = new int[n];
		int present = 0;
		for (int i = 0; i < n; i++) {
			if (!Double.isNaN(scores[i])) {
				long bits = Double.doubleToRawLongBits(scores[i] + 0.0);
				keys[present] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
				rows[present++] = i;
			}
		}
		radixSort(keys, rows, present);
		double[] ranks = new double[n];
		Arrays.fill(ranks, Double.NaN);
		int groupsAhead = 0;
		for (int end = present; end > 0;) {
			int start = end - 1;
			while (start > 0 && keys[start - 1] == keys[end - 1]) {
				start--;
			}
			double rank = rule.rank(present - end + 1, present - start, groupsAhead++);
			for (int k = start; k < end; k++) {
				ranks[rows[k]] = rank;
			}
			end = start;
		}
		return ranks;
	}

	/** Sorts the first {@code n} unsigned keys ascending, with their rows, byte by byte (stable). */
	private static void radixSort(long[] keys, int[] rows, int n) {
		int[][] counts = new int[8][257];
		for (int k = 0; k < n; k++) {
			long key = keys[k];
			for (int d = 0; d < 8; d++) {
				counts[d][(int) ((key >>> (8 * d)) & 0xFF) + 1]++;
			}
		}
		long[] keyBuffer = new long[n];
		int[] rowBuffer = new int[n];
		long[] fromKeys = keys;
		int[] fromRows = rows;
		long[] toKeys = keyBuffer;
		int[] toRows = rowBuffer;
		for (int d = 0; d < 8; d++) {
			int[] start = counts[d];
			if (n == 0 || start[(int) ((fromKeys[0] >>> (8 * d)) & 0xFF) + 1] == n) {
				continue; // every key has the same byte here: this pass would move nothing
			}
			for (int b = 0; b < 256; b++) {
				start[b + 1] += start[b];
			}
			for (int k = 0; k < n; k++) {
				int at = start[(int) ((fromKeys[k] >>> (8 * d)) & 0xFF)]++;
				toKeys[at] = fromKeys[k];
				toRows[at] = fromRows[k];
			}
			long[] swapKeys = fromKeys;
			fromKeys = toKeys;
			toKeys = swapKeys;
			int[] swapRows = fromRows;
			fromRows = toRows;
			toRows = swapRows;
		}
		if (fromKeys != keys) {
			System.arraycopy(fromKeys, 0, keys, 0, n);
			System.arraycopy(fromRows, 0, rows, 0, n);
		}
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
