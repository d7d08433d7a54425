package org.lexbench.firmdata;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;

/**
 * A data file as sheets of rows of raw cells, read as a stream (an xlsx sheet is never held whole
 * in memory). CSV files have one sheet. Each kind knows how to name the place of a cell.
 */
interface TableFile extends AutoCloseable {

	/** The file's sheet names, in workbook order. */
	List<String> sheets();

	/**
	 * Reads the rows of sheet {@code sheet} in order, handing each to {@code handler} until it
	 * returns false or the sheet ends.
	 */
	void read(int sheet, Predicate<TableRow> handler);

	/** Where a cell is: {@code file › sheet › C12} or {@code file:12:3}. */
	Location where(int sheet, int row, int column);

	@Override
	void close();

	/**
	 * Opens {@code path} by its extension: .xlsx, .xls, .csv, .tsv or .txt; a workbook saved under
	 * a text file's name (its first bytes are a zip's or an OLE2 file's) is read as the workbook it is.
	 */
	static TableFile open(Path path, String shownAs, ReadLimits limits, String encoding) {
		String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
		boolean text = name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
		if (text && startsWith(path, new byte[] { 'P', 'K', 3, 4 })) {
			return XlsxTableFile.open(path, shownAs, limits);
		}
		if (text && startsWith(path, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 })) {
			return XlsTableFile.open(path, shownAs, limits);
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
			return XlsxTableFile.open(path, shownAs, limits);
		}
		if (name.endsWith(".xls")) {
			return XlsTableFile.open(path, shownAs, limits);
		}
		if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
			return CsvTableFile.open(path, shownAs, limits, encoding);
		}
		throw LexbenchException.invalidInput("data.file-kind", shownAs);
	}

	private static boolean startsWith(Path path, byte[] magic) {
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(path)) {
			return java.util.Arrays.equals(in.readNBytes(magic.length), magic);
		}
		catch (java.io.IOException unreadable) {
			return false;
		}
	}

	/** A1 notation of a cell: column 0 row 1 is {@code A1}. */
	static String a1(int row, int column) {
		StringBuilder letters = new StringBuilder();
		int c = column + 1;
		while (c > 0) {
			int rem = (c - 1) % 26;
			letters.insert(0, (char) ('A' + rem));
			c = (c - 1) / 26;
		}
		return letters + Integer.toString(row);
	}

}
