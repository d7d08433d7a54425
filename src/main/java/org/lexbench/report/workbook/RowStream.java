package org.lexbench.report.workbook;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.util.CellReference;
import org.lexbench.files.InertText;

/**
 * Writes the rows of one sheet — the content of its {@code <sheetData>} — into the package as it
 * is being written: rows top to bottom, cells left to right, no cell objects and no temporary
 * file. A number is a number cell (NaN: no value), text an inline string; text a spreadsheet would
 * read as a formula (it starts with {@code = + - @}, a tab or a carriage return) is stored as the
 * text it is, with the quote-prefixed variant of its look.
 */
final class RowStream implements Cells {

	/** Excel's limit on the characters of a cell. */
	static final int MOST_CHARACTERS = 32_767;

	/** Excel's last row, counted from 0. */
	static final int LAST_ROW = 1_048_575;

	/** The letters of every column Excel has (0 is A). */
	private static final byte[][] COLUMNS = new byte[16_384][];

	static {
		for (int c = 0; c < COLUMNS.length; c++) {
			COLUMNS[c] = CellReference.convertNumToColString(c).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		}
	}

	private final XmlOut xml;

	private int row = -1;

	private int column;

	private boolean open;

	RowStream(OutputStream out) {
		this.xml = new XmlOut(out);
	}

	/** Starts the next row. */
	@Override
	public void row() throws IOException {
		row(this.row + 1, Double.NaN);
	}

	/** Starts row {@code index} (from 0, after the current one), {@code height} points high (NaN: Excel's default). */
	@Override
	public void row(int index, double height) throws IOException {
		if (index <= this.row || index > LAST_ROW) {
			throw new IllegalArgumentException("row " + index + " does not follow row " + this.row);
		}
		end();
		this.row = index;
		this.column = 0;
		this.xml.ascii("<row r=\"").integer(index + 1L);
		if (!Double.isNaN(height)) {
			this.xml.ascii("\" ht=\"").number(height).ascii("\" customHeight=\"1");
		}
		this.xml.ascii("\">");
		this.open = true;
	}

	/** The row being written, from 0; -1 before the first. */
	int rowIndex() {
		return this.row;
	}

	/** Moves to column {@code index} (from 0, not before the current one). */
	@Override
	public void at(int index) {
		if (index < this.column) {
			throw new IllegalArgumentException("column " + index + " is before column " + this.column);
		}
		this.column = index;
	}

	@Override
	public void number(double value, Look look) throws IOException {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			blank(look);
			return;
		}
		start(look.style());
		this.xml.ascii("><v>").number(value).ascii("</v></c>");
		this.column++;
	}

	@Override
	public void text(String text, Look look) throws IOException {
		if (text == null || text.isEmpty()) {
			blank(look);
			return;
		}
		String kept = text.length() > MOST_CHARACTERS ? text.substring(0, MOST_CHARACTERS - 1) + "…" : text;
		boolean live = !InertText.of(kept).equals(kept);
		start(live ? look.inertStyle() : look.style());
		this.xml.ascii(" t=\"inlineStr\"><is><t");
		if (Character.isWhitespace(kept.charAt(0)) || Character.isWhitespace(kept.charAt(kept.length() - 1))) {
			this.xml.ascii(" xml:space=\"preserve\"");
		}
		this.xml.ascii(">").text(kept).ascii("</t></is></c>");
		this.column++;
	}

	/** An empty cell; it is written only when its look is not the default one (a fill, a border). */
	@Override
	public void blank(Look look) throws IOException {
		if (look.style() != 0) {
			start(look.style());
			this.xml.ascii("/>");
		}
		this.column++;
	}

	/** Ends the last row and sends everything on. */
	void finish() throws IOException {
		end();
		this.xml.flush();
	}

	private void start(int style) throws IOException {
		if (!this.open) {
			throw new IllegalStateException("a cell needs a row: call row() first");
		}
		this.xml.ascii("<c r=\"").ascii(column(this.column)).integer(this.row + 1L).ascii("\"");
		if (style != 0) {
			this.xml.ascii(" s=\"").integer(style).ascii("\"");
		}
	}

	private void end() throws IOException {
		if (this.open) {
			this.xml.ascii("</row>");
			this.open = false;
		}
	}

	/** The letters of a column (0 is A). */
	static byte[] column(int index) {
		return COLUMNS[index];
	}

}
