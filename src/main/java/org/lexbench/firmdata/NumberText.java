package org.lexbench.firmdata;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as people write it in Chinese and English forms: full-width digits, thousands
 * separators, {@code 12%}, magnitudes ({@code 3.5万}, {@code 1.2亿}, {@code 2.4bn}), currency
 * symbols and codes ({@code ¥}, {@code RMB}, {@code US$}, {@code 美元}), approximations
 * ({@code 约30}, {@code 65万多}, {@code 30+}, {@code 以上}) and a trailing measure word or unit
 * ({@code 230人}, {@code 12 offices}).
 */
final class NumberText {

	/**
	 * A number read from text, with what the text said about it; {@code value} includes the
	 * magnitude the text wrote ({@code 3.5万} is 35,000, {@code scaled}).
	 */
	record Amount(double value, Optional<String> currency, boolean percent, boolean approximate,
			Optional<String> unit, boolean scaled) {
	}

	private static final String CURRENCY_PREFIX = "US\\$|HK\\$|RMB|CNY|USD|HKD|EUR|GBP|JPY|[¥$€£]";

	private static final String CURRENCY_SUFFIX = "元|美元|港元|港币|欧元|英镑|日元|人民币|RMB|CNY|USD|HKD|EUR|GBP|JPY";

	private static final Pattern AMOUNT = Pattern.compile("^"
			+ "(?<about>约|大约|近|将近|接近|超过|逾|多于|不少于|不低于|至少|about|approx\\.?|approximately|around|over|more than|~|≈|>=|>|≥|<=|<|≤)?\\s*"
			+ "(?<cur1>" + CURRENCY_PREFIX + ")?\\s*"
			+ "(?<sign>[-+])?\\s*"
			+ "(?<num>\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)(?<exp>[eE][-+]?\\d+)?"
			+ "\\s*(?<pct>%)?"
			+ "\\s*(?<mag>百万|千万|万|亿|千|(?:thousand|million|billion|bn|mn|k|m)(?![A-Za-z]))?"
			+ "\\s*(?<more>多|余|以上|左右|以下|\\+)?"
			+ "\\s*(?<cur2>" + CURRENCY_SUFFIX + ")?"
			+ "\\s*(?<unit>\\p{IsHan}{1,4}|[A-Za-z]{1,16}(?:\\s[A-Za-z]{1,16}){0,3})?"
			+ "\\s*(?<more2>多|余|以上|左右|\\+)?$", Pattern.CASE_INSENSITIVE);

	private static final Map<String, Double> MAGNITUDES = Map.ofEntries(Map.entry("千", 1e3), Map.entry("万", 1e4),
			Map.entry("百万", 1e6), Map.entry("千万", 1e7), Map.entry("亿", 1e8), Map.entry("k", 1e3),
			Map.entry("thousand", 1e3), Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("million", 1e6),
			Map.entry("bn", 1e9), Map.entry("billion", 1e9));

	private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("¥", "CNY"), Map.entry("RMB", "CNY"),
			Map.entry("CNY", "CNY"), Map.entry("元", "CNY"), Map.entry("人民币", "CNY"), Map.entry("$", "USD"),
			Map.entry("US$", "USD"), Map.entry("USD", "USD"), Map.entry("美元", "USD"), Map.entry("HK$", "HKD"),
			Map.entry("HKD", "HKD"), Map.entry("港元", "HKD"), Map.entry("港币", "HKD"), Map.entry("€", "EUR"),
			Map.entry("EUR", "EUR"), Map.entry("欧元", "EUR"), Map.entry("£", "GBP"), Map.entry("GBP", "GBP"),
			Map.entry("英镑", "GBP"), Map.entry("JPY", "JPY"), Map.entry("日元", "JPY"));

	private NumberText() {
	}

	/** Full-width forms to ASCII, the Unicode minus to a hyphen, surrounding space removed. */
	static String normalise(String raw) {
		if (plainAscii(raw)) {
			return raw.strip();
		}
		String t = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('−', '-').replace('－', '-').strip();
		return t.replace("￥", "¥");
	}

	/**
	 * The number a plain ASCII decimal such as {@code 1234}, {@code -0.5} or {@code 12.30} writes;
	 * NaN for anything else (separators, units, signs of approximation …), which {@link #parse} reads.
	 */
	static double plain(String text) {
		int n = text.length();
		if (n == 0 || n > 17) {
			return Double.NaN;
		}
		int start = text.charAt(0) == '-' ? 1 : 0;
		int digits = 0;
		int decimals = -1;
		long mantissa = 0;
		for (int i = start; i < n; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				mantissa = mantissa * 10 + (c - '0');
				digits++;
				decimals += decimals >= 0 ? 1 : 0;
			}
			else if (c == '.' && decimals < 0) {
				decimals = 0;
			}
			else {
				return Double.NaN;
			}
		}
		if (digits == 0) {
			return Double.NaN;
		}
		if (digits > 15) {
			return Double.parseDouble(text);
		}
		// Clinger's fast path: at most 15 digits make an exact double, and so does 10^k for k ≤ 22,
		// so the one rounding of the division gives exactly what Double.parseDouble would
		double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
		return start == 1 ? -value : value;
	}

	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
			1e13, 1e14, 1e15, 1e16 };

	/** Printable ASCII, which NFKC leaves as it is (and which holds no minus sign or yen to replace). */
	private static boolean plainAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c >= 0x7F) {
				return false;
			}
		}
		return true;
	}

	/** The amount {@code raw} writes, or empty when it is not a number. */
	static Optional<Amount> parse(String raw) {
		String t = normalise(raw);
		Matcher m = AMOUNT.matcher(t);
		if (!m.matches()) {
			return Optional.empty();
		}
		String digits = m.group("num");
		if (digits.contains(",") && !digits.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
			return Optional.empty();
		}
		double value = Double.parseDouble(digits.replace(",", "") + (m.group("exp") == null ? "" : m.group("exp")));
		if ("-".equals(m.group("sign"))) {
			value = -value;
		}
		String mag = m.group("mag");
		if (mag != null) {
			value *= MAGNITUDES.get(mag.toLowerCase(Locale.ROOT));
		}
		String unit = m.group("unit");
		String currency = currency(m.group("cur1"));
		if (currency == null) {
			currency = currency(m.group("cur2"));
		}
		if (currency == null && unit != null && currency(unit) != null) {
			currency = currency(unit);
			unit = null;
		}
		boolean approximate = m.group("about") != null || m.group("more") != null || m.group("more2") != null;
		if (!Double.isFinite(value)) {
			return Optional.empty();
		}
		return Optional.of(new Amount(value, Optional.ofNullable(currency), m.group("pct") != null, approximate,
				Optional.ofNullable(unit), mag != null));
	}

	/** The ISO code a currency symbol, code or word stands for; null for anything else. */
	static String currency(String word) {
		if (word == null) {
			return null;
		}
		String upper = word.toUpperCase(Locale.ROOT);
		String code = CURRENCIES.get(upper);
		return code != null ? code : CURRENCIES.get(word);
	}

}
