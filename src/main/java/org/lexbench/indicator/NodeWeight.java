package org.lexbench.indicator;

import java.util.OptionalDouble;

/**
 * The weight of one node three ways: as written (nominal), normalised among the siblings that
 * are scored (so they sum to 1), and effective — its share of the composite, the product of the
 * normalised weights on the path from the root. Weights that come from the data (entropy,
 * CRITIC) or are excluded from the composite (gate, info) are NaN, with {@code basis} saying why.
 */
public record NodeWeight(String nodeId, OptionalDouble nominal, double normalised, double effective, Basis basis) {

	/** Where a node's normalised weight comes from. */
	public enum Basis {
		/** The set's weights, normalised among scored siblings. */
		EXPLICIT,
		/** Equal among scored siblings. */
		EQUAL,
		/** Derived from the data or from judgements when scoring (entropy, CRITIC, AHP). */
		DERIVED,
		/** Not in the composite: a gate or information node, or below one. */
		EXCLUDED
	}

	public boolean known() {
		return !Double.isNaN(this.effective);
	}

}
