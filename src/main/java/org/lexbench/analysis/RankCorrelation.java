package org.lexbench.analysis;

import java.util.Arrays;
import java.util.Comparator;

import org.lexbench.scoring.Ranking;
import org.lexbench.scoring.TieRule;

/**
 * How alike two orderings of the same firms are, over the {@code firms} that have a value in both
 * (a NaN in either leaves the firm out):
 * <ul>
 * <li>{@code spearman}: Spearman's ρ, the Pearson correlation of the two columns' fractional ranks
 * (tied values share the mean of the positions they span, R's {@code ties.method = "average"}),
 * the ranks taken among those common firms only. Without ties this is 1 − 6Σd²/(n(n² − 1)).</li>
 * <li>{@code kendall}: Kendall's τ-b, (C − D)/√((n₀ − n₁)(n₀ − n₂)), with C and D the concordant
 * and discordant pairs, n₀ = n(n − 1)/2 and n₁, n₂ the pairs tied in the first and in the second
 * column (Σ t(t − 1)/2 over groups of t equal values) — R's {@code cor(method = "kendall")},
 * SciPy's {@code kendalltau}. Counted by Knight's O(n log n) merge sort.</li>
 * </ul>
 * Either is NaN when it is undefined: fewer than two common firms, or a column whose common values
 * are all equal (no variance, no untied pair). The columns may be scores or ranks: both measures
 * depend only on the order, and equal values are ties.
 */
public record RankCorrelation(int firms, double spearman, double kendall) {

	/** The correlations of {@code x} and {@code y}, one value per firm in the same order. */
	public static RankCorrelation of(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException(x.length + " values against " + y.length);
		}
		int n = 0;
		for (int i = 0; i < x.length; i++) {
			n += Double.isNaN(x[i]) || Double.isNaN(y[i]) ? 0 : 1;
		}
		double[] a = new double[n];
		double[] b = new double[n];
		int k = 0;
		for (int i = 0; i < x.length; i++) {
			if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
				a[k] = x[i];
				b[k++] = y[i];
			}
		}
		return new RankCorrelation(n, spearman(a, b), kendall(a, b));
	}

	private static double spearman(double[] x, double[] y) {
		if (x.length < 2) {
			return Double.NaN;
		}
		return pearson(Ranking.ranks(x, TieRule.FRACTIONAL), Ranking.ranks(y, TieRule.FRACTIONAL));
	}

	private static double pearson(double[] x, double[] y) {
		int n = x.length;
		double mx = 0;
		double my = 0;
		for (int i = 0; i < n; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= n;
		my /= n;
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < n; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		if (sxx == 0 || syy == 0) {
			return Double.NaN;
		}
		return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
	}

	/** Knight (1966): sort by x then y, count the swaps a merge sort by y makes. */
	private static double kendall(double[] x, double[] y) {
		int n = x.length;
		if (n < 2) {
			return Double.NaN;
		}
		Integer[] boxed = new Integer[n];
		for (int i = 0; i < n; i++) {
			boxed[i] = i;
		}
		Arrays.sort(boxed, Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingDouble(i -> y[i]));
		double[] ys = new double[n];
		long tiedX = 0;
		long tiedBoth = 0;
		long runX = 1;
		long runBoth = 1;
		for (int k = 0; k < n; k++) {
			ys[k] = y[boxed[k]];
			if (k > 0) {
				boolean sameX = x[boxed[k]] == x[boxed[k - 1]];
				runX = sameX ? runX + 1 : 1;
				runBoth = sameX && ys[k] == ys[k - 1] ? runBoth + 1 : 1;
				tiedX += runX - 1;
				tiedBoth += runBoth - 1;
			}
		}
		long swaps = mergeCountingSwaps(ys, new double[n], 0, n);
		long tiedY = 0;
		long runY = 1;
		for (int k = 1; k < n; k++) {
			runY = ys[k] == ys[k - 1] ? runY + 1 : 1;
			tiedY += runY - 1;
		}
		long pairs = (long) n * (n - 1) / 2;
		double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
		if (denominator == 0) {
			return Double.NaN;
		}
		long concordantMinusDiscordant = pairs - tiedX - tiedY + tiedBoth - 2 * swaps;
		return Math.max(-1, Math.min(1, concordantMinusDiscordant / denominator));
	}

	/** Sorts {@code a[from, to)} ascending; returns the pairs it had in strictly descending order. */
	private static long mergeCountingSwaps(double[] a, double[] buffer, int from, int to) {
		if (to - from < 2) {
			return 0;
		}
		int mid = (from + to) >>> 1;
		long swaps = mergeCountingSwaps(a, buffer, from, mid) + mergeCountingSwaps(a, buffer, mid, to);
		int i = from;
		int j = mid;
		int k = from;
		while (i < mid && j < to) {
			if (a[i] <= a[j]) {
				buffer[k++] = a[i++];
			}
			else {
				swaps += mid - i;
				buffer[k++] = a[j++];
			}
		}
		while (i < mid) {
			buffer[k++] = a[i++];
		}
		while (j < to) {
			buffer[k++] = a[j++];
		}
		System.arraycopy(buffer, from, a, from, to - from);
		return swaps;
	}

}
