package org.lexbench.indicator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;
import org.lexbench.files.TextInput;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * A framework table as read from CSV or xlsx: the header row, the data rows as texts, and the
 * location of every cell ({@code file:line:field} for CSV, {@code file › sheet › B3} for xlsx).
 */
record FrameworkTable(List<String> header, List<List<String>> rows, BiFunction<Integer, Integer, Location> where) {

	/** The sheet read from an xlsx: {@code iMeta} if present, else the first. */
	static final String SHEET = "iMeta";

	/** Most rows a framework table may have; real frameworks have at most a few thousand. */
	static final int MAX_ROWS = 100_000;

	int column(String name) {
		for (int i = 0; i < this.header.size(); i++) {
			if (this.header.get(i).trim().equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	static FrameworkTable read(byte[] bytes, String file) {
		return file.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(bytes, file) : csv(bytes, file);
	}

	private static FrameworkTable csv(byte[] bytes, String file) {
		String text = TextInput.decodeUtf8(bytes, file);
		List<List<String>> rows = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
			.allowExtraFields(true).ofCsvRecord(text)) {
			for (CsvRecord record : reader) {
				if (rows.size() > MAX_ROWS) {
					throw LexbenchException.invalidInput("table.too-many-rows", file, MAX_ROWS);
				}
				rows.add(record.getFields());
				lines.add((int) record.getStartingLineNumber());
			}
		}
		catch (CsvParseException | IOException | java.io.UncheckedIOException bad) {
			throw LexbenchException.invalidInput("table.bad-csv", file, String.valueOf(bad.getMessage()));
		}
		if (rows.isEmpty()) {
			throw LexbenchException.invalidInput("table.empty", file);
		}
		List<String> header = rows.remove(0);
		lines.remove(0);
		return new FrameworkTable(header, rows,
				(row, column) -> Location.at(file, row < 0 ? 1 : lines.get(row), column + 1));
	}

	private static FrameworkTable xlsx(byte[] bytes, String file) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheet(SHEET);
			if (sheet == null) {
				sheet = workbook.getSheetAt(0);
			}
			String sheetName = sheet.getSheetName();
			List<List<String>> rows = new ArrayList<>();
			List<Integer> rowNumbers = new ArrayList<>();
			for (Row row : sheet) {
				if (rows.size() > MAX_ROWS) {
					throw LexbenchException.invalidInput("table.too-many-rows", file, MAX_ROWS);
				}
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					cells.add(text(row.getCell(c)));
				}
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				rows.add(cells);
				rowNumbers.add(row.getRowNum());
			}
			if (rows.isEmpty()) {
				throw LexbenchException.invalidInput("table.empty", file);
			}
			List<String> header = rows.remove(0);
			int headerRow = rowNumbers.remove(0);
			return new FrameworkTable(header, rows, (row, column) -> Location.cell(file, sheetName,
					new CellReference(row < 0 ? headerRow : rowNumbers.get(row), column).formatAsString(false)));
		}
		catch (LexbenchException known) {
			throw known;
		}
		catch (IOException | RuntimeException unreadable) {
			throw LexbenchException.invalidInput("table.bad-xlsx", file, String.valueOf(unreadable.getMessage()));
		}
	}

	/** A cell's text; numbers in full precision without a trailing ".0"; formulas by cached value. */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> cell.getBooleanCellValue() ? "1" : "0";
			default -> "";
		};
	}

}
