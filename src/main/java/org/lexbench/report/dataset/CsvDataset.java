package org.lexbench.report.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.lexbench.files.InertText;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * A table as CSV: UTF-8 with a byte-order mark (Excel on Chinese Windows then reads it as UTF-8),
 * a header of the column names, RFC 4180 quoting (a field with a comma, quote or line break is
 * quoted, quotes doubled) and CRLF line ends, by FastCSV. Numbers are the shortest text that reads
 * back as the same double; a missing value is an empty field. Text a spreadsheet would take for a
 * formula gets a leading apostrophe.
 */
final class CsvDataset implements DatasetWriter {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Override
	public Written write(DatasetTable table, OutputStream out) throws IOException {
		out.write(BOM);
		CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8);
		csv.writeRecord(table.columns().stream().map(DatasetColumn::name).toList());
		Fields fields = new Fields(csv);
		table.write(fields);
		csv.flush();
		return new Written(fields.rows, List.of());
	}

	/** The cells of a table as the fields of CSV records. */
	private static final class Fields implements Cells {

		private final CsvWriter csv;

		private CsvWriter.CsvWriterRecord record;

		private long rows;

		Fields(CsvWriter csv) {
			this.csv = csv;
		}

		private CsvWriter.CsvWriterRecord record() {
			if (this.record == null) {
				this.record = this.csv.writeRecord();
			}
			return this.record;
		}

		@Override
		public void text(String value) {
			record().writeField(value == null ? "" : InertText.of(value));
		}

		@Override
		public void number(double value) {
			record().writeField(DecimalText.present(value) ? DecimalText.of(value) : "");
		}

		@Override
		public void end() {
			record().endRecord();
			this.record = null;
			this.rows++;
		}

	}

}
