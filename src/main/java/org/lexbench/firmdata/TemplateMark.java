package org.lexbench.firmdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.indicator.IndicatorSet;

/**
 * The hidden sheet of a fill-in template: which indicator set and which version of it the
 * template was made for, which sheet holds the data, and what each of its columns is (header text
 * → indicator, attribute or standard column id, so a returned template reads whatever language
 * its headers are in). A returned template for another set or another version is refused,
 * because its columns may mean something else.
 *
 * <p>Rows of the sheet: {@code set | ID}, {@code version | VERSION}, {@code data-sheet | NAME},
 * {@code made-by | lexbench VERSION}, then one {@code column | HEADER | ID} row per column.
 */
public record TemplateMark(String setId, String version, String dataSheet, Map<String, String> columns) {

	/** The hidden sheet's name. */
	public static final String SHEET = "lexbench";

	public static final String SET = "set";

	public static final String VERSION = "version";

	public static final String DATA_SHEET = "data-sheet";

	public static final String MADE_BY = "made-by";

	public static final String COLUMN = "column";

	public TemplateMark {
		columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
	}

	/** The rows the hidden sheet holds, in order: each a list of one to three texts. */
	public List<List<String>> rows(String madeBy) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(SET, this.setId));
		rows.add(List.of(VERSION, this.version));
		rows.add(List.of(DATA_SHEET, this.dataSheet));
		rows.add(List.of(MADE_BY, madeBy));
		this.columns.forEach((header, id) -> rows.add(List.of(COLUMN, header, id)));
		return rows;
	}

	/** The mark of a workbook file, if it is a lexbench template (CSV files never are). */
	public static Optional<TemplateMark> read(java.nio.file.Path path, String shownAs) {
		String name = String.valueOf(path.getFileName()).toLowerCase(java.util.Locale.ROOT);
		if (!(name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls"))) {
			return Optional.empty();
		}
		try (TableFile table = TableFile.open(path, shownAs, ReadLimits.DEFAULT, null)) {
			return of(table);
		}
	}

	/** The mark of a file, if it has the hidden sheet. */
	static Optional<TemplateMark> of(TableFile table) {
		int sheet = table.sheets().indexOf(SHEET);
		if (sheet < 0) {
			return Optional.empty();
		}
		Map<String, String> entries = new LinkedHashMap<>();
		Map<String, String> columns = new LinkedHashMap<>();
		table.read(sheet, row -> {
			String key = row.cell(0).text().strip();
			if (key.equals(COLUMN)) {
				columns.put(row.cell(1).text(), row.cell(2).text().strip());
			}
			else {
				entries.put(key, row.cell(1).text().strip());
			}
			return entries.size() + columns.size() < 10_000;
		});
		String id = entries.get(SET);
		String version = entries.get(VERSION);
		return id == null || version == null ? Optional.empty()
				: Optional.of(new TemplateMark(id, version, entries.getOrDefault(DATA_SHEET, ""), columns));
	}

	/** Refuses a template made for another set or another version of {@code set}. */
	void require(IndicatorSet set, String shownAs) {
		if (!this.setId.equals(set.id())) {
			throw LexbenchException.invalidInput("data.template-other-set", shownAs, this.setId, this.version, set.id(),
					set.version());
		}
		if (!this.version.equals(set.version())) {
			throw LexbenchException.invalidInput("data.template-other-version", shownAs, set.id(), this.version, set.version());
		}
	}

}
