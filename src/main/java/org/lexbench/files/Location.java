package org.lexbench.files;

/**
 * Where in an input a problem was found: a whole file, a line and column of a text file, or a
 * cell of a spreadsheet. Lines and columns count from 1.
 */
public sealed interface Location permits Location.WholeFile, Location.TextPosition, Location.SheetCell {

	String file();

	/** The place as users read it: {@code set.yaml:12:7} or {@code firms.xlsx › Data › D17}. */
	String render();

	/** The sheet of a spreadsheet cell; "" elsewhere. */
	default String sheet() {
		return this instanceof SheetCell c ? c.sheet : "";
	}

	/** The place within its file, for a table column: the cell ({@code D17}), the line ({@code 12} or {@code 12:7}), or "". */
	default String place() {
		if (this instanceof SheetCell c) {
			return c.cell;
		}
		return this instanceof TextPosition t ? t.line + (t.column > 0 ? ":" + t.column : "") : "";
	}

	/** The row or line the place is in (a cell's row number); 0 for a whole file. */
	default int row() {
		if (this instanceof TextPosition t) {
			return t.line;
		}
		if (this instanceof SheetCell c) {
			String digits = c.cell.replaceAll("\\D", "");
			return digits.isEmpty() ? 0 : Integer.parseInt(digits);
		}
		return 0;
	}

	static Location file(String file) {
		return new WholeFile(file);
	}

	static Location at(String file, int line, int column) {
		return new TextPosition(file, line, column);
	}

	static Location cell(String file, String sheet, String cell) {
		return new SheetCell(file, sheet, cell);
	}

	/** A problem with the file as a whole. */
	record WholeFile(String file) implements Location {
		@Override
		public String render() {
			return this.file;
		}
	}

	/** A line and column of a text file (column 0: the whole line). */
	record TextPosition(String file, int line, int column) implements Location {
		public TextPosition {
			if (line < 1 || column < 0) {
				throw new IllegalArgumentException("line must be >= 1 and column >= 0, got " + line + ":" + column);
			}
		}

		@Override
		public String render() {
			return this.column > 0 ? this.file + ":" + this.line + ":" + this.column : this.file + ":" + this.line;
		}
	}

	/** A cell of a spreadsheet, in A1 notation. */
	record SheetCell(String file, String sheet, String cell) implements Location {
		@Override
		public String render() {
			return this.file + " › " + this.sheet + " › " + this.cell;
		}
	}

}
