package org.lexbench.firmdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the header row of a sheet among its first rows (title rows above it are common): the row
 * that names the most columns lexbench recognises, at least a firm-name column and one more. A
 * blank header cell takes the text above it, so a header merged over two rows reads in full.
 */
final class HeaderScan {

	/** How many rows from the top a header may start at. */
	static final int ROWS = 30;

	/** The header row: its number, each column's header text, how many columns were recognised, and which indicators. */
	record Header(int row, List<String> texts, int recognised, java.util.Set<String> indicators) {
	}

	private HeaderScan() {
	}

	static Optional<Header> find(TableFile file, int sheet, ColumnMatcher matcher) {
		List<TableRow> top = new ArrayList<>();
		file.read(sheet, row -> {
			top.add(row);
			return top.size() < ROWS;
		});
		Header best = null;
		for (int i = 0; i < top.size(); i++) {
			TableRow row = top.get(i);
			List<String> texts = new ArrayList<>();
			int recognised = 0;
			boolean name = false;
			java.util.Set<String> indicators = new java.util.HashSet<>();
			for (int c = 0; c < row.cells().size(); c++) {
				String text = headerText(top, i, c);
				texts.add(text);
				Column column = text.isBlank() ? null : matcher.match(text);
				if (column != null && !(column instanceof Column.Other)) {
					recognised++;
					name |= column instanceof Column.FirmName;
					if (column instanceof Column.Values v) {
						indicators.add(v.indicator().id());
					}
				}
			}
			if (name && recognised >= 2 && (best == null || recognised > best.recognised())) {
				best = new Header(row.number(), texts, recognised, indicators);
			}
		}
		return Optional.ofNullable(best);
	}

	private static String headerText(List<TableRow> top, int index, int column) {
		String text = top.get(index).cell(column).text().strip();
		if (text.isEmpty() && index > 0) {
			return top.get(index - 1).cell(column).text().strip();
		}
		return text;
	}

}
