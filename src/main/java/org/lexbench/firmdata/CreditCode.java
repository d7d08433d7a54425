package org.lexbench.firmdata;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from
 * {@code 0-9} and {@code A-Y} without I, O, Z, S, V; the last is a check character, 31 minus the
 * weighted sum of the first 17 (weights 3^i mod 31) modulo 31.
 */
public final class CreditCode {

	static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-'\"‘’“”]");

	private CreditCode() {
	}

	/**
	 * The code as written, upper-cased, without spaces, dashes, and the apostrophe or quotes a
	 * spreadsheet puts before digits to keep them text.
	 */
	static String clean(String text) {
		return SEPARATORS.matcher(NumberText.normalise(text)).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/** Whether {@code code} is a law firm's practice-licence number (执业许可证号): 17 digits. */
	static boolean isLicenceNumber(String code) {
		return code.length() == 17 && code.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	/** Whether {@code code} looks like a credit code at all: 18 characters of its alphabet. */
	static boolean looksLikeOne(String code) {
		if (code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/** The check character the first 17 characters call for. */
	public static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int c = 31 - sum % 31;
		return CHARACTERS.charAt(c == 31 ? 0 : c);
	}

	public static boolean valid(String code) {
		return looksLikeOne(code) && checkCharacter(code) == code.charAt(17);
	}

}
