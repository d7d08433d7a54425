package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.indicator.Indicator;

/**
 * The records one run scores: those of one year (the asked one, else the latest), or every record
 * when the data has no years. Firms are numbered 0…n−1 in the order of the data.
 */
record FirmSlice(FirmDataset data, int[] records, OptionalInt year) {

	static FirmSlice of(FirmDataset data, OptionalInt wanted) {
		OptionalInt year = wanted.isPresent() ? wanted
				: data.years().isEmpty() ? OptionalInt.empty() : OptionalInt.of(data.years().last());
		if (year.isPresent() && !data.years().contains(year.getAsInt())) {
			throw LexbenchException.usage("score.no-year", year.getAsInt(), data.years().toString());
		}
		List<Integer> chosen = new ArrayList<>();
		for (int r = 0; r < data.size(); r++) {
			OptionalInt y = data.records().get(r).year();
			if (year.isEmpty() || y.isPresent() && y.getAsInt() == year.getAsInt()) {
				chosen.add(r);
			}
		}
		if (chosen.isEmpty()) {
			throw LexbenchException.usage("score.no-firms");
		}
		return new FirmSlice(data, chosen.stream().mapToInt(Integer::intValue).toArray(), year);
	}

	int size() {
		return this.records.length;
	}

	FirmRecord firm(int f) {
		return this.data.records().get(this.records[f]);
	}

	/** An indicator's raw values for these firms: its own column, or that of the indicator it takes its values {@code from}. */
	double[] raw(Indicator indicator) {
		double[] all = this.data.column(indicator.from().orElse(indicator.id()));
		double[] out = new double[this.records.length];
		for (int f = 0; f < out.length; f++) {
			out[f] = all[this.records[f]];
		}
		return out;
	}

	/** A numeric attribute's values for these firms; NaN where blank or not a number. */
	double[] attribute(String id) {
		double[] out = new double[this.records.length];
		for (int f = 0; f < out.length; f++) {
			out[f] = number(firm(f).attributes().get(id)).orElse(Double.NaN);
		}
		return out;
	}

	static OptionalDouble number(String text) {
		if (text == null || text.isBlank()) {
			return OptionalDouble.empty();
		}
		try {
			return OptionalDouble.of(Double.parseDouble(text.strip().replace(",", "")));
		}
		catch (NumberFormatException notNumber) {
			return OptionalDouble.empty();
		}
	}

}
