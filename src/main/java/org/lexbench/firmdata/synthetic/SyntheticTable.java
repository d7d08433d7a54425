package org.lexbench.firmdata.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The file formats synthetic data are written in, wide layout, header in row 1: CSV (UTF-8 with a
 * byte-order mark, comma) and xlsx (sheet 数据, numbers as numeric cells, text as inline strings).
 * Rows are written as they are generated; neither format holds more than a window of them.
 */
enum SyntheticTable {

	CSV(".csv") {
		@Override
		void write(OutputStream out, List<SyntheticColumn> columns, Rows rows) throws IOException {
			out.write(BYTE_ORDER_MARK);
			CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			csv.writeRecord(headers(columns));
			String[] fields = new String[FIRM_HEADERS.size() + columns.size()];
			rows.writeTo((firm, year, t, values) -> {
				List<Object> cells = firmCells(firm, year, t);
				for (int c = 0; c < cells.size(); c++) {
					fields[c] = String.valueOf(cells.get(c));
				}
				for (int j = 0; j < values.length; j++) {
					fields[cells.size() + j] = Double.isNaN(values[j]) ? "" : columns.get(j).text(values[j]);
				}
				csv.writeRecord(fields);
			});
			csv.flush();
		}
	},

	XLSX(".xlsx") {
		@Override
		void requireRoom(long records) {
			if (records + 1 > XLSX_MAX_ROWS) {
				throw new IllegalArgumentException("an xlsx sheet holds " + (XLSX_MAX_ROWS - 1) + " rows of data; " + records
						+ " firm-years need a .csv file");
			}
		}

		@Override
		void write(OutputStream out, List<SyntheticColumn> columns, Rows rows) throws IOException {
			// rows are generated while the workbook is written, straight into the zip: no temporary
			// files, and 7 s for 50,000 firms × 100 indicators where SXSSFWorkbook with compressed
			// temporary files took 10 s
			DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(WINDOW);
			try {
				DeferredSXSSFSheet sheet = workbook.createSheet(SHEET);
				sheet.createFreezePane(0, 1);
				sheet.setRowGenerator(s -> writeRows(s, columns, rows));
				workbook.write(out);
			}
			finally {
				workbook.close();
			}
		}

		private void writeRows(SXSSFSheet sheet, List<SyntheticColumn> columns, Rows rows) throws IOException {
			Row header = sheet.createRow(0);
			List<String> headers = headers(columns);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			int[] next = { 1 };
			rows.writeTo((firm, year, t, values) -> {
				Row row = sheet.createRow(next[0]++);
				List<Object> cells = firmCells(firm, year, t);
				for (int c = 0; c < cells.size(); c++) {
					if (cells.get(c) instanceof Integer number) {
						row.createCell(c).setCellValue(number);
					}
					else {
						row.createCell(c).setCellValue((String) cells.get(c));
					}
				}
				for (int j = 0; j < values.length; j++) {
					if (!Double.isNaN(values[j])) {
						SyntheticColumn column = columns.get(j);
						if (column.textual()) {
							row.createCell(cells.size() + j).setCellValue(column.text(values[j]));
						}
						else {
							row.createCell(cells.size() + j).setCellValue(values[j]);
						}
					}
				}
			});
		}
	};

	/** The data sheet of an xlsx file. */
	static final String SHEET = "数据";

	/** Rows an xlsx sheet holds, the header included. */
	static final int XLSX_MAX_ROWS = 1_048_576;

	/** Rows of an xlsx sheet kept in memory before they are written out. */
	static final int WINDOW = 100;

	/**
	 * The columns before the indicators, each a standard column the loader recognises (the English
	 * name is the standard attribute name_en: "Firm name" would be a second firm-name column).
	 */
	static final List<String> FIRM_HEADERS = List.of("律所名称", "英文名称", "统一社会信用代码", "年度", "省份", "城市",
			"规模档次", "总所/分所", "成立年份");

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Receives the rows of data, one firm-year at a time; NaN is a blank cell. */
	@FunctionalInterface
	interface RowSink {

		void row(SyntheticFirm firm, int year, int t, double[] values) throws IOException;

	}

	/** Produces every row of data into a sink. */
	@FunctionalInterface
	interface Rows {

		void writeTo(RowSink sink) throws IOException;

	}

	private final String extension;

	SyntheticTable(String extension) {
		this.extension = extension;
	}

	/** The format of a file by its extension, in any case. */
	static Optional<SyntheticTable> of(Path file) {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		for (SyntheticTable format : values()) {
			if (name.endsWith(format.extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** Refuses a size the format cannot hold. */
	void requireRoom(long records) {
	}

	abstract void write(OutputStream out, List<SyntheticColumn> columns, Rows rows) throws IOException;

	static List<String> headers(List<SyntheticColumn> columns) {
		List<String> headers = new ArrayList<>(FIRM_HEADERS);
		columns.forEach(c -> headers.add(c.header()));
		return headers;
	}

	/** The firm's cells of a row, under {@link #FIRM_HEADERS}: texts, and years as Integers. */
	static List<Object> firmCells(SyntheticFirm firm, int year, int t) {
		Region place = firm.place();
		return List.of(firm.name().chinese(), firm.name().english(), firm.code(), year, place.province(), place.city(),
				firm.sizeBand(t), SyntheticFirm.HEAD_OFFICE, firm.founded());
	}

}
