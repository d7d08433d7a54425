package org.lexbench.indicator;

import java.util.OptionalDouble;

/** The rule for nominal weights: finite and not negative (so NaN and infinity are refused). */
final class Weights {

	private Weights() {
	}

	static boolean valid(double weight) {
		return weight >= 0 && Double.isFinite(weight);
	}

	static void requireValid(String id, OptionalDouble weight) {
		if (weight.isPresent() && !valid(weight.getAsDouble())) {
			throw new IllegalArgumentException("weight of " + id + " must be finite and >= 0, got " + weight.getAsDouble());
		}
	}

}
