package org.lexbench.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an untrusted zip package (an xlsx) from its central directory before anything inflates
 * it: how many entries, how large each becomes, and how much it expands. A zip bomb — a small file
 * that inflates to gigabytes — is refused without being inflated. The thresholds follow Apache
 * POI's {@code ZipSecureFile}: an entry larger than the grace size may not expand more than 100
 * times (a compression ratio below 1%).
 */
public final class ZipGuard {

	/** The limits a package must stay within. */
	public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double minInflateRatio,
			long graceBytes) {

		/** POI's defaults for ratio, grace and entry count; 2 GB per entry, 4 GB in all. */
		public static final Limits DEFAULT = new Limits(1000, 2_000_000_000L, 4_000_000_000L, 0.01, 100_000);

	}

	private ZipGuard() {
	}

	public static void check(Path file, String shownAs, Limits limits) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			int entries = 0;
			long total = 0;
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (++entries > limits.maxEntries()) {
					throw LexbenchException.invalidInput("zip.too-many-entries", shownAs, limits.maxEntries());
				}
				long size = entry.getSize();
				long compressed = entry.getCompressedSize();
				if (size < 0 || compressed < 0) {
					continue;
				}
				total += size;
				if (size > limits.maxEntryBytes() || total > limits.maxTotalBytes()) {
					throw LexbenchException.invalidInput("zip.too-large", shownAs, entry.getName(), ByteSize.of(size));
				}
				if (size > limits.graceBytes() && (double) compressed / size < limits.minInflateRatio()) {
					throw LexbenchException.invalidInput("zip.bomb", shownAs, entry.getName(), ByteSize.of(compressed), ByteSize.of(size));
				}
			}
		}
		catch (ZipException notZip) {
			throw LexbenchException.invalidInput("zip.not-zip", shownAs);
		}
		catch (IOException unreadable) {
			throw LexbenchException.invalidInput("file.unreadable", shownAs, Reasons.of(unreadable));
		}
	}

}
