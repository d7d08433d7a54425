package org.lexbench.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Cronbach's alpha of a dimension's children, the raw-score form on the firms with every child
 * present (listwise-complete): α = k/(k − 1) · (1 − Σσᵢ²/σ²ₜ), where k is the number of children,
 * σᵢ² the sample variance (n − 1) of child i and σ²ₜ the sample variance of the firms' sums of the
 * k children. Not the standardised alpha (from the mean correlation). Undefined (NaN, with the
 * reason) with fewer than 2 children, fewer than 2 complete firms, or sums that do not vary.
 *
 * @param value alpha, or NaN
 * @param items k, the number of children
 * @param firms the number of listwise-complete firms it was computed on
 * @param undefined why there is no value; empty when there is
 */
public record CronbachAlpha(double value, int items, int firms, Optional<Undefined> undefined) {

	/** Why alpha has no value. */
	public enum Undefined {
		/** Fewer than two children: nothing to be consistent with. */
		FEWER_THAN_TWO_ITEMS,
		/** Fewer than two firms with every child present: no variance. */
		FEWER_THAN_TWO_FIRMS,
		/** The sums of the children are the same for every complete firm. */
		NO_TOTAL_VARIANCE
	}

	/** Alpha of the columns {@code items} over the firms {@code among} marks that have every column present. */
	public static CronbachAlpha of(List<double[]> items, boolean[] among) {
		int k = items.size();
		boolean[] complete = among.clone();
		int n = 0;
		for (int f = 0; f < complete.length; f++) {
			for (double[] item : items) {
				complete[f] &= !Double.isNaN(item[f]);
			}
			n += complete[f] ? 1 : 0;
		}
		if (k < 2) {
			return new CronbachAlpha(Double.NaN, k, n, Optional.of(Undefined.FEWER_THAN_TWO_ITEMS));
		}
		if (n < 2) {
			return new CronbachAlpha(Double.NaN, k, n, Optional.of(Undefined.FEWER_THAN_TWO_FIRMS));
		}
		double[] sums = new double[complete.length];
		double itemVariances = 0;
		for (double[] item : items) {
			itemVariances += variance(item, complete, n);
			for (int f = 0; f < complete.length; f++) {
				sums[f] += complete[f] ? item[f] : 0;
			}
		}
		double total = variance(sums, complete, n);
		if (total == 0) {
			return new CronbachAlpha(Double.NaN, k, n, Optional.of(Undefined.NO_TOTAL_VARIANCE));
		}
		return new CronbachAlpha((double) k / (k - 1) * (1 - itemVariances / total), k, n, Optional.empty());
	}

	/** The sample variance (n − 1) of the marked values. */
	static double variance(double[] x, boolean[] marked, int n) {
		double sum = 0;
		for (int f = 0; f < x.length; f++) {
			sum += marked[f] ? x[f] : 0;
		}
		double mean = sum / n;
		double squares = 0;
		for (int f = 0; f < x.length; f++) {
			if (marked[f]) {
				squares += (x[f] - mean) * (x[f] - mean);
			}
		}
		return squares / (n - 1);
	}

}
