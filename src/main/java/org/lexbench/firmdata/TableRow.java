package org.lexbench.firmdata;

import java.util.List;

/** One row of a sheet: its number (from 1: the spreadsheet row, or the CSV line) and its cells by column. */
public record TableRow(int number, List<RawCell> cells) {

	/** The cells are not copied: each reader builds a fresh list per row and never changes it (a large sheet has millions of cells). */
	public TableRow {
		cells = java.util.Collections.unmodifiableList(cells);
	}

	public RawCell cell(int column) {
		return column < this.cells.size() ? this.cells.get(column) : RawCell.BLANK;
	}

	public boolean isBlank() {
		return this.cells.stream().allMatch(RawCell::isBlank);
	}

}
