package org.lexbench.firmdata;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lexbench.indicator.Bilingual;

/**
 * The magnitude and currency a unit names — 元 1, 万元 10,000, 千美元 1,000 in USD, "CNY m" a
 * million — for an indicator's own unit and for the unit a column header gives in brackets
 * ({@code 执业责任保险保额（万元）}). Numbers in a column whose header names another magnitude or
 * currency than the indicator's are converted.
 */
public record UnitScale(double magnitude, Optional<String> currency) {

	public static final UnitScale NONE = new UnitScale(1, Optional.empty());

	private static final Pattern BILLION = Pattern.compile("\\b(bn|billions?)\\b");

	private static final Pattern MILLION = Pattern.compile("\\b(m|mn|millions?)\\b");

	private static final Pattern THOUSAND = Pattern.compile("\\b(k|thousands?)\\b");

	/** The unit in brackets at the end of a header, as ColumnMatcher strips it: {@code （万元）}, {@code (USD m)}. */
	private static final Pattern HEADER_UNIT = Pattern.compile("[\\(\\[【]([^\\(\\)\\[\\]【】]*)[\\)\\]】]\\s*$");

	public UnitScale {
		if (!(magnitude > 0) || Double.isInfinite(magnitude)) {
			throw new IllegalArgumentException("magnitude must be finite and > 0, got " + magnitude);
		}
	}

	/** What one unit of {@code unit} counts: 1e8 for 亿元, 1e4 for 万元, 1e6 for "CNY m", 1 for 元, 人 or no unit. */
	public static double magnitude(Bilingual unit) {
		String zh = unit.zh();
		if (zh.contains("亿")) {
			return 1e8;
		}
		if (zh.contains("百万")) {
			return 1e6;
		}
		if (zh.contains("千万")) {
			return 1e7;
		}
		if (zh.contains("万")) {
			return 1e4;
		}
		if (zh.contains("千")) {
			return 1e3;
		}
		String en = unit.en().toLowerCase(Locale.ROOT);
		if (BILLION.matcher(en).find()) {
			return 1e9;
		}
		if (MILLION.matcher(en).find()) {
			return 1e6;
		}
		return THOUSAND.matcher(en).find() ? 1e3 : 1;
	}

	/** The scale a header's bracketed unit names; {@link #NONE} when it names no magnitude or currency. */
	static UnitScale ofHeader(String header) {
		Matcher m = HEADER_UNIT.matcher(NumberText.normalise(header));
		if (!m.find()) {
			return NONE;
		}
		String unit = m.group(1).strip();
		double magnitude = magnitude(Bilingual.same(unit));
		Optional<String> currency = Optional.empty();
		for (String word : unit.split("[\\s/]+|(?<=[万亿千])")) {
			String code = NumberText.currency(word.replaceFirst("^(?:百万|千万|万|亿|千)", ""));
			if (code != null) {
				currency = Optional.of(code);
			}
		}
		return new UnitScale(magnitude, currency);
	}

	/** Whether this names anything: a magnitude other than one, or a currency. */
	boolean isSome() {
		return this.magnitude != 1 || this.currency.isPresent();
	}

}
