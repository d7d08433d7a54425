package org.lexbench.report.dataset;

/**
 * How a dataset column's values are stored, as the codebook names it: text, whole numbers, real
 * numbers, or 0/1 flags.
 */
enum ColumnType {

	TEXT, INTEGER, NUMBER, FLAG;

	/** The word the codebook uses: {@code text}, {@code integer}, {@code number}, {@code flag}. */
	String keyword() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
