package org.lexbench.firmdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;
import org.lexbench.files.ZipGuard;

/**
 * An xlsx workbook, streamed row by row with fastexcel-reader (StAX; DTDs and external entities
 * off), after {@link ZipGuard} has checked the package. Formulas give their cached values, never
 * evaluated; numbers keep full precision; percentage and date formats are reported with the cell.
 */
final class XlsxTableFile implements TableFile {

	private final String shownAs;

	private final ReadLimits limits;

	private final ReadableWorkbook workbook;

	private final List<Sheet> sheets;

	private final boolean date1904;

	private XlsxTableFile(String shownAs, ReadLimits limits, ReadableWorkbook workbook) {
		this.shownAs = shownAs;
		this.limits = limits;
		this.workbook = workbook;
		this.sheets = workbook.getSheets().toList();
		this.date1904 = workbook.isDate1904();
	}

	/**
	 * Opens an xlsx workbook; an OLE2 file under an xlsx name is either password-protected (an
	 * encrypted xlsx) and refused, or a legacy workbook renamed, and read as one.
	 */
	static TableFile open(Path path, String shownAs, ReadLimits limits) {
		byte[] head = new byte[8];
		try (InputStream in = Files.newInputStream(path)) {
			if (Files.size(path) > limits.maxFileBytes()) {
				throw LexbenchException.invalidInput("data.too-large", shownAs, org.lexbench.files.ByteSize.of(limits.maxFileBytes()));
			}
			int n = in.readNBytes(head, 0, 8);
			if (n == 8 && ReadableWorkbook.isOLE2Header(head)) {
				return XlsTableFile.open(path, shownAs, limits);
			}
			if (n < 8 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
				throw LexbenchException.invalidInput("data.not-xlsx", shownAs);
			}
		}
		catch (NoSuchFileException missing) {
			throw LexbenchException.invalidInput("file.not-found", shownAs);
		}
		catch (IOException unreadable) {
			throw LexbenchException.invalidInput("file.unreadable", shownAs, org.lexbench.files.Reasons.of(unreadable));
		}
		ZipGuard.check(path, shownAs, limits.zip());
		try {
			boolean formats = NumberFormats.anyMeaningful(path);
			return new XlsxTableFile(shownAs, limits, new ReadableWorkbook(path.toFile(), new ReadingOptions(formats, true)));
		}
		catch (IOException | RuntimeException unreadable) {
			throw LexbenchException.invalidInput("data.bad-xlsx", shownAs, org.lexbench.files.Reasons.of(unreadable));
		}
	}

	@Override
	public List<String> sheets() {
		return this.sheets.stream().map(Sheet::getName).toList();
	}

	@Override
	public void read(int sheet, Predicate<TableRow> handler) {
		try (Stream<Row> rows = this.sheets.get(sheet).openStream()) {
			Iterator<Row> it = rows.iterator();
			while (it.hasNext()) {
				Row row = it.next();
				if (row.getRowNum() > this.limits.maxRows()) {
					throw LexbenchException.invalidInput("data.too-many-rows", this.shownAs, this.limits.maxRows());
				}
				List<RawCell> cells = new ArrayList<>(row.getCellCount());
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(cell(row.getCell(c)));
				}
				if (!handler.test(new TableRow(row.getRowNum(), cells))) {
					return;
				}
			}
		}
		catch (LexbenchException known) {
			throw known;
		}
		catch (IOException | RuntimeException bad) {
			// fastexcel fails with whatever a malformed part provokes: a number that is not one, a bad reference …
			throw LexbenchException.invalidInput("data.bad-xlsx", this.shownAs, org.lexbench.files.Reasons.of(bad));
		}
	}

	private RawCell cell(Cell cell) {
		if (cell == null) {
			return RawCell.BLANK;
		}
		switch (cell.getType()) {
			case NUMBER:
				return number(cell, cell.getRawValue());
			case STRING:
				return text(cell.getValue() == null ? "" : cell.getValue().toString());
			case BOOLEAN:
				return new RawCell(RawCell.Kind.BOOLEAN, Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE", Double.NaN,
						false, false);
			case ERROR:
				return new RawCell(RawCell.Kind.ERROR, String.valueOf(cell.getRawValue()), Double.NaN, false, false);
			case FORMULA:
				Object value = cell.getValue();
				if (value instanceof java.math.BigDecimal) {
					return number(cell, cell.getRawValue());
				}
				if (value instanceof Boolean b) {
					return new RawCell(RawCell.Kind.BOOLEAN, b ? "TRUE" : "FALSE", Double.NaN, false, false);
				}
				String text = value == null ? "" : value.toString();
				if (text.isEmpty() && cell.getFormula() != null) {
					// written by a program that does not calculate: the value Excel would show is not in the file
					return new RawCell(RawCell.Kind.UNCALCULATED, "=" + cell.getFormula(), Double.NaN, false, false);
				}
				return text.startsWith("#") ? new RawCell(RawCell.Kind.ERROR, text, Double.NaN, false, false) : text(text);
			default:
				return RawCell.BLANK;
		}
	}

	private RawCell text(String text) {
		return text.length() > this.limits.maxCellChars() ? RawCell.oversized(text.length()) : RawCell.text(text);
	}

	private RawCell number(Cell cell, String raw) {
		if (raw == null || raw.isBlank()) {
			return RawCell.BLANK;
		}
		String format = cell.getDataFormatString();
		if (format == null) {
			return RawCell.numberText(raw, false);
		}
		boolean date = NumberFormats.isDate(format);
		if (!date) {
			return RawCell.numberText(raw, format.contains("%"));
		}
		RawCell parsed = RawCell.numberText(raw, false);
		double v = parsed.number();
		if (parsed.kind() != RawCell.Kind.NUMBER || Double.isNaN(v)) {
			return RawCell.text(raw);
		}
		// a workbook in Excel's 1904 date system counts days from 1904-01-01: 1,462 days later than 1900's
		return RawCell.number(date && this.date1904 ? v + 1462 : v, raw, format.contains("%"), date);
	}

	@Override
	public Location where(int sheet, int row, int column) {
		return Location.cell(this.shownAs, this.sheets.get(sheet).getName(), TableFile.a1(row, column));
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
