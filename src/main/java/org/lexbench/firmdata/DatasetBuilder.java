package org.lexbench.firmdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lexbench.files.Location;
import org.lexbench.files.Problems;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.MethodChoice;

/**
 * Collects firm records and their values from one or more sheets. The same firm and year twice is
 * an error (the later row is not read) unless {@code supersede} lets a later file replace an
 * earlier one, in which case every value it replaces is listed.
 */
final class DatasetBuilder {

	static final String CODE = "code:";

	private final IndicatorSet set;

	private final boolean supersede;

	private final Problems problems;

	private final List<FirmRecord> records = new ArrayList<>();

	private final List<Location> firstPlace = new ArrayList<>();

	private final Map<String, Integer> byIdentity = new HashMap<>();

	/** Normalised name → the code key it was first seen with. */
	private final Map<String, String> codeOfName = new HashMap<>();

	/** Normalised name → the rows keyed by it so far, for re-keying when its code turns up. */
	private final Map<String, List<Integer>> uncodedByName = new HashMap<>();

	private final Map<String, double[]> values = new LinkedHashMap<>();

	private final Map<String, Map<Integer, ValueNote>> notes = new HashMap<>();

	DatasetBuilder(IndicatorSet set, boolean supersede, Problems problems) {
		this.set = set;
		this.supersede = supersede;
		this.problems = problems;
		set.indicators().forEach(i -> this.values.put(i.id(), FirmDataset.filled(64)));
	}

	/**
	 * The index of {@code record}'s row, or -1 when it repeats a firm and year it may not replace.
	 * {@code record}'s key is its normalised name; a firm is told apart by its code when it has one,
	 * and a name once seen with a code stands for that code, in rows before it as well as after.
	 */
	int add(FirmRecord record, Location where) {
		FirmRecord keyed = withIdentity(record);
		Integer earlier = this.byIdentity.get(keyed.identity());
		if (earlier != null) {
			FirmRecord first = this.records.get(earlier);
			if (this.supersede && !first.file().equals(keyed.file())) {
				Map<String, String> attributes = new HashMap<>(first.attributes());
				attributes.putAll(keyed.attributes());
				this.records.set(earlier, new FirmRecord(first.key(), keyed.name(), keyed.code().or(first::code),
						keyed.year(), attributes, keyed.file(), keyed.row()));
				this.problems.warning(where, "data.superseded", keyed.name(), yearText(keyed),
						this.firstPlace.get(earlier).render());
				this.firstPlace.set(earlier, where);
				return earlier;
			}
			this.problems.error(where, "data.duplicate-firm", keyed.name(), yearText(keyed),
					this.firstPlace.get(earlier).render());
			return -1;
		}
		int index = this.records.size();
		this.records.add(keyed);
		this.firstPlace.add(where);
		this.byIdentity.put(keyed.identity(), index);
		if (keyed.code().isEmpty()) {
			this.uncodedByName.computeIfAbsent(keyed.key(), k -> new ArrayList<>()).add(index);
		}
		if (index >= this.values.values().iterator().next().length) {
			this.values.replaceAll((id, column) -> grow(column, column.length * 2));
		}
		return index;
	}

	/**
	 * {@code record} keyed by its code, or by the code its name was seen with; a code seen for the
	 * first time re-keys the earlier rows of that name that had none.
	 */
	private FirmRecord withIdentity(FirmRecord record) {
		String nameKey = record.key();
		if (record.code().isPresent()) {
			String codeKey = CODE + record.code().get();
			if (this.codeOfName.putIfAbsent(nameKey, codeKey) == null) {
				for (int i : this.uncodedByName.getOrDefault(nameKey, List.of())) {
					FirmRecord old = this.records.get(i);
					this.byIdentity.remove(old.identity());
					FirmRecord rekeyed = new FirmRecord(codeKey, old.name(), old.code(), old.year(), old.attributes(),
							old.file(), old.row());
					this.records.set(i, rekeyed);
					this.byIdentity.putIfAbsent(rekeyed.identity(), i);
				}
				this.uncodedByName.remove(nameKey);
			}
			return new FirmRecord(codeKey, record.name(), record.code(), record.year(), record.attributes(), record.file(),
					record.row());
		}
		String codeKey = this.codeOfName.get(nameKey);
		return codeKey == null ? record : new FirmRecord(codeKey, record.name(), record.code(), record.year(),
				record.attributes(), record.file(), record.row());
	}

	void put(int record, String indicator, double value, java.util.function.Supplier<Location> where) {
		double[] column = this.values.get(indicator);
		double old = column[record];
		if (!Double.isNaN(old) && old != value) {
			this.problems.warning(where.get(), "data.replaced", indicator, this.records.get(record).name(),
					MethodChoice.describeNumber(old),
					MethodChoice.describeNumber(value));
		}
		column[record] = value;
	}

	void annotate(int record, String indicator, ValueNote note) {
		this.notes.computeIfAbsent(indicator, k -> new HashMap<>()).put(record, note);
	}

	/** Whether {@code record} already has a value of {@code indicator} (a long layout read it twice). */
	boolean has(int record, String indicator) {
		return !Double.isNaN(this.values.get(indicator)[record]);
	}

	FirmRecord record(int index) {
		return this.records.get(index);
	}

	FirmDataset build(List<SourceSummary> sources) {
		Map<String, double[]> trimmed = new LinkedHashMap<>();
		this.values.forEach((id, column) -> trimmed.put(id, Arrays.copyOf(column, this.records.size())));
		return new FirmDataset(this.set, this.records, trimmed, this.notes, this.problems.list(), sources);
	}

	private static String yearText(FirmRecord record) {
		return record.year().isPresent() ? " (" + record.year().getAsInt() + ")" : "";
	}

	private static double[] grow(double[] column, int size) {
		double[] bigger = Arrays.copyOf(column, size);
		Arrays.fill(bigger, column.length, size, Double.NaN);
		return bigger;
	}

}
