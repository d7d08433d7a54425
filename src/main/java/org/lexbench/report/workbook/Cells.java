package org.lexbench.report.workbook;

import java.io.IOException;

/**
 * Where a sheet's cells go, top to bottom and left to right: {@link RowStream} writes them into
 * the package; the benchmark sends the same cells to another writer to compare.
 */
interface Cells {

	/** Starts the next row. */
	void row() throws IOException;

	/** Starts row {@code index} (from 0, after the current one), {@code height} points high (NaN: the default). */
	void row(int index, double height) throws IOException;

	/** Moves to column {@code index} (from 0, not before the current one). */
	void at(int index);

	/** A number cell; NaN or infinite: an empty cell. */
	void number(double value, Look look) throws IOException;

	/** A text cell; null or empty: an empty cell. */
	void text(String text, Look look) throws IOException;

	/** An empty cell with a look. */
	void blank(Look look) throws IOException;

}
