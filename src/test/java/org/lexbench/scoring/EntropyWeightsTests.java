package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntropyWeightsTests {

	static final double NA = Double.NaN;

	/**
	 * Xu, X. (2004). A note on the subjective and objective integrated approach to determine
	 * attribute weights. European Journal of Operational Research 156(2), 530–532,
	 * doi:10.1016/S0377-2217(03)00146-2: four alternatives (rows) on four benefit attributes, entropy
	 * weights 0.4630, 0.3992, 0.1378, 0.0000 (published to four decimals). Matrix and weights as
	 * transcribed in the test suite of pyrepo-mcda (energyinpython/pyrepo-mcda,
	 * tests/test_weighting_methods.py). The fourth attribute (29, 29, 28.9, 29) barely varies, so its
	 * weight rounds to zero.
	 */
	@Test
	void xu2004Example_givesThePublishedWeights() {
		double[][] columns = DecisionMatrix.columns(
				new double[] { 30, 30, 38, 29 },
				new double[] { 19, 54, 86, 29 },
				new double[] { 19, 15, 85, 28.9 },
				new double[] { 68, 70, 60, 29 });

		assertThat(EntropyWeights.of(columns)).containsExactly(new double[] { 0.4630, 0.3992, 0.1378, 0.0000 },
				within(0.00005));
	}

	/**
	 * Zavadskas, E. K. &amp; Podvezko, V. (2016). Integrated determination of objective criteria weights
	 * in MCDM. International Journal of Information Technology &amp; Decision Making 15(2), 267–283,
	 * doi:10.1142/S0219622016500036: four alternatives on four criteria, entropy weights 0.1146,
	 * 0.1981, 0.4185, 0.2689, computed in the paper on the raw values (two criteria are costs, which
	 * play no part in the entropy step). Figures as transcribed in pyrepo-mcda's test suite (same file).
	 */
	@Test
	void zavadskasPodvezko2016Example_givesThePublishedWeights() {
		double[][] columns = DecisionMatrix.columns(
				new double[] { 3.0, 100, 10, 7 },
				new double[] { 2.5, 80, 8, 5 },
				new double[] { 1.8, 50, 20, 11 },
				new double[] { 2.2, 70, 12, 9 });

		assertThat(EntropyWeights.of(columns)).containsExactly(new double[] { 0.1146, 0.1981, 0.4185, 0.2689 },
				within(0.00005));
	}

	/*
	 * Hand-worked, three firms. Column a = (1, 1, 0): p = (1/2, 1/2, 0), e = ln 2 / ln 3, d = 1 − ln 2 / ln 3.
	 * Column b = (2, 0, 0): p = (1, 0, 0), e = 0, d = 1. Weights d / (d_a + d_b).
	 */
	@Test
	void handWorkedThreeFirms_weightsAreTheShareOfOneMinusEntropy() {
		double dA = 1 - Math.log(2) / Math.log(3);
		double dB = 1;

		double[] w = EntropyWeights.of(new double[][] { { 1, 1, 0 }, { 2, 0, 0 } });

		assertThat(w).containsExactly(new double[] { dA / (dA + dB), dB / (dA + dB) }, within(1e-12));
	}

	@Test
	void oneColumnEvenAndOneConcentrated_allWeightGoesToTheConcentratedOne() {
		assertThat(EntropyWeights.of(new double[][] { { 1, 1 }, { 1, 0 } })).containsExactly(new double[] { 0, 1 },
				within(1e-12));
	}

	/*
	 * Column a has a missing fourth firm, so n_a = 3 and it is the (1, 1, 0) column above: d = 1 − ln 2 / ln 3.
	 * Column b = (3, 0, 0, 0) has n_b = 4 and e = 0: d = 1. Were the NaN counted as a firm (n_a = 4),
	 * d_a would be 1 − ln 2 / ln 4 = 1/2 instead.
	 */
	@Test
	void missingValue_isSkippedAndNotCountedAmongTheFirms() {
		double dA = 1 - Math.log(2) / Math.log(3);

		double[] w = EntropyWeights.of(new double[][] { { 1, 1, 0, NA }, { 3, 0, 0, 0 } });

		assertThat(w).containsExactly(new double[] { dA / (dA + 1), 1 / (dA + 1) }, within(1e-12));
	}

	@Test
	void columnOfZeros_getsNoWeight() {
		assertThat(EntropyWeights.of(new double[][] { { 0, 0, 0 }, { 1, 0, 0 } })).containsExactly(
				new double[] { 0, 1 }, within(1e-12));
	}

	@Test
	void columnWithAtMostOnePresentValue_getsNoWeight() {
		double[][] columns = { { NA, 5, NA }, { NA, NA, NA }, { 1, 0, 0 } };

		assertThat(EntropyWeights.of(columns)).containsExactly(new double[] { 0, 0, 1 }, within(1e-12));
	}

	@Test
	void everyColumnEven_weightsAreEqual() {
		double[][] columns = { { 1, 1, 1 }, { 2, 2, 2 }, { 0.3, 0.3, 0.3 }, { 0, 0, 0 } };

		assertThat(EntropyWeights.of(columns)).containsExactly(new double[] { 0.25, 0.25, 0.25, 0.25 },
				within(1e-12));
	}

	@Test
	void singleFirm_weightsAreEqual() {
		assertThat(EntropyWeights.of(new double[][] { { 4 }, { 7 } })).containsExactly(new double[] { 0.5, 0.5 },
				within(1e-12));
	}

	@Test
	void columnRescaled_weightsAreUnchanged() {
		double[][] raw = { { 1, 4, 2, 8 }, { 3, 3, 1, 0 } };
		double[][] rescaled = { { 10, 40, 20, 80 }, { 0.3, 0.3, 0.1, 0 } };

		assertThat(EntropyWeights.of(rescaled)).containsExactly(EntropyWeights.of(raw), within(1e-12));
	}

	@Test
	void negativeValue_isRefusedNamingColumnFirmAndValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> EntropyWeights.of(new double[][] { { 1, 2 }, { 1, -0.5 } }))
			.withMessageContaining("column 1")
			.withMessageContaining("firm 1")
			.withMessageContaining("-0.5");
	}

	@Test
	void infiniteValue_isRefusedNamingTheColumn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EntropyWeights.of(new double[][] { { 1, Double.POSITIVE_INFINITY } }))
			.withMessageContaining("column 0")
			.withMessageContaining("Infinity");
	}

	@Test
	void columnsOfDifferingLengths_areRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> EntropyWeights.of(new double[][] { { 1, 2, 3 }, { 1, 2 } }))
			.withMessageContaining("column 1 holds 2 firms but column 0 holds 3");
	}

	@Test
	void noFirms_isRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> EntropyWeights.of(new double[][] { {}, {} }))
			.withMessageContaining("no firms");
	}

	@Test
	void noColumns_isRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> EntropyWeights.of(new double[0][]))
			.withMessageContaining("no indicator columns");
	}

}
