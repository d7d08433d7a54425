package org.lexbench.scoring;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One node's aggregated score for every firm (higher is better; {@code NaN} for a firm with no
 * weighted child present), with the method's intermediate values by firm: TOPSIS {@code D+},
 * {@code D-}, {@code C}; VIKOR {@code S}, {@code R}, {@code Q}; none for the means.
 *
 * <p>The record holds its own copies of the arrays and its accessors hand out copies, so a result
 * never changes once made.
 */
public record Aggregated(double[] scores, Map<String, double[]> details) {

	public Aggregated {
		if (scores == null) {
			throw new IllegalArgumentException("scores is null");
		}
		if (details == null) {
			throw new IllegalArgumentException("details is null");
		}
		scores = scores.clone();
		Map<String, double[]> copy = new LinkedHashMap<>();
		for (Map.Entry<String, double[]> detail : details.entrySet()) {
			if (detail.getKey() == null || detail.getValue() == null) {
				throw new IllegalArgumentException("a detail has a null name or null values: " + detail.getKey());
			}
			if (detail.getValue().length != scores.length) {
				throw new IllegalArgumentException("detail " + detail.getKey() + " has " + detail.getValue().length
						+ " firms but there are " + scores.length + " scores");
			}
			copy.put(detail.getKey(), detail.getValue().clone());
		}
		details = Collections.unmodifiableMap(copy);
	}

	/** A result with no intermediate values, as the means give. */
	static Aggregated of(double[] scores) {
		return new Aggregated(scores, Map.of());
	}

	/** A copy of the scores, by firm. */
	@Override
	public double[] scores() {
		return this.scores.clone();
	}

	/** Firm {@code firm}'s score, without copying. */
	public double score(int firm) {
		return this.scores[firm];
	}

	public int firms() {
		return this.scores.length;
	}

	/** The intermediate values in the order the method defines them, each a copy. */
	@Override
	public Map<String, double[]> details() {
		Map<String, double[]> copy = new LinkedHashMap<>();
		this.details.forEach((name, values) -> copy.put(name, values.clone()));
		return Collections.unmodifiableMap(copy);
	}

	/** A copy of one intermediate value by firm; refused for a name the method does not give. */
	public double[] detail(String name) {
		double[] values = this.details.get(name);
		if (values == null) {
			throw new IllegalArgumentException("no detail " + name + "; there are " + this.details.keySet());
		}
		return values.clone();
	}

	/** Equal when the scores and every detail are equal element by element ({@code NaN} equals {@code NaN}). */
	@Override
	public boolean equals(Object other) {
		if (!(other instanceof Aggregated that) || !Arrays.equals(this.scores, that.scores)
				|| !this.details.keySet().equals(that.details.keySet())) {
			return false;
		}
		for (Map.Entry<String, double[]> detail : this.details.entrySet()) {
			if (!Arrays.equals(detail.getValue(), that.details.get(detail.getKey()))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.scores) + this.details.keySet().hashCode();
	}

	@Override
	public String toString() {
		return "Aggregated[" + this.scores.length + " firms, details " + this.details.keySet() + "]";
	}

}
