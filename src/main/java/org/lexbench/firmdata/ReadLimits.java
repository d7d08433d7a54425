package org.lexbench.firmdata;

import org.lexbench.files.ZipGuard;

/**
 * How much of an untrusted data file lexbench reads: its size, its rows, the text of one cell,
 * and the zip limits of an xlsx. A file beyond a limit is refused with a line saying which and
 * how to raise it.
 */
public record ReadLimits(long maxFileBytes, int maxRows, int maxCellChars, ZipGuard.Limits zip) {

	/**
	 * 1 GB files, a million rows (Excel's own maximum is 1,048,576), 32,767 characters a cell
	 * (Excel's own maximum).
	 */
	public static final ReadLimits DEFAULT = new ReadLimits(1_000_000_000L, 1_000_000, 32_767, ZipGuard.Limits.DEFAULT);

	public ReadLimits withMaxRows(int rows) {
		return new ReadLimits(this.maxFileBytes, rows, this.maxCellChars, this.zip);
	}

}
