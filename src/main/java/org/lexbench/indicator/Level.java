package org.lexbench.indicator;

/**
 * One level of an ordinal indicator: the number recorded in the data, its label, and the score
 * (0–100) the {@code ordinal} normalisation gives it.
 */
public record Level(double value, Bilingual label, double score) {

	public Level {
		if (!Double.isFinite(value) || !Double.isFinite(score)) {
			throw new IllegalArgumentException("level value and score must be finite, got " + value + ", " + score);
		}
	}

}
