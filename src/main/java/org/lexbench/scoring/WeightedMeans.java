package org.lexbench.scoring;

/**
 * The weighted arithmetic, geometric and harmonic means of each firm's present children, with
 * the weights of the present children re-normalised to sum 1.
 *
 * <p>The loops run child by child over contiguous columns (fast on 50,000 firms), adding each
 * firm's terms in child order, so the sums are the same on every run. Each mean has its own loop:
 * one shared loop calling a per-value function would not be inlined.
 */
final class WeightedMeans {

	private WeightedMeans() {
	}

	/**
	 * The weighted arithmetic mean, kept within its children's least and greatest value: rounding
	 * can put a mean of scores that are all 100 a hair above it (100.00000000000001), which a
	 * mean never is.
	 */
	static Aggregated arithmetic(ChildScores in) {
		double[] sums = new double[in.firms];
		double[] present = new double[in.firms];
		double[] least = new double[in.firms];
		double[] greatest = new double[in.firms];
		java.util.Arrays.fill(least, Double.POSITIVE_INFINITY);
		java.util.Arrays.fill(greatest, Double.NEGATIVE_INFINITY);
		for (int c = 0; c < in.values.length; c++) {
			double w = in.weights[c];
			if (w == 0) {
				continue;
			}
			double[] column = in.values[c];
			for (int f = 0; f < column.length; f++) {
				double x = column[f];
				if (Math.abs(x) <= Double.MAX_VALUE) {
					sums[f] += w * x;
					present[f] += w;
					least[f] = Math.min(least[f], x);
					greatest[f] = Math.max(greatest[f], x);
				}
				else if (x == x) {
					throw ChildScores.infinite(c, f, x);
				}
			}
		}
		for (int f = 0; f < sums.length; f++) {
			sums[f] = present[f] > 0 ? Math.min(greatest[f], Math.max(least[f], sums[f] / present[f])) : Double.NaN;
		}
		return Aggregated.of(sums);
	}

	static Aggregated geometric(ChildScores in) {
		double[] logs = new double[in.firms];
		double[] present = new double[in.firms];
		FirstNonPositive first = new FirstNonPositive();
		for (int c = 0; c < in.values.length; c++) {
			double w = in.weights[c];
			if (w == 0) {
				continue;
			}
			double[] column = in.values[c];
			for (int f = 0; f < column.length; f++) {
				double x = column[f];
				if (x > 0 && x <= Double.MAX_VALUE) {
					logs[f] += w * Math.log(x);
					present[f] += w;
				}
				else if (x == x) {
					first.offer(c, f, x);
				}
			}
		}
		first.throwIfAny("geometric");
		for (int f = 0; f < logs.length; f++) {
			logs[f] = present[f] > 0 ? Math.exp(logs[f] / present[f]) : Double.NaN;
		}
		return Aggregated.of(logs);
	}

	static Aggregated harmonic(ChildScores in) {
		double[] reciprocals = new double[in.firms];
		double[] present = new double[in.firms];
		FirstNonPositive first = new FirstNonPositive();
		for (int c = 0; c < in.values.length; c++) {
			double w = in.weights[c];
			if (w == 0) {
				continue;
			}
			double[] column = in.values[c];
			for (int f = 0; f < column.length; f++) {
				double x = column[f];
				if (x > 0 && x <= Double.MAX_VALUE) {
					reciprocals[f] += w / x;
					present[f] += w;
				}
				else if (x == x) {
					first.offer(c, f, x);
				}
			}
		}
		first.throwIfAny("harmonic");
		for (int f = 0; f < reciprocals.length; f++) {
			reciprocals[f] = present[f] > 0 ? present[f] / reciprocals[f] : Double.NaN;
		}
		return Aggregated.of(reciprocals);
	}

	/**
	 * The first value that is not above zero in firm order, then child order, kept while the loops
	 * run child by child; an infinite value is refused at once.
	 */
	private static final class FirstNonPositive {

		private int firm = Integer.MAX_VALUE;

		private int child;

		private double value;

		void offer(int child, int firm, double value) {
			if (Double.isInfinite(value)) {
				throw ChildScores.infinite(child, firm, value);
			}
			// children come in order, so a later child only wins with an earlier firm
			if (firm < this.firm) {
				this.firm = firm;
				this.child = child;
				this.value = value;
			}
		}

		void throwIfAny(String mean) {
			if (this.firm != Integer.MAX_VALUE) {
				throw new NonPositiveValueException(mean, this.firm, this.child, this.value);
			}
		}

	}

}
