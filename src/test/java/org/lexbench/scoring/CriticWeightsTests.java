package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CriticWeightsTests {

	static final double NA = Double.NaN;

	/**
	 * Tuş, A. &amp; Aytaç Adalı, E. (2019). The new combination with CRITIC and WASPAS methods for the
	 * time and attendance software selection problem. OPSEARCH 56(2), 528–538,
	 * doi:10.1007/s12597-019-00371-6: five alternatives on six criteria, CRITIC weights 0.157, 0.249,
	 * 0.168, 0.121, 0.154, 0.151 (published to three decimals). Matrix and weights as transcribed in
	 * the test suite of pyrepo-mcda (energyinpython/pyrepo-mcda, tests/test_weighting_methods.py),
	 * which reproduces the published weights by min-max normalising every column the same way,
	 * (x − min) / (max − min), before the CRITIC step; the same is done here. The matrix has no missing
	 * value, so the weights do not depend on the sample-or-population choice of σ.
	 */
	@Test
	void tusAytacAdali2019Example_givesThePublishedWeights() {
		double[][] columns = DecisionMatrix.columns(
				new double[] { 5000, 3, 3, 4, 3, 2 },
				new double[] { 680, 5, 3, 2, 2, 1 },
				new double[] { 2000, 3, 2, 3, 4, 3 },
				new double[] { 600, 4, 3, 1, 2, 2 },
				new double[] { 800, 2, 4, 3, 3, 4 });

		assertThat(CriticWeights.of(minMax(columns)))
			.containsExactly(new double[] { 0.157, 0.249, 0.168, 0.121, 0.154, 0.151 }, within(0.0005));
	}

	/*
	 * Hand-worked, three firms: a = (0, 1, 2), b = 2a = (0, 2, 4), c = (2, 1, 0).
	 * σ: a 1, b 2, c 1. r_ab = 1, r_ac = r_bc = −1.
	 * C_a = 1 · (0 + 2) = 2, C_b = 2 · (0 + 2) = 4, C_c = 1 · (2 + 2) = 4; weights 0.2, 0.4, 0.4.
	 */
	@Test
	void handWorkedThreeColumns_weightIsSpreadTimesConflict() {
		double[][] columns = { { 0, 1, 2 }, { 0, 2, 4 }, { 2, 1, 0 } };

		assertThat(CriticWeights.of(columns)).containsExactly(new double[] { 0.2, 0.4, 0.4 }, within(1e-12));
	}

	/*
	 * a is constant: σ_a = 0, so C_a = 0, and r is taken as 0 against a.
	 * b = (0, 1, 2), c = (2, 1, 0): σ = 1 each, r_bc = −1.
	 * C_b = 1 · ((1 − 0) + (1 + 1)) = 3 = C_c; weights 0, 1/2, 1/2.
	 */
	@Test
	void constantColumn_getsNoWeightAndCountsAsUncorrelated() {
		double[][] columns = { { 1, 1, 1 }, { 0, 1, 2 }, { 2, 1, 0 } };

		assertThat(CriticWeights.of(columns)).containsExactly(new double[] { 0, 0.5, 0.5 }, within(1e-12));
	}

	/*
	 * a = (0, 2, NaN), b = (1, 0, 2). Over the pairwise-complete firms 0 and 1: a (0, 2), b (1, 0), r = −1.
	 * Sample σ: a over {0, 2} = √2; b over {1, 0, 2} = 1.
	 * C_a = √2 · 2, C_b = 1 · 2: w_a = √2 / (√2 + 1) = 2 − √2, w_b = √2 − 1.
	 * (With population σ, a 1 and b √(2/3), w_a would be 0.5505.)
	 */
	@Test
	void missingValue_usesSampleDeviationOfPresentValuesAndPairwiseCompleteCorrelation() {
		double[][] columns = { { 0, 2, NA }, { 1, 0, 2 } };
		double root2 = Math.sqrt(2);

		assertThat(CriticWeights.of(columns)).containsExactly(new double[] { 2 - root2, root2 - 1 }, within(1e-12));
	}

	@Test
	void singleColumn_getsAllTheWeight() {
		assertThat(CriticWeights.of(new double[][] { { 0, 1, 5 } })).containsExactly(new double[] { 1 }, within(1e-12));
	}

	@Test
	void everyColumnConstant_weightsAreEqual() {
		double[][] columns = { { 0.1, 0.1, 0.1 }, { 0, 0, 0 }, { NA, 3, NA }, { NA, NA, NA } };

		assertThat(CriticWeights.of(columns)).containsExactly(new double[] { 0.25, 0.25, 0.25, 0.25 }, within(1e-12));
	}

	@Test
	void negativeValues_areAccepted() {
		double[][] columns = { { -1, 0, 1 }, { 0, 2, 4 }, { 1, 0, -1 } };

		assertThat(CriticWeights.of(columns)).containsExactly(new double[] { 0.2, 0.4, 0.4 }, within(1e-12));
	}

	@Test
	void columnsOfDifferingLengths_areRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> CriticWeights.of(new double[][] { { 1, 2 }, { 1, 2, 3 } }))
			.withMessageContaining("column 1 holds 3 firms but column 0 holds 2");
	}

	@Test
	void noFirms_isRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> CriticWeights.of(new double[][] { {} }))
			.withMessageContaining("no firms");
	}

	private static double[][] minMax(double[][] columns) {
		double[][] normalised = new double[columns.length][];
		for (int j = 0; j < columns.length; j++) {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (double x : columns[j]) {
				min = Math.min(min, x);
				max = Math.max(max, x);
			}
			normalised[j] = new double[columns[j].length];
			for (int i = 0; i < columns[j].length; i++) {
				normalised[j][i] = (columns[j][i] - min) / (max - min);
			}
		}
		return normalised;
	}

}
