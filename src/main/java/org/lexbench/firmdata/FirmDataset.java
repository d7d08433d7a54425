package org.lexbench.firmdata;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.lexbench.files.Problem;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;

/**
 * Firm data read against one indicator set: a record per firm and year, and for each indicator
 * its values by record ({@code NaN} where missing, columnar so 50,000 firms × 100 indicators are
 * plain arrays), with every problem found while reading and a summary of each source sheet.
 */
public final class FirmDataset {

	private final IndicatorSet set;

	private final List<FirmRecord> records;

	private final Map<String, double[]> values;

	private final Map<String, Map<Integer, ValueNote>> notes;

	private final List<Problem> problems;

	private final List<SourceSummary> sources;

	FirmDataset(IndicatorSet set, List<FirmRecord> records, Map<String, double[]> values,
			Map<String, Map<Integer, ValueNote>> notes, List<Problem> problems, List<SourceSummary> sources) {
		this.set = set;
		this.records = List.copyOf(records);
		this.values = Map.copyOf(values);
		Map<String, Map<Integer, ValueNote>> copied = new java.util.HashMap<>();
		notes.forEach((id, byRecord) -> copied.put(id, Map.copyOf(byRecord)));
		this.notes = Map.copyOf(copied);
		this.problems = List.copyOf(problems);
		this.sources = List.copyOf(sources);
	}

	public IndicatorSet set() {
		return this.set;
	}

	public List<FirmRecord> records() {
		return this.records;
	}

	/**
	 * Which firm a place is about: the name of the record read from that row of that file ("" for
	 * a place no record was read from), looked up in a map built once per call of this method.
	 */
	public java.util.function.Function<org.lexbench.files.Location, String> firmAtRow() {
		Map<String, String> firmOfRow = new java.util.HashMap<>();
		for (FirmRecord r : this.records) {
			firmOfRow.putIfAbsent(r.file() + "\n" + r.row(), r.name());
		}
		return place -> firmOfRow.getOrDefault(place.file() + "\n" + place.row(), "");
	}

	public int size() {
		return this.records.size();
	}

	/** The value of {@code indicator} for record {@code record}; NaN when missing. */
	public double value(int record, String indicator) {
		double[] column = this.values.get(indicator);
		return column == null ? Double.NaN : column[record];
	}

	/** The source and note a long-layout file gave with a value, if any. */
	public Optional<ValueNote> note(int record, String indicator) {
		Map<Integer, ValueNote> byRecord = this.notes.get(indicator);
		return byRecord == null ? Optional.empty() : Optional.ofNullable(byRecord.get(record));
	}

	/** A copy of one indicator's values, by record. */
	public double[] column(String indicator) {
		double[] column = this.values.get(indicator);
		return column == null ? filled(this.records.size()) : column.clone();
	}

	public List<Problem> problems() {
		return this.problems;
	}

	public long errors() {
		return this.problems.stream().filter(Problem::isError).count();
	}

	public List<SourceSummary> sources() {
		return this.sources;
	}

	public SortedSet<Integer> years() {
		SortedSet<Integer> years = new TreeSet<>();
		this.records.forEach(r -> r.year().ifPresent(years::add));
		return years;
	}

	/** Share of records with a value of {@code indicator}, 0–1. */
	public double coverage(String indicator) {
		if (this.records.isEmpty()) {
			return 0;
		}
		double[] column = this.values.get(indicator);
		if (column == null) {
			return 0;
		}
		long present = Arrays.stream(column, 0, this.records.size()).filter(v -> !Double.isNaN(v)).count();
		return (double) present / this.records.size();
	}

	/** How many distinct firms the records are about (a firm with three years counts once). */
	public int firms() {
		return (int) this.records.stream().map(FirmRecord::key).distinct().count();
	}

	/** The indicators read from files: all but those derived from another indicator's values. */
	public List<Indicator> inputs() {
		return this.set.indicators().stream().filter(i -> i.from().isEmpty()).toList();
	}

	/** Share of the set's input indicators with a value for record {@code record}, 0–1. */
	public double coverageOf(int record) {
		List<Indicator> indicators = inputs();
		if (indicators.isEmpty()) {
			return 0;
		}
		long present = indicators.stream().filter(i -> !Double.isNaN(value(record, i.id()))).count();
		return (double) present / indicators.size();
	}

	static double[] filled(int n) {
		double[] a = new double[n];
		Arrays.fill(a, Double.NaN);
		return a;
	}

}
