package org.lexbench.firmdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;
import org.lexbench.files.NearestWord;
import org.lexbench.files.Problem;
import org.lexbench.files.Problems;
import org.lexbench.files.Text;
import org.lexbench.indicator.IndicatorSet;

/**
 * The small two-column files that tell the loader about the data: a column mapping (header →
 * indicator, attribute or standard column id), firm-name aliases (alias → the firm's name) and
 * exchange rates (currency → units of the set's currency per unit). Each is a CSV (any encoding
 * lexbench detects) or a spreadsheet's first sheet; a first row of column titles is skipped.
 * Every bad row is reported with its place, and the file is refused if any row is bad.
 */
public final class LookupFile {

	/** First-row words that mark a row of column titles rather than an entry. */
	private static final Set<String> TITLES = Set.of("header", "column", "columnheader", "列名", "表头", "列", "原列名",
			"alias", "别名", "简称", "曾用名", "currency", "币种", "货币", "code");

	/** One entry: the key, the value, and where the value was read. */
	record Entry(String key, String value, Location keyAt, Location valueAt) {
	}

	private LookupFile() {
	}

	/** A column mapping for {@code set}: header → id of an indicator, an attribute, or firm/code/year/…. */
	public static Map<String, String> mapping(Path path, String shownAs, IndicatorSet set) {
		Problems problems = new Problems();
		Map<String, String> mapping = new LinkedHashMap<>();
		List<String> known = new ArrayList<>(ColumnMatcher.STANDARD.keySet());
		set.indicators().forEach(i -> known.add(i.id()));
		set.attributes().forEach(a -> known.add(a.id()));
		for (Entry e : entries(path, shownAs)) {
			if (ColumnMatcher.target(set, e.value()).isEmpty()) {
				problems.add(Problem.error(e.valueAt(), "lookup.unknown-target", e.value(), set.id(),
						NearestWord.hint(e.value(), known)).withRaw(e.value()));
			}
			else {
				mapping.put(e.key(), e.value().strip());
			}
		}
		refuseIfBad(problems, shownAs);
		return mapping;
	}

	/** Firm-name aliases: alias → the name it stands for. */
	public static FirmNames aliases(Path path, String shownAs) {
		Map<String, String> aliases = new LinkedHashMap<>();
		for (Entry e : entries(path, shownAs)) {
			aliases.put(e.key(), e.value());
		}
		return FirmNames.withAliases(aliases);
	}

	/** Exchange rates into {@code base}: currency code → how many units of {@code base} one unit is worth. */
	public static CurrencyRates rates(Path path, String shownAs, String base) {
		Problems problems = new Problems();
		Map<String, Double> rates = new LinkedHashMap<>();
		for (Entry e : entries(path, shownAs)) {
			String code = e.key().strip().toUpperCase(java.util.Locale.ROOT);
			double rate = NumberText.parse(e.value()).filter(a -> a.currency().isEmpty() && !a.percent())
				.map(NumberText.Amount::value).orElse(Double.NaN);
			if (!code.matches("[A-Z]{3}")) {
				problems.add(Problem.error(e.keyAt(), "lookup.bad-currency", e.key()).withRaw(e.key()));
			}
			else if (!(rate > 0) || Double.isInfinite(rate)) {
				problems.add(Problem.error(e.valueAt(), "lookup.bad-rate", e.value(), code, base).withRaw(e.value()));
			}
			else {
				rates.put(code, rate);
			}
		}
		refuseIfBad(problems, shownAs);
		return new CurrencyRates(base, rates);
	}

	private static List<Entry> entries(Path path, String shownAs) {
		List<Entry> entries = new ArrayList<>();
		Problems problems = new Problems();
		try (TableFile table = TableFile.open(path, shownAs, ReadLimits.DEFAULT.withMaxRows(100_000), null)) {
			table.read(0, row -> {
				String key = row.cell(0).text().strip();
				String value = row.cell(1).text().strip();
				if (row.isBlank() || key.startsWith("#")) {
					return true;
				}
				if (entries.isEmpty() && problems.list().isEmpty() && TITLES.contains(ColumnMatcher.key(key))) {
					return true;
				}
				if (key.isEmpty() || value.isEmpty()) {
					problems.add(Problem.error(table.where(0, row.number(), key.isEmpty() ? 0 : 1), "lookup.half-row",
							key.isEmpty() ? value : key).withRaw(key.isEmpty() ? value : key));
					return true;
				}
				entries.add(new Entry(key, value, table.where(0, row.number(), 0), table.where(0, row.number(), 1)));
				return true;
			});
		}
		refuseIfBad(problems, shownAs);
		return entries;
	}

	private static void refuseIfBad(Problems problems, String shownAs) {
		if (problems.hasErrors()) {
			throw LexbenchException.invalidInput(Text.of("lookup.invalid", shownAs, problems.errors().size()), problems.list());
		}
	}

}
