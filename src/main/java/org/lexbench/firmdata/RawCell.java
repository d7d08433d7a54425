package org.lexbench.firmdata;

/**
 * One cell exactly as a spreadsheet or CSV file holds it, before it is read as a value: its text,
 * its number — the number a spreadsheet stored, or for a text cell the number it plainly writes
 * ({@code 1234}, {@code -0.5}; NaN for any other text) — what kind of cell it is, and whether the
 * spreadsheet formats it as a percentage or a date. A text cell of only spaces is blank.
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
		OVERSIZED,
		/** A formula whose result the file does not hold (never calculated); {@code text} is the formula. */
		UNCALCULATED
	}

	public static final RawCell BLANK = new RawCell(Kind.BLANK, "", Double.NaN, false, false);

	public RawCell {
		text = text == null ? "" : text;
		if (kind == Kind.TEXT && text.isBlank()) {
			kind = Kind.BLANK;
		}
	}

	/** A text cell; a plain decimal is parsed here, on the thread that reads the file. */
	public static RawCell text(String text) {
		return text == null || text.isBlank() ? BLANK : new RawCell(Kind.TEXT, text, NumberText.plain(text), false, false);
	}

	public static RawCell number(double value, String shownAs, boolean percentFormat, boolean dateFormat) {
		return new RawCell(Kind.NUMBER, shownAs, value, percentFormat, dateFormat);
	}

	/**
	 * A number stored as the text {@code raw}, parsed when it is first asked for: not on the thread
	 * that unzips and parses a workbook, which is the slower of the two.
	 */
	static RawCell numberText(String raw, boolean percentFormat) {
		return numeric(raw) ? new RawCell(Kind.NUMBER, raw, Double.NaN, percentFormat, false) : text(raw);
	}

	/** Whether {@code raw} is a number as a workbook stores one: {@code -1.25E-3}; a hostile file may store anything. */
	private static boolean numeric(String raw) {
		int digits = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c != '.' && c != '-' && c != '+' && c != 'E' && c != 'e') {
				return false;
			}
		}
		return digits > 0 && raw.length() < 40;
	}

	/** The number the cell holds (see the type's description); a stored number given as text is parsed now. */
	@Override
	public double number() {
		if (this.kind == Kind.NUMBER && Double.isNaN(this.number)) {
			try {
				double parsed = Double.parseDouble(this.text);
				return Double.isFinite(parsed) ? parsed : Double.NaN;
			}
			catch (NumberFormatException notANumber) {
				return Double.NaN;
			}
		}
		return this.number;
	}

	/** A cell whose text is longer than the limit: not read, only its length kept. */
	public static RawCell oversized(int length) {
		return new RawCell(Kind.OVERSIZED, "", length, false, false);
	}

	/**
	 * The cell as its user typed it, for messages: a stored number without the {@code .0} a
	 * program may write ({@code 24}, not {@code 24.0}); other cells' text.
	 */
	public String shown() {
		if (this.kind != Kind.NUMBER) {
			return this.text;
		}
		double v = number();
		return Double.isNaN(v) ? this.text : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
	}

	public boolean isBlank() {
		return this.kind == Kind.BLANK;
	}

}
