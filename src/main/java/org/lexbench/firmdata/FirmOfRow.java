package org.lexbench.firmdata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.lexbench.files.Location;
import org.lexbench.files.Problem;
import org.lexbench.files.Problems;

/**
 * Reads which firm, and which year, a row of a sheet is about: its name (required), its credit
 * code (kept only with a valid check character), its year (or the year given for rows without
 * one), and its attributes — the standard and declared ones, and every other column, kept under
 * its header for filters and peer groups.
 */
final class FirmOfRow {

	/** Where a cell is, from its row and column. */
	@FunctionalInterface
	interface Places {

		Location of(int row, int column);

	}

	private final LoadOptions options;

	private final Problems problems;

	private final Map<Integer, Column> columns;

	private final List<String> headers;

	private final SourceSummary.Layout layout;

	private final String file;

	private final Places places;

	/** How many distinct attribute values are shared at most; unique values (names, codes) beyond that are kept as read. */
	static final int SHARED_VALUES = 20_000;

	private final Map<String, String> values = new HashMap<>();

	private final int nameColumn;

	private final int codeColumn;

	private final int yearColumn;

	/** The columns kept as attributes, their names, and which are standard or declared (normalised when read). */
	private final int[] attributeColumns;

	private final String[] attributeNames;

	private final boolean[] standard;

	FirmOfRow(LoadOptions options, Problems problems, Map<Integer, Column> columns, List<String> headers,
			SourceSummary.Layout layout, String file, Places places) {
		this.options = options;
		this.problems = problems;
		this.columns = columns;
		this.headers = headers;
		this.layout = layout;
		this.file = file;
		this.places = places;
		this.nameColumn = column(columns, Column.FirmName.class);
		this.codeColumn = column(columns, Column.FirmCode.class);
		this.yearColumn = column(columns, Column.Year.class);
		List<Integer> kept = new java.util.ArrayList<>();
		List<String> names = new java.util.ArrayList<>();
		columns.forEach((column, kind) -> {
			String name = attributeName(column, kind);
			if (name != null) {
				kept.add(column);
				names.add(name);
			}
		});
		this.attributeColumns = kept.stream().mapToInt(Integer::intValue).toArray();
		this.attributeNames = names.toArray(String[]::new);
		this.standard = new boolean[kept.size()];
		for (int i = 0; i < kept.size(); i++) {
			this.standard[i] = columns.get(kept.get(i)) instanceof Column.Attribute;
		}
	}

	/** The column holding {@code kind}, or -1. */
	static int column(Map<Integer, Column> columns, Class<? extends Column> kind) {
		return columns.entrySet().stream().filter(e -> kind.isInstance(e.getValue())).mapToInt(Map.Entry::getKey)
			.findFirst().orElse(-1);
	}

	/** The record a row stands for, keyed by its normalised name; empty, with an error, when it names no firm. */
	Optional<FirmRecord> read(TableRow row) {
		String name = row.cell(this.nameColumn).text().strip();
		if (name.isEmpty()) {
			this.problems.error(this.places.of(row.number(), this.nameColumn), "data.no-firm-name");
			return Optional.empty();
		}
		Optional<OptionalInt> year = year(row);
		if (year.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new FirmRecord(this.options.names().key(name), name, code(row, name), year.get(),
				attributes(row), this.file, row.number()));
	}

	private Optional<String> code(TableRow row, String name) {
		if (this.codeColumn < 0 || row.cell(this.codeColumn).isBlank()) {
			return Optional.empty();
		}
		String written = row.cell(this.codeColumn).text();
		String cleaned = CreditCode.clean(written);
		if (cleaned.length() == 18 && !CreditCode.valid(cleaned)) {
			this.problems.add(Problem.error(this.places.of(row.number(), this.codeColumn), "data.bad-credit-code", written, name)
				.withRaw(written));
			return Optional.empty();
		}
		if (cleaned.length() != 18 && !CreditCode.isLicenceNumber(cleaned)) {
			this.problems.add(Problem.error(this.places.of(row.number(), this.codeColumn), "data.bad-code", written, name)
				.withRaw(written));
			return Optional.empty();
		}
		return Optional.of(cleaned);
	}

	/**
	 * The row's year: its year cell, else {@code --year}, else none (a blank year cell then gets a
	 * warning); empty, with an error, when the cell holds something that is no year — the row is
	 * then not read rather than filed under a year it may not be for.
	 */
	private Optional<OptionalInt> year(TableRow row) {
		if (this.yearColumn < 0) {
			return Optional.of(this.options.year());
		}
		RawCell cell = row.cell(this.yearColumn);
		if (cell.isBlank()) {
			if (this.options.year().isEmpty()) {
				this.problems.warning(this.places.of(row.number(), this.yearColumn), "data.no-year");
			}
			return Optional.of(this.options.year());
		}
		OptionalInt read = YearText.read(cell);
		if (read.isEmpty()) {
			this.problems.add(Problem.error(this.places.of(row.number(), this.yearColumn), "data.bad-year", cell.shown())
				.withRaw(cell.shown()));
			return Optional.empty();
		}
		return Optional.of(read);
	}

	/**
	 * One copy of each attribute value a sheet repeats (a province, a size band): fifty thousand
	 * records then hold a few hundred strings, not half a million.
	 */
	private String shared(String value) {
		String known = this.values.get(value);
		if (known != null) {
			return known;
		}
		if (this.values.size() < SHARED_VALUES) {
			this.values.put(value, value);
		}
		return value;
	}

	private Map<String, String> attributes(TableRow row) {
		Map<String, String> attributes = new HashMap<>(16);
		for (int i = 0; i < this.attributeColumns.length; i++) {
			String text = row.cell(this.attributeColumns[i]).text().strip();
			if (!text.isEmpty()) {
				attributes.put(this.attributeNames[i], shared(this.standard[i] ? NumberText.normalise(text) : text));
			}
		}
		return attributes;
	}

	/** Whether a column's text is a firm attribute, and under which name. */
	private String attributeName(int column, Column kind) {
		if (kind instanceof Column.Attribute a) {
			return a.id();
		}
		if (kind instanceof Column.Other o) {
			return o.header();
		}
		boolean kept = this.layout == SourceSummary.Layout.WIDE && (kind instanceof Column.Note || kind instanceof Column.Source
				|| kind instanceof Column.IndicatorName || kind instanceof Column.Value);
		return kept ? this.headers.get(column) : null;
	}

}
