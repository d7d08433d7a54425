package org.lexbench.firmdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * How the cells of one indicator are read, by its type: what is doubtful but readable (an
 * approximation, a conversion, a value outside the plausible range) comes back as a value with
 * notes; what cannot be read comes back invalid with what was expected. Labels, range and unit
 * are worked out once, since a large file reads the same indicator tens of thousands of times.
 */
final class IndicatorReading {

	private static final Reading.Missing NOTHING = new Reading.Missing(List.of());

	private final Indicator indicator;

	private final CurrencyRates rates;

	private final boolean quantity;

	private final boolean count;

	private final boolean percent;

	/** What one unit of the indicator counts (10,000 for 万元), and the unit the column's header names. */
	private final double magnitude;

	private final UnitScale header;

	/**
	 * What a bare number of this column (one without a magnitude or currency of its own) is
	 * multiplied by to be in the indicator's unit: 1, unless the header names another unit; NaN
	 * when the header's currency has no exchange rate.
	 */
	private final double bareFactor;

	/** The plausible range values are warned against; ordinal values are checked against their levels instead. */
	private final PlausibleRange range;

	/** Ordinal: folded level labels → level value; category: folded names without spaces → score. */
	private final Map<String, Double> labels = new HashMap<>();

	private final List<Double> levelValues = new ArrayList<>();

	IndicatorReading(Indicator indicator, CurrencyRates rates, UnitScale header) {
		this.indicator = indicator;
		this.rates = rates;
		IndicatorType type = indicator.type();
		this.quantity = !(type instanceof IndicatorType.YesNoType || type instanceof IndicatorType.OrdinalType
				|| type instanceof IndicatorType.CategoryType);
		this.count = type instanceof IndicatorType.CountType;
		this.percent = type instanceof IndicatorType.PercentType;
		this.magnitude = this.quantity && !this.percent ? UnitScale.magnitude(indicator.unit()) : 1;
		this.header = this.quantity && !this.percent ? header : UnitScale.NONE;
		this.bareFactor = bareFactor(type, rates, this.header, this.magnitude);
		this.range = type instanceof IndicatorType.OrdinalType ? null : indicator.plausibleRange().orElse(null);
		if (type instanceof IndicatorType.OrdinalType ordinal) {
			for (Level level : ordinal.levels()) {
				this.levelValues.add(level.value());
				this.labels.putIfAbsent(ValueReader.fold(level.label().zh()), level.value());
				this.labels.putIfAbsent(ValueReader.fold(level.label().en()), level.value());
			}
		}
		if (type instanceof IndicatorType.CategoryType categories) {
			for (Category c : categories.categories()) {
				List<String> names = new ArrayList<>(List.of(c.code(), c.label().zh(), c.label().en()));
				names.addAll(c.aliases());
				names.stream().filter(n -> !n.isBlank())
					.forEach(n -> this.labels.putIfAbsent(ValueReader.fold(n).replace(" ", ""), c.score()));
			}
		}
		this.labels.remove("");
	}

	Indicator indicator() {
		return this.indicator;
	}

	/** Whether bare numbers of the column are converted because its header names another unit or currency. */
	boolean convertsBareNumbers() {
		return this.bareFactor != 1;
	}

	UnitScale header() {
		return this.header;
	}

	private static double bareFactor(IndicatorType type, CurrencyRates rates, UnitScale header, double magnitude) {
		if (!header.isSome()) {
			return 1;
		}
		double factor = header.magnitude() / magnitude;
		if (type instanceof IndicatorType.MoneyType money && header.currency().isPresent()
				&& !header.currency().get().equals(money.currency())) {
			Optional<Double> rate = rates.factor(header.currency().get(), money.currency());
			return rate.isPresent() ? factor * rate.get() : Double.NaN;
		}
		return factor;
	}

	/** A bare number of the column in the indicator's unit. */
	private double bare(double v) {
		return this.percent ? v : v * this.bareFactor;
	}

	private Reading noRateForHeader(RawCell cell) {
		String money = ((IndicatorType.MoneyType) this.indicator.type()).currency();
		return new Reading.Invalid(Text.of("value.no-rate", cell.shown(), this.header.currency().orElse(money), money));
	}

	boolean isPercent() {
		return this.percent;
	}

	/**
	 * The value of a cell that needs no note — a plain number of a quantity indicator, inside its
	 * range — read without allocating; NaN when the cell needs {@link #read} (most cells of a large
	 * file take this way).
	 */
	double plainValue(RawCell cell) {
		if (!this.quantity) {
			return Double.NaN;
		}
		double v;
		if (cell.kind() == RawCell.Kind.NUMBER && !cell.dateFormat()) {
			v = bare(this.percent && cell.percentFormat() ? cell.number() * 100 : cell.number());
		}
		else if (cell.kind() == RawCell.Kind.TEXT) {
			v = bare(cell.number());
		}
		else {
			return Double.NaN;
		}
		boolean noted = this.count && (v < 0 || v != Math.rint(v)) || this.range != null && !this.range.contains(v);
		return noted ? Double.NaN : v;
	}

	Reading read(RawCell cell) {
		if (cell.isBlank() || cell.kind() == RawCell.Kind.UNCALCULATED) {
			// an uncalculated formula is reported once for its cell, wherever it is (SheetLoad)
			return NOTHING;
		}
		if (cell.kind() == RawCell.Kind.ERROR) {
			return new Reading.Missing(List.of(Text.of("value.excel-error", cell.shown())));
		}
		if (this.quantity && cell.kind() == RawCell.Kind.TEXT) {
			// the common case of a large file, read without normalising or matching patterns
			double plain = cell.number();
			if (!Double.isNaN(plain)) {
				return Double.isNaN(this.bareFactor) ? noRateForHeader(cell) : inRange(counted(bare(plain), new ArrayList<>(0), cell));
			}
		}
		if (this.quantity && cell.kind() == RawCell.Kind.NUMBER && !Double.isNaN(cell.number())) {
			if (cell.dateFormat()) {
				return new Reading.Invalid(Text.of("value.date-not-expected", DateSerial.text(cell.number()), typeName()));
			}
			if (Double.isNaN(this.bareFactor)) {
				return noRateForHeader(cell);
			}
			return inRange(counted(bare(this.percent && cell.percentFormat() ? cell.number() * 100 : cell.number()),
					new ArrayList<>(0), cell));
		}
		String folded = ValueReader.fold(cell.text());
		// a level or category named like a missing marker ("None", 无) is that level, not missing
		Double labelled = this.labels.get(folded);
		if (labelled == null && !this.labels.isEmpty()) {
			labelled = this.labels.get(folded.replace(" ", ""));
		}
		if (labelled != null && cell.kind() == RawCell.Kind.TEXT) {
			return inRangeUnlessOrdinal(Reading.Value.of(labelled));
		}
		if (cell.kind() == RawCell.Kind.TEXT && ValueReader.MISSING.contains(folded)) {
			return NOTHING;
		}
		IndicatorType type = this.indicator.type();
		if (type instanceof IndicatorType.YesNoType) {
			return yesNo(cell, folded);
		}
		if (type instanceof IndicatorType.OrdinalType ordinal) {
			return ordinal(cell, folded, ordinal);
		}
		if (type instanceof IndicatorType.CategoryType category) {
			return category(cell, folded, category);
		}
		return inRange(quantity(cell, folded));
	}

	private Reading yesNo(RawCell cell, String folded) {
		if (cell.kind() == RawCell.Kind.NUMBER || cell.kind() == RawCell.Kind.BOOLEAN) {
			double v = cell.kind() == RawCell.Kind.BOOLEAN ? (folded.equals("true") ? 1 : 0) : cell.number();
			if (v == 0 || v == 1) {
				return Reading.Value.of(v);
			}
		}
		Boolean yes = ValueReader.YES_NO.get(folded);
		if (yes != null) {
			return Reading.Value.of(yes ? 1 : 0);
		}
		return new Reading.Invalid(Text.of("value.not-yes-no", cell.shown()));
	}

	private Reading ordinal(RawCell cell, String folded, IndicatorType.OrdinalType ordinal) {
		double number = cell.kind() == RawCell.Kind.NUMBER ? cell.number() : NumberText.plain(cell.text());
		if (Double.isNaN(number) && cell.kind() != RawCell.Kind.NUMBER) {
			number = NumberText.parse(cell.text()).filter(a -> a.unit().isEmpty() && a.currency().isEmpty() && !a.percent())
				.map(NumberText.Amount::value).orElse(Double.NaN);
		}
		if (this.levelValues.contains(number)) {
			return Reading.Value.of(number);
		}
		Double labelled = this.labels.get(folded);
		if (labelled != null) {
			return Reading.Value.of(labelled);
		}
		String levels = ordinal.levels().stream()
			.map(l -> MethodChoice.describeNumber(l.value()) + " " + l.label().in(Language.ZH))
			.collect(Collectors.joining(", "));
		return new Reading.Invalid(Text.of("value.not-level", cell.shown(), levels));
	}

	private Reading category(RawCell cell, String folded, IndicatorType.CategoryType type) {
		Double score = this.labels.get(folded.replace(" ", ""));
		if (score != null) {
			return inRange(Reading.Value.of(score));
		}
		String codes = type.categories().stream().map(c -> c.label().in(Language.ZH) + " (" + c.code() + ")")
			.collect(Collectors.joining(", "));
		return new Reading.Invalid(Text.of("value.not-category", cell.shown(), codes));
	}

	private Reading quantity(RawCell cell, String folded) {
		if (cell.kind() == RawCell.Kind.BOOLEAN) {
			return new Reading.Invalid(Text.of("value.not-number", cell.shown(), typeName()));
		}
		if (folded.equals("无") && this.count) {
			return new Reading.Value(0, List.of(Text.of("value.none-is-zero")));
		}
		Optional<NumberText.Amount> parsed = NumberText.parse(cell.text());
		if (parsed.isEmpty()) {
			return new Reading.Invalid(Text.of("value.not-number", cell.shown(), typeName()));
		}
		List<Text> notes = new ArrayList<>();
		NumberText.Amount amount = parsed.get();
		// a magnitude or currency written in the cell makes the amount absolute; a bare number is in the column's unit
		boolean absolute = amount.scaled() || amount.currency().isPresent();
		if (!absolute && Double.isNaN(this.bareFactor)) {
			return noRateForHeader(cell);
		}
		double value = absolute && !this.percent ? amount.value() / this.magnitude : bare(amount.value());
		if (amount.approximate()) {
			notes.add(Text.of("value.approximate", cell.shown()));
		}
		if (amount.percent() && !percentLike()) {
			return new Reading.Invalid(Text.of("value.percent-not-expected", cell.shown(), typeName()));
		}
		if (amount.unit().isPresent() && !knownUnit(amount.unit().get())) {
			notes.add(Text.of("value.unit-ignored", amount.unit().get(), this.indicator.unit()));
		}
		Optional<String> currency = absolute ? amount.currency().or(this::headerCurrency) : Optional.empty();
		if (currency.isPresent()) {
			if (!(this.indicator.type() instanceof IndicatorType.MoneyType money)) {
				return new Reading.Invalid(Text.of("value.money-not-expected", cell.shown(), typeName()));
			}
			if (!currency.get().equals(money.currency())) {
				Optional<Double> factor = this.rates.factor(currency.get(), money.currency());
				if (factor.isEmpty()) {
					return new Reading.Invalid(Text.of("value.no-rate", cell.shown(), currency.get(), money.currency()));
				}
				value *= factor.get();
				notes.add(Text.of("value.converted", cell.shown(), currency.get(), money.currency(),
						MethodChoice.describeNumber(factor.get())));
			}
		}
		return counted(value, notes, cell);
	}

	private Optional<String> headerCurrency() {
		return this.indicator.type() instanceof IndicatorType.MoneyType ? this.header.currency() : Optional.empty();
	}

	/** A value, refused if a count is negative and noted if a count is not whole. */
	private Reading counted(double value, List<Text> notes, RawCell cell) {
		if (this.count) {
			if (value < 0) {
				return new Reading.Invalid(Text.of("value.negative-count", cell.shown()));
			}
			if (value != Math.rint(value)) {
				notes.add(Text.of("value.not-whole", cell.shown()));
			}
		}
		return new Reading.Value(value, notes);
	}

	private boolean percentLike() {
		return this.percent || this.indicator.unit().zh().contains("%") || this.indicator.unit().en().contains("%");
	}

	private boolean knownUnit(String unit) {
		String u = ValueReader.fold(unit);
		String zh = ValueReader.fold(this.indicator.unit().zh());
		String en = ValueReader.fold(this.indicator.unit().en());
		return ValueReader.MEASURE_WORDS.contains(unit) || zh.equals(u) || en.equals(u) || en.startsWith(u);
	}

	private Reading inRangeUnlessOrdinal(Reading reading) {
		return this.indicator.type() instanceof IndicatorType.OrdinalType ? reading : inRange(reading);
	}

	private Reading inRange(Reading reading) {
		if (this.range != null && reading instanceof Reading.Value v && !this.range.contains(v.value())) {
			List<Text> notes = new ArrayList<>(v.notes());
			notes.add(Text.of("value.out-of-range", MethodChoice.describeNumber(v.value()),
					MethodChoice.describeNumber(this.range.min()), MethodChoice.describeNumber(this.range.max())));
			return new Reading.Value(v.value(), notes);
		}
		return reading;
	}

	private Text typeName() {
		return Text.of("value.kind." + this.indicator.type().keyword());
	}

}
