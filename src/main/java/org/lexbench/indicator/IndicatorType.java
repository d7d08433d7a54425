package org.lexbench.indicator;

import java.util.List;
import java.util.Optional;

/** The kind of value an indicator holds, which decides how raw cells are read and scored. */
public sealed interface IndicatorType {

	/** The keyword used in set files: {@code number}, {@code percent}, {@code count} … */
	String keyword();

	/** The range every value of this type lies in, when the type itself fixes one. */
	default Optional<PlausibleRange> naturalRange() {
		return Optional.empty();
	}

	/** Whether values carry their own level scores (yes/no, ordinal, category). */
	default boolean scoredByLevels() {
		return false;
	}

	/** Any real number in the indicator's unit. */
	record NumberType() implements IndicatorType {
		@Override
		public String keyword() {
			return "number";
		}
	}

	/** A percentage in points, 0–100 (12% is 12). */
	record PercentType() implements IndicatorType {
		@Override
		public String keyword() {
			return "percent";
		}

		@Override
		public Optional<PlausibleRange> naturalRange() {
			return Optional.of(new PlausibleRange(0, 100));
		}
	}

	/** A whole number of things (offices, lawyers, matters), never negative. */
	record CountType() implements IndicatorType {
		@Override
		public String keyword() {
			return "count";
		}
	}

	/** An amount of money in one currency (ISO 4217 code such as CNY or USD). */
	record MoneyType(String currency) implements IndicatorType {
		public MoneyType {
			if (currency == null || !currency.matches("[A-Z]{3}")) {
				throw new IllegalArgumentException("currency must be a three-letter ISO code, got " + currency);
			}
		}

		@Override
		public String keyword() {
			return "money";
		}
	}

	/** Yes (1) or no (0). */
	record YesNoType() implements IndicatorType {
		@Override
		public String keyword() {
			return "yesno";
		}

		@Override
		public Optional<PlausibleRange> naturalRange() {
			return Optional.of(new PlausibleRange(0, 1));
		}

		@Override
		public boolean scoredByLevels() {
			return true;
		}
	}

	/** Ordered levels, each recorded as a number and scored from the set. */
	record OrdinalType(List<Level> levels) implements IndicatorType {
		public OrdinalType {
			levels = List.copyOf(levels);
			if (levels.size() < 2) {
				throw new IllegalArgumentException("an ordinal indicator needs at least two levels");
			}
		}

		@Override
		public String keyword() {
			return "ordinal";
		}

		@Override
		public Optional<PlausibleRange> naturalRange() {
			double min = this.levels.stream().mapToDouble(Level::value).min().orElseThrow();
			double max = this.levels.stream().mapToDouble(Level::value).max().orElseThrow();
			return Optional.of(new PlausibleRange(min, max));
		}

		@Override
		public boolean scoredByLevels() {
			return true;
		}
	}

	/** Unordered labels looked up to scores (for example Chambers bands). */
	record CategoryType(List<Category> categories) implements IndicatorType {
		public CategoryType {
			categories = List.copyOf(categories);
			if (categories.isEmpty()) {
				throw new IllegalArgumentException("a category indicator needs at least one category");
			}
		}

		@Override
		public String keyword() {
			return "category";
		}

		@Override
		public boolean scoredByLevels() {
			return true;
		}
	}

	/** Every type keyword, in the order the documentation lists them. */
	static List<String> keywords() {
		return List.of("number", "percent", "count", "money", "yesno", "ordinal", "category");
	}

}
