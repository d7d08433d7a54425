package org.lexbench.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes one plain table — a header row, then rows of text and numbers — as CSV (UTF-8 with a
 * byte-order mark, so Excel opens Chinese correctly) or as an xlsx sheet (streamed, so a table of
 * any length takes little memory; header bold and frozen, with a filter). Text that a spreadsheet
 * would read as a formula is made inert: prefixed with an apostrophe in CSV, stored quote-prefixed
 * in xlsx. Numbers stay numbers; NaN is an empty cell.
 */
public final class TableOutput {

	/** Rows kept in memory while an xlsx is streamed. */
	private static final int WINDOW = 200;

	private TableOutput() {
	}

	/** Whether {@code target} is written as xlsx (its name ends in .xlsx) rather than CSV. */
	public static boolean isXlsx(Path target) {
		return String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/** Whether {@code target} names a table this class writes: .xlsx, or .csv. */
	public static boolean isTableFile(Path target) {
		return isXlsx(target) || String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	/**
	 * Writes {@code header} and {@code rows} to {@code target}, atomically; each cell is a
	 * {@link String}, a {@link Number} or null (empty).
	 */
	public static void write(Path target, String sheetName, List<String> header, Iterable<? extends List<?>> rows) {
		AtomicOutput.write(target, out -> {
			if (isXlsx(target)) {
				xlsx(sheetName, header, rows, out);
			}
			else {
				csv(header, rows, out);
			}
		});
	}

	private static void csv(List<String> header, Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().build(writer);
		csv.writeRecord(header.stream().map(InertText::of).toList());
		for (List<?> row : rows) {
			List<String> cells = new ArrayList<>(row.size());
			for (Object cell : row) {
				cells.add(csvText(cell));
			}
			csv.writeRecord(cells);
		}
		csv.flush();
		writer.flush();
	}

	private static String csvText(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof Number n) {
			double v = n.doubleValue();
			return Double.isNaN(v) ? "" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
		}
		return InertText.of(cell.toString());
	}

	private static void xlsx(String sheetName, List<String> header, Iterable<? extends List<?>> rows, OutputStream out)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle inert = workbook.createCellStyle();
			inert.setQuotePrefixed(true);
			SXSSFRow top = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				SXSSFCell cell = top.createCell(c);
				cell.setCellValue(header.get(c));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(c, Math.min(60, Math.max(10, SheetTextWidth.of(header.get(c)) + 2)) * 256);
			}
			int r = 1;
			for (List<?> values : rows) {
				SXSSFRow row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object v = values.get(c);
					if (v instanceof Number n) {
						if (!Double.isNaN(n.doubleValue())) {
							row.createCell(c).setCellValue(n.doubleValue());
						}
					}
					else if (v != null && !v.toString().isEmpty()) {
						SXSSFCell cell = row.createCell(c);
						cell.setCellValue(v.toString());
						if (!InertText.of(v.toString()).equals(v.toString())) {
							cell.setCellStyle(inert);
						}
					}
				}
			}
			sheet.createFreezePane(0, 1);
			if (!header.isEmpty()) {
				sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
			}
			workbook.write(out);
		}
		catch (IllegalArgumentException bad) {
			throw LexbenchException.cannotWrite(bad, "output.failed", "xlsx", bad.getMessage());
		}
		finally {
			workbook.close();
		}
	}

}
