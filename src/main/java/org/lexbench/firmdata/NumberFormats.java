package org.lexbench.firmdata;

/** What a spreadsheet number format says about its cells: a date, a percentage. */
final class NumberFormats {

	private NumberFormats() {
	}

	/** Whether {@code format} shows a date or time: it has y, m, d, h or s outside quotes and brackets. */
	static boolean isDate(String format) {
		if (format == null || format.isBlank() || format.equalsIgnoreCase("general") || format.equals("@")) {
			return false;
		}
		boolean quoted = false;
		boolean bracket = false;
		for (int i = 0; i < format.length(); i++) {
			char c = Character.toLowerCase(format.charAt(i));
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '[') {
				bracket = true;
			}
			else if (c == ']') {
				bracket = false;
			}
			else if (c == '\\' || c == '_') {
				i++;
			}
			else if (!quoted && !bracket && "ymdhs".indexOf(c) >= 0) {
				return true;
			}
		}
		return false;
	}

}
