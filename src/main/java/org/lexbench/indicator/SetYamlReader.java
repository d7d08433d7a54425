package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.lexbench.files.Location;
import org.lexbench.files.Problems;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads an indicator-set YAML file into an {@link IndicatorSet} and a {@link SourceMap}, recording
 * every local problem; the cross-checks ({@link SetChecks}) run afterwards on the result.
 */
final class SetYamlReader {

	static final List<String> TOP_KEYS = List.of("id", "version", "name", "description", "source", "currency", "root", "unit",
			"method", "tiers", "ineligible", "attributes", "gates", "dimensions");

	/** The composite's id when the file names none. */
	static final String DEFAULT_ROOT = "composite";

	record Read(IndicatorSet set, SourceMap places) {
	}

	private final YamlReading yaml;

	private final SourceMap places;

	SetYamlReader(String file, Problems problems) {
		this.yaml = new YamlReading(file, problems);
		this.places = new SourceMap(Location.file(file));
	}

	Optional<Read> read(Node document) {
		Optional<YamlReading.Keys> found = this.yaml.keys(document, TOP_KEYS, "set");
		if (found.isEmpty()) {
			return Optional.empty();
		}
		YamlReading.Keys keys = found.get();
		String id = keys.get("id").flatMap(n -> this.yaml.text(n, "id")).orElse("");
		if (!keys.has("id")) {
			keys.require("id", "set");
		}
		else if (!Ids.SET.matcher(id).matches()) {
			this.yaml.problems.error(keys.keyAt("id"), "set.bad-set-id", id);
		}
		String version = keys.get("version").flatMap(n -> this.yaml.text(n, "version")).orElse("");
		if (!keys.has("version")) {
			keys.require("version", "set");
		}
		Bilingual name = keys.get("name").flatMap(n -> this.yaml.bilingual(n, "name")).orElse(Bilingual.EMPTY);
		if (name.isEmpty()) {
			this.yaml.problems.error(keys.keyAt("name"), "set.no-name");
		}
		Bilingual description = keys.get("description").flatMap(n -> this.yaml.bilingual(n, "description"))
			.orElse(Bilingual.EMPTY);
		List<Citation> sources = keys.get("source").map(n -> new CitationReading(this.yaml).read(n)).orElse(List.of());
		String currency = currency(keys);
		String rootText = keys.get("root").flatMap(n -> this.yaml.text(n, "root")).orElse(DEFAULT_ROOT);
		if (!Ids.NODE.matcher(rootText).matches()) {
			this.yaml.problems.error(keys.keyAt("root"), "set.node.bad-id", rootText);
		}
		String rootId = Ids.NODE.matcher(rootText).matches() ? rootText : DEFAULT_ROOT;
		this.places.put(SourceMap.node(rootId), keys.has("root") ? keys.keyAt("root") : keys.keyAt("dimensions"));
		MethodSettings method = keys.get("method")
			.map(n -> new MethodYamlReader(this.yaml, this.places).read(n, SourceMap.node(rootId), true))
			.orElse(MethodSettings.NONE);
		List<Tier> tiers = keys.get("tiers").map(this::tiers).orElse(List.of());
		Bilingual ineligible = keys.get("ineligible").flatMap(n -> this.yaml.bilingual(n, "ineligible"))
			.orElse(Bilingual.of("未通过资格门槛", "Not eligible"));
		List<Attribute> attributes = keys.get("attributes").map(this::attributes).orElse(List.of());
		NodeYamlReader nodes = new NodeYamlReader(this.yaml, this.places, currency);
		nodes.reserve(rootId, this.places.at(SourceMap.node(rootId)));
		List<Gate> gates = keys.get("gates").map(n -> gates(n, nodes)).orElse(List.of());
		List<org.lexbench.indicator.Node> dimensions = keys.get("dimensions")
			.map(n -> nodes.readAll(n, "dimensions"))
			.orElse(List.of());
		if (!keys.has("dimensions")) {
			keys.require("dimensions", "set");
		}
		else if (dimensions.isEmpty()) {
			this.yaml.problems.error(keys.keyAt("dimensions"), "set.no-dimensions");
		}
		if (dimensions.isEmpty()) {
			return Optional.empty();
		}
		// With the set's own id, version or name missing (already reported), the tree is still
		// checked as a whole, so every problem of the file is reported at once.
		String setId = Ids.SET.matcher(id).matches() ? id : "unnamed";
		String setVersion = version.isBlank() ? "?" : version;
		Bilingual setName = name.isEmpty() ? Bilingual.same(setId) : name;
		Bilingual unit = keys.get("unit").flatMap(n -> this.yaml.bilingual(n, "unit")).orElse(Bilingual.EMPTY);
		Dimension root = new Dimension(rootId, setName, description, unit, OptionalDouble.of(1), Role.SCORE, Optional.empty(),
				MethodSettings.NONE, Optional.empty(), List.of(), dimensions);
		return Optional.of(new Read(new IndicatorSet(setId, setVersion, setName, description, sources, currency, method, tiers,
				ineligible, attributes, gates, root), this.places));
	}

	private String currency(YamlReading.Keys keys) {
		String currency = keys.get("currency").flatMap(n -> this.yaml.text(n, "currency")).orElse("CNY");
		if (!currency.matches("[A-Z]{3}")) {
			this.yaml.problems.error(keys.keyAt("currency"), "set.currency.bad", currency);
			return "CNY";
		}
		return currency;
	}

	private List<Tier> tiers(Node node) {
		List<Tier> out = new ArrayList<>();
		for (Node item : this.yaml.list(node, "tiers", false).orElse(List.of())) {
			Optional<YamlReading.Keys> found = this.yaml.keys(item, List.of("id", "name", "min", "top"), "tier");
			if (found.isEmpty() || !found.get().require("id", "tier")) {
				continue;
			}
			YamlReading.Keys keys = found.get();
			String id = this.yaml.text(keys.get("id").orElseThrow(), "tier.id").orElse("");
			if (!Ids.TIER.matcher(id).matches()) {
				this.yaml.problems.error(keys.keyAt("id"), "set.tier.bad-id", id);
				continue;
			}
			this.places.put("tier:" + id, keys.start());
			Bilingual name = keys.get("name").flatMap(n -> this.yaml.bilingual(n, "tier.name")).orElse(Bilingual.same(id));
			OptionalDouble min = keys.get("min").map(n -> this.yaml.number(n, "tier.min")).orElse(OptionalDouble.empty());
			OptionalDouble top = keys.get("top").map(this::share).orElse(OptionalDouble.empty());
			keys.get("min").ifPresent(n -> this.places.put("tier:" + id + "/min", this.yaml.at(n)));
			keys.get("top").ifPresent(n -> this.places.put("tier:" + id + "/top", this.yaml.at(n)));
			if (min.isPresent() && top.isPresent()) {
				this.yaml.problems.error(keys.keyAt("top"), "set.tier.min-and-top", id);
				top = OptionalDouble.empty();
			}
			if ((keys.has("min") && min.isEmpty()) || (keys.has("top") && top.isEmpty() && min.isEmpty())) {
				this.places.markReported("tier:" + id);
			}
			out.add(new Tier(id, name, min, top));
		}
		return out;
	}

	/** {@code top: 10%} or {@code top: 0.1}: the share of ranked firms, in (0, 1]. */
	private OptionalDouble share(Node node) {
		if (node instanceof ScalarNode s && s.getTag().equals(Tag.STR) && s.getValue().trim().endsWith("%")) {
			String digits = s.getValue().trim();
			try {
				double percent = Double.parseDouble(digits.substring(0, digits.length() - 1).trim());
				if (percent > 0 && percent <= 100) {
					return OptionalDouble.of(percent / 100);
				}
			}
			catch (NumberFormatException notNumber) {
				// reported below
			}
			this.yaml.problems.error(this.yaml.at(node), "set.tier.top", s.getValue());
			return OptionalDouble.empty();
		}
		OptionalDouble v = this.yaml.number(node, "tier.top");
		if (v.isPresent() && !(v.getAsDouble() > 0 && v.getAsDouble() <= 1)) {
			this.yaml.problems.error(this.yaml.at(node), "set.tier.top", MethodChoice.show(v.getAsDouble()));
			return OptionalDouble.empty();
		}
		return v;
	}

	private List<Attribute> attributes(Node node) {
		List<Attribute> out = new ArrayList<>();
		for (Node item : this.yaml.list(node, "attributes", false).orElse(List.of())) {
			Optional<YamlReading.Keys> found = this.yaml.keys(item, List.of("id", "name", "type", "unit", "aliases"),
					"attribute");
			if (found.isEmpty() || !found.get().require("id", "attribute")) {
				continue;
			}
			YamlReading.Keys keys = found.get();
			String id = this.yaml.text(keys.get("id").orElseThrow(), "attribute.id").orElse("");
			if (!Ids.NODE.matcher(id).matches()) {
				this.yaml.problems.error(keys.keyAt("id"), "set.node.bad-id", id);
				continue;
			}
			this.places.put("attribute:" + id, keys.start());
			Bilingual name = keys.get("name").flatMap(n -> this.yaml.bilingual(n, "name")).orElse(Bilingual.same(id));
			AttributeType type = AttributeType.TEXT;
			Optional<String> t = keys.get("type").flatMap(n -> this.yaml.text(n, "attribute.type"));
			if (t.isPresent()) {
				String k = t.get().trim().toLowerCase(Locale.ROOT);
				if (k.equals("number")) {
					type = AttributeType.NUMBER;
				}
				else if (!k.equals("text")) {
					this.yaml.problems.error(keys.keyAt("type"), "set.attribute.type", t.get());
				}
			}
			Bilingual unit = keys.get("unit").flatMap(n -> this.yaml.bilingual(n, "unit")).orElse(Bilingual.EMPTY);
			List<String> aliases = keys.get("aliases").map(n -> this.yaml.texts(n, "aliases")).orElse(List.of());
			out.add(new Attribute(id, name, type, unit, aliases));
		}
		return out;
	}

	private List<Gate> gates(Node node, NodeYamlReader nodes) {
		List<Gate> out = new ArrayList<>();
		for (Node item : this.yaml.list(node, "gates", false).orElse(List.of())) {
			Optional<YamlReading.Keys> found = this.yaml.keys(item, List.of("id", "name", "rule"), "gate");
			if (found.isEmpty() || !found.get().require("id", "gate") || !found.get().require("rule", "gate")) {
				continue;
			}
			YamlReading.Keys keys = found.get();
			String id = this.yaml.text(keys.get("id").orElseThrow(), "gate.id").orElse("");
			if (!Ids.NODE.matcher(id).matches()) {
				this.yaml.problems.error(keys.keyAt("id"), "set.node.bad-id", id);
				continue;
			}
			this.places.put("gate:" + id, keys.start());
			Bilingual name = keys.get("name").flatMap(n -> this.yaml.bilingual(n, "name")).orElse(Bilingual.same(id));
			nodes.rule(keys.get("rule").orElseThrow(), "gate:" + id + "/rule")
				.ifPresent(rule -> out.add(new Gate(id, name, rule)));
		}
		return out;
	}

}
