package org.lexbench.files;

/**
 * Makes untrusted text safe to put in a CSV or spreadsheet cell: text that a spreadsheet would
 * read as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading
 * apostrophe, which Excel, WPS and LibreOffice show as plain text.
 */
public final class InertText {

	private InertText() {
	}

	public static String of(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean live = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '＝' || first == '＋' || first == '－' || first == '＠';
		return live ? "'" + text : text;
	}

}
