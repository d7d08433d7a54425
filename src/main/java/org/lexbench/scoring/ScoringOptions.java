package org.lexbench.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodStep;

/**
 * What one scoring run is asked for beyond the set: methods chosen on the command line (which
 * override the set's at every node, or only at {@code nodes} and below them when some are named),
 * the year to score (empty: the latest, or the only data there is) and whether indicators are
 * divided by their denominators.
 */
public record ScoringOptions(Map<MethodStep, MethodChoice> overrides, Set<String> nodes, OptionalInt year,
		boolean denominate) {

	public ScoringOptions {
		EnumMap<MethodStep, MethodChoice> copy = new EnumMap<>(MethodStep.class);
		copy.putAll(overrides);
		copy.forEach((step, choice) -> {
			if (choice.step() != step) {
				throw new IllegalArgumentException("choice " + choice.describe() + " is not for step " + step);
			}
		});
		overrides = java.util.Collections.unmodifiableMap(copy);
		nodes = Set.copyOf(nodes);
	}

	/** The set's own methods, the latest year, denominators applied. */
	public static ScoringOptions defaults() {
		return new ScoringOptions(Map.of(), Set.of(), OptionalInt.empty(), true);
	}

	public ScoringOptions with(MethodChoice choice) {
		Map<MethodStep, MethodChoice> more = new EnumMap<>(MethodStep.class);
		more.putAll(this.overrides);
		more.put(choice.step(), choice);
		return new ScoringOptions(more, this.nodes, this.year, this.denominate);
	}

	public ScoringOptions atNodes(Set<String> only) {
		return new ScoringOptions(this.overrides, only, this.year, this.denominate);
	}

	public ScoringOptions inYear(OptionalInt wanted) {
		return new ScoringOptions(this.overrides, this.nodes, wanted, this.denominate);
	}

	public ScoringOptions denominating(boolean on) {
		return new ScoringOptions(this.overrides, this.nodes, this.year, on);
	}

}
