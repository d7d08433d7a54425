package org.lexbench.firmdata;

import java.util.List;

/**
 * What was read from one sheet of one file: how it was read (layout, header row; for a text file
 * its encoding and delimiter, and an empty sheet name) and which headers were recognised and which
 * were not.
 */
public record SourceSummary(String file, String sheet, Layout layout, int headerRow, String encoding, Delimiter delimiter,
		int records, List<String> matched, List<String> unmatched) {

	/** How the fields of a text file are separated; spreadsheets have none. */
	public enum Delimiter {
		/** A spreadsheet. */
		NONE,
		/** {@code ,} */
		COMMA,
		/** {@code ;} */
		SEMICOLON,
		/** A tab. */
		TAB;

		static Delimiter of(char c) {
			return c == ';' ? SEMICOLON : c == '\t' ? TAB : COMMA;
		}
	}

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
