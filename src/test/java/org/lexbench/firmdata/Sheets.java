package org.lexbench.firmdata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the small data files the firm-data tests read: rows of cells given as Java values
 * (a String is a text cell, a Number a numeric cell, a Boolean a boolean cell, null nothing, and
 * a {@link Formula} a formula with its cached value), as xlsx, xls or delimited text.
 */
final class Sheets {

	/** A formula cell and the value Excel cached for it. */
	record Formula(String formula, double cached) {
	}

	/** A numeric cell shown with a number format, such as {@code 0%} or {@code yyyy-mm-dd}. */
	record Formatted(double value, String format) {
	}

	/** An Excel error cell such as #N/A. */
	record ErrorValue(org.apache.poi.ss.usermodel.FormulaError error) {
	}

	private Sheets() {
	}

	static List<Object> row(Object... cells) {
		return java.util.Arrays.asList(cells);
	}

	/** An xlsx workbook with one sheet per {@code name, rows} pair, in order. */
	static Path xlsx(Path file, Object... namesAndRows) {
		return write(new XSSFWorkbook(), file, namesAndRows);
	}

	/** A legacy xls workbook, as {@link #xlsx}. */
	static Path xls(Path file, Object... namesAndRows) {
		return write(new HSSFWorkbook(), file, namesAndRows);
	}

	@SuppressWarnings("unchecked")
	private static Path write(Workbook workbook, Path file, Object... namesAndRows) {
		try (workbook) {
			for (int s = 0; s < namesAndRows.length; s += 2) {
				Sheet sheet = workbook.createSheet((String) namesAndRows[s]);
				List<List<Object>> rows = (List<List<Object>>) namesAndRows[s + 1];
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					List<Object> cells = rows.get(r);
					for (int c = 0; c < cells.size(); c++) {
						set(workbook, row, c, cells.get(c));
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void set(Workbook workbook, Row row, int column, Object value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean b) {
			cell.setCellValue(b);
		}
		else if (value instanceof Formula f) {
			cell.setCellFormula(f.formula());
			cell.setCellValue(f.cached());
		}
		else if (value instanceof ErrorValue e) {
			cell.setCellErrorValue(e.error().getCode());
		}
		else if (value instanceof Formatted f) {
			cell.setCellValue(f.value());
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(f.format()));
			cell.setCellStyle(style);
		}
		else {
			throw new IllegalArgumentException("no cell for " + value.getClass());
		}
	}

	/** Merges {@code ranges} (A1:B2 notation) of the first sheet of an existing workbook, clearing covered cells. */
	static void merge(Path file, String... ranges) {
		Workbook workbook;
		try (java.io.InputStream in = Files.newInputStream(file)) {
			workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		try (workbook) {
			Sheet sheet = workbook.getSheetAt(0);
			for (String range : ranges) {
				org.apache.poi.ss.util.CellRangeAddress address = org.apache.poi.ss.util.CellRangeAddress.valueOf(range);
				sheet.addMergedRegion(address);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Puts a formula without a cached result into {@code cell} of the first sheet, as a program
	 * that does not calculate writes one (POI's writer always caches a value, so the part is edited).
	 */
	static void uncalculatedFormula(Path xlsx, String cell, String formula) {
		String sheet = Zips.part(xlsx, "xl/worksheets/sheet1.xml");
		String edited = sheet.replaceFirst("<c r=\"" + cell + "\"[^>]*?(/>|>.*?</c>)", "<c r=\"" + cell + "\"><f>" + formula + "</f></c>");
		if (edited.equals(sheet)) {
			throw new IllegalStateException("no cell " + cell + " in " + xlsx);
		}
		Path copy = xlsx.resolveSibling("uncalculated-" + xlsx.getFileName());
		Zips.rewrite(xlsx, copy, java.util.Map.of("xl/worksheets/sheet1.xml", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		try {
			Files.move(copy, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Delimited text in {@code charset}, with a byte-order mark first if {@code bom} is given. */
	static Path text(Path file, Charset charset, byte[] bom, char delimiter, List<List<Object>> rows) {
		String text = rows.stream()
			.map(r -> r.stream().map(c -> c == null ? "" : c.toString()).collect(Collectors.joining(String.valueOf(delimiter))))
			.collect(Collectors.joining("\r\n", "", "\r\n"));
		byte[] body = text.getBytes(charset);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, bom.length);
		System.arraycopy(body, 0, all, bom.length, body.length);
		try {
			Files.write(file, all);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return file;
	}

	static Path csv(Path file, List<List<Object>> rows) {
		return text(file, java.nio.charset.StandardCharsets.UTF_8, new byte[0], ',', rows);
	}

}
