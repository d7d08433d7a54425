package org.lexbench.firmdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;

/**
 * A legacy .xls workbook (at most 65,536 rows), read with POI's HSSF model. Merged cells give their
 * text to every cell they cover, so a merged header reads the same in each column.
 */
final class XlsTableFile implements TableFile {

	private final String shownAs;

	private final ReadLimits limits;

	private final HSSFWorkbook workbook;

	private XlsTableFile(String shownAs, ReadLimits limits, HSSFWorkbook workbook) {
		this.shownAs = shownAs;
		this.limits = limits;
		this.workbook = workbook;
	}

	static XlsTableFile open(Path path, String shownAs, ReadLimits limits) {
		try {
			if (Files.size(path) > limits.maxFileBytes()) {
				throw LexbenchException.invalidInput("data.too-large", shownAs, org.lexbench.files.ByteSize.of(limits.maxFileBytes()));
			}
			POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
			if (fs.getRoot().hasEntry("EncryptionInfo")) {
				fs.close();
				throw LexbenchException.invalidInput("data.encrypted", shownAs);
			}
			return new XlsTableFile(shownAs, limits, new HSSFWorkbook(fs.getRoot(), true));
		}
		catch (LexbenchException known) {
			throw known;
		}
		catch (NoSuchFileException missing) {
			throw LexbenchException.invalidInput("file.not-found", shownAs);
		}
		catch (EncryptedDocumentException locked) {
			throw LexbenchException.invalidInput("data.encrypted", shownAs);
		}
		catch (IOException | RuntimeException unreadable) {
			throw LexbenchException.invalidInput("data.bad-xls", shownAs, org.lexbench.files.Reasons.of(unreadable));
		}
	}

	@Override
	public List<String> sheets() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < this.workbook.getNumberOfSheets(); i++) {
			names.add(this.workbook.getSheetName(i));
		}
		return names;
	}

	@Override
	public void read(int sheetIndex, Predicate<TableRow> handler) {
		Sheet sheet = this.workbook.getSheetAt(sheetIndex);
		for (Row row : sheet) {
			if (row.getRowNum() + 1 > this.limits.maxRows()) {
				throw LexbenchException.invalidInput("data.too-many-rows", this.shownAs, this.limits.maxRows());
			}
			List<RawCell> cells = new ArrayList<>();
			for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
				cells.add(cell(sheet, row.getRowNum(), c, row.getCell(c)));
			}
			if (!handler.test(new TableRow(row.getRowNum() + 1, cells))) {
				return;
			}
		}
	}

	private RawCell cell(Sheet sheet, int row, int column, Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			for (CellRangeAddress merged : sheet.getMergedRegions()) {
				if (merged.isInRange(row, column) && (merged.getFirstRow() != row || merged.getFirstColumn() != column)) {
					Row top = sheet.getRow(merged.getFirstRow());
					return top == null ? RawCell.BLANK : cell(sheet, merged.getFirstRow(), merged.getFirstColumn(),
							top.getCell(merged.getFirstColumn()));
				}
			}
			return RawCell.BLANK;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		switch (type) {
			case NUMERIC:
				String format = cell.getCellStyle().getDataFormatString();
				return RawCell.number(cell.getNumericCellValue(), Double.toString(cell.getNumericCellValue()),
						format != null && format.contains("%"), DateUtil.isCellDateFormatted(cell));
			case STRING:
				String text = cell.getStringCellValue();
				return text.length() > this.limits.maxCellChars() ? RawCell.oversized(text.length()) : RawCell.text(text);
			case BOOLEAN:
				return new RawCell(RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", Double.NaN, false, false);
			case ERROR:
				return new RawCell(RawCell.Kind.ERROR, org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue())
					.getString(), Double.NaN, false, false);
			default:
				return RawCell.BLANK;
		}
	}

	@Override
	public Location where(int sheet, int row, int column) {
		return Location.cell(this.shownAs, this.workbook.getSheetName(sheet), TableFile.a1(row, column));
	}

	@Override
	public void close() {
		try {
			this.workbook.close();
		}
		catch (IOException ignored) {
			// the file was only read
		}
	}

}
