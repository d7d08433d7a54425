package org.lexbench.firmdata;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;
import org.lexbench.files.Problem;
import org.lexbench.files.Text;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.MethodChoice;

/**
 * Reads one sheet whose header row is known: recognises its columns, decides its layout, and
 * turns each row into a firm record and its values, every problem with its cell.
 */
/** Reading one sheet whose header is known. */
final class SheetLoad {

	private final LoadContext context;

	private final ColumnMatcher matcher;

	private final TableFile table;

	private final String file;

	private final int sheet;

	private final HeaderScan.Header header;

	private final Map<Integer, Column> columns = new LinkedHashMap<>();

	/** By the indicator's position in the set: created for a percent indicator's first value written without a % sign. */
	private final PercentColumn[] percentColumns;

	private final Map<String, BitSet> readHere = new HashMap<>();

	private final Map<String, Integer> recordsHere = new HashMap<>();

	private SourceSummary.Layout layout;

	private int nameColumn;

	private int indicatorColumn;

	private int valueColumn;

	private int sourceColumn;

	private int noteColumn;

	private int records;

	/** Whether any row named a firm (a sheet of rows that all repeat firms read before has none new, but names some). */
	private boolean named;

	/** Whether each column has a header (a cell under none is not read, and is counted). */
	private boolean[] headed;

	private int outside;

	private Location firstOutside;

	/** The columns holding indicator values, and how each is read (wide layout). */
	private int[] valueColumns;

	private IndicatorReading[] valueReadings;

	private int[] valueIndexes;

	private FirmOfRow firmOfRow;

	SheetLoad(LoadContext context, ColumnMatcher matcher, TableFile table, String file, int sheet, HeaderScan.Header header) {
		this.context = context;
		this.matcher = matcher;
		this.table = table;
		this.file = file;
		this.sheet = sheet;
		this.header = header;
		this.percentColumns = new PercentColumn[context.set().indicators().size()];
	}

	void run() {
		List<String> matched = new ArrayList<>();
		List<String> unmatched = new ArrayList<>();
		Map<String, Integer> firstColumn = new HashMap<>();
		int firstUnmatched = -1;
		for (int c = 0; c < this.header.texts().size(); c++) {
			String text = this.header.texts().get(c);
			if (text.isBlank()) {
				continue;
			}
			Column column = this.matcher.match(text);
			String what = column instanceof Column.Values v ? "indicator:" + v.indicator().id()
					: column instanceof Column.Attribute a ? "attribute:" + a.id()
							: column instanceof Column.Other o ? "other:" + ColumnMatcher.key(o.header()) : column.getClass().getSimpleName();
			Integer first = firstColumn.putIfAbsent(what, c);
			if (first != null) {
				this.context.problems().error(where(this.header.row(), c), "data.duplicate-column", text,
						TableFile.a1(this.header.row(), first).replaceAll("\\d", ""));
				continue;
			}
			this.columns.put(c, column);
			if (column instanceof Column.Other) {
				firstUnmatched = firstUnmatched < 0 ? c : firstUnmatched;
				unmatched.add(text);
			}
			else {
				matched.add(text);
			}
			if (column instanceof Column.Values v) {
				this.context.indicatorsWithColumn().add(v.indicator().id());
			}
		}
		this.nameColumn = columnOf(Column.FirmName.class);
		this.indicatorColumn = columnOf(Column.IndicatorName.class);
		this.valueColumn = columnOf(Column.Value.class);
		this.sourceColumn = columnOf(Column.Source.class);
		this.noteColumn = columnOf(Column.Note.class);
		boolean longColumns = this.indicatorColumn >= 0 && this.valueColumn >= 0;
		this.layout = this.context.options().layout().orElse(longColumns ? SourceSummary.Layout.LONG : SourceSummary.Layout.WIDE);
		if (this.layout == SourceSummary.Layout.LONG && !longColumns) {
			throw LexbenchException.invalidInput("data.not-long", this.table instanceof CsvTableFile ? this.file
					: this.file + " › " + this.table.sheets().get(this.sheet));
		}
		SourceSummary.Layout layout = this.layout;
		this.headed = new boolean[this.header.texts().size()];
		for (int c = 0; c < this.headed.length; c++) {
			this.headed[c] = !this.header.texts().get(c).isBlank();
		}
		List<Map.Entry<Integer, Column>> values = this.columns.entrySet().stream()
			.filter(e -> e.getValue() instanceof Column.Values).toList();
		this.valueColumns = values.stream().mapToInt(Map.Entry::getKey).toArray();
		this.valueReadings = values.stream()
			.map(e -> this.context.reader().prepare(((Column.Values) e.getValue()).indicator(),
					UnitScale.ofHeader(this.header.texts().get(e.getKey()))))
			.toArray(IndicatorReading[]::new);
		for (int i = 0; i < this.valueReadings.length; i++) {
			IndicatorReading reading = this.valueReadings[i];
			if (reading.convertsBareNumbers()) {
				this.context.problems().warning(where(this.header.row(), this.valueColumns[i]), "data.header-unit",
						this.header.texts().get(this.valueColumns[i]), reading.indicator().unit());
			}
		}
		this.valueIndexes = java.util.Arrays.stream(this.valueReadings)
			.mapToInt(r -> this.context.builder().indexOf(r.indicator().id())).toArray();
		this.firmOfRow = new FirmOfRow(this.context.options(), this.context.problems(), this.columns, this.header.texts(),
				layout, this.file, this::where);
		if (!unmatched.isEmpty()) {
			this.context.problems().warning(where(this.header.row(), firstUnmatched), "data.unmatched-columns", unmatched.size(),
					String.join(", ", unmatched));
		}
		RowPipeline.readAll(this.table, this.sheet, row -> {
			if (row.number() > this.header.row() && !row.isBlank()) {
				unread(row);
				if (layout == SourceSummary.Layout.WIDE) {
					wide(row);
				}
				else {
					long_(row);
				}
			}
		});
		percentCheck();
		if (this.outside > 0) {
			this.context.problems().warning(this.firstOutside, "data.cells-outside-columns", this.outside);
		}
		if (this.records == 0 && !this.named) {
			this.context.problems().warning(where(this.header.row(), this.nameColumn), "data.no-records");
		}
		CsvTableFile csv = this.table instanceof CsvTableFile c ? c : null;
		this.context.sources().add(new SourceSummary(this.file, csv == null ? this.table.sheets().get(this.sheet) : "",
				layout, this.header.row(), csv == null ? "" : csv.encodingName(),
				csv == null ? SourceSummary.Delimiter.NONE : csv.delimiter(), this.records, matched, unmatched));
	}

	private void wide(TableRow row) {
		int record = record(row);
		if (record < 0) {
			return;
		}
		for (int i = 0; i < this.valueColumns.length; i++) {
			int c = this.valueColumns[i];
			value(record, this.valueReadings[i], this.valueIndexes[i], row.cell(c), row.number(), c);
		}
	}

	private void long_(TableRow row) {
		int record = record(row);
		if (record < 0) {
			return;
		}
		String name = row.cell(this.indicatorColumn).text();
		Column column = this.matcher.match(name);
		if (!(column instanceof Column.Values v)) {
			this.context.problems().add(Problem.error(where(row.number(), this.indicatorColumn), "data.unknown-indicator", name)
				.withRaw(name));
			return;
		}
		this.context.indicatorsWithColumn().add(v.indicator().id());
		BitSet read = this.readHere.computeIfAbsent(v.indicator().id(), k -> new BitSet());
		if (read.get(record)) {
			this.context.problems().error(where(row.number(), this.indicatorColumn), "data.duplicate-value",
					named(v.indicator()), this.context.builder().record(record).name());
			return;
		}
		read.set(record);
		value(record, this.context.reader().prepare(v.indicator()), this.context.builder().indexOf(v.indicator().id()),
				row.cell(this.valueColumn), row.number(), this.valueColumn);
		String source = this.sourceColumn < 0 ? "" : row.cell(this.sourceColumn).text().strip();
		String note = this.noteColumn < 0 ? "" : row.cell(this.noteColumn).text().strip();
		if (!source.isEmpty() || !note.isEmpty()) {
			this.context.builder().annotate(record, v.indicator().id(), new ValueNote(source, note));
		}
	}

	/** Every cell too long to read is an error of its own, wherever it is. */
	private void unread(TableRow row) {
		for (int c = 0; c < row.cells().size(); c++) {
			RawCell cell = row.cells().get(c);
			if (cell.kind() == RawCell.Kind.OVERSIZED) {
				this.context.problems().error(where(row.number(), c), "data.cell-too-long", (long) cell.number(),
						this.context.options().limits().maxCellChars());
			}
			else if (cell.kind() == RawCell.Kind.UNCALCULATED) {
				this.context.problems().add(Problem.warning(where(row.number(), c), "data.uncalculated", cell.text())
					.withRaw(cell.shown()));
			}
			else if (!cell.isBlank() && (c >= this.headed.length || !this.headed[c])) {
				this.outside++;
				this.firstOutside = this.firstOutside == null ? where(row.number(), c) : this.firstOutside;
			}
		}
	}

	/**
	 * The record a row is about, creating it; -1 when the row names no firm or repeats one. In
	 * the long layout every row of a firm and year is about the same record.
	 */
	private int record(TableRow row) {
		Optional<FirmRecord> read = this.firmOfRow.read(row);
		if (read.isEmpty()) {
			return -1;
		}
		this.named = true;
		FirmRecord record = read.get();
		String identity = null;
		if (this.layout == SourceSummary.Layout.LONG) {
			identity = record.code().map(c -> DatasetBuilder.CODE + c).orElse(record.key()) + "|"
					+ (record.year().isPresent() ? record.year().getAsInt() : "");
			Integer known = this.recordsHere.get(identity);
			if (known != null) {
				return known;
			}
		}
		int index = this.context.builder().add(record, where(row.number(), this.nameColumn));
		if (index >= 0) {
			this.records++;
			if (identity != null) {
				this.recordsHere.put(identity, index);
			}
		}
		return index;
	}

	/** Keeps a value read, listing the one it replaces; a percentage written without % counts towards the fractions check. */
	private void store(int record, IndicatorReading prepared, int index, RawCell cell, double value, int row, int column) {
		double old = this.context.builder().put(record, index, value);
		if (!Double.isNaN(old) && old != value) {
			this.context.problems().warning(where(row, column), "data.replaced", named(prepared.indicator()),
					this.context.builder().record(record).name(), MethodChoice.describeNumber(old), MethodChoice.describeNumber(value));
		}
		if (prepared.isPercent() && !(cell.kind() == RawCell.Kind.TEXT ? Double.isNaN(cell.number()) && cell.text().contains("%")
				: cell.percentFormat())) {
			if (this.percentColumns[index] == null) {
				this.percentColumns[index] = new PercentColumn(column, prepared.indicator());
			}
			this.percentColumns[index].add(value);
		}
	}

	/** An indicator as messages name it: its name in the reader's language, and its id. */
	static Text named(Indicator indicator) {
		return Text.of("value.indicator", indicator.name(), indicator.id());
	}

	private void notes(List<Text> notes, RawCell cell, int row, int column) {
		for (int i = 0; i < notes.size(); i++) {
			this.context.problems().add(Problem.warning(where(row, column), "data.note", notes.get(i)).withRaw(cell.shown()));
		}
	}

	/** Reads one cell as a value of {@code indicator}; its place is worked out only for a problem. */
	private void value(int record, IndicatorReading prepared, int index, RawCell cell, int row, int column) {
		if (cell.kind() == RawCell.Kind.OVERSIZED) {
			return;
		}
		double plain = prepared.plainValue(cell);
		if (!Double.isNaN(plain)) {
			store(record, prepared, index, cell, plain, row, column);
			return;
		}
		Reading reading = prepared.read(cell);
		if (reading instanceof Reading.Value v) {
			store(record, prepared, index, cell, v.value(), row, column);
			notes(v.notes(), cell, row, column);
		}
		else if (reading instanceof Reading.Missing m) {
			notes(m.notes(), cell, row, column);
		}
		else if (reading instanceof Reading.Invalid i) {
			this.context.problems().add(Problem.error(where(row, column), "data.invalid", i.reason(), named(prepared.indicator()))
				.withRaw(cell.shown()));
		}
	}

	/** A whole percent column between 0 and 1 is likely written as fractions (0.12 for 12%). */
	private void percentCheck() {
		for (PercentColumn c : this.percentColumns) {
			if (c != null && c.looksLikeFractions()) {
				this.context.problems().warning(where(this.header.row(), c.column), "data.percent-fractions", named(c.indicator));
			}
		}
	}

	private int columnOf(Class<? extends Column> kind) {
		return FirmOfRow.column(this.columns, kind);
	}

	private Location where(int row, int column) {
		return column < 0 ? Location.file(this.file) : this.table.where(this.sheet, row, column);
	}

}
