package org.lexbench.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodSettings;
import org.lexbench.indicator.MethodStep;

/**
 * What one scoring run is asked for beyond the set: methods chosen on the command line (which
 * override the set's at every node, or only at {@code nodes} and below them when some are named),
 * the year to score (empty: the latest, or the only data there is) and whether indicators are
 * divided by their denominators.
 */
public record ScoringOptions(MethodSettings overrides, Set<String> nodes, OptionalInt year, boolean denominate) {

	public ScoringOptions {
		nodes = Set.copyOf(nodes);
	}

	/** The set's own methods, the latest year, denominators applied. */
	public static ScoringOptions defaults() {
		return new ScoringOptions(MethodSettings.NONE, Set.of(), OptionalInt.empty(), true);
	}

	public ScoringOptions with(MethodChoice choice) {
		Map<MethodStep, MethodChoice> more = new HashMap<>(this.overrides.choices());
		more.put(choice.step(), choice);
		return new ScoringOptions(new MethodSettings(more), this.nodes, this.year, this.denominate);
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
