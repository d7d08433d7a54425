package org.lexbench.indicator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lexbench.files.NearestWord;
import org.lexbench.files.Problems;
import org.lexbench.indicator.MethodVocabulary.Kind;
import org.lexbench.indicator.MethodVocabulary.Parameter;
import org.lexbench.indicator.expression.Expression;

/**
 * The checks that need the whole set: unique ids, references (denominators, rule names, method
 * parameters), weights, roles and rules, AHP orders, tiers. Shared by the YAML and the COINr-table
 * readers; problems point at the file through the {@link SourceMap}.
 */
final class SetChecks {

	private final IndicatorSet set;

	private final SourceMap places;

	private final Problems problems;

	private final MethodResolution methods;

	private final Set<String> indicatorIds = new LinkedHashSet<>();

	private final Set<String> referable = new LinkedHashSet<>();

	private SetChecks(IndicatorSet set, SourceMap places, Problems problems) {
		this.set = set;
		this.places = places;
		this.problems = problems;
		this.methods = MethodResolution.of(set);
		set.indicators().forEach(i -> this.indicatorIds.add(i.id()));
		this.referable.addAll(this.indicatorIds);
		set.attributes().forEach(a -> this.referable.add(a.id()));
		StandardAttributes.ALL.forEach(a -> this.referable.add(a.id()));
	}

	static void run(IndicatorSet set, SourceMap places, Problems problems) {
		SetChecks checks = new SetChecks(set, places, problems);
		checks.uniqueIds();
		checks.dimension(set.root(), false);
		set.indicators().forEach(checks::indicator);
		set.nodes().forEach(checks::roleAndRule);
		checks.methodReferences(set.root().id(), set.method());
		set.nodes().forEach(n -> checks.methodReferences(n.id(), n.method()));
		checks.gates();
		checks.tiers();
	}

	/** Attributes may not reuse a node's id (rules could not tell them apart); nodes are checked by the readers. */
	private void uniqueIds() {
		Map<String, String> nodes = new HashMap<>();
		nodes.put(this.set.root().id().toLowerCase(Locale.ROOT), this.set.root().id());
		this.set.nodes().forEach(n -> nodes.putIfAbsent(n.id().toLowerCase(Locale.ROOT), n.id()));
		Map<String, String> attributes = new HashMap<>();
		for (Attribute a : this.set.attributes()) {
			String key = a.id().toLowerCase(Locale.ROOT);
			String first = nodes.containsKey(key) ? nodes.get(key) : attributes.get(key);
			if (first != null) {
				this.problems.error(this.places.at("attribute:" + a.id()), "set.duplicate-id", a.id(),
						this.places.at(nodes.containsKey(key) ? SourceMap.node(first) : "attribute:" + first).render());
			}
			attributes.putIfAbsent(key, a.id());
		}
	}

	/**
	 * Weights and AHP judgements of one dimension, then of its sub-dimensions. Below a gate or an
	 * information node nothing enters the composite, so weights there are not required (they are
	 * checked again the moment the node's role becomes {@code score}).
	 */
	private void dimension(Dimension dimension, boolean aboveExcluded) {
		boolean excluded = aboveExcluded || dimension.role() != Role.SCORE;
		for (Node child : dimension.children()) {
			if (child instanceof Dimension d) {
				dimension(d, excluded);
			}
		}
		if (excluded) {
			return;
		}
		List<Node> scored = dimension.children().stream().filter(c -> c.role() == Role.SCORE).toList();
		String weighting = this.methods.choice(dimension.id(), MethodStep.WEIGHTS).method();
		if (scored.isEmpty()) {
			this.problems.error(this.places.at(SourceMap.node(dimension.id())), "set.dimension.nothing-scored",
					dimension.id());
		}
		if (weighting.equals("explicit") && !scored.isEmpty()) {
			List<Node> unweighted = scored.stream().filter(c -> c.weight().isEmpty()).toList();
			boolean anyReported = scored.stream().anyMatch(c -> this.places.reported(SourceMap.node(c.id(), "weight")));
			if (unweighted.size() == scored.size() && !anyReported) {
				this.problems.error(this.places.at(SourceMap.node(dimension.id())), "set.weight.none", where(dimension));
			}
			else {
				for (Node child : unweighted) {
					if (!this.places.reported(SourceMap.node(child.id(), "weight"))) {
						this.problems.error(this.places.at(SourceMap.node(child.id())), "set.weight.missing", child.id(),
								where(dimension));
					}
				}
				double sum = scored.stream().mapToDouble(c -> c.weight().orElse(0)).sum();
				if (unweighted.isEmpty() && sum <= 0) {
					this.problems.error(this.places.at(SourceMap.node(dimension.id())), "set.weight.all-zero",
							where(dimension));
				}
			}
		}
		ahp(dimension, scored, weighting);
	}

	/** How messages name a dimension: by id, or as the set's top level for the composite. */
	private Object where(Dimension dimension) {
		return dimension == this.set.root() ? org.lexbench.files.Text.of("set.top-level") : dimension.id();
	}

	private void ahp(Dimension dimension, List<Node> scored, String weighting) {
		String path = SourceMap.node(dimension.id(), "ahp");
		if (this.places.reported(path)) {
			return;
		}
		if (!weighting.equals("ahp")) {
			if (dimension.ahp().isPresent()) {
				this.problems.warning(this.places.at(path), "set.ahp.unused", dimension.id(), weighting);
			}
			return;
		}
		if (dimension.ahp().isEmpty()) {
			if (!scored.isEmpty()) {
				this.problems.error(this.places.at(SourceMap.node(dimension.id())), "set.ahp.missing", dimension.id());
			}
			return;
		}
		List<String> order = dimension.ahp().get().order();
		Set<String> expected = new LinkedHashSet<>();
		scored.forEach(c -> expected.add(c.id()));
		if (!new HashSet<>(order).equals(expected) || order.size() != expected.size()) {
			this.problems.error(this.places.at(SourceMap.node(dimension.id(), "ahp/order")), "set.ahp.order", dimension.id(),
					String.join(", ", order), String.join(", ", expected));
		}
	}

	private void indicator(Indicator indicator) {
		indicator.from().ifPresent(f -> {
			String path = SourceMap.node(indicator.id(), "from");
			Optional<Node> source = this.set.find(f);
			if (f.equals(indicator.id())) {
				this.problems.error(this.places.at(path), "set.from.self", indicator.id());
			}
			else if (source.isEmpty() || !(source.get() instanceof Indicator)) {
				this.problems.error(this.places.at(path), "set.from.unknown", f, indicator.id(),
						NearestWord.hint(f, this.indicatorIds));
			}
			else if (((Indicator) source.get()).from().isPresent()) {
				this.problems.error(this.places.at(path), "set.from.chain", indicator.id(), f);
			}
		});
		indicator.denominator().ifPresent(d -> {
			String path = SourceMap.node(indicator.id(), "denominator");
			if (d.equals(indicator.id())) {
				this.problems.error(this.places.at(path), "set.denominator.self", indicator.id());
			}
			else if (this.indicatorIds.contains(d)) {
				return;
			}
			else if (this.set.attribute(d).isPresent()) {
				if (this.set.attribute(d).get().type() != AttributeType.NUMBER) {
					this.problems.error(this.places.at(path), "set.denominator.text", indicator.id(), d);
				}
			}
			else {
				unknownName(path, "set.denominator.unknown", d, indicator.id());
			}
		});
		String normalise = this.methods.choice(indicator.id(), MethodStep.NORMALISE).method();
		if (normalise.equals("target") && indicator.target().isEmpty()) {
			this.problems.error(this.places.at(SourceMap.node(indicator.id())), "set.normalise.needs-target", indicator.id());
		}
		if (normalise.equals("ordinal") && !(indicator.type() instanceof IndicatorType.OrdinalType
				|| indicator.type() instanceof IndicatorType.CategoryType)) {
			this.problems.error(this.places.at(SourceMap.node(indicator.id())), "set.normalise.type", indicator.id(),
					normalise, indicator.type().keyword());
		}
		if (normalise.equals("yesno") && !(indicator.type() instanceof IndicatorType.YesNoType)) {
			this.problems.error(this.places.at(SourceMap.node(indicator.id())), "set.normalise.type", indicator.id(),
					normalise, indicator.type().keyword());
		}
		Optional<PlausibleRange> natural = indicator.type().naturalRange();
		if (indicator.range().isPresent() && natural.isPresent()
				&& (indicator.range().get().min() < natural.get().min() || indicator.range().get().max() > natural.get().max())) {
			this.problems.warning(this.places.at(SourceMap.node(indicator.id(), "range")), "set.range.outside-type",
					indicator.id(), indicator.type().keyword());
		}
	}

	private void roleAndRule(Node node) {
		String rulePath = SourceMap.node(node.id(), "rule");
		if (node.role() == Role.GATE && node.rule().isEmpty() && !this.places.reported(rulePath)) {
			this.problems.error(this.places.at(SourceMap.node(node.id())), "set.gate.no-rule", node.id());
		}
		if (node.role() != Role.GATE && node.rule().isPresent()) {
			this.problems.warning(this.places.at(rulePath), "set.rule.not-gate", node.id(), node.role().keyword());
		}
		node.rule().ifPresent(rule -> references(rule.expression(), rulePath));
	}

	private void references(Expression expression, String path) {
		for (String name : expression.identifiers()) {
			if (!this.referable.contains(name)) {
				unknownName(path + "/" + name, "set.rule.unknown-name", name, "");
			}
		}
	}

	private void methodReferences(String nodeId, MethodSettings settings) {
		for (MethodChoice choice : settings.choices().values()) {
			for (Parameter p : MethodVocabulary.parameters(choice.step(), choice.method()).orElse(List.of())) {
				String value = choice.text(p.name());
				if (value.isEmpty() || (p.kind() != Kind.ATTRIBUTE && p.kind() != Kind.INDICATOR)) {
					continue;
				}
				String path = SourceMap.node(nodeId, "method/" + choice.step().keyword() + "/" + p.name());
				boolean ok = p.kind() == Kind.ATTRIBUTE ? this.set.attribute(value).isPresent()
						: this.indicatorIds.contains(value);
				if (!ok) {
					List<String> candidates = p.kind() == Kind.ATTRIBUTE
							? this.referable.stream().filter(r -> !this.indicatorIds.contains(r)).toList()
							: List.copyOf(this.indicatorIds);
					this.problems.error(this.places.at(path), p.kind() == Kind.ATTRIBUTE ? "set.method.unknown-attribute"
							: "set.method.unknown-indicator", value, p.name(), NearestWord.hint(value, candidates));
				}
			}
		}
	}

	private void gates() {
		Set<String> seen = new HashSet<>();
		for (Gate gate : this.set.gates()) {
			if (!seen.add(gate.id())) {
				this.problems.error(this.places.at("gate:" + gate.id()), "set.gate.duplicate", gate.id());
			}
			references(gate.rule().expression(), "gate:" + gate.id() + "/rule");
		}
	}

	private void tiers() {
		List<Tier> tiers = this.set.tiers();
		Set<String> seen = new HashSet<>();
		boolean absolute = false;
		boolean quantile = false;
		for (int i = 0; i < tiers.size(); i++) {
			Tier t = tiers.get(i);
			if (this.places.reported("tier:" + t.id())) {
				return;
			}
			if (!seen.add(t.id())) {
				this.problems.error(this.places.at("tier:" + t.id()), "set.tier.duplicate", t.id());
			}
			absolute |= t.min().isPresent();
			quantile |= t.top().isPresent();
			if (t.catchAll() && i < tiers.size() - 1) {
				this.problems.error(this.places.at("tier:" + t.id()), "set.tier.no-cut", t.id());
			}
		}
		if (absolute && quantile) {
			this.problems.error(this.places.at("tier:" + tiers.get(0).id()), "set.tier.mixed");
			return;
		}
		for (int i = 1; i < tiers.size(); i++) {
			Tier above = tiers.get(i - 1);
			Tier here = tiers.get(i);
			if (above.min().isPresent() && here.min().isPresent() && !(here.min().getAsDouble() < above.min().getAsDouble())) {
				this.problems.error(this.places.at("tier:" + here.id() + "/min"), "set.tier.order-min", here.id(),
						MethodChoice.show(here.min().getAsDouble()), above.id(), MethodChoice.show(above.min().getAsDouble()));
			}
			if (above.top().isPresent() && here.top().isPresent() && !(here.top().getAsDouble() > above.top().getAsDouble())) {
				this.problems.error(this.places.at("tier:" + here.id() + "/top"), "set.tier.order-top", here.id(),
						MethodChoice.show(here.top().getAsDouble() * 100) + "%", above.id(),
						MethodChoice.show(above.top().getAsDouble() * 100) + "%");
			}
		}
	}

	private void unknownName(String path, String key, String name, String owner) {
		this.problems.error(this.places.at(path), key, name, owner, NearestWord.hint(name, this.referable));
	}

}
