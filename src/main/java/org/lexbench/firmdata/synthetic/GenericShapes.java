package org.lexbench.firmdata.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.lexbench.indicator.Category;
import org.lexbench.indicator.Direction;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.Level;
import org.lexbench.indicator.PlausibleRange;

/**
 * The rule for indicators DOMAIN gives no distribution for, by type, plausible range and
 * direction: every value follows the firm's standing (more for better firms, or fewer where lower
 * is better), and lies in the plausible range. The numbers below are modelling choices.
 */
final class GenericShapes {

	/** How closely an indicator follows the firm's standing. */
	static final double LOADING = 0.5;

	/** Counts over a narrower range (0–4 bodies, 0–9 fields) spread evenly over it; wider ones are skewed. */
	static final double SMALL_SPAN = 9;

	/** Lower-is-better counts over a narrow range lean towards the low end: {@code low + span × u^1.6}. */
	static final double LOWER_POWER = 1.6;

	/**
	 * Skewed counts, and numbers from 0: a lognormal above the low end with its median at an
	 * eighth of the range, a fortieth for lower-is-better ones (sanctions, complaints), reaching
	 * the top of the range at the 99.5th percentile.
	 */
	static final double MEDIAN_FRACTION = 1.0 / 8;

	static final double LOWER_MEDIAN_FRACTION = 1.0 / 40;

	static final double Z995 = 2.5758293035489004;

	/** A bounded number or percentage has its 5th and 95th percentiles this far inside its range. */
	static final double MARGIN = 0.1;

	/** A range from {@code low > 0} spanning this factor or more is drawn lognormally. */
	static final double LOG_SPAN = 10;

	/** Quantities with no range: lognormal with this median and spread (money in yuan). */
	static final double UNBOUNDED_MEDIAN = 10;

	static final double MONEY_MEDIAN_YUAN = 1e7;

	static final double UNBOUNDED_SPREAD = 1;

	private GenericShapes() {
	}

	static SyntheticColumn column(Indicator i) {
		double loading = i.direction() == Direction.HIGHER ? LOADING : i.direction() == Direction.LOWER ? -LOADING : 0;
		IndicatorType type = i.type();
		List<String> codes = List.of();
		ValueShape shape;
		if (type instanceof IndicatorType.YesNoType) {
			shape = new ValueShape.YesNo(DomainFigures.OTHER_YES_RATE);
		}
		else if (type instanceof IndicatorType.OrdinalType ordinal) {
			shape = ValueShape.Levels.even(ordinal.levels().stream().map(Level::value).sorted().toList());
		}
		else if (type instanceof IndicatorType.CategoryType category) {
			// by score, lowest first, so better firms get the better categories
			List<Category> ordered = new ArrayList<>(category.categories());
			ordered.sort(Comparator.comparingDouble(Category::score));
			codes = ordered.stream().map(Category::code).toList();
			shape = ValueShape.Levels.even(IntStream.range(0, codes.size()).mapToObj(k -> (double) k).toList());
		}
		else {
			shape = quantity(i, loading < 0);
		}
		return new SyntheticColumn(i, shape, Latent.STANDING, loading, decimals(i), i.plausibleRange(), codes);
	}

	private static ValueShape quantity(Indicator i, boolean lower) {
		Optional<PlausibleRange> range = i.plausibleRange();
		String type = i.type().keyword();
		if (range.isEmpty()) {
			double median = type.equals("money") ? MONEY_MEDIAN_YUAN * moneyFactor(i) : UNBOUNDED_MEDIAN;
			return new ValueShape.LogNormal(median, UNBOUNDED_SPREAD, UNBOUNDED_SPREAD);
		}
		double low = range.get().min();
		double high = range.get().max();
		double span = high - low;
		double fraction = lower ? LOWER_MEDIAN_FRACTION : MEDIAN_FRACTION;
		if (type.equals("count") && low >= 0 && span <= SMALL_SPAN) {
			return new ValueShape.Skewed(low, high, lower ? LOWER_POWER : 1, true);
		}
		if (type.equals("count") && low >= 0) {
			// in whole counts above low - 1, so that the median count is about span / 8
			double median = 1 + fraction * span;
			return new ValueShape.RightSkewed(low - 1, median, Math.log((span + 1) / median) / Z995);
		}
		if (!type.equals("percent") && low > 0 && high / low >= LOG_SPAN) {
			double spread = Math.log(high / low) / (2 * DomainFigures.Z99);
			return new ValueShape.LogNormal(Math.sqrt(low * high), spread, spread);
		}
		if (!type.equals("percent") && low == 0) {
			return new ValueShape.RightSkewed(0, fraction * span, Math.log(1 / fraction) / Z995);
		}
		return ValueShape.Share.of(low, high, low + MARGIN * span, high - MARGIN * span, DomainFigures.Z95);
	}

	private static double moneyFactor(Indicator i) {
		IndicatorType.MoneyType money = (IndicatorType.MoneyType) i.type();
		return MoneyUnits.perYuan(money.currency(), i.unit()).orElse(1.0);
	}

	/**
	 * Decimals written: none for counts, yes/no and categories, what the levels need for an
	 * ordinal, one for percentages, none for yuan and two for larger money units, and for other
	 * numbers by the width of their range.
	 */
	static int decimals(Indicator i) {
		IndicatorType type = i.type();
		if (type instanceof IndicatorType.OrdinalType ordinal) {
			int d = 0;
			while (d < 6 && !whole(ordinal.levels(), Math.pow(10, d))) {
				d++;
			}
			return d;
		}
		return switch (type.keyword()) {
			case "percent" -> 1;
			case "money" -> moneyFactor(i) == 1 ? 0 : 2;
			case "number" -> i.plausibleRange().map(r -> r.max() - r.min())
				.map(span -> span <= 10 ? 2 : span <= 1000 ? 1 : 0).orElse(1);
			default -> 0;
		};
	}

	private static boolean whole(List<Level> levels, double scale) {
		return levels.stream().allMatch(l -> Math.abs(l.value() * scale - Math.rint(l.value() * scale)) < 1e-9);
	}

}
