package org.lexbench.firmdata;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the year a row is for: {@code 2023}, {@code 2023年}, {@code FY2023}, {@code 二〇二三年}, a
 * date such as {@code 2023-12-31} or {@code 2023年12月31日}, or a spreadsheet date serial.
 */
final class YearText {

	private static final Pattern YEAR = Pattern.compile("(?:fy|财年|年度)?\\s*((?:19|20)\\d{2})(?:\\s*年(?:度)?)?(?:[-/.年]\\d{1,2}(?:[-/.月]\\d{1,2}日?)?)?", Pattern.CASE_INSENSITIVE);

	/** Chinese numerals as years are written: 二〇二四 or 二零二四. */
	private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

	private YearText() {
	}

	static OptionalInt read(RawCell cell) {
		if (cell.kind() == RawCell.Kind.NUMBER) {
			double v = cell.number();
			if (cell.dateFormat() && v > 0 && v < 2_958_466) {
				return OptionalInt.of(DateSerial.date(v).getYear());
			}
			if (v == Math.rint(v) && v >= 1900 && v <= 2100) {
				return OptionalInt.of((int) v);
			}
			return OptionalInt.empty();
		}
		Matcher m = YEAR.matcher(digits(NumberText.normalise(cell.text())));
		return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
	}

	private static String digits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i) == '零' ? '〇' : text.charAt(i);
			int digit = CHINESE_DIGITS.indexOf(c);
			out.append(digit >= 0 ? (char) ('0' + digit) : c);
		}
		return out.toString();
	}

}
