package org.lexbench.firmdata.template;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.lexbench.files.Language;
import org.lexbench.files.Localised;
import org.lexbench.files.Text;
import org.lexbench.indicator.Bilingual;
import org.lexbench.indicator.Category;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.Level;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.PlausibleRange;

/**
 * What the column of an indicator accepts in a template: the labels its drop-down list offers
 * (yes/no, levels, categories), the bounds its check uses (quantities), and a text saying so for
 * the header's comment, the error box and the instructions.
 */
final class AcceptedValues {

	/** Percentages are points, 0–100 (12 for 12%). */
	static final PlausibleRange PERCENT = new PlausibleRange(0, 100);

	private AcceptedValues() {
	}

	/** The labels of a yes/no, ordinal or category indicator, in both languages; empty for quantities. */
	static List<Bilingual> labels(Indicator indicator) {
		IndicatorType type = indicator.type();
		if (type instanceof IndicatorType.YesNoType) {
			return List.of(bilingual("template.yes"), bilingual("template.no"));
		}
		if (type instanceof IndicatorType.OrdinalType ordinal) {
			return ordinal.levels().stream().map(Level::label).toList();
		}
		if (type instanceof IndicatorType.CategoryType category) {
			return category.categories().stream().map(Category::label).toList();
		}
		return List.of();
	}

	/** The values the drop-down list of the indicator's column offers, in the template's list language. */
	static List<String> choices(Indicator indicator, TemplateLanguage language) {
		return labels(indicator).stream().map(label -> label.in(language.lists())).toList();
	}

	/** The largest whole number a count column takes, when the set gives a plausible range. */
	static OptionalDouble countMax(Indicator indicator) {
		return indicator.plausibleRange().stream().mapToDouble(r -> Math.floor(r.max())).filter(max -> max >= 0)
			.findFirst();
	}

	/** The bounds of a percent, number or money column: 0–100 for percentages, else the plausible range. */
	static Optional<PlausibleRange> bounds(Indicator indicator) {
		return indicator.type() instanceof IndicatorType.PercentType ? Optional.of(PERCENT) : indicator.plausibleRange();
	}

	/** What the indicator's column accepts, as a text in either language. */
	static Localised of(Indicator indicator, TemplateLanguage language) {
		List<Bilingual> labels = labels(indicator);
		if (!labels.isEmpty()) {
			Localised list = shownIn -> labels.stream().map(label -> shown(label, language.lists(), shownIn))
				.collect(Collectors.joining(Text.of("list.separator").in(shownIn)));
			return Text.of("template.accepts.choices", list);
		}
		IndicatorType type = indicator.type();
		if (type instanceof IndicatorType.CountType) {
			OptionalDouble max = countMax(indicator);
			return max.isPresent() ? Text.of("template.accepts.count-up-to", MethodChoice.describeNumber(max.getAsDouble()))
					: Text.of("template.accepts.count");
		}
		if (type instanceof IndicatorType.PercentType) {
			return Text.of("template.accepts.percent");
		}
		return bounds(indicator)
			.<Localised>map(r -> Text.of("template.accepts.number-range", MethodChoice.describeNumber(r.min()),
					MethodChoice.describeNumber(r.max())))
			.orElse(Text.of("template.accepts.number"));
	}

	/**
	 * A label as a reader of {@code shownIn} sees it: the label the list offers, followed by its
	 * translation when the list is in the other language ({@code 无党组织 (None)}).
	 */
	private static String shown(Bilingual label, Language lists, Language shownIn) {
		String offered = label.in(lists);
		String translated = label.in(shownIn);
		return shownIn == lists || translated.equals(offered) ? offered : offered + " (" + translated + ")";
	}

	private static Bilingual bilingual(String key) {
		return Bilingual.of(Text.of(key).in(Language.ZH), Text.of(key).in(Language.EN));
	}

}
