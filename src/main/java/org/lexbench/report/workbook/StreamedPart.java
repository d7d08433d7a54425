package org.lexbench.report.workbook;

import java.io.IOException;
import java.io.OutputStream;

/** A part of the workbook's package written while the package is, in place of what POI made for it. */
@FunctionalInterface
interface StreamedPart {

	/** Writes the part; {@code made} is the part as POI wrote it (a sheet with empty rows, a placeholder). */
	void write(byte[] made, OutputStream out) throws IOException;

}
