package org.lexbench.report.workbook;

/**
 * A message rendered once with a slot where a value goes, then filled cell by cell: the comments
 * of a quarter of a million changed values without rendering a message for each.
 */
record Template(String before, String after) {

	/** What a message is rendered with where the value will go. */
	static final String SLOT = "\u0001";

	static Template of(String rendered) {
		int at = rendered.indexOf(SLOT);
		if (at < 0) {
			throw new IllegalArgumentException("no slot in " + rendered);
		}
		return new Template(rendered.substring(0, at), rendered.substring(at + SLOT.length()));
	}

	String with(String value) {
		return this.before + value + this.after;
	}

}
