package org.lexbench.report.workbook;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * The comments of one sheet, produced on demand in row order — once for the comments part, once
 * for the shapes that show them — so that a quarter of a million notes are never held at once.
 */
@FunctionalInterface
interface CellNotes {

	/** Gives every note to {@code sink}, row by row, left to right. */
	void each(Sink sink) throws IOException;

	/**
	 * Receives one note: the cell (row and column from 0) and its text, made only when asked for
	 * (the shapes need the place alone).
	 */
	@FunctionalInterface
	interface Sink {

		void note(int row, int column, Supplier<String> text) throws IOException;

	}

}
