package org.lexbench.indicator;

/** The values an indicator can plausibly take, in its own unit; values outside are warned about. */
public record PlausibleRange(double min, double max) {

	public PlausibleRange {
		if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
			throw new IllegalArgumentException("range must be two finite numbers, min < max; got " + min + ", " + max);
		}
	}

	public boolean contains(double value) {
		return value >= this.min && value <= this.max;
	}

}
