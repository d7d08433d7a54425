package org.lexbench.cli;

import org.jline.utils.WCWidth;

/**
 * How many terminal columns a text takes: two for a Chinese character or full-width form, one
 * for Latin, none for combining marks. {@code String.length()} is wrong for Chinese, which is why
 * Spring Shell 4.0.1 misaligns Chinese tables.
 */
final class DisplayWidth {

	private DisplayWidth() {
	}

	static int of(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += Math.max(0, WCWidth.wcwidth(cp));
			i += Character.charCount(cp);
		}
		return width;
	}

	/** The longest prefix of {@code text} that fits in {@code columns}; at least one character. */
	static int fit(String text, int columns) {
		int width = 0;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int w = Math.max(0, WCWidth.wcwidth(cp));
			if (width + w > columns && i > 0) {
				break;
			}
			width += w;
			i += Character.charCount(cp);
		}
		return i;
	}

	static String pad(String text, int columns) {
		return text + " ".repeat(Math.max(0, columns - of(text)));
	}

	static String padLeft(String text, int columns) {
		return " ".repeat(Math.max(0, columns - of(text))) + text;
	}

	/** Cuts {@code text} to {@code columns}, ending with "…" when something was cut. */
	static String truncate(String text, int columns) {
		if (of(text) <= columns) {
			return text;
		}
		return text.substring(0, fit(text, Math.max(1, columns - 1))) + "…";
	}

}
