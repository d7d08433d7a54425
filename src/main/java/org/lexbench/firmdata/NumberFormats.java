package org.lexbench.firmdata;

/**
 * What a spreadsheet number format says about its cells: a date, a percentage; and whether an
 * xlsx workbook uses either kind at all, so that a workbook which does not is read without
 * looking up every cell's format.
 */
final class NumberFormats {

	/** Excel's built-in percentage formats (0%, 0.00%) and date and time formats. */
	static final java.util.Set<Integer> BUILT_IN_MEANINGFUL = java.util.Set.of(9, 10, 14, 15, 16, 17, 18, 19, 20, 21, 22, 45,
			46, 47);

	/** The most of styles.xml read to decide; a larger one is assumed to use every kind of format. */
	static final long STYLES_LIMIT = 8_000_000;

	private static final java.util.regex.Pattern CUSTOM = java.util.regex.Pattern
		.compile("<(?:\\w+:)?numFmt\\b[^>]*?numFmtId=\"(\\d+)\"[^>]*?formatCode=\"([^\"]*)\"");

	private static final java.util.regex.Pattern USED = java.util.regex.Pattern.compile("numFmtId=\"(\\d+)\"");

	private NumberFormats() {
	}

	/**
	 * Whether the styles of an xlsx package ({@code xl/styles.xml}) give any cell a percentage or a
	 * date format; true when in doubt.
	 */
	static boolean anyMeaningful(java.nio.file.Path xlsx) {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
			java.util.zip.ZipEntry entry = zip.getEntry("xl/styles.xml");
			if (entry == null) {
				return false;
			}
			if (entry.getSize() < 0 || entry.getSize() > STYLES_LIMIT) {
				return true;
			}
			String styles;
			try (java.io.InputStream in = zip.getInputStream(entry)) {
				styles = new String(in.readNBytes((int) STYLES_LIMIT), java.nio.charset.StandardCharsets.UTF_8);
			}
			java.util.Set<Integer> meaningful = new java.util.HashSet<>(BUILT_IN_MEANINGFUL);
			java.util.regex.Matcher custom = CUSTOM.matcher(styles);
			while (custom.find()) {
				String code = custom.group(2).replace("&quot;", "\"");
				if (code.contains("%") || isDate(code)) {
					meaningful.add(Integer.parseInt(custom.group(1)));
				}
			}
			java.util.regex.Matcher used = USED.matcher(styles);
			while (used.find()) {
				if (meaningful.contains(Integer.parseInt(used.group(1)))) {
					return true;
				}
			}
			return false;
		}
		catch (java.io.IOException | RuntimeException unreadable) {
			return true;
		}
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
