package org.lexbench.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * One indicator column after outlier treatment, in the indicator's own unit (or its natural log),
 * with NaN where a value is missing, and what was done to it: the skewness and excess kurtosis
 * before and after, the points winsorised and at which end, whether the log was taken, and whether
 * the column passed the skew-and-kurtosis test before and after.
 *
 * @param values the treated column, the same length and order as the input
 * @param skewBefore sample skewness G1 of the input (NaN when fewer than 3 values or constant)
 * @param kurtosisBefore excess kurtosis G2 of the input (NaN when fewer than 4 values or constant)
 * @param skewAfter G1 of {@code values}
 * @param kurtosisAfter G2 of {@code values}
 * @param winsorisedPoints how many values winsorisation replaced; when {@code logFallback}, how many
 * it had replaced before giving up (those replacements are not in {@code values}), as COINr reports
 * {@code winsorise.nwin} beside the log
 * @param tail the end or ends at which values were winsorised
 * @param logFallback whether winsorisation failed and the untreated values were log-transformed
 * instead
 * @param logShift the constant c in values = ln(x + c) when a log was taken, NaN otherwise
 * @param passedBefore whether the input passed the test (|G1| &lt; skew limit or G2 &lt; kurtosis
 * limit; undefined moments pass)
 * @param passedAfter whether {@code values} pass the same test
 */
public record Treated(double[] values, double skewBefore, double kurtosisBefore, double skewAfter,
		double kurtosisAfter, int winsorisedPoints, Tail tail, boolean logFallback, double logShift,
		boolean passedBefore, boolean passedAfter) {

	/** The end of the distribution at which winsorisation replaced values. */
	public enum Tail {

		NONE, UPPER, LOWER, BOTH;

		Tail and(boolean upper) {
			Tail side = upper ? UPPER : LOWER;
			return (this == NONE || this == side) ? side : BOTH;
		}

	}

	public Treated {
		Objects.requireNonNull(values, "values");
		Objects.requireNonNull(tail, "tail");
		if (winsorisedPoints < 0) {
			throw new IllegalArgumentException("winsorised points must be 0 or more; got " + winsorisedPoints);
		}
		if ((winsorisedPoints == 0) != (tail == Tail.NONE)) {
			throw new IllegalArgumentException(
					"tail " + tail + " does not fit " + winsorisedPoints + " winsorised points");
		}
		if (logFallback && Double.isNaN(logShift)) {
			throw new IllegalArgumentException("a log fallback needs the shift c of ln(x + c)");
		}
		values = values.clone();
	}

	static Treated unchanged(double[] column, Moments moments, boolean passed) {
		return new Treated(column, moments.skewness(), moments.kurtosis(), moments.skewness(), moments.kurtosis(), 0,
				Tail.NONE, false, Double.NaN, passed, passed);
	}

	@Override
	public double[] values() {
		return this.values.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Treated t && Arrays.equals(this.values, t.values)
				&& Double.compare(this.skewBefore, t.skewBefore) == 0
				&& Double.compare(this.kurtosisBefore, t.kurtosisBefore) == 0
				&& Double.compare(this.skewAfter, t.skewAfter) == 0
				&& Double.compare(this.kurtosisAfter, t.kurtosisAfter) == 0
				&& this.winsorisedPoints == t.winsorisedPoints && this.tail == t.tail
				&& this.logFallback == t.logFallback && Double.compare(this.logShift, t.logShift) == 0
				&& this.passedBefore == t.passedBefore && this.passedAfter == t.passedAfter;
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.values) + Objects.hash(this.skewBefore, this.kurtosisBefore, this.skewAfter,
				this.kurtosisAfter, this.winsorisedPoints, this.tail, this.logFallback, this.logShift,
				this.passedBefore, this.passedAfter);
	}

	@Override
	public String toString() {
		return "Treated[values=" + Arrays.toString(this.values) + ", skew " + this.skewBefore + " → " + this.skewAfter
				+ ", kurtosis " + this.kurtosisBefore + " → " + this.kurtosisAfter + ", winsorised "
				+ this.winsorisedPoints + " (" + this.tail + "), logFallback=" + this.logFallback + ", logShift="
				+ this.logShift + ", passed " + this.passedBefore + " → " + this.passedAfter + "]";
	}

}
