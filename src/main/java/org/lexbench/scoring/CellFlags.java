package org.lexbench.scoring;

/**
 * What happened to one firm's value of one indicator on its way to a score, as bits: imputed,
 * winsorised or log-transformed by the outlier treatment, outside the indicator's plausible range.
 */
public final class CellFlags {

	public static final byte IMPUTED = 1;

	public static final byte WINSORISED = 2;

	public static final byte TRANSFORMED = 4;

	public static final byte OUT_OF_RANGE = 8;

	private CellFlags() {
	}

	public static boolean has(byte flags, byte flag) {
		return (flags & flag) != 0;
	}

}
