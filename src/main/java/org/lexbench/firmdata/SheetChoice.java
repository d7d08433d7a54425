package org.lexbench.firmdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;
import org.lexbench.files.Problems;

/**
 * Which sheets of a workbook to read: the one {@code --sheet} names (by name, or by number from
 * 1), every sheet with a header the set recognises ({@code --sheet all}), or by default the sheet
 * the set recognises best — the most recognised columns, the first of equals — so a workbook with
 * a sheet per framework is read at the right one. Other sheets with every indicator column the
 * chosen one has (a sheet per year, say) are not left out silently: a warning names them.
 */
final class SheetChoice {

	/** {@code --sheet all}: every sheet with a header. */
	static final String ALL = "all";

	private SheetChoice() {
	}

	static List<Integer> choose(TableFile table, String shownAs, Optional<String> wanted, ColumnMatcher matcher,
			Problems problems) {
		List<String> sheets = table.sheets();
		if (wanted.isPresent() && !wanted.get().strip().equalsIgnoreCase(ALL) && !wanted.get().strip().equals("*")) {
			return List.of(named(sheets, wanted.get(), shownAs));
		}
		int[] recognised = new int[sheets.size()];
		List<java.util.Set<String>> indicators = new ArrayList<>();
		int best = -1;
		for (int i = 0; i < sheets.size(); i++) {
			Optional<HeaderScan.Header> header = sheets.get(i).equals(TemplateMark.SHEET) ? Optional.empty()
					: HeaderScan.find(table, i, matcher);
			recognised[i] = header.map(HeaderScan.Header::recognised).orElse(0);
			indicators.add(header.map(HeaderScan.Header::indicators).orElse(java.util.Set.of()));
			best = recognised[i] > (best < 0 ? 0 : recognised[best]) ? i : best;
		}
		if (best < 0) {
			throw table instanceof CsvTableFile ? LexbenchException.invalidInput("data.no-header-text", shownAs)
					: LexbenchException.invalidInput("data.no-header", shownAs, String.join(", ", sheets));
		}
		List<Integer> all = new ArrayList<>();
		List<String> alike = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			if (recognised[i] > 0) {
				all.add(i);
				if (i != best && !indicators.get(best).isEmpty() && indicators.get(i).containsAll(indicators.get(best))) {
					alike.add(sheets.get(i));
				}
			}
		}
		if (wanted.isPresent()) {
			return all;
		}
		if (!alike.isEmpty()) {
			problems.warning(Location.file(shownAs), "data.other-sheets", sheets.get(best), String.join(", ", alike));
		}
		return List.of(best);
	}

	private static int named(List<String> sheets, String wanted, String shownAs) {
		String name = wanted.strip();
		for (int i = 0; i < sheets.size(); i++) {
			if (sheets.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		if (name.matches("\\d+")) {
			int number = Integer.parseInt(name);
			if (number >= 1 && number <= sheets.size()) {
				return number - 1;
			}
		}
		throw LexbenchException.invalidInput("data.no-sheet", shownAs, wanted, String.join(", ", sheets));
	}

}
