package org.lexbench.indicator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A measured quantity of a firm: its type and unit, which direction is better, the range its
 * values plausibly take, and what it contributes (role, weight, method overrides).
 * {@code from} names another indicator whose raw values this one takes (so revenue per lawyer can
 * reuse the revenue column); {@code denominator} names an indicator or attribute the raw value is
 * divided by.
 */
public record Indicator(String id, Bilingual name, Bilingual description, List<String> aliases, IndicatorType type,
		Bilingual unit, Direction direction, OptionalDouble target, Optional<PlausibleRange> range, Role role,
		Optional<Rule> rule, OptionalDouble weight, MethodSettings method, Optional<String> from, Optional<String> denominator,
		List<Citation> sources, Bilingual evidence) implements Node {

	public Indicator {
		Ids.require(id);
		aliases = List.copyOf(aliases);
		sources = List.copyOf(sources);
		Weights.requireValid(id, weight);
		if (direction == Direction.TARGET && target.isEmpty()) {
			throw new IllegalArgumentException("indicator " + id + " has direction target but no target");
		}
	}

	@Override
	public List<Node> children() {
		return List.of();
	}

	/** The range values are checked against: the set's, else the one the type implies. */
	public Optional<PlausibleRange> plausibleRange() {
		return this.range.isPresent() ? this.range : this.type.naturalRange();
	}

}
