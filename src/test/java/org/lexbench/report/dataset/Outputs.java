package org.lexbench.report.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading back what the export tests write: CSV as records of fields, JSON as a tree. */
final class Outputs {

	private Outputs() {
	}

	/** Every record of a CSV file, header first (the byte-order mark is checked apart, and skipped here). */
	static List<List<String>> csv(Path file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(file)) {
			for (CsvRecord record : reader) {
				rows.add(record.getFields());
			}
		}
		return rows;
	}

	static JsonNode json(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

	static String text(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** The first row whose {@code column} is {@code value} and whose year is {@code year}. */
	static List<String> row(List<List<String>> rows, String column, String value, String year) {
		int c = rows.get(0).indexOf(column);
		int y = rows.get(0).indexOf("year");
		return rows.stream().skip(1).filter(r -> r.get(c).equals(value) && r.get(y).equals(year)).findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + year));
	}

}
