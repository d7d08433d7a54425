package org.lexbench.indicator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A node that aggregates its children into one score: a dimension, sub-dimension or the composite
 * itself. AHP judgements, when given, weight its children. Its unit is that of its score (COINr
 * tables say "Score").
 */
public record Dimension(String id, Bilingual name, Bilingual description, Bilingual unit, OptionalDouble weight, Role role,
		Optional<Rule> rule, MethodSettings method, Optional<AhpJudgements> ahp, List<Citation> sources,
		List<Node> children) implements Node {

	public Dimension {
		Ids.require(id);
		if (children.isEmpty()) {
			throw new IllegalArgumentException("dimension " + id + " has no children");
		}
		children = List.copyOf(children);
		sources = List.copyOf(sources);
		Weights.requireValid(id, weight);
	}

}
