package org.lexbench.cli;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.NearestWord;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.FirmRecord;

/**
 * The loaded firm records as a table — name, code, year, province, city, size band, coverage —
 * optionally only those whose attributes equal given values ({@code province=北京}). Attribute
 * names and values compare ignoring case and full-width forms; {@code year} and {@code name} are
 * attributes too.
 */
final class FirmsView {

	private final Session session;

	FirmsView(Session session) {
		this.session = session;
	}

	String render(FirmDataset data, List<String> where, int limit) {
		Map<String, String> wanted = conditions(data, where);
		List<Integer> matching = new ArrayList<>();
		for (int r = 0; r < data.size(); r++) {
			if (matches(data.records().get(r), wanted)) {
				matching.add(r);
			}
		}
		int shown = limit <= 0 ? matching.size() : Math.min(limit, matching.size());
		List<List<String>> rows = new ArrayList<>();
		for (int r : matching.subList(0, shown)) {
			FirmRecord f = data.records().get(r);
			rows.add(List.of(f.name(), f.code().orElse(""), f.year().isPresent() ? String.valueOf(f.year().getAsInt()) : "",
					f.attributes().getOrDefault("province", ""), f.attributes().getOrDefault("city", ""),
					f.attributes().getOrDefault("size_band", ""), DataView.percent(data.coverageOf(r))));
		}
		StringBuilder out = new StringBuilder(this.session.text("firms.count", matching.size(), data.size())).append('\n');
		if (!rows.isEmpty()) {
			out.append(this.session.table(List.of(ConsoleTable.Column.main(text("load.col.firm"), 16, 7),
					ConsoleTable.Column.fixed(text("firms.col.code"), 1), ConsoleTable.Column.fixed(text("load.col.year"), 6),
					ConsoleTable.Column.text(text("firms.col.province"), 4), ConsoleTable.Column.text(text("firms.col.city"), 3),
					ConsoleTable.Column.text(text("firms.col.size"), 2), ConsoleTable.Column.number(text("load.col.coverage"), 5)),
					rows));
		}
		if (shown < matching.size()) {
			out.append(this.session.text("firms.more", matching.size() - shown)).append('\n');
		}
		return out.toString();
	}

	/** Attribute → wanted value, each folded; an attribute no record has is refused with a hint. */
	private Map<String, String> conditions(FirmDataset data, List<String> where) {
		Set<String> known = new TreeSet<>(List.of("year", "name", "code"));
		data.records().forEach(r -> known.addAll(r.attributes().keySet()));
		Map<String, String> folded = new LinkedHashMap<>();
		for (String condition : where) {
			int equals = condition.indexOf('=');
			if (equals <= 0) {
				throw LexbenchException.usage("firms.bad-where", condition);
			}
			String attribute = condition.substring(0, equals).strip();
			String match = known.stream().filter(k -> fold(k).equals(fold(attribute))).findFirst()
				.orElseThrow(() -> LexbenchException.usage("firms.unknown-attribute", attribute, NearestWord.hint(attribute, known)));
			folded.put(match, fold(condition.substring(equals + 1)));
		}
		return folded;
	}

	private static boolean matches(FirmRecord record, Map<String, String> wanted) {
		for (Map.Entry<String, String> w : wanted.entrySet()) {
			String value = switch (w.getKey()) {
				case "year" -> record.year().isPresent() ? String.valueOf(record.year().getAsInt()) : "";
				case "name" -> record.name();
				case "code" -> record.code().orElse("");
				default -> record.attributes().getOrDefault(w.getKey(), "");
			};
			if (!fold(value).equals(w.getValue())) {
				return false;
			}
		}
		return true;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

	private String text(String key) {
		return this.session.text(key);
	}

}
