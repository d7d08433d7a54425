package org.lexbench.firmdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lexbench.files.Location;
import org.lexbench.files.Problems;
import org.lexbench.indicator.IndicatorSet;

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

	/** Names seen with two different codes, warned about once each. */
	private final java.util.Set<String> namesWithTwoCodes = new java.util.HashSet<>();

	/** Normalised name → the rows keyed by it so far, for re-keying when its code turns up. */
	private final Map<String, List<Integer>> uncodedByName = new HashMap<>();

	/** The set's indicator ids, in order; {@code columns[i]} holds the values of {@code ids.get(i)} by record. */
	private final List<String> ids;

	private final Map<String, Integer> indexOf = new HashMap<>();

	/**
	 * Values by indicator, then by chunk of {@link #CHUNK} records: a new chunk is added as records
	 * arrive, so nothing is copied while a large file loads.
	 */
	private final List<List<double[]>> columns = new ArrayList<>();

	static final int CHUNK_BITS = 13;

	static final int CHUNK = 1 << CHUNK_BITS;

	private final Map<String, Map<Integer, ValueNote>> notes = new HashMap<>();

	DatasetBuilder(IndicatorSet set, boolean supersede, Problems problems) {
		this.set = set;
		this.supersede = supersede;
		this.problems = problems;
		this.ids = set.indicators().stream().map(i -> i.id()).toList();
		for (int i = 0; i < this.ids.size(); i++) {
			this.indexOf.put(this.ids.get(i), i);
			this.columns.add(new ArrayList<>());
		}
	}

	/**
	 * The index of {@code record}'s row, or -1 when it repeats a firm and year it may not replace.
	 * {@code record}'s key is its normalised name; a firm is told apart by its code when it has one,
	 * and a name once seen with a code stands for that code, in rows before it as well as after.
	 */
	int add(FirmRecord record, Location where) {
		FirmRecord keyed = withIdentity(record, where);
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
			this.problems.error(where, this.supersede ? "data.duplicate-firm-in-file" : "data.duplicate-firm", keyed.name(), yearText(keyed),
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
		if ((index & (CHUNK - 1)) == 0) {
			this.columns.forEach(chunks -> chunks.add(FirmDataset.filled(CHUNK)));
		}
		return index;
	}

	/**
	 * {@code record} keyed by its code, or by the code its name was seen with; a code seen for the
	 * first time re-keys the earlier rows of that name that had none.
	 */
	private FirmRecord withIdentity(FirmRecord record, Location where) {
		String nameKey = record.key();
		if (record.code().isPresent()) {
			String codeKey = CODE + record.code().get();
			String earlier = this.codeOfName.putIfAbsent(nameKey, codeKey);
			if (earlier != null && !earlier.equals(codeKey) && this.namesWithTwoCodes.add(nameKey)) {
				this.problems.warning(where, "data.name-two-codes", record.name(), earlier.substring(CODE.length()),
						record.code().get());
			}
			if (earlier == null) {
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

	/** The position of {@code indicator} among the set's indicators, for {@link #put}. */
	int indexOf(String indicator) {
		return this.indexOf.get(indicator);
	}

	/** Stores a value; returns the value it replaced, NaN when there was none. */
	double put(int record, int indicator, double value) {
		double[] chunk = this.columns.get(indicator).get(record >>> CHUNK_BITS);
		int at = record & (CHUNK - 1);
		double old = chunk[at];
		chunk[at] = value;
		return old;
	}

	void annotate(int record, String indicator, ValueNote note) {
		this.notes.computeIfAbsent(indicator, k -> new HashMap<>()).put(record, note);
	}

	/** Whether {@code record} already has a value of {@code indicator} (a long layout read it twice). */
	boolean has(int record, String indicator) {
		return !Double.isNaN(this.columns.get(indexOf(indicator)).get(record >>> CHUNK_BITS)[record & (CHUNK - 1)]);
	}

	FirmRecord record(int index) {
		return this.records.get(index);
	}

	FirmDataset build(List<SourceSummary> sources) {
		Map<String, double[]> trimmed = new LinkedHashMap<>();
		int n = this.records.size();
		for (int i = 0; i < this.ids.size(); i++) {
			double[] column = new double[n];
			List<double[]> chunks = this.columns.get(i);
			for (int c = 0; c < chunks.size(); c++) {
				System.arraycopy(chunks.get(c), 0, column, c * CHUNK, Math.min(CHUNK, n - c * CHUNK));
			}
			trimmed.put(this.ids.get(i), column);
		}
		return new FirmDataset(this.set, this.records, trimmed, this.notes, this.problems.list(), sources);
	}

	private static String yearText(FirmRecord record) {
		return record.year().isPresent() ? " (" + record.year().getAsInt() + ")" : "";
	}


}
