package org.lexbench.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How one indicator column is brought onto a common scale where higher is better, after COINr's
 * {@code n_*} functions (R/normalise.R) and the OECD/JRC Handbook (2008), step 5. Direction comes
 * first, as in COINr's {@code Normalise.numeric()}, which multiplies a lower-is-better column by −1
 * before normalising; each variant states what that means for it. NaN (missing) in gives NaN out;
 * the input is never modified; a constant column gets the stated value, never NaN.
 */
public sealed interface Normalisation {

	/** Normalises the column; {@code higherIsBetter = false} reverses it first. Returns a new array. */
	double[] apply(double[] column, boolean higherIsBetter);

	/**
	 * Min-max onto [low, high] ({@code n_minmax}): (x − min)/(max − min)·(high − low) + low; lower is
	 * better: (max − x)/(max − min)·(high − low) + low. A constant column maps to (low + high)/2
	 * (COINr returns NaN).
	 */
	record MinMax(double low, double high) implements Normalisation {

		public MinMax {
			if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
				throw new IllegalArgumentException("min-max needs finite low < high; got " + low + ", " + high);
			}
		}

		@Override
		public double[] apply(double[] column, boolean higherIsBetter) {
			double[] y = Orientation.of(column, higherIsBetter);
			ColumnSummary s = ColumnSummary.of(y);
			double range = s.max() - s.min();
			return Orientation.map(y, v -> s.constant() ? (this.low + this.high) / 2
					: (v - s.min()) / range * (this.high - this.low) + this.low);
		}

	}

	/**
	 * Z-score rescaled to the given mean and standard deviation ({@code n_zscore}):
	 * (x − mean(x))/sd(x)·sd + mean, with the sample standard deviation (n − 1); lower is better uses
	 * −z. A constant column, or a single value, maps to {@code mean} (COINr returns NaN).
	 */
	record ZScore(double mean, double sd) implements Normalisation {

		public ZScore {
			if (!Double.isFinite(mean) || !(sd > 0 && sd < Double.POSITIVE_INFINITY)) {
				throw new IllegalArgumentException("z-score needs a finite mean and a positive sd; got " + mean + ", " + sd);
			}
		}

		@Override
		public double[] apply(double[] column, boolean higherIsBetter) {
			double[] y = Orientation.of(column, higherIsBetter);
			ColumnSummary s = ColumnSummary.of(y);
			return Orientation.map(y,
					v -> s.constant() ? this.mean : (v - s.mean()) / s.sd() * this.sd + this.mean);
		}

	}

	/**
	 * Fixed goalposts in the indicator's raw unit ({@code n_goalposts} with {@code trunc2posts = TRUE}):
	 * (x − low)/(high − low), clipped to [0, 1], times {@code scale}; lower is better runs from high to
	 * low, (high − x)/(high − low), as COINr does with {@code direction = -1}. Needs no column statistic.
	 */
	record Goalposts(double low, double high, double scale) implements Normalisation {

		public Goalposts {
			if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
				throw new IllegalArgumentException("goalposts need finite low < high; got " + low + ", " + high);
			}
			if (!(scale > 0 && scale < Double.POSITIVE_INFINITY)) {
				throw new IllegalArgumentException("goalposts scale must be a positive number; got " + scale);
			}
		}

		@Override
		public double[] apply(double[] column, boolean higherIsBetter) {
			ColumnSummary.requireFiniteOrMissing(column);
			double width = this.high - this.low;
			return Orientation.map(column, x -> {
				double share = higherIsBetter ? (x - this.low) / width : (this.high - x) / width;
				return Math.min(1, Math.max(0, share)) * this.scale;
			});
		}

	}

	/**
	 * Distance to a target in the raw unit ({@code n_dist2targ}, times 100):
	 * 1 − (target − x)/(target − min) = (x − min)/(target − min)·100, capped at 100 when {@code cap};
	 * lower is better: (max − x)/(max − target)·100. When no present value falls short of the target
	 * (target at or beyond the worst value), every firm has reached it and scores 100; COINr would give
	 * NaN or, past it, negative scores.
	 */
	record Target(double target, boolean cap) implements Normalisation {

		public Target {
			if (!Double.isFinite(target)) {
				throw new IllegalArgumentException("target must be a finite number; got " + target);
			}
		}

		@Override
		public double[] apply(double[] column, boolean higherIsBetter) {
			double[] y = Orientation.of(column, higherIsBetter);
			double t = higherIsBetter ? this.target : -this.target;
			ColumnSummary s = ColumnSummary.of(y);
			return Orientation.map(y, v -> {
				if (t <= s.min()) {
					return 100;
				}
				double score = (v - s.min()) / (t - s.min()) * 100;
				return this.cap ? Math.min(100, score) : score;
			});
		}

	}

	/**
	 * Rank, as COINr's {@code n_rank}: {@code rank(x, ties.method = "min")}, so the lowest value ranks 1,
	 * higher values rank higher, and tied values share the lowest rank of their group (2, 4, 4, 9 →
	 * 1, 2, 2, 4); lower is better reverses the order. A constant column is all tied at 1.
	 */
	record Rank() implements Normalisation {

		@Override
		public double[] apply(double[] column, boolean higherIsBetter) {
			return Orientation.ascendingRanks(Orientation.of(column, higherIsBetter));
		}

	}

	/**
	 * Percentile rank in [0, 100], as COINr's {@code n_prank} times 100: (r − 1)/(n − 1)·100 with r the
	 * rank of {@link Rank} (ties at the lowest) and n the number of present values; lower is better
	 * reverses the order. A constant column, or a single value, scores 50 (COINr gives 0 or NaN).
	 */
	record Percentile() implements Normalisation {

		@Override
		public double[] apply(double[] column, boolean higherIsBetter) {
			double[] y = Orientation.of(column, higherIsBetter);
			ColumnSummary s = ColumnSummary.of(y);
			double[] ranks = Orientation.ascendingRanks(y);
			return Orientation.map(ranks, r -> s.constant() ? 50 : (r - 1) / (s.count() - 1) * 100);
		}

	}

	/**
	 * An ordinal or yes/no scale: each raw level value maps to its score (e.g. Chambers band 1 → 4, or
	 * yes = 1 → 100, no = 0 → 0). Direction is ignored, the scores already say what is better; a value
	 * that is not a level is an error.
	 */
	record Levels(Map<Double, Double> scores) implements Normalisation {

		public Levels {
			if (scores == null || scores.isEmpty()) {
				throw new IllegalArgumentException("levels need at least one level → score pair");
			}
			Map<Double, Double> copy = new HashMap<>();
			scores.forEach((level, score) -> {
				if (level == null || !Double.isFinite(level) || score == null || !Double.isFinite(score)) {
					throw new IllegalArgumentException("level " + level + " → score " + score + " must be two finite numbers");
				}
				copy.put(level + 0.0, score);
			});
			scores = Map.copyOf(copy);
		}

		@Override
		public double[] apply(double[] column, boolean higherIsBetter) {
			ColumnSummary.requireFiniteOrMissing(column);
			double[] out = new double[column.length];
			for (int i = 0; i < column.length; i++) {
				if (Double.isNaN(column[i])) {
					out[i] = Double.NaN;
					continue;
				}
				Double score = this.scores.get(column[i] + 0.0);
				if (score == null) {
					throw new IllegalArgumentException("column[" + i + "] is " + column[i]
							+ ", which is not a level; levels are " + new TreeMap<>(this.scores).keySet());
				}
				out[i] = score;
			}
			return out;
		}

	}

	/**
	 * No normalisation, for aggregation methods that normalise their inputs themselves: x unchanged, or
	 * −x when lower is better (COINr's {@code f_n = "none"} after its direction step).
	 */
	record None() implements Normalisation {

		@Override
		public double[] apply(double[] column, boolean higherIsBetter) {
			return Orientation.of(column, higherIsBetter);
		}

	}

}
