package org.lexbench.firmdata.synthetic;

/**
 * What synthetic firm data to generate: how many firms, how many years ending with
 * {@code lastYear}, the seed that makes the output reproducible, and the share (0 to below 1) of
 * indicator cells left blank.
 */
public record GenerationSpec(int firms, int years, int lastYear, long seed, double missing) {

	/** Two million firms: far more than China's law firms (38,600 in 2022), enough for any benchmark. */
	public static final int MAX_FIRMS = 2_000_000;

	public static final int MAX_YEARS = 30;

	public static final int FIRST_LAST_YEAR = 1990;

	public static final int LAST_LAST_YEAR = 2100;

	public GenerationSpec {
		if (firms < 1 || firms > MAX_FIRMS) {
			throw new IllegalArgumentException("firms must be 1 to " + MAX_FIRMS + ", got " + firms);
		}
		if (years < 1 || years > MAX_YEARS) {
			throw new IllegalArgumentException("years must be 1 to " + MAX_YEARS + ", got " + years);
		}
		if (lastYear < FIRST_LAST_YEAR || lastYear > LAST_LAST_YEAR) {
			throw new IllegalArgumentException(
					"last year must be " + FIRST_LAST_YEAR + " to " + LAST_LAST_YEAR + ", got " + lastYear);
		}
		if (!(missing >= 0 && missing < 1)) {
			throw new IllegalArgumentException("missing must be at least 0 and below 1, got " + missing);
		}
	}

	/** The first year of the data: {@code lastYear - years + 1}. */
	public int firstYear() {
		return this.lastYear - this.years + 1;
	}

	/** Rows of data: one per firm and year. */
	public long records() {
		return (long) this.firms * this.years;
	}

}
