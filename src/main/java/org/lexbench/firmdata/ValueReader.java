package org.lexbench.firmdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lexbench.files.Language;
import org.lexbench.files.Text;
import org.lexbench.indicator.Category;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.Level;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.PlausibleRange;

/**
 * Reads one cell as a value of one indicator, by the indicator's type. What is doubtful but
 * readable (an approximation, a conversion, a value outside the plausible range) comes back as a
 * value with notes; what cannot be read comes back invalid with what was expected. Nothing is
 * dropped silently.
 */
public final class ValueReader {

	/** Texts that mean "no value": not applicable, not available, a dash, an Excel error. */
	static final Set<String> MISSING = Set.of("", "n/a", "na", "n.a.", "-", "--", "—", "——", "–", "/", "不适用", "暂无",
			"无数据", "未知", "不详", "缺", "空", "null", "none", "#n/a", "#div/0!", "#value!", "#ref!", "#name?", "#num!",
			"#null!", "#getting_data", "#spill!", "#calc!");

	private static final Map<String, Boolean> YES_NO = Map.ofEntries(Map.entry("是", true), Map.entry("有", true),
			Map.entry("y", true), Map.entry("yes", true), Map.entry("true", true), Map.entry("1", true),
			Map.entry("✓", true), Map.entry("✔", true), Map.entry("√", true), Map.entry("对", true), Map.entry("已", true),
			Map.entry("否", false), Map.entry("无", false), Map.entry("没有", false), Map.entry("n", false),
			Map.entry("no", false), Map.entry("false", false), Map.entry("0", false), Map.entry("✗", false),
			Map.entry("✘", false), Map.entry("×", false), Map.entry("x", false), Map.entry("错", false),
			Map.entry("未", false));

	/** Chinese measure words a count or number may carry: 230人, 12个, 3家. */
	private static final Set<String> MEASURE_WORDS = Set.of("人", "名", "位", "个", "家", "次", "项", "件", "场", "种", "所",
			"年", "小时", "国", "处", "条", "部", "本", "篇", "分");

	private final CurrencyRates rates;

	public ValueReader(CurrencyRates rates) {
		this.rates = rates;
	}

	private static final Reading.Missing NOTHING = new Reading.Missing(List.of());

	public Reading read(RawCell cell, Indicator indicator) {
		if (cell.isBlank()) {
			return NOTHING;
		}
		if (cell.kind() == RawCell.Kind.ERROR) {
			return new Reading.Missing(List.of(Text.of("value.excel-error", cell.text())));
		}
		boolean quantity = !(indicator.type() instanceof IndicatorType.YesNoType
				|| indicator.type() instanceof IndicatorType.OrdinalType || indicator.type() instanceof IndicatorType.CategoryType);
		if (quantity && cell.kind() == RawCell.Kind.TEXT) {
			// the common case of a large file, read without normalising or matching patterns
			double plain = NumberText.plain(cell.text());
			if (!Double.isNaN(plain)) {
				return inRange(counted(plain, new ArrayList<>(0), cell, indicator), indicator);
			}
		}
		String folded = fold(cell.text());
		if (cell.kind() == RawCell.Kind.TEXT && MISSING.contains(folded)) {
			return new Reading.Missing(List.of());
		}
		Reading reading;
		if (indicator.type() instanceof IndicatorType.YesNoType) {
			reading = yesNo(cell, folded);
		}
		else if (indicator.type() instanceof IndicatorType.OrdinalType ordinal) {
			reading = ordinal(cell, folded, ordinal);
		}
		else if (indicator.type() instanceof IndicatorType.CategoryType category) {
			reading = category(cell, folded, category);
		}
		else {
			reading = quantity(cell, folded, indicator);
		}
		return inRange(reading, indicator);
	}

	private static Reading yesNo(RawCell cell, String folded) {
		if (cell.kind() == RawCell.Kind.NUMBER || cell.kind() == RawCell.Kind.BOOLEAN) {
			double v = cell.kind() == RawCell.Kind.BOOLEAN ? (folded.equals("true") ? 1 : 0) : cell.number();
			if (v == 0 || v == 1) {
				return Reading.Value.of(v);
			}
		}
		Boolean yes = YES_NO.get(folded);
		if (yes != null) {
			return Reading.Value.of(yes ? 1 : 0);
		}
		return new Reading.Invalid(Text.of("value.not-yes-no", cell.text()));
	}

	private static Reading ordinal(RawCell cell, String folded, IndicatorType.OrdinalType ordinal) {
		double number = cell.kind() == RawCell.Kind.NUMBER ? cell.number()
				: NumberText.parse(cell.text()).filter(a -> a.unit().isEmpty() && a.currency().isEmpty() && !a.percent())
					.map(NumberText.Amount::value).orElse(Double.NaN);
		for (Level level : ordinal.levels()) {
			if (level.value() == number || fold(level.label().zh()).equals(folded) || fold(level.label().en()).equals(folded)) {
				return Reading.Value.of(level.value());
			}
		}
		String levels = ordinal.levels().stream()
			.map(l -> MethodChoice.describeNumber(l.value()) + " " + l.label().in(Language.ZH))
			.collect(Collectors.joining(", "));
		return new Reading.Invalid(Text.of("value.not-level", cell.text(), levels));
	}

	private static Reading category(RawCell cell, String folded, IndicatorType.CategoryType type) {
		String key = folded.replace(" ", "");
		for (Category c : type.categories()) {
			List<String> names = new ArrayList<>(List.of(c.code(), c.label().zh(), c.label().en()));
			names.addAll(c.aliases());
			for (String name : names) {
				if (!name.isBlank() && fold(name).replace(" ", "").equals(key)) {
					return Reading.Value.of(c.score());
				}
			}
		}
		String codes = type.categories().stream().map(c -> c.label().in(Language.ZH) + " (" + c.code() + ")")
			.collect(Collectors.joining(", "));
		return new Reading.Invalid(Text.of("value.not-category", cell.text(), codes));
	}

	private Reading quantity(RawCell cell, String folded, Indicator indicator) {
		List<Text> notes = new ArrayList<>();
		double value;
		if (cell.kind() == RawCell.Kind.NUMBER) {
			value = cell.number();
			if (cell.percentFormat() && indicator.type() instanceof IndicatorType.PercentType) {
				value *= 100;
			}
		}
		else if (cell.kind() == RawCell.Kind.BOOLEAN) {
			return new Reading.Invalid(Text.of("value.not-number", cell.text(), typeName(indicator)));
		}
		else {
			if (folded.equals("无") && indicator.type() instanceof IndicatorType.CountType) {
				return new Reading.Value(0, List.of(Text.of("value.none-is-zero")));
			}
			Optional<NumberText.Amount> parsed = NumberText.parse(cell.text());
			if (parsed.isEmpty()) {
				return new Reading.Invalid(Text.of("value.not-number", cell.text(), typeName(indicator)));
			}
			NumberText.Amount amount = parsed.get();
			value = amount.value();
			if (amount.approximate()) {
				notes.add(Text.of("value.approximate", cell.text()));
			}
			if (amount.percent() && !percentLike(indicator)) {
				return new Reading.Invalid(Text.of("value.percent-not-expected", cell.text(), typeName(indicator)));
			}
			if (amount.unit().isPresent() && !knownUnit(amount.unit().get(), indicator)) {
				notes.add(Text.of("value.unit-ignored", amount.unit().get(), indicator.unit()));
			}
			Optional<String> currency = amount.currency();
			if (currency.isPresent()) {
				if (!(indicator.type() instanceof IndicatorType.MoneyType money)) {
					return new Reading.Invalid(Text.of("value.money-not-expected", cell.text(), typeName(indicator)));
				}
				if (!currency.get().equals(money.currency())) {
					Optional<Double> factor = this.rates.factor(currency.get(), money.currency());
					if (factor.isEmpty()) {
						return new Reading.Invalid(Text.of("value.no-rate", cell.text(), currency.get(), money.currency()));
					}
					value *= factor.get();
					notes.add(Text.of("value.converted", cell.text(), currency.get(), money.currency(),
							MethodChoice.describeNumber(factor.get())));
				}
			}
		}
		return counted(value, notes, cell, indicator);
	}

	/** A value, refused if a count is negative and noted if a count is not whole. */
	private static Reading counted(double value, List<Text> notes, RawCell cell, Indicator indicator) {
		if (indicator.type() instanceof IndicatorType.CountType) {
			if (value < 0) {
				return new Reading.Invalid(Text.of("value.negative-count", cell.text()));
			}
			if (value != Math.rint(value)) {
				notes.add(Text.of("value.not-whole", cell.text()));
			}
		}
		return new Reading.Value(value, notes);
	}

	private static boolean percentLike(Indicator indicator) {
		return indicator.type() instanceof IndicatorType.PercentType || indicator.unit().zh().contains("%")
				|| indicator.unit().en().contains("%");
	}

	private static boolean knownUnit(String unit, Indicator indicator) {
		String u = fold(unit);
		return MEASURE_WORDS.contains(unit) || fold(indicator.unit().zh()).equals(u) || fold(indicator.unit().en()).equals(u)
				|| fold(indicator.unit().en()).startsWith(u);
	}

	private static Reading inRange(Reading reading, Indicator indicator) {
		if (reading instanceof Reading.Value v && indicator.plausibleRange().isPresent()) {
			PlausibleRange r = indicator.plausibleRange().get();
			if (!r.contains(v.value()) && !(indicator.type() instanceof IndicatorType.OrdinalType)) {
				List<Text> notes = new ArrayList<>(v.notes());
				notes.add(Text.of("value.out-of-range", MethodChoice.describeNumber(v.value()),
						MethodChoice.describeNumber(r.min()), MethodChoice.describeNumber(r.max())));
				return new Reading.Value(v.value(), notes);
			}
		}
		return reading;
	}

	private static Text typeName(Indicator indicator) {
		return Text.of("value.kind." + indicator.type().keyword());
	}

	/** Case, width and surrounding space folded: how labels and words are compared. */
	static String fold(String text) {
		return NumberText.normalise(text).toLowerCase(Locale.ROOT);
	}

}
