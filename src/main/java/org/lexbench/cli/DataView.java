package org.lexbench.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.IntStream;

import org.lexbench.files.Problem;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.firmdata.SourceSummary;
import org.lexbench.indicator.Indicator;

/**
 * Shows loaded firm data as a reader wants it: how many firms, records and years, how each file
 * was read, the coverage of each indicator and of each record, and the problems found.
 */
final class DataView {

	/** Indicators shown in the short summary after {@code load}. */
	static final int SHORT_INDICATORS = 12;

	/** Least-covered records shown. */
	static final int RECORDS = 5;

	/** Problems shown after the summary. */
	static final int FIRST_PROBLEMS = 10;

	private final Session session;

	DataView(Session session) {
		this.session = session;
	}

	/** The summary; {@code allIndicators} lists every indicator's coverage, else only the least covered. */
	String render(LoadedData loaded, boolean allIndicators) {
		FirmDataset data = loaded.dataset();
		StringBuilder out = new StringBuilder();
		SortedSet<Integer> years = data.years();
		String yearText = years.isEmpty() ? text("load.no-year") : years(this.session, years.first(), years.last());
		out.append(text("load.summary", data.firms(), data.size(), yearText, data.set().id(), data.set().version()))
			.append('\n');
		for (SourceSummary s : data.sources()) {
			boolean textFile = s.delimiter() != SourceSummary.Delimiter.NONE;
			String how = textFile ? text("load.delimiter." + s.delimiter().name().toLowerCase(Locale.ROOT)) : "";
			String place = s.sheet().isEmpty() ? s.file() : s.file() + " › " + s.sheet();
			out.append("  ").append(text(textFile ? "load.source.text" : "load.source", place,
					text("load.layout." + s.layout().name().toLowerCase(Locale.ROOT)), s.headerRow(), s.records(), s.matched().size(),
					s.unmatched().size(), s.encoding(), how)).append('\n');
		}
		if (data.size() > 0) {
			out.append('\n').append(indicators(data, allIndicators));
			out.append('\n').append(records(data));
		}
		out.append('\n').append(problems(data));
		return out.toString();
	}

	private String indicators(FirmDataset data, boolean all) {
		List<Indicator> inputs = new ArrayList<>(data.inputs());
		inputs.sort(Comparator.comparingDouble((Indicator i) -> data.coverage(i.id())));
		if (!all && (inputs.isEmpty() || data.coverage(inputs.get(0).id()) == 1.0)) {
			return text("load.coverage.complete") + "\n";
		}
		int shown = all ? inputs.size() : Math.min(SHORT_INDICATORS, inputs.size());
		List<List<String>> rows = new ArrayList<>();
		for (Indicator i : inputs.subList(0, shown)) {
			rows.add(List.of(i.id(), i.name().in(this.session.language()), percent(data.coverage(i.id()))));
		}
		StringBuilder out = new StringBuilder(text("load.coverage.title")).append('\n');
		out.append(this.session.table(List.of(ConsoleTable.Column.fixed(text("load.col.indicator"), 5),
				ConsoleTable.Column.main(text("load.col.name"), 16, 3),
				ConsoleTable.Column.number(text("load.col.coverage"), 5)), rows));
		if (shown < inputs.size()) {
			out.append(text("load.coverage.more", inputs.size() - shown, percent(data.coverage(inputs.get(shown).id()))))
				.append('\n');
		}
		return out.toString();
	}

	private String records(FirmDataset data) {
		double[] coverage = IntStream.range(0, data.size()).mapToDouble(data::coverageOf).toArray();
		double[] sorted = coverage.clone();
		java.util.Arrays.sort(sorted);
		double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
		long complete = java.util.Arrays.stream(coverage).filter(c -> c == 1.0).count();
		List<Integer> least = IntStream.range(0, data.size()).boxed()
			.sorted(Comparator.comparingDouble((Integer r) -> coverage[r]).thenComparing(r -> r))
			.limit(RECORDS).filter(r -> coverage[r] < 1.0).toList();
		StringBuilder out = new StringBuilder(text("load.records.title", percent(median), complete, data.size()));
		out.append('\n');
		List<List<String>> rows = new ArrayList<>();
		for (int r : least) {
			FirmRecord record = data.records().get(r);
			rows.add(List.of(record.name(), record.year().isPresent() ? String.valueOf(record.year().getAsInt()) : "",
					percent(coverage[r])));
		}
		if (!rows.isEmpty()) {
			out.append(text("load.records.least")).append('\n');
			out.append(this.session.table(List.of(ConsoleTable.Column.main(text("load.col.firm"), 16, 5),
					ConsoleTable.Column.fixed(text("load.col.year"), 4),
					ConsoleTable.Column.number(text("load.col.coverage"), 5)), rows));
		}
		return out.toString();
	}

	private String problems(FirmDataset data) {
		List<Problem> all = data.problems();
		if (all.isEmpty()) {
			return text("load.problems.none") + "\n";
		}
		StringBuilder out = new StringBuilder(text("load.problems", data.errors(), all.size() - data.errors())).append('\n');
		all.stream().limit(FIRST_PROBLEMS).forEach(p -> out.append("  ").append(p.render(this.session.language())).append('\n'));
		if (all.size() > FIRST_PROBLEMS) {
			out.append(text("load.problems.more", all.size() - FIRST_PROBLEMS)).append('\n');
		}
		return out.toString();
	}

	/** {@code year 2024} or {@code years 2022–2024}. */
	static String years(Session session, int first, int last) {
		return first == last ? session.text("load.year", first) : session.text("load.years", first + "–" + last);
	}

	static String percent(double share) {
		double p = share * 100;
		return ((p > 0 && p < 1) || (p > 99 && p < 100) ? String.format(Locale.ROOT, "%.1f", p) : String.format(Locale.ROOT, "%.0f", p)) + "%";
	}

	private String text(String key, Object... args) {
		return this.session.text(key, args);
	}

}
