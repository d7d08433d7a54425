package org.lexbench.firmdata;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lexbench.indicator.Indicator;

/**
 * Reads cells as values of indicators, each by its type (see {@link IndicatorReading}), with the
 * user's exchange rates; the words every indicator shares — missing markers, yes and no, Chinese
 * measure words — are here. Nothing is dropped silently.
 */
public final class ValueReader {

	/** Texts that mean "no value": not applicable, not available, a dash, an Excel error. */
	static final Set<String> MISSING = Set.of("", "n/a", "na", "n.a.", "-", "--", "—", "——", "–", "/", "不适用", "暂无",
			"无数据", "未知", "不详", "缺", "空", "null", "none", "#n/a", "#div/0!", "#value!", "#ref!", "#name?", "#num!",
			"#null!", "#getting_data", "#spill!", "#calc!");

	static final Map<String, Boolean> YES_NO = Map.ofEntries(Map.entry("是", true), Map.entry("有", true),
			Map.entry("y", true), Map.entry("yes", true), Map.entry("true", true), Map.entry("1", true),
			Map.entry("✓", true), Map.entry("✔", true), Map.entry("√", true), Map.entry("对", true), Map.entry("已", true),
			Map.entry("否", false), Map.entry("无", false), Map.entry("没有", false), Map.entry("n", false),
			Map.entry("no", false), Map.entry("false", false), Map.entry("0", false), Map.entry("✗", false),
			Map.entry("✘", false), Map.entry("×", false), Map.entry("x", false), Map.entry("错", false),
			Map.entry("未", false));

	/** Chinese measure words a count or number may carry: 230人, 12个, 3家. */
	static final Set<String> MEASURE_WORDS = Set.of("人", "名", "位", "个", "家", "次", "项", "件", "场", "种", "所",
			"年", "小时", "国", "处", "条", "部", "本", "篇", "分");

	private final CurrencyRates rates;

	/** Each indicator's prepared reading, by identity (a record's own hash code walks all its parts). */
	private final Map<Indicator, IndicatorReading> prepared = new IdentityHashMap<>();

	public ValueReader(CurrencyRates rates) {
		this.rates = rates;
	}

	/** Reads {@code cell} as a value of {@code indicator}. */
	public Reading read(RawCell cell, Indicator indicator) {
		return prepare(indicator).read(cell);
	}

	/** How cells of {@code indicator} are read, with its labels, range and unit worked out once. */
	IndicatorReading prepare(Indicator indicator) {
		return this.prepared.computeIfAbsent(indicator, i -> new IndicatorReading(i, this.rates, UnitScale.NONE));
	}

	/** How cells of {@code indicator} are read in a column whose header names {@code unit}. */
	IndicatorReading prepare(Indicator indicator, UnitScale unit) {
		return unit.isSome() ? new IndicatorReading(indicator, this.rates, unit) : prepare(indicator);
	}

	/** Case, width and surrounding space folded: how labels and words are compared. */
	static String fold(String text) {
		return NumberText.normalise(text).toLowerCase(Locale.ROOT);
	}

}
