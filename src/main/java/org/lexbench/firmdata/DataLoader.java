package org.lexbench.firmdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;
import org.lexbench.files.Problem;
import org.lexbench.files.Problems;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;

/**
 * Loads firm data files — xlsx, xls, CSV/TSV, or a folder of them — against an indicator set,
 * merging their firms. Every problem is collected with its place and severity: an unreadable
 * value is an error and that value is missing; a doubtful one is a warning and kept.
 */
public final class DataLoader {

	static final Set<String> DATA_FILES = Set.of(".xlsx", ".xlsm", ".xls", ".csv", ".tsv", ".txt");

	private final IndicatorSet set;

	private final LoadOptions options;

	private final Problems problems = new Problems();

	private final DatasetBuilder builder;

	private final ColumnMatcher userMatcher;

	/** The matcher of the file being read: the user's, with a template's own column list first. */
	private ColumnMatcher matcher;

	private final ValueReader reader;

	private final List<SourceSummary> sources = new ArrayList<>();

	private final Set<String> indicatorsWithColumn = new TreeSet<>();

	private DataLoader(IndicatorSet set, LoadOptions options) {
		this.set = set;
		this.options = options;
		this.builder = new DatasetBuilder(set, options.supersede(), this.problems);
		this.userMatcher = ColumnMatcher.of(set, options.mapping());
		this.matcher = this.userMatcher;
		this.reader = new ValueReader(options.rates());
	}

	/** Loads {@code paths} (files or folders, in order) against {@code set}, naming files as given. */
	public static FirmDataset load(IndicatorSet set, List<Path> paths, LoadOptions options) {
		return load(set, paths, options, Path::toString);
	}

	/** As {@link #load(IndicatorSet, List, LoadOptions)}, naming each file in messages by {@code shownAs}. */
	public static FirmDataset load(IndicatorSet set, List<Path> paths, LoadOptions options,
			java.util.function.Function<Path, String> shownAs) {
		DataLoader loader = new DataLoader(set, options);
		for (Path path : expand(paths, shownAs)) {
			loader.file(path, shownAs.apply(path));
		}
		loader.finish();
		return loader.builder.build(loader.sources);
	}

	private static List<Path> expand(List<Path> paths, java.util.function.Function<Path, String> shownAs) {
		List<Path> files = new ArrayList<>();
		for (Path p : paths) {
			if (Files.isDirectory(p)) {
				try (Stream<Path> s = Files.list(p)) {
					s.filter(f -> DATA_FILES.stream().anyMatch(ext -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext))
							&& !f.getFileName().toString().startsWith("~$"))
						.sorted().forEach(files::add);
				}
				catch (IOException unreadable) {
					throw LexbenchException.invalidInput("file.unreadable", shownAs.apply(p), org.lexbench.files.Reasons.of(unreadable));
				}
			}
			else {
				files.add(p);
			}
		}
		if (files.isEmpty()) {
			throw LexbenchException.invalidInput("data.no-files",
					String.join(", ", paths.stream().map(shownAs).toList()));
		}
		return files;
	}

	private void file(Path path, String shownAs) {
		try (TableFile table = TableFile.open(path, shownAs, this.options.limits(), this.options.encoding().orElse(null))) {
			Optional<TemplateMark> mark = TemplateMark.of(table);
			mark.ifPresent(m -> m.require(this.set, shownAs));
			this.matcher = mark.isEmpty() || mark.get().columns().isEmpty() ? this.userMatcher
					: ColumnMatcher.of(this.set, merged(mark.get().columns(), this.options.mapping()));
			int sheet = this.options.sheet().isEmpty() && mark.isPresent() && table.sheets().contains(mark.get().dataSheet())
					? table.sheets().indexOf(mark.get().dataSheet()) : chooseSheet(table, shownAs);
			HeaderScan.Header header = HeaderScan.find(table, sheet, this.matcher).orElseThrow(
					() -> LexbenchException.invalidInput("data.no-header", shownAs, table.sheets().get(sheet)));
			new SheetLoad(table, shownAs, sheet, header).run();
		}
	}

	/** A template's column list, with the user's mapping winning where both name a header. */
	private static Map<String, String> merged(Map<String, String> template, Map<String, String> user) {
		Map<String, String> all = new LinkedHashMap<>(template);
		all.putAll(user);
		return all;
	}

	private int chooseSheet(TableFile table, String shownAs) {
		List<String> sheets = table.sheets();
		if (this.options.sheet().isPresent()) {
			String wanted = this.options.sheet().get();
			for (int i = 0; i < sheets.size(); i++) {
				if (sheets.get(i).equalsIgnoreCase(wanted.strip())) {
					return i;
				}
			}
			if (wanted.strip().matches("\\d+")) {
				int number = Integer.parseInt(wanted.strip());
				if (number >= 1 && number <= sheets.size()) {
					return number - 1;
				}
			}
			throw LexbenchException.invalidInput("data.no-sheet", shownAs, wanted, String.join(", ", sheets));
		}
		for (int i = 0; i < sheets.size(); i++) {
			if (!sheets.get(i).equals(TemplateMark.SHEET) && HeaderScan.find(table, i, this.matcher).isPresent()) {
				return i;
			}
		}
		throw LexbenchException.invalidInput("data.no-header", shownAs, String.join(", ", sheets));
	}

	/** After every file: indicators no file had a column for (derived ones need none). */
	private void finish() {
		List<String> without = this.set.indicators().stream()
			.filter(i -> i.from().isEmpty() && !this.indicatorsWithColumn.contains(i.id()))
			.map(Indicator::id).toList();
		if (!without.isEmpty() && !this.sources.isEmpty()) {
			this.problems.warning(Location.file(this.sources.get(0).file()), "data.indicators-without-column",
					without.size(), String.join(", ", without));
		}
	}

	/** Reading one sheet whose header is known. */
	private final class SheetLoad {

		private final TableFile table;

		private final String file;

		private final int sheet;

		private final HeaderScan.Header header;

		private final Map<Integer, Column> columns = new LinkedHashMap<>();

		private final Map<String, List<Double>> percentColumns = new HashMap<>();

		private final Map<String, BitSet> readHere = new HashMap<>();

		private final Map<String, Integer> recordsHere = new HashMap<>();

		private SourceSummary.Layout layout;

		private int nameColumn;

		private int codeColumn;

		private int yearColumn;

		private int indicatorColumn;

		private int valueColumn;

		private int sourceColumn;

		private int noteColumn;

		private int records;

		SheetLoad(TableFile table, String file, int sheet, HeaderScan.Header header) {
			this.table = table;
			this.file = file;
			this.sheet = sheet;
			this.header = header;
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
				Column column = DataLoader.this.matcher.match(text);
				String what = column instanceof Column.Values v ? "indicator:" + v.indicator().id()
						: column instanceof Column.Attribute a ? "attribute:" + a.id()
								: column instanceof Column.Other o ? "other:" + ColumnMatcher.key(o.header()) : column.getClass().getSimpleName();
				Integer first = firstColumn.putIfAbsent(what, c);
				if (first != null) {
					DataLoader.this.problems.error(where(this.header.row(), c), "data.duplicate-column", text,
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
					DataLoader.this.indicatorsWithColumn.add(v.indicator().id());
				}
			}
			this.nameColumn = columnOf(Column.FirmName.class);
			this.codeColumn = columnOf(Column.FirmCode.class);
			this.yearColumn = columnOf(Column.Year.class);
			this.indicatorColumn = columnOf(Column.IndicatorName.class);
			this.valueColumn = columnOf(Column.Value.class);
			this.sourceColumn = columnOf(Column.Source.class);
			this.noteColumn = columnOf(Column.Note.class);
			boolean longColumns = this.indicatorColumn >= 0 && this.valueColumn >= 0;
			this.layout = DataLoader.this.options.layout().orElse(longColumns ? SourceSummary.Layout.LONG : SourceSummary.Layout.WIDE);
			if (this.layout == SourceSummary.Layout.LONG && !longColumns) {
				throw LexbenchException.invalidInput("data.not-long", this.file, this.table.sheets().get(this.sheet));
			}
			SourceSummary.Layout layout = this.layout;
			if (!unmatched.isEmpty()) {
				DataLoader.this.problems.warning(where(this.header.row(), firstUnmatched), "data.unmatched-columns", unmatched.size(),
						String.join(", ", unmatched));
			}
			this.table.read(this.sheet, row -> {
				if (row.number() > this.header.row() && !row.isBlank()) {
					oversized(row);
					if (layout == SourceSummary.Layout.WIDE) {
						wide(row);
					}
					else {
						long_(row);
					}
				}
				return true;
			});
			percentCheck();
			CsvTableFile csv = this.table instanceof CsvTableFile c ? c : null;
			DataLoader.this.sources.add(new SourceSummary(this.file, csv == null ? this.table.sheets().get(this.sheet) : "",
					layout, this.header.row(), csv == null ? "" : csv.encodingName(),
					csv == null ? SourceSummary.Delimiter.NONE : csv.delimiter(), this.records, matched, unmatched));
		}

		private void wide(TableRow row) {
			int record = record(row);
			if (record < 0) {
				return;
			}
			for (Map.Entry<Integer, Column> e : this.columns.entrySet()) {
				if (e.getValue() instanceof Column.Values v) {
					value(record, v.indicator(), row.cell(e.getKey()), where(row.number(), e.getKey()));
				}
			}
		}

		private void long_(TableRow row) {
			int record = record(row);
			if (record < 0) {
				return;
			}
			String name = row.cell(this.indicatorColumn).text();
			Column column = DataLoader.this.matcher.match(name);
			if (!(column instanceof Column.Values v)) {
				DataLoader.this.problems.add(Problem.error(where(row.number(), this.indicatorColumn), "data.unknown-indicator", name)
					.withRaw(name));
				return;
			}
			DataLoader.this.indicatorsWithColumn.add(v.indicator().id());
			BitSet read = this.readHere.computeIfAbsent(v.indicator().id(), k -> new BitSet());
			if (read.get(record)) {
				DataLoader.this.problems.error(where(row.number(), this.indicatorColumn), "data.duplicate-value",
						v.indicator().id(), DataLoader.this.builder.record(record).name());
				return;
			}
			read.set(record);
			value(record, v.indicator(), row.cell(this.valueColumn), where(row.number(), this.valueColumn));
			String source = this.sourceColumn < 0 ? "" : row.cell(this.sourceColumn).text().strip();
			String note = this.noteColumn < 0 ? "" : row.cell(this.noteColumn).text().strip();
			if (!source.isEmpty() || !note.isEmpty()) {
				DataLoader.this.builder.annotate(record, v.indicator().id(), new ValueNote(source, note));
			}
		}

		/** Every cell too long to read is an error of its own, wherever it is. */
		private void oversized(TableRow row) {
			for (int c = 0; c < row.cells().size(); c++) {
				RawCell cell = row.cells().get(c);
				if (cell.kind() == RawCell.Kind.OVERSIZED) {
					DataLoader.this.problems.error(where(row.number(), c), "data.cell-too-long", (long) cell.number(),
							DataLoader.this.options.limits().maxCellChars());
				}
			}
		}

		/**
		 * The record a row is about, creating it; -1 when the row names no firm or repeats one. In
		 * the long layout every row of a firm and year is about the same record.
		 */
		private int record(TableRow row) {
			String name = row.cell(this.nameColumn).text().strip();
			if (name.isEmpty()) {
				DataLoader.this.problems.error(where(row.number(), this.nameColumn), "data.no-firm-name");
				return -1;
			}
			Optional<String> code = Optional.empty();
			String key = DataLoader.this.options.names().key(name);
			if (this.codeColumn >= 0 && !row.cell(this.codeColumn).isBlank()) {
				String written = row.cell(this.codeColumn).text();
				String cleaned = CreditCode.clean(written);
				if (cleaned.length() == 18 && !CreditCode.valid(cleaned)) {
					DataLoader.this.problems.add(Problem.error(where(row.number(), this.codeColumn), "data.bad-credit-code",
							written, name).withRaw(written));
				}
				else {
					code = Optional.of(cleaned);
				}
			}
			OptionalInt year = DataLoader.this.options.year();
			if (this.yearColumn >= 0) {
				RawCell cell = row.cell(this.yearColumn);
				OptionalInt read = cell.isBlank() ? OptionalInt.empty() : YearText.read(cell);
				if (!cell.isBlank() && read.isEmpty()) {
					DataLoader.this.problems.add(Problem.error(where(row.number(), this.yearColumn), "data.bad-year", cell.text())
						.withRaw(cell.text()));
				}
				year = read.isPresent() ? read : year;
			}
			String identity = code.map(c -> DatasetBuilder.CODE + c).orElse(key) + "|" + (year.isPresent() ? year.getAsInt() : "");
			if (this.layout == SourceSummary.Layout.LONG) {
				Integer known = this.recordsHere.get(identity);
				if (known != null) {
					return known;
				}
			}
			Map<String, String> attributes = new HashMap<>();
			for (Map.Entry<Integer, Column> e : this.columns.entrySet()) {
				String text = row.cell(e.getKey()).text().strip();
				if (text.isEmpty()) {
					continue;
				}
				if (e.getValue() instanceof Column.Attribute a) {
					attributes.put(a.id(), NumberText.normalise(text));
				}
				else if (e.getValue() instanceof Column.Other o) {
					attributes.put(o.header(), text);
				}
				else if (this.layout == SourceSummary.Layout.WIDE && (e.getValue() instanceof Column.Note
						|| e.getValue() instanceof Column.Source || e.getValue() instanceof Column.IndicatorName
						|| e.getValue() instanceof Column.Value)) {
					attributes.put(this.header.texts().get(e.getKey()), text);
				}
			}
			FirmRecord record = new FirmRecord(key, name, code, year, attributes, this.file, row.number());
			int index = DataLoader.this.builder.add(record, where(row.number(), this.nameColumn));
			if (index >= 0) {
				this.records++;
				this.recordsHere.put(identity, index);
			}
			return index;
		}

		private void value(int record, Indicator indicator, RawCell cell, Location where) {
			if (cell.kind() == RawCell.Kind.OVERSIZED) {
				return;
			}
			Reading reading = DataLoader.this.reader.read(cell, indicator);
			if (reading instanceof Reading.Value v) {
				DataLoader.this.builder.put(record, indicator.id(), v.value(), where);
				v.notes().forEach(note -> DataLoader.this.problems.add(Problem.warning(where, "data.note", note).withRaw(cell.text())));
				if (indicator.type() instanceof org.lexbench.indicator.IndicatorType.PercentType && cell.kind() == RawCell.Kind.TEXT
						&& !cell.text().contains("%") || indicator.type() instanceof org.lexbench.indicator.IndicatorType.PercentType
								&& cell.kind() == RawCell.Kind.NUMBER && !cell.percentFormat()) {
					this.percentColumns.computeIfAbsent(indicator.id(), k -> new ArrayList<>()).add(v.value());
				}
			}
			else if (reading instanceof Reading.Missing m) {
				m.notes().forEach(note -> DataLoader.this.problems.add(Problem.warning(where, "data.note", note).withRaw(cell.text())));
			}
			else if (reading instanceof Reading.Invalid i) {
				DataLoader.this.problems.add(Problem.error(where, "data.invalid", i.reason(), indicator.id()).withRaw(cell.text()));
			}
		}

		/** A whole percent column between 0 and 1 is likely written as fractions (0.12 for 12%). */
		private void percentCheck() {
			this.percentColumns.forEach((id, values) -> {
				boolean fractions = values.size() >= 3 && values.stream().allMatch(v -> v >= 0 && v <= 1)
						&& values.stream().anyMatch(v -> v > 0 && v < 1);
				if (fractions) {
					int column = this.columns.entrySet().stream()
						.filter(e -> e.getValue() instanceof Column.Values v && v.indicator().id().equals(id))
						.mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
					DataLoader.this.problems.warning(where(this.header.row(), column), "data.percent-fractions", id);
				}
			});
		}

		private int columnOf(Class<? extends Column> kind) {
			return this.columns.entrySet().stream().filter(e -> kind.isInstance(e.getValue()))
				.mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
		}

		private Location where(int row, int column) {
			return column < 0 ? Location.file(this.file) : this.table.where(this.sheet, row, column);
		}

	}

}
