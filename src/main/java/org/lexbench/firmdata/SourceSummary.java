package org.lexbench.firmdata;

import java.util.List;

/**
 * What was read from one sheet of one file: how it was read (layout, header row, encoding) and
 * which headers were recognised and which were not.
 */
public record SourceSummary(String file, String sheet, Layout layout, int headerRow, String encoding, int records,
		List<String> matched, List<String> unmatched) {

	/** How a sheet holds its values. */
	public enum Layout {
		/** A row per firm (and year), a column per indicator. */
		WIDE,
		/** A row per firm, indicator and value. */
		LONG
	}

	public SourceSummary {
		matched = List.copyOf(matched);
		unmatched = List.copyOf(unmatched);
	}

}
