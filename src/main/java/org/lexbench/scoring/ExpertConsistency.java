package org.lexbench.scoring;

import java.util.Objects;

/**
 * One expert's own AHP consistency: the λmax, consistency index and consistency ratio of that
 * expert's pairwise matrix alone, against the same random index as the combined matrix.
 */
public record ExpertConsistency(String expert, double lambdaMax, double consistencyIndex, double consistencyRatio) {

	public ExpertConsistency {
		Objects.requireNonNull(expert, "expert");
		if (!(Double.isFinite(lambdaMax) && Double.isFinite(consistencyIndex) && Double.isFinite(consistencyRatio))) {
			throw new IllegalArgumentException("consistency of " + expert + " must be finite, got λmax " + lambdaMax
					+ ", CI " + consistencyIndex + ", CR " + consistencyRatio);
		}
	}

	/** Whether this expert's consistency ratio is above {@link AhpWeights#CONSISTENCY_RATIO_LIMIT}. */
	public boolean inconsistent() {
		return this.consistencyRatio > AhpWeights.CONSISTENCY_RATIO_LIMIT;
	}

}
