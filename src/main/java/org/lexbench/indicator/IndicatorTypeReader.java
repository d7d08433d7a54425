package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.lexbench.files.NearestWord;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads an indicator's {@code type} with what it needs: the currency of money, the levels of an
 * ordinal, the categories of a category lookup.
 */
final class IndicatorTypeReader {

	private final YamlReading yaml;

	private final SourceMap places;

	IndicatorTypeReader(YamlReading yaml, SourceMap places) {
		this.yaml = yaml;
		this.places = places;
	}

	IndicatorType read(YamlReading.Keys keys, String id, String setCurrency) {
		Optional<String> keyword = keys.get("type").flatMap(n -> this.yaml.text(n, "type"));
		if (keyword.isEmpty()) {
			if (!keys.has("type")) {
				this.yaml.problems.error(keys.start(), "set.indicator.no-type", id, String.join(", ", IndicatorType.keywords()));
			}
			return new IndicatorType.NumberType();
		}
		String k = keyword.get().trim().toLowerCase(Locale.ROOT);
		notFor(keys, id, k, "currency", "money");
		notFor(keys, id, k, "levels", "ordinal");
		notFor(keys, id, k, "categories", "category");
		switch (k) {
			case "number":
				return new IndicatorType.NumberType();
			case "percent":
				return new IndicatorType.PercentType();
			case "count":
				return new IndicatorType.CountType();
			case "yesno":
				return new IndicatorType.YesNoType();
			case "money":
				return money(keys, id, setCurrency);
			case "ordinal":
				return ordinal(keys, id);
			case "category":
				return category(keys, id);
			default:
				Optional<String> hint = NearestWord.to(k, IndicatorType.keywords());
				this.yaml.problems.error(keys.keyAt("type"), hint.isPresent() ? "set.type.unknown.hint" : "set.type.unknown",
						keyword.get(), hint.orElse(String.join(", ", IndicatorType.keywords())));
				return new IndicatorType.NumberType();
		}
	}

	private void notFor(YamlReading.Keys keys, String id, String type, String key, String needs) {
		if (keys.has(key) && !type.equals(needs)) {
			this.yaml.problems.error(keys.keyAt(key), "set.type.key-needs", key, needs, id);
		}
	}

	private IndicatorType money(YamlReading.Keys keys, String id, String setCurrency) {
		String currency = keys.get("currency").flatMap(n -> this.yaml.text(n, "currency")).orElse(setCurrency);
		if (!currency.matches("[A-Z]{3}")) {
			this.yaml.problems.error(keys.keyAt("currency"), "set.currency.bad", currency);
			return new IndicatorType.MoneyType("CNY");
		}
		return new IndicatorType.MoneyType(currency);
	}

	private IndicatorType ordinal(YamlReading.Keys keys, String id) {
		List<Node> items = keys.get("levels").flatMap(n -> this.yaml.list(n, "levels", false)).orElse(List.of());
		if (items.size() < 2) {
			this.yaml.problems.error(keys.has("levels") ? keys.keyAt("levels") : keys.start(), "set.ordinal.no-levels", id);
			return new IndicatorType.NumberType();
		}
		List<double[]> valueScore = new ArrayList<>();
		List<Bilingual> labels = new ArrayList<>();
		Set<Double> seen = new HashSet<>();
		int withScore = 0;
		for (Node item : items) {
			Optional<YamlReading.Keys> level = this.yaml.keys(item, List.of("value", "label", "score"), "level");
			if (level.isEmpty() || !level.get().require("value", "level")) {
				return new IndicatorType.NumberType();
			}
			OptionalDouble value = this.yaml.number(level.get().get("value").orElseThrow(), "level.value");
			OptionalDouble score = level.get().get("score").map(n -> this.yaml.number(n, "level.score"))
				.orElse(OptionalDouble.empty());
			if (value.isEmpty() || (level.get().has("score") && score.isEmpty())) {
				return new IndicatorType.NumberType();
			}
			if (!seen.add(value.getAsDouble())) {
				this.yaml.problems.error(level.get().keyAt("value"), "set.ordinal.duplicate", id,
						MethodChoice.show(value.getAsDouble()));
			}
			withScore += score.isPresent() ? 1 : 0;
			valueScore.add(new double[] { value.getAsDouble(), score.orElse(Double.NaN) });
			labels.add(level.get().get("label").flatMap(n -> this.yaml.bilingual(n, "label"))
				.orElse(Bilingual.same(MethodChoice.show(value.getAsDouble()))));
		}
		if (withScore != 0 && withScore != items.size()) {
			this.yaml.problems.error(keys.keyAt("levels"), "set.ordinal.some-scores", id);
			return new IndicatorType.NumberType();
		}
		List<Level> levels = new ArrayList<>();
		double min = valueScore.stream().mapToDouble(v -> v[0]).min().orElse(0);
		double max = valueScore.stream().mapToDouble(v -> v[0]).max().orElse(1);
		for (int i = 0; i < valueScore.size(); i++) {
			double[] vs = valueScore.get(i);
			double score = withScore == 0 ? (max > min ? 100 * (vs[0] - min) / (max - min) : 0) : vs[1];
			levels.add(new Level(vs[0], labels.get(i), score));
		}
		this.places.put(SourceMap.node(id, "levels"), keys.keyAt("levels"));
		return new IndicatorType.OrdinalType(levels);
	}

	private IndicatorType category(YamlReading.Keys keys, String id) {
		List<Node> items = keys.get("categories").flatMap(n -> this.yaml.list(n, "categories", false)).orElse(List.of());
		if (items.isEmpty()) {
			this.yaml.problems.error(keys.has("categories") ? keys.keyAt("categories") : keys.start(),
					"set.category.none", id);
			return new IndicatorType.NumberType();
		}
		List<Category> categories = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Node item : items) {
			Optional<YamlReading.Keys> c = this.yaml.keys(item, List.of("code", "label", "aliases", "score"), "category");
			if (c.isEmpty() || !c.get().require("code", "category") || !c.get().require("score", "category")) {
				return new IndicatorType.NumberType();
			}
			Optional<String> code = this.yaml.text(c.get().get("code").orElseThrow(), "category.code");
			OptionalDouble score = this.yaml.number(c.get().get("score").orElseThrow(), "category.score");
			if (code.isEmpty() || score.isEmpty() || code.get().isBlank()) {
				return new IndicatorType.NumberType();
			}
			if (!seen.add(code.get().toLowerCase(Locale.ROOT))) {
				this.yaml.problems.error(c.get().keyAt("code"), "set.category.duplicate", id, code.get());
			}
			Bilingual label = c.get().get("label").flatMap(n -> this.yaml.bilingual(n, "label"))
				.orElse(Bilingual.same(code.get()));
			List<String> aliases = c.get().get("aliases").map(n -> this.yaml.texts(n, "aliases")).orElse(List.of());
			categories.add(new Category(code.get(), label, aliases, score.getAsDouble()));
		}
		return new IndicatorType.CategoryType(categories);
	}

}
