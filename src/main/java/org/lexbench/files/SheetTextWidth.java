package org.lexbench.files;

/**
 * How wide a text shows in a spreadsheet, in the widths of a digit: a Chinese or other full-width
 * character takes two. Used to size columns and rows, which Excel does not fit to wrapped text
 * written by a program.
 */
public final class SheetTextWidth {

	private SheetTextWidth() {
	}

	/** The width of the widest line of {@code text}. */
	public static int of(String text) {
		int widest = 0;
		for (String line : text.split("\n", -1)) {
			widest = Math.max(widest, line.codePoints().map(SheetTextWidth::width).sum());
		}
		return widest;
	}

	/** How many lines {@code text} takes in a column {@code width} digits wide, wrapped. */
	public static int lines(String text, int width) {
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			int w = line.codePoints().map(SheetTextWidth::width).sum();
			lines += Math.max(1, (w + width - 1) / Math.max(1, width));
		}
		return lines;
	}

	private static int width(int codePoint) {
		boolean wide = codePoint >= 0x2E80 && codePoint <= 0xA4CF || codePoint >= 0xAC00 && codePoint <= 0xD7A3
				|| codePoint >= 0xF900 && codePoint <= 0xFAFF || codePoint >= 0xFE30 && codePoint <= 0xFE4F
				|| codePoint >= 0xFF00 && codePoint <= 0xFF60 || codePoint >= 0xFFE0 && codePoint <= 0xFFE6
				|| codePoint >= 0x20000 && codePoint <= 0x3FFFD;
		return wide ? 2 : 1;
	}

}
