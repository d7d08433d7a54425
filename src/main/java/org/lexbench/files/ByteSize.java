package org.lexbench.files;

import java.util.Locale;

/** A number of bytes as people read it in a message: {@code 12.3 MB}. */
public final class ByteSize {

	private ByteSize() {
	}

	public static String of(long bytes) {
		if (bytes < 10_000) {
			return bytes + " B";
		}
		if (bytes < 10_000_000) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1_000.0);
		}
		if (bytes < 10_000_000_000L) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
		}
		return String.format(Locale.ROOT, "%.1f GB", bytes / 1_000_000_000.0);
	}

}
