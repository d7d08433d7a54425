package org.lexbench.firmdata;

/**
 * One cell exactly as a spreadsheet or CSV file holds it, before it is read as a value: its text,
 * the number a spreadsheet stored (NaN for text cells and for every CSV cell), what kind of cell it
 * is, and whether the spreadsheet formats it as a percentage or a date.
 */
public record RawCell(Kind kind, String text, double number, boolean percentFormat, boolean dateFormat) {

	/** What the file says a cell is. */
	public enum Kind {
		/** Text (every CSV cell). */
		TEXT,
		/** A number stored as a number (a formula's cached value included). */
		NUMBER,
		/** TRUE or FALSE. */
		BOOLEAN,
		/** An Excel error such as #N/A or #DIV/0!. */
		ERROR,
		/** Nothing. */
		BLANK,
		/** Text longer than lexbench reads; {@code number} holds its length. */
		OVERSIZED
	}

	public static final RawCell BLANK = new RawCell(Kind.BLANK, "", Double.NaN, false, false);

	public RawCell {
		text = text == null ? "" : text;
	}

	public static RawCell text(String text) {
		return text == null || text.isBlank() ? BLANK : new RawCell(Kind.TEXT, text, Double.NaN, false, false);
	}

	public static RawCell number(double value, String shownAs, boolean percentFormat, boolean dateFormat) {
		return new RawCell(Kind.NUMBER, shownAs, value, percentFormat, dateFormat);
	}

	/** A cell whose text is longer than the limit: not read, only its length kept. */
	public static RawCell oversized(int length) {
		return new RawCell(Kind.OVERSIZED, "", length, false, false);
	}

	public boolean isBlank() {
		return this.kind == Kind.BLANK || (this.kind == Kind.TEXT && this.text.isBlank());
	}

}
