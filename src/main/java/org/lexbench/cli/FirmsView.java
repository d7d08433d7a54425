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
import org.lexbench.firmdata.FirmNames;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.indicator.Attribute;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.StandardAttributes;

/**
 * The loaded firm records as a table — name, code, year, province, city, size band, coverage, and
 * the values of indicators asked for with {@code --show} — optionally only those whose attributes
 * equal given values ({@code province=北京}, {@code 省份=北京}). Attributes are named by id or by
 * their name in either language; {@code name} matches every spelling of a firm (as {@code load}
 * tells firms apart), {@code code} a firm's code, {@code year} its year. Values compare ignoring
 * case and full-width forms.
 */
final class FirmsView {

	private final Session session;

	FirmsView(Session session) {
		this.session = session;
	}

	String render(FirmDataset data, List<String> where, List<String> show, int limit) {
		Map<String, String> wanted = conditions(data, where);
		List<Indicator> shown = indicators(data, show);
		List<Integer> matching = new ArrayList<>();
		for (int r = 0; r < data.size(); r++) {
			if (matches(data.records().get(r), wanted)) {
				matching.add(r);
			}
		}
		int count = limit <= 0 ? matching.size() : Math.min(limit, matching.size());
		List<List<String>> rows = new ArrayList<>();
		for (int r : matching.subList(0, count)) {
			FirmRecord f = data.records().get(r);
			List<String> row = new ArrayList<>(List.of(f.name(), f.code().orElse(""),
					f.year().isPresent() ? String.valueOf(f.year().getAsInt()) : "", f.attributes().getOrDefault("province", ""),
					f.attributes().getOrDefault("city", ""), f.attributes().getOrDefault("size_band", ""),
					DataView.percent(data.coverageOf(r))));
			for (Indicator i : shown) {
				double v = data.value(r, i.id());
				row.add(Double.isNaN(v) ? "—" : MethodChoice.describeNumber(v));
			}
			rows.add(row);
		}
		StringBuilder out = new StringBuilder(this.session.text("firms.count", matching.size(), data.size())).append('\n');
		if (!rows.isEmpty()) {
			List<ConsoleTable.Column> columns = new ArrayList<>(List.of(ConsoleTable.Column.main(text("load.col.firm"), 16, 7),
					ConsoleTable.Column.fixed(text("firms.col.code"), 1), ConsoleTable.Column.fixed(text("load.col.year"), 6),
					ConsoleTable.Column.text(text("firms.col.province"), 4), ConsoleTable.Column.text(text("firms.col.city"), 3),
					ConsoleTable.Column.text(text("firms.col.size"), 2), ConsoleTable.Column.number(text("load.col.coverage"), 5)));
			shown.forEach(i -> columns.add(ConsoleTable.Column.number(i.id(), 5)));
			out.append(this.session.table(columns, rows));
		}
		if (count < matching.size()) {
			out.append(this.session.text("firms.more", matching.size() - count)).append('\n');
		}
		return out.toString();
	}

	private static List<Indicator> indicators(FirmDataset data, List<String> ids) {
		List<Indicator> out = new ArrayList<>();
		for (String id : ids) {
			Indicator found = data.inputs().stream().filter(i -> i.id().equals(id.strip())).findFirst()
				.orElseThrow(() -> LexbenchException.usage("firms.unknown-indicator", id, data.set().id(),
						NearestWord.hint(id, data.inputs().stream().map(Indicator::id).toList())));
			out.add(found);
		}
		return out;
	}

	/** Attribute id → wanted value (folded); an attribute no record has is refused with a hint. */
	private Map<String, String> conditions(FirmDataset data, List<String> where) {
		Map<String, String> names = new LinkedHashMap<>();
		List.of("year", "name", "code").forEach(k -> names.put(fold(k), k));
		names.put(fold("年度"), "year");
		names.put(fold("律所名称"), "name");
		names.put(fold("统一社会信用代码"), "code");
		List<Attribute> attributes = new ArrayList<>(StandardAttributes.ALL);
		attributes.addAll(data.set().attributes());
		for (Attribute a : attributes) {
			names.putIfAbsent(fold(a.id()), a.id());
			names.putIfAbsent(fold(a.name().zh()), a.id());
			names.putIfAbsent(fold(a.name().en()), a.id());
			a.aliases().forEach(alias -> names.putIfAbsent(fold(alias), a.id()));
		}
		Set<String> known = new TreeSet<>(List.of("year", "name", "code"));
		data.records().forEach(r -> known.addAll(r.attributes().keySet()));
		known.forEach(k -> names.putIfAbsent(fold(k), k));
		Map<String, String> wanted = new LinkedHashMap<>();
		for (String condition : where) {
			int equals = condition.indexOf('=');
			if (equals <= 0) {
				throw LexbenchException.usage("firms.bad-where", condition);
			}
			String attribute = condition.substring(0, equals).strip();
			String id = names.get(fold(attribute));
			if (id == null || !known.contains(id)) {
				throw LexbenchException.usage("firms.unknown-attribute", attribute, NearestWord.hint(attribute, known));
			}
			String value = condition.substring(equals + 1);
			wanted.put(id, id.equals("name") ? FirmNames.PLAIN.key(value) : id.equals("code") ? codeOf(value) : fold(value));
		}
		return wanted;
	}

	private static boolean matches(FirmRecord record, Map<String, String> wanted) {
		for (Map.Entry<String, String> w : wanted.entrySet()) {
			boolean ok = switch (w.getKey()) {
				case "year" -> fold(record.year().isPresent() ? String.valueOf(record.year().getAsInt()) : "").equals(w.getValue());
				case "name" -> FirmNames.PLAIN.key(record.name()).equals(w.getValue()) || record.key().equals(w.getValue());
				case "code" -> record.code().map(FirmsView::codeOf).orElse("").equals(w.getValue())
						|| record.key().equals("code:" + w.getValue());
				default -> fold(record.attributes().getOrDefault(w.getKey(), "")).equals(w.getValue());
			};
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	private static String codeOf(String text) {
		return fold(text).replaceAll("[\\s\\-'\"]", "").toUpperCase(Locale.ROOT);
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

	private String text(String key) {
		return this.session.text(key);
	}

}
