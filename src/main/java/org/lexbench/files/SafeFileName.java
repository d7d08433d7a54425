package org.lexbench.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A file name stem made from untrusted text such as a firm's name, that can only ever name a file
 * in the folder it is resolved against: no path separator, no {@code ..}, no control or
 * invisible formatting character, no Windows device name, at most {@value #MAX_BYTES} bytes of
 * UTF-8. A name that had to be changed gets {@code ~} and eight hex digits of the SHA-256 of the
 * original, so that two different names never share a stem because they were cut or cleaned the
 * same way; a name that needed no change is kept as it is (Chinese, spaces and {@code &} included).
 */
public final class SafeFileName {

	/**
	 * The longest stem before the hash, in UTF-8 bytes: with the hash, a suffix such as
	 * {@code -contributions-2024.png} and the temporary name {@link AtomicOutput} writes first
	 * ({@code .NAME.<19 digits>.tmp}), a name stays well below the 255 bytes file systems allow.
	 */
	public static final int MAX_BYTES = 120;

	/** Used when nothing is left of the text. */
	static final String UNNAMED = "unnamed";

	/** Characters Windows refuses in names, beyond the separators. */
	private static final String RESERVED = "/\\:*?\"<>|";

	/** Windows device names, refused as a name's base on Windows whatever the extension. */
	private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4",
			"com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
			"lpt9");

	private SafeFileName() {
	}

	/** The stem for {@code text}: the text itself when it is already safe, else a cleaned, hashed form. */
	public static String stem(String text) {
		String original = text == null ? "" : text;
		String cleaned = clean(Normalizer.normalize(original, Normalizer.Form.NFC));
		if (cleaned.isEmpty()) {
			cleaned = UNNAMED;
		}
		if (DEVICES.contains(base(cleaned))) {
			cleaned = "_" + cleaned;
		}
		cleaned = cut(cleaned, MAX_BYTES);
		if (cleaned.equals(original)) {
			return cleaned;
		}
		return cleaned + "~" + ContentHash.sha256(original.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
	}

	/**
	 * Unsafe characters become {@code _}; runs of {@code _}, spaces and dots shrink to one; no
	 * leading or trailing dot, underscore, hyphen or space (a hidden file, a name Windows trims, an
	 * argument a shell tool reads as an option).
	 */
	private static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			int kept = safe(c) ? (Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c) : '_';
			int last = out.length() == 0 ? -1 : out.charAt(out.length() - 1);
			if ((kept == '_' || kept == ' ' || kept == '.') && last == kept) {
				return;
			}
			out.appendCodePoint(kept);
		});
		int from = 0;
		int to = out.length();
		while (from < to && "._- ".indexOf(out.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && "._- ".indexOf(out.charAt(to - 1)) >= 0) {
			to--;
		}
		return out.substring(from, to);
	}

	private static boolean safe(int c) {
		if (c < 0x20 || RESERVED.indexOf(c) >= 0) {
			return false;
		}
		switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
				return false;
			default:
				return true;
		}
	}

	/** The part before the first dot, lower case: what Windows compares with its device names. */
	private static String base(String name) {
		int dot = name.indexOf('.');
		return (dot < 0 ? name : name.substring(0, dot)).strip().toLowerCase(Locale.ROOT);
	}

	/** The longest prefix of whole code points that fits in {@code bytes} of UTF-8, without a trailing dot or space. */
	private static String cut(String text, int bytes) {
		int used = 0;
		int end = 0;
		while (end < text.length()) {
			int c = text.codePointAt(end);
			int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
			if (used + size > bytes) {
				break;
			}
			used += size;
			end += Character.charCount(c);
		}
		String cut = text.substring(0, end);
		while (cut.endsWith(".") || cut.endsWith(" ")) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut;
	}

}
