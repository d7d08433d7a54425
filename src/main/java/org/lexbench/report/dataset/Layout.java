package org.lexbench.report.dataset;

import java.util.Locale;

/**
 * The shapes a dataset takes: wide (a row per firm and year, with everything), tidy (a row per
 * firm, indicator and year, with every step's value), scores (a row per firm and year, with the
 * status, tier and the score and rank at every node only — what {@code score --out} writes).
 */
public enum Layout {

	WIDE, TIDY, SCORES;

	public String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}

}
