package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.lexbench.files.Location;
import org.lexbench.files.NearestWord;
import org.lexbench.indicator.expression.Expression;
import org.lexbench.indicator.expression.ExpressionParser;
import org.lexbench.indicator.expression.ExpressionSyntaxException;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the tree of dimensions and indicators. A mapping with {@code children} is a dimension,
 * any other an indicator. A value that is wrong is reported and replaced by a neutral one (an
 * indicator with a bad type is read as a number), so the rest of the tree is still checked.
 */
final class NodeYamlReader {

	static final List<String> DIMENSION_KEYS = List.of("id", "name", "description", "unit", "weight", "role", "rule", "method",
			"ahp", "source", "children");

	static final List<String> INDICATOR_KEYS = List.of("id", "name", "description", "aliases", "type", "unit",
			"currency", "levels", "categories", "direction", "target", "range", "role", "rule", "weight", "method",
			"from", "denominator", "source", "evidence");

	private static final List<String> ALL_KEYS;

	static {
		Set<String> all = new java.util.LinkedHashSet<>(DIMENSION_KEYS);
		all.addAll(INDICATOR_KEYS);
		ALL_KEYS = List.copyOf(all);
	}

	private final YamlReading yaml;

	private final SourceMap places;

	private final MethodYamlReader methods;

	private final CitationReading citations;

	private final IndicatorTypeReader types;

	private final String currency;

	/** The first place each id was written, by lower-case id: ids must differ in more than case. */
	private final java.util.Map<String, Location> ids = new java.util.HashMap<>();

	NodeYamlReader(YamlReading yaml, SourceMap places, String currency) {
		this.yaml = yaml;
		this.places = places;
		this.methods = new MethodYamlReader(yaml, places);
		this.citations = new CitationReading(yaml);
		this.types = new IndicatorTypeReader(yaml, places);
		this.currency = currency;
	}

	/** Registers an id written outside the node tree (the composite's), so nodes cannot reuse it. */
	void reserve(String id, Location at) {
		this.ids.putIfAbsent(id.toLowerCase(java.util.Locale.ROOT), at);
	}

	/** The nodes of a {@code dimensions:} or {@code children:} list; bad items are skipped. */
	List<Node> readAll(org.snakeyaml.engine.v2.nodes.Node list, String what) {
		List<Node> out = new ArrayList<>();
		this.yaml.list(list, what, false).ifPresent(items -> {
			for (org.snakeyaml.engine.v2.nodes.Node item : items) {
				read(item).ifPresent(out::add);
			}
		});
		return out;
	}

	Optional<Node> read(org.snakeyaml.engine.v2.nodes.Node node) {
		boolean dimension = node instanceof org.snakeyaml.engine.v2.nodes.MappingNode m && m.getValue()
			.stream()
			.anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("children"));
		Optional<YamlReading.Keys> found = this.yaml.keys(node, dimension ? DIMENSION_KEYS : INDICATOR_KEYS, ALL_KEYS,
				"node");
		if (found.isEmpty()) {
			return Optional.empty();
		}
		YamlReading.Keys keys = found.get();
		String id = id(keys);
		this.places.put(SourceMap.node(id), keys.start());
		Bilingual name = keys.get("name").flatMap(n -> this.yaml.bilingual(n, "name")).orElse(Bilingual.EMPTY);
		if (name.isEmpty()) {
			this.yaml.problems.error(keys.keyAt("name"), "set.node.no-name", id);
		}
		Bilingual description = keys.get("description").flatMap(n -> this.yaml.bilingual(n, "description"))
			.orElse(Bilingual.EMPTY);
		Bilingual unit = keys.get("unit").flatMap(n -> this.yaml.bilingual(n, "unit")).orElse(Bilingual.EMPTY);
		OptionalDouble weight = weight(keys, id);
		Role role = role(keys, id);
		Optional<Node.Rule> rule = keys.get("rule").flatMap(n -> rule(n, SourceMap.node(id, "rule")));
		if (keys.has("rule")) {
			this.places.put(SourceMap.node(id, "rule"), keys.keyAt("rule"));
			if (rule.isEmpty()) {
				this.places.markReported(SourceMap.node(id, "rule"));
			}
		}
		MethodSettings method = keys.get("method").map(n -> this.methods.read(n, SourceMap.node(id), false))
			.orElse(MethodSettings.NONE);
		List<Citation> sources = keys.get("source").map(n -> this.citations.read(n)).orElse(List.of());
		if (dimension) {
			List<Node> children = readAll(keys.get("children").orElseThrow(), "children");
			Optional<AhpJudgements> ahp = keys.get("ahp").flatMap(n -> new AhpYamlReader(this.yaml, this.places).read(n, id));
			if (children.isEmpty()) {
				this.yaml.problems.error(keys.keyAt("children"), "set.dimension.empty", id);
				return Optional.empty();
			}
			return Optional.of(new Dimension(id, name, description, unit, weight, role, rule, method, ahp, sources, children));
		}
		if (keys.has("type") && keys.has("children")) {
			this.yaml.problems.error(keys.keyAt("type"), "set.node.both");
		}
		IndicatorType type = this.types.read(keys, id, this.currency);
		List<String> aliases = keys.get("aliases").map(n -> this.yaml.texts(n, "aliases")).orElse(List.of());
		OptionalDouble target = keys.get("target").map(n -> this.yaml.number(n, "target")).orElse(OptionalDouble.empty());
		Direction direction = direction(keys, id, target);
		Optional<PlausibleRange> range = keys.get("range").flatMap(n -> range(n, id));
		Optional<String> from = keys.get("from").flatMap(n -> this.yaml.text(n, "from"));
		keys.get("from").ifPresent(n -> this.places.put(SourceMap.node(id, "from"), this.yaml.at(n)));
		Optional<String> denominator = keys.get("denominator").flatMap(n -> this.yaml.text(n, "denominator"));
		keys.get("denominator").ifPresent(n -> this.places.put(SourceMap.node(id, "denominator"), this.yaml.at(n)));
		Bilingual evidence = keys.get("evidence").flatMap(n -> this.yaml.bilingual(n, "evidence")).orElse(Bilingual.EMPTY);
		return Optional.of(new Indicator(id, name, description, aliases, type, unit, direction, target, range, role,
				rule, weight, method, from, denominator, sources, evidence));
	}

	private String id(YamlReading.Keys keys) {
		Optional<String> id = keys.get("id").flatMap(n -> this.yaml.text(n, "id"));
		if (id.isPresent() && Ids.NODE.matcher(id.get()).matches()) {
			Location first = this.ids.putIfAbsent(id.get().toLowerCase(java.util.Locale.ROOT), keys.keyAt("id"));
			if (first != null) {
				this.yaml.problems.error(keys.keyAt("id"), "set.duplicate-id", id.get(), first.render());
			}
			this.places.put(SourceMap.node(id.get(), "id"), keys.keyAt("id"));
			return id.get();
		}
		Location at = keys.start();
		String placeholder = "node_at_line_" + (at instanceof Location.TextPosition p ? p.line() : 0);
		if (id.isPresent()) {
			this.yaml.problems.error(keys.keyAt("id"), "set.node.bad-id", id.get());
		}
		else {
			keys.require("id", "node");
		}
		this.places.markReported("id:" + placeholder);
		return placeholder;
	}

	private OptionalDouble weight(YamlReading.Keys keys, String id) {
		Optional<org.snakeyaml.engine.v2.nodes.Node> node = keys.get("weight");
		if (node.isEmpty()) {
			return OptionalDouble.empty();
		}
		this.places.put(SourceMap.node(id, "weight"), this.yaml.at(node.get()));
		OptionalDouble w = this.yaml.number(node.get(), "weight");
		if (w.isPresent() && !Weights.valid(w.getAsDouble())) {
			this.yaml.problems.error(this.yaml.at(node.get()), "set.weight.negative", id, MethodChoice.show(w.getAsDouble()));
			w = OptionalDouble.empty();
		}
		if (w.isEmpty()) {
			this.places.markReported(SourceMap.node(id, "weight"));
		}
		return w;
	}

	private Role role(YamlReading.Keys keys, String id) {
		return keys.get("role").flatMap(n -> this.yaml.text(n, "role").flatMap(t -> {
			Optional<Role> r = Role.parse(t);
			if (r.isEmpty()) {
				this.yaml.problems.error(this.yaml.at(n), "set.role.unknown", t);
				this.places.markReported(SourceMap.node(id, "role"));
			}
			return r;
		})).orElse(Role.SCORE);
	}

	private Direction direction(YamlReading.Keys keys, String id, OptionalDouble target) {
		Direction d = keys.get("direction").flatMap(n -> this.yaml.text(n, "direction").flatMap(t -> {
			Optional<Direction> parsed = Direction.parse(t);
			if (parsed.isEmpty()) {
				Optional<String> hint = NearestWord.to(t, List.of("higher", "lower", "target"));
				this.yaml.problems.error(this.yaml.at(n), hint.isPresent() ? "set.direction.unknown.hint" : "set.direction.unknown",
						t, hint.orElse(""));
			}
			return parsed;
		})).orElse(Direction.HIGHER);
		if (d == Direction.TARGET && target.isEmpty()) {
			if (!keys.has("target")) {
				this.yaml.problems.error(keys.keyAt("direction"), "set.direction.no-target", id);
			}
			return Direction.HIGHER;
		}
		return d;
	}

	private Optional<PlausibleRange> range(org.snakeyaml.engine.v2.nodes.Node node, String id) {
		Optional<List<org.snakeyaml.engine.v2.nodes.Node>> items = this.yaml.list(node, "range", false);
		if (items.isEmpty()) {
			return Optional.empty();
		}
		if (items.get().size() != 2) {
			this.yaml.problems.error(this.yaml.at(node), "set.range.shape", id);
			return Optional.empty();
		}
		OptionalDouble min = this.yaml.number(items.get().get(0), "range");
		OptionalDouble max = this.yaml.number(items.get().get(1), "range");
		if (min.isEmpty() || max.isEmpty()) {
			return Optional.empty();
		}
		if (!(min.getAsDouble() < max.getAsDouble())) {
			this.yaml.problems.error(this.yaml.at(node), "set.range.order", id, MethodChoice.show(min.getAsDouble()),
					MethodChoice.show(max.getAsDouble()));
			return Optional.empty();
		}
		return Optional.of(new PlausibleRange(min.getAsDouble(), max.getAsDouble()));
	}

	/** Parses a rule; a syntax error points at its column in the file, not in the rule. */
	Optional<Node.Rule> rule(org.snakeyaml.engine.v2.nodes.Node node, String path) {
		Optional<String> text = this.yaml.text(node, "rule");
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			Expression expression = ExpressionParser.parse(text.get());
			for (Expression.Reference ref : expression.references()) {
				this.places.put(path + "/" + ref.identifier(), columnInFile(node, ref.column()));
			}
			return Optional.of(new Node.Rule(text.get(), expression));
		}
		catch (ExpressionSyntaxException syntax) {
			this.yaml.problems.error(columnInFile(node, syntax.column()), "set.rule.syntax", syntax.text());
			return Optional.empty();
		}
	}

	private Location columnInFile(org.snakeyaml.engine.v2.nodes.Node node, int columnInRule) {
		Location start = this.yaml.at(node);
		if (node instanceof ScalarNode s && start instanceof Location.TextPosition p && !s.getValue().contains("\n")) {
			int quote = s.getScalarStyle() == ScalarStyle.PLAIN ? 0 : 1;
			if (s.getScalarStyle() == ScalarStyle.PLAIN || s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED
					|| s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED) {
				return Location.at(p.file(), p.line(), p.column() + quote + columnInRule - 1);
			}
		}
		return start;
	}

}
