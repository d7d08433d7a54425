package org.lexbench.firmdata.synthetic;

import java.util.Collections;
import java.util.List;

/**
 * How the synthetic values of one indicator are distributed across firms: each variant turns a
 * firm's standard normal position on the indicator (see {@link Positions}) into a raw value, or
 * reads one of the firm's core quantities, which stay consistent with each other.
 */
sealed interface ValueShape {

	/** The raw value, before the column's plausible range and rounding, for year {@code t} of the firm. */
	double value(SyntheticFirm firm, int t, double position);

	/** A core quantity of the firm (lawyers, revenue, offices …) in the indicator's unit. */
	record Core(Quantity quantity, double factor) implements ValueShape {

		@Override
		public double value(SyntheticFirm firm, int t, double position) {
			return this.quantity.of(firm.years(), t) * this.factor;
		}

	}

	/**
	 * A lognormal with its own spread below and above the median (a two-piece lognormal), so a
	 * median and two percentiles that are not symmetric in logs are all met exactly.
	 */
	record LogNormal(double median, double sigmaBelow, double sigmaAbove) implements ValueShape {

		public LogNormal {
			if (!(median > 0 && sigmaBelow > 0 && sigmaAbove > 0)) {
				throw new IllegalArgumentException("lognormal needs a positive median and spreads, got " + median + ", "
						+ sigmaBelow + ", " + sigmaAbove);
			}
		}

		/** The lognormal with this median and 5th and 95th percentiles. */
		static LogNormal of(double median, double p5, double p95) {
			return new LogNormal(median, Math.log(median / p5) / DomainFigures.Z95,
					Math.log(p95 / median) / DomainFigures.Z95);
		}

		/** The symmetric lognormal with these 5th and 95th percentiles. */
		static LogNormal between(double p5, double p95) {
			return of(Math.sqrt(p5 * p95), p5, p95);
		}

		double at(double position) {
			return this.median * Math.exp(position * (position < 0 ? this.sigmaBelow : this.sigmaAbove));
		}

		@Override
		public double value(SyntheticFirm firm, int t, double position) {
			return at(position);
		}

	}

	/**
	 * {@code from} plus a lognormal: most values a little above {@code from}, a long tail up to
	 * the top of the range — counts of rare things, amounts that start at zero.
	 */
	record RightSkewed(double from, double median, double spread) implements ValueShape {

		public RightSkewed {
			if (!(median > 0 && spread > 0)) {
				throw new IllegalArgumentException("right-skewed needs a positive median and spread, got " + median + ", "
						+ spread);
			}
		}

		@Override
		public double value(SyntheticFirm firm, int t, double position) {
			return this.from + this.median * Math.exp(this.spread * position);
		}

	}

	/**
	 * A logit-normal on {@code (low, high)}: the shape of a beta distribution, with quantiles in
	 * closed form, so it takes the firm's position directly and never leaves the interval.
	 */
	record Share(double low, double high, double centre, double spread) implements ValueShape {

		public Share {
			if (!(low < high && spread > 0)) {
				throw new IllegalArgumentException("share needs low < high and a positive spread, got " + low + ", " + high
						+ ", " + spread);
			}
		}

		/**
		 * The share on {@code (low, high)} whose percentiles at ∓{@code z} standard deviations
		 * ({@link DomainFigures#Z95}: 5th and 95th) are {@code from} and {@code to}.
		 */
		static Share of(double low, double high, double from, double to, double z) {
			double a = StandardNormal.logit((from - low) / (high - low));
			double b = StandardNormal.logit((to - low) / (high - low));
			return new Share(low, high, (a + b) / 2, (b - a) / (2 * z));
		}

		/** A percentage (0–100) whose 1st and 99th percentiles are {@code from} and {@code to}. */
		static Share percent(double from, double to) {
			return of(0, 100, from, to, DomainFigures.Z99);
		}

		double at(double position) {
			return this.low + (this.high - this.low) * StandardNormal.logistic(this.centre + this.spread * position);
		}

		@Override
		public double value(SyntheticFirm firm, int t, double position) {
			return at(position);
		}

	}

	/**
	 * {@code low + (high − low) × u^power}, u the position's percentile: skewed towards {@code low}
	 * for a power above 1; whole numbers spread {@code low … high} evenly for power 1.
	 */
	record Skewed(double low, double high, double power, boolean whole) implements ValueShape {

		public Skewed {
			if (!(low < high && power > 0)) {
				throw new IllegalArgumentException("skewed needs low < high and a positive power, got " + low + ", "
						+ high + ", " + power);
			}
		}

		@Override
		public double value(SyntheticFirm firm, int t, double position) {
			double u = Math.pow(StandardNormal.cdf(position), this.power);
			if (this.whole) {
				double from = Math.ceil(this.low);
				return Math.min(Math.floor(this.high), Math.floor(from + (Math.floor(this.high) - from + 1) * u));
			}
			return this.low + (this.high - this.low) * u;
		}

	}

	/** Yes (1) for the share {@code rate} of firms with the highest positions, else no (0). */
	record YesNo(double rate) implements ValueShape {

		public YesNo {
			if (!(rate >= 0 && rate <= 1)) {
				throw new IllegalArgumentException("rate must be 0 to 1, got " + rate);
			}
		}

		@Override
		public double value(SyntheticFirm firm, int t, double position) {
			return StandardNormal.cdf(position) >= 1 - this.rate ? 1 : 0;
		}

	}

	/**
	 * Ordered outcomes, worst first, with the share of firms at each: ordinal level values or the
	 * indexes of categories. Higher positions get later outcomes.
	 */
	record Levels(List<Double> outcomes, List<Double> shares) implements ValueShape {

		public Levels {
			outcomes = List.copyOf(outcomes);
			shares = List.copyOf(shares);
			double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
			if (outcomes.isEmpty() || outcomes.size() != shares.size() || Math.abs(sum - 1) > 1e-9) {
				throw new IllegalArgumentException("levels need one share per outcome, summing to 1; got " + shares);
			}
		}

		/** Every outcome equally often. */
		static Levels even(List<Double> outcomes) {
			return new Levels(outcomes, Collections.nCopies(outcomes.size(), 1.0 / outcomes.size()));
		}

		@Override
		public double value(SyntheticFirm firm, int t, double position) {
			double u = StandardNormal.cdf(position);
			double cumulative = 0;
			for (int i = 0; i < this.shares.size() - 1; i++) {
				cumulative += this.shares.get(i);
				if (u < cumulative) {
					return this.outcomes.get(i);
				}
			}
			return this.outcomes.get(this.outcomes.size() - 1);
		}

	}

}
