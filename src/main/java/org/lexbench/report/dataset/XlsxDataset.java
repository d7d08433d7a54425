package org.lexbench.report.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.lexbench.files.InertText;

/**
 * A table as an xlsx workbook, streamed by fastexcel: a header of the column names (bold, frozen,
 * with a filter), numbers as numeric cells, text as text cells — never a formula — and text a
 * spreadsheet would take for a formula formatted as text ({@code @}), so that editing the cell
 * does not bring it to life either. A sheet holds 1,048,575 data rows under its header (Excel's
 * 1,048,576 rows); a longer table continues on further sheets, {@code tidy (2)}, {@code tidy (3)}
 * …, each with the header repeated.
 */
final class XlsxDataset implements DatasetWriter {

	/** Data rows on one sheet: Excel's 1,048,576 rows less the header. */
	static final int SHEET_ROWS = Worksheet.MAX_ROWS - 1;

	/** Columns on one sheet, Excel's limit. */
	static final int SHEET_COLUMNS = Worksheet.MAX_COLS;

	/** Rows kept in memory before they are written out. */
	private static final int FLUSH_EVERY = 1_000;

	private final int sheetRows;

	XlsxDataset() {
		this(SHEET_ROWS);
	}

	/** A writer that starts a new sheet after {@code sheetRows} data rows (tests use a few). */
	XlsxDataset(int sheetRows) {
		if (sheetRows < 1 || sheetRows > SHEET_ROWS) {
			throw new IllegalArgumentException("rows per sheet must be 1 to " + SHEET_ROWS + ", got " + sheetRows);
		}
		this.sheetRows = sheetRows;
	}

	@Override
	public Written write(DatasetTable table, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "lexbench", "1.0");
		Sheets sheets = new Sheets(workbook, table);
		table.write(sheets);
		sheets.finish();
		workbook.finish();
		return new Written(sheets.rows, sheets.names);
	}

	/** The cells of a table on as many sheets as its rows need. */
	private final class Sheets implements Cells {

		private final Workbook workbook;

		private final String name;

		private final List<String> header;

		private final List<String> names = new ArrayList<>();

		private Worksheet sheet;

		/** The row being written on the current sheet (1 is the first data row), and the column. */
		private int row;

		private int column;

		private long rows;

		Sheets(Workbook workbook, DatasetTable table) throws IOException {
			this.workbook = workbook;
			this.name = table.name();
			this.header = table.columns().stream().map(DatasetColumn::name).toList();
			start();
		}

		private void start() {
			String sheetName = this.names.isEmpty() ? this.name : this.name + " (" + (this.names.size() + 1) + ")";
			this.names.add(sheetName);
			this.sheet = this.workbook.newWorksheet(sheetName);
			for (int c = 0; c < this.header.size(); c++) {
				this.sheet.value(0, c, this.header.get(c));
				this.sheet.width(c, Math.min(40, Math.max(10, this.header.get(c).length() + 2)));
			}
			if (!this.header.isEmpty()) {
				this.sheet.range(0, 0, 0, this.header.size() - 1).style().bold().set();
			}
			this.sheet.freezePane(0, 1);
			this.row = 1;
			this.column = 0;
		}

		/** The sheet to write the next cell on: a new one when the current one is full. */
		private Worksheet sheet() throws IOException {
			if (this.row > XlsxDataset.this.sheetRows) {
				finish();
				start();
			}
			return this.sheet;
		}

		@Override
		public void text(String value) throws IOException {
			Worksheet s = sheet();
			if (value != null && !value.isEmpty()) {
				s.value(this.row, this.column, value);
				if (!InertText.of(value).equals(value)) {
					s.style(this.row, this.column).format("@").set();
				}
			}
			this.column++;
		}

		@Override
		public void number(double value) throws IOException {
			Worksheet s = sheet();
			if (DecimalText.present(value)) {
				s.value(this.row, this.column, value);
			}
			this.column++;
		}

		@Override
		public void end() throws IOException {
			this.rows++;
			this.row++;
			this.column = 0;
			if (this.row % FLUSH_EVERY == 0) {
				this.sheet.flush();
			}
		}

		void finish() throws IOException {
			if (!this.header.isEmpty()) {
				this.sheet.setAutoFilter(0, 0, this.row - 1, this.header.size() - 1);
			}
			this.sheet.finish();
		}

	}

}
