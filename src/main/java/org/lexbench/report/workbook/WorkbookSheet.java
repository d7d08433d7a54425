package org.lexbench.report.workbook;

/**
 * One sheet of the workbook: its name in the workbook's language, whether this workbook has it
 * (a peers or sensitivity sheet only when that analysis was run), and how it is laid out and
 * filled. Adding a sheet is adding one such class and naming it in {@link ExcelWorkbook}'s list.
 */
interface WorkbookSheet {

	/** Whether the workbook of {@code book} has this sheet. */
	default boolean present(Book book) {
		return true;
	}

	/** The sheet's name (at most 31 characters, none of {@code [ ] : * ? / \}). */
	String name(Book book);

	/** Lays the sheet out on {@code frame} and gives it the rows (and comments) to stream. */
	void lay(Book book, SheetFrame frame);

}
