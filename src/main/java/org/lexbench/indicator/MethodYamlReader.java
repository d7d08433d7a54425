package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.lexbench.files.NearestWord;
import org.lexbench.indicator.MethodVocabulary.Parameter;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a {@code method:} block — at the set or at a node — checking every step, method and
 * parameter against {@link MethodVocabulary}. References to attributes and indicators are
 * recorded in the {@link SourceMap} for the cross-checks, which know the whole set.
 */
final class MethodYamlReader {

	private final YamlReading yaml;

	private final SourceMap places;

	MethodYamlReader(YamlReading yaml, SourceMap places) {
		this.yaml = yaml;
		this.places = places;
	}

	MethodSettings read(Node node, String path, boolean setLevel) {
		List<String> allSteps = new ArrayList<>();
		List<String> allowed = new ArrayList<>();
		for (MethodStep step : MethodStep.values()) {
			allSteps.add(step.keyword());
			if (setLevel || step.perNode()) {
				allowed.add(step.keyword());
			}
		}
		Optional<YamlReading.Keys> keys = this.yaml.keys(node, allSteps, "method");
		if (keys.isEmpty()) {
			return MethodSettings.NONE;
		}
		Map<MethodStep, MethodChoice> choices = new LinkedHashMap<>();
		for (MethodStep step : MethodStep.values()) {
			Optional<Node> value = keys.get().get(step.keyword());
			if (value.isEmpty()) {
				continue;
			}
			if (!allowed.contains(step.keyword())) {
				this.yaml.problems.error(keys.get().keyAt(step.keyword()), "method.set-only", step.keyword());
				continue;
			}
			choice(step, value.get(), path + "/method/" + step.keyword()).ifPresent(c -> choices.put(step, c));
		}
		return new MethodSettings(choices);
	}

	private Optional<MethodChoice> choice(MethodStep step, Node node, String path) {
		this.places.put(path, this.yaml.at(node));
		if (node instanceof ScalarNode scalar) {
			return method(step, scalar.getValue(), node).map(params -> build(step, scalar.getValue(), params,
					Map.of(), null, path));
		}
		List<String> vocabulary = new ArrayList<>(List.of("method"));
		MethodVocabulary.methods(step)
			.forEach(m -> MethodVocabulary.parameters(step, m)
				.orElseThrow()
				.forEach(p -> { if (!vocabulary.contains(p.name())) vocabulary.add(p.name()); }));
		Optional<YamlReading.Keys> keys = this.yaml.keys(node, vocabulary, step.keyword());
		if (keys.isEmpty() || !keys.get().require("method", step.keyword())) {
			return Optional.empty();
		}
		Node methodNode = keys.get().get("method").orElseThrow();
		Optional<String> name = this.yaml.text(methodNode, step.keyword() + ".method");
		if (name.isEmpty()) {
			return Optional.empty();
		}
		Optional<List<Parameter>> params = method(step, name.get(), methodNode);
		if (params.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Node> given = new LinkedHashMap<>();
		for (String key : vocabulary) {
			if (key.equals("method")) {
				continue;
			}
			Optional<Node> value = keys.get().get(key);
			if (value.isEmpty()) {
				continue;
			}
			if (params.get().stream().noneMatch(p -> p.name().equals(key))) {
				this.yaml.problems.error(keys.get().keyAt(key), "method.parameter-not-of", key, name.get(),
						params.get().isEmpty() ? "—" : String.join(", ", params.get().stream().map(Parameter::name).toList()));
				continue;
			}
			given.put(key, value.get());
		}
		return Optional.of(build(step, name.get(), params.get(), given, keys.get(), path));
	}

	private Optional<List<Parameter>> method(MethodStep step, String name, Node at) {
		Optional<List<Parameter>> params = MethodVocabulary.parameters(step, name);
		if (params.isEmpty()) {
			List<String> known = MethodVocabulary.methods(step);
			Optional<String> hint = NearestWord.to(name, known);
			if (hint.isPresent()) {
				this.yaml.problems.error(this.yaml.at(at), "method.unknown.hint", name, step.keyword(), hint.get());
			}
			else {
				this.yaml.problems.error(this.yaml.at(at), "method.unknown", name, step.keyword(), String.join(", ", known));
			}
		}
		return params;
	}

	private MethodChoice build(MethodStep step, String method, List<Parameter> params, Map<String, Node> given,
			YamlReading.Keys keys, String path) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Parameter p : params) {
			Node node = given.get(p.name());
			if (node == null) {
				if (p.defaultValue() != null) {
					values.put(p.name(), p.defaultValue());
				}
				else if (p.required()) {
					this.yaml.problems.error(keys == null ? this.places.at(path) : keys.start(), "method.parameter-missing",
							p.name(), method);
				}
				continue;
			}
			this.places.put(path + "/" + p.name(), this.yaml.at(node));
			switch (p.kind()) {
				case NUMBER -> {
					OptionalDouble v = this.yaml.number(node, method + "." + p.name());
					if (v.isPresent() && !p.accepts(v.getAsDouble())) {
						this.yaml.problems.error(this.yaml.at(node), "method.parameter-range", p.name(), method,
								bounds(p));
					}
					else if (v.isPresent()) {
						values.put(p.name(), v.getAsDouble());
					}
				}
				case CHOICE -> this.yaml.text(node, p.name()).ifPresent(t -> {
					if (p.choices().contains(t)) {
						values.put(p.name(), t);
					}
					else {
						this.yaml.problems.error(this.yaml.at(node), "method.parameter-choice", p.name(), t,
								String.join(", ", p.choices()));
					}
				});
				case ATTRIBUTE, INDICATOR -> this.yaml.text(node, p.name()).ifPresent(t -> values.put(p.name(), t));
			}
		}
		checkPair(method, "minmax", values, "low", "high", path);
		checkPair(method, "goalposts", values, "low", "high", path);
		return new MethodChoice(step, method, values);
	}

	private void checkPair(String method, String which, Map<String, Object> values, String low, String high,
			String path) {
		if (method.equals(which) && values.get(low) instanceof Double l && values.get(high) instanceof Double h
				&& !(l < h)) {
			this.yaml.problems.error(this.places.at(path), "method.low-high", method, MethodChoice.show(l),
					MethodChoice.show(h));
		}
	}

	private static String bounds(Parameter p) {
		String min = p.min() == -Double.MAX_VALUE ? "−∞" : MethodChoice.show(p.min());
		String max = p.max() == Double.MAX_VALUE ? "∞" : MethodChoice.show(p.max());
		return (p.minExclusive() ? "(" : "[") + min + ", " + max + "]";
	}

}
