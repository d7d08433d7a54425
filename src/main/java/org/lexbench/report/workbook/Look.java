package org.lexbench.report.workbook;

/**
 * How a cell looks: the index of its cell style in the workbook, and of the same style with the
 * quote prefix that keeps text a spreadsheet would read as a formula ({@code =HYPERLINK(…)}) inert
 * even when the cell is edited.
 */
record Look(int style, int inertStyle) {

	Look {
		if (style < 0 || inertStyle < 0) {
			throw new IllegalArgumentException("style indexes are 0 or more, got " + style + " and " + inertStyle);
		}
	}

}
