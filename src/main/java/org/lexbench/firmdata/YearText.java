package org.lexbench.firmdata;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the year a row is for: {@code 2023}, {@code 2023年}, {@code FY2023}, a date such as
 * {@code 2023-12-31} or {@code 2023年12月31日}, or a spreadsheet date serial.
 */
final class YearText {

	private static final Pattern YEAR = Pattern.compile("(?:fy|财年|年度)?\\s*((?:19|20)\\d{2})(?:\\s*年(?:度)?)?(?:[-/.年]\\d{1,2}(?:[-/.月]\\d{1,2}日?)?)?", Pattern.CASE_INSENSITIVE);


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
		Matcher m = YEAR.matcher(NumberText.normalise(cell.text()));
		return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
	}

}
