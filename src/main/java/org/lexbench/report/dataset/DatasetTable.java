package org.lexbench.report.dataset;

import java.io.IOException;
import java.util.List;

/**
 * A table a dataset file holds: its columns, how many rows, and the rows themselves, produced on
 * demand so that no table is ever held whole in memory.
 */
sealed interface DatasetTable permits WideTable, TidyTable, Codebook {

	/** The table's name: the sheet of an xlsx, the layout in JSON ({@code wide}, {@code tidy} …). */
	String name();

	List<DatasetColumn> columns();

	/** How many rows {@link #write} writes. */
	long size();

	/** Writes every row, in order, one cell per column. */
	void write(Cells out) throws IOException;

}
