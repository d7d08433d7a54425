package org.lexbench.report.dataset;

import java.io.IOException;

/**
 * Where a table's rows go, cell by cell from left to right, then the end of the row. Numbers stay
 * primitive: a dataset of 50,000 firms × 100 indicators is millions of cells.
 */
interface Cells {

	/** A text cell; null or empty is an empty cell. */
	void text(String value) throws IOException;

	/** A number cell; NaN (missing) or an infinity is an empty cell. */
	void number(double value) throws IOException;

	/** Ends the row. */
	void end() throws IOException;

	/** A 0/1 flag. */
	default void flag(boolean value) throws IOException {
		number(value ? 1 : 0);
	}

}
