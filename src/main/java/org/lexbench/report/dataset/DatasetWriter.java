package org.lexbench.report.dataset;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a table to a file in one format, streaming its rows. */
sealed interface DatasetWriter permits CsvDataset, XlsxDataset, JsonDataset {

	Written write(DatasetTable table, OutputStream out) throws IOException;

}
