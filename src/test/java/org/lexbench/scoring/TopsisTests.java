package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TopsisTests {

	static final double NA = Double.NaN;

	static final Aggregation VECTOR = new Aggregation.Topsis(true);

	static final Aggregation MIN_MAX = new Aggregation.Topsis(false);

	/*
	 * Published example: Tzeng, G.-H. and Huang, J.-J. (2011), Multiple Attribute Decision Making:
	 * Methods and Applications, CRC Press, TOPSIS with vector normalisation. Four alternatives, three
	 * benefit criteria weighted 0.3, 0.4, 0.3; published closeness C = 0.5037, 0.6581, 0.7482,
	 * 0.3340, to four decimals. (Transcribed from the book by scikit-criteria, in
	 * tests/agg/test_similarity.py, test_TOPSIS_tzeng2011multiple.)
	 */
	static final double[][] TZENG_HUANG = { { 5, 7, 8, 7 }, { 8, 6, 8, 4 }, { 4, 8, 6, 6 } };

	static final double[] TZENG_HUANG_WEIGHTS = { 0.3, 0.4, 0.3 };

	static final double[] TZENG_HUANG_C = { 0.5037, 0.6581, 0.7482, 0.3340 };

	static final double FOUR_DECIMALS = 0.00005;

	@Test
	void publishedExample_TzengHuang2011_vectorNormalisation_givesThePublishedCloseness() {
		Aggregated result = VECTOR.aggregate(TZENG_HUANG, TZENG_HUANG_WEIGHTS);

		double[] closeness = result.detail(Aggregation.Topsis.CLOSENESS);
		for (int f = 0; f < TZENG_HUANG_C.length; f++) {
			assertThat(closeness[f]).as("alternative %d", f + 1).isCloseTo(TZENG_HUANG_C[f], within(FOUR_DECIMALS));
			assertThat(result.score(f)).isEqualTo(100 * closeness[f]);
		}
	}

	@Test
	void defaultTopsis_normalisesByVector() {
		assertThat(new Aggregation.Topsis()).isEqualTo(VECTOR);
	}

	@Test
	void details_areTheDistancesAndTheCloseness_inThatOrder() {
		Aggregated result = VECTOR.aggregate(TZENG_HUANG, TZENG_HUANG_WEIGHTS);

		assertThat(result.details()).containsOnlyKeys("D+", "D-", "C");
		assertThat(result.details().keySet()).containsExactly("D+", "D-", "C");
		double plus = result.detail("D+")[1];
		double minus = result.detail("D-")[1];
		assertThat(result.detail("C")[1]).isCloseTo(minus / (plus + minus), within(1e-12));
	}

	/*
	 * Hand-worked, the data of Opricovic and Tzeng's (2004) example with its risk (lower is better)
	 * turned into safety = 6 − risk: safety 5, 4, 1 and altitude 3000, 3750, 4500, equal weights.
	 *
	 * Min-max: r = (1, 3/4, 0) and (0, 1/2, 1); v = r/2; A+ = (1/2, 1/2), A− = (0, 0).
	 *   firm 0: D+ = 1/2, D− = 1/2                       C = 1/2
	 *   firm 1: D+ = √(1/64 + 4/64) = √5/8, D− = √(9/64 + 4/64) = √13/8   C = √13 / (√5 + √13) ≈ 0.617
	 *   firm 2: D+ = 1/2, D− = 1/2                       C = 1/2
	 * Vector: √(25 + 16 + 1) = √42 and √(3000² + 3750² + 4500²) = 750·√77, so r = (5, 4, 1)/√42 and
	 * (4, 5, 6)/√77; v = r/2.
	 *   firm 0: D+ = 1/√77, D− = 2/√42                   C ≈ 0.730
	 *   firm 1: D+ = ½√(1/42 + 1/77), D− = ½√(9/42 + 1/77)   C ≈ 0.713
	 *   firm 2: D+ = 2/√42, D− = 1/√77                   C ≈ 0.270
	 * Vector normalisation ranks firm 0 first, min-max firm 1.
	 */
	static final double[][] SAFETY_AND_ALTITUDE = { { 5, 4, 1 }, { 3000, 3750, 4500 } };

	static final double[] EQUAL = { 1, 1 };

	@Test
	void minMaxNormalisation_handWorked() {
		Aggregated result = MIN_MAX.aggregate(SAFETY_AND_ALTITUDE, EQUAL);

		assertThat(result.detail("D+")).containsExactly(new double[] { 0.5, Math.sqrt(5) / 8, 0.5 }, within(1e-12));
		assertThat(result.detail("D-")).containsExactly(new double[] { 0.5, Math.sqrt(13) / 8, 0.5 }, within(1e-12));
		assertThat(result.scores()).containsExactly(
				new double[] { 50, 100 * Math.sqrt(13) / (Math.sqrt(5) + Math.sqrt(13)), 50 }, within(1e-9));
	}

	@Test
	void vectorNormalisation_handWorked() {
		double[] closeness = VECTOR.aggregate(SAFETY_AND_ALTITUDE, EQUAL).detail("C");

		double s42 = Math.sqrt(42);
		double s77 = Math.sqrt(77);
		double near = Math.sqrt(1.0 / 42 + 1.0 / 77) / 2;
		double far = Math.sqrt(9.0 / 42 + 1.0 / 77) / 2;
		assertThat(closeness).containsExactly(new double[] { (2 / s42) / (1 / s77 + 2 / s42), far / (near + far),
				(1 / s77) / (2 / s42 + 1 / s77) }, within(1e-12));
	}

	@Test
	void vectorAndMinMaxNormalisation_rankTheSameFirmsDifferently() {
		double[] vector = VECTOR.aggregate(SAFETY_AND_ALTITUDE, EQUAL).scores();
		double[] minMax = MIN_MAX.aggregate(SAFETY_AND_ALTITUDE, EQUAL).scores();

		assertThat(vector[0]).isGreaterThan(vector[1]);
		assertThat(minMax[1]).isGreaterThan(minMax[0]);
	}

	/*
	 * Hand-worked missing values, min-max, equal weights:
	 *   child 0: 0, 100, 80, NaN      min 0, max 100   r = 0, 1, 0.8     v = 0, 0.5, 0.4
	 *   child 1: 100, 50, NaN, NaN    min 50, max 100 (present values only)   r = 1, 0   v = 0.5, 0
	 *   A+ = (0.5, 0.5), A− = (0, 0)
	 *   firm 0: D+ = √(0.25 + 0) = 0.5, D− = √(0 + 0.25) = 0.5    C = 0.5
	 *   firm 1: D+ = 0.5, D− = 0.5                                C = 0.5
	 *   firm 2, child 0 only: D+ = 0.1, D− = 0.4                 C = 0.8
	 *   firm 3, no child: NaN
	 * (Counting firm 2's missing child 1 as 0 would have made child 1's minimum 0 and firm 1's r 0.5.)
	 */
	@Test
	void missingScores_areLeftOutOfTheColumnStatistics_andOfTheFirmsDistances() {
		double[][] children = { { 0, 100, 80, NA }, { 100, 50, NA, NA } };

		Aggregated result = MIN_MAX.aggregate(children, EQUAL);

		assertThat(result.detail("D+")).containsExactly(new double[] { 0.5, 0.5, 0.1, NA }, within(1e-12));
		assertThat(result.detail("D-")).containsExactly(new double[] { 0.5, 0.5, 0.4, NA }, within(1e-12));
		assertThat(result.detail("C")).containsExactly(new double[] { 0.5, 0.5, 0.8, NA }, within(1e-12));
		assertThat(result.scores()).containsExactly(new double[] { 50, 50, 80, NA }, within(1e-9));
	}

	/*
	 * A child on which every firm has the same score puts the ideal and the anti-ideal at the same
	 * point, so it adds nothing to any distance; its weight only scales all the others, which C
	 * does not see. All-zero under vector normalisation (r = 0) and a single value under min-max
	 * (r = 0) behave alike.
	 */
	@Test
	void aChildWhereAllFirmsAreEqual_leavesTheClosenessUnchanged() {
		double[][] withZeros = { TZENG_HUANG[0], TZENG_HUANG[1], TZENG_HUANG[2], { 0, 0, 0, 0 } };
		double[][] withSevens = { TZENG_HUANG[0], TZENG_HUANG[1], TZENG_HUANG[2], { 7, 7, 7, 7 } };
		double[] weights = { 0.3, 0.4, 0.3, 0.5 };

		for (Aggregation method : new Aggregation[] { VECTOR, MIN_MAX }) {
			double[] without = method.aggregate(TZENG_HUANG, TZENG_HUANG_WEIGHTS).scores();
			assertThat(method.aggregate(withZeros, weights).scores()).containsExactly(without, within(1e-9));
			assertThat(method.aggregate(withSevens, weights).scores()).containsExactly(without, within(1e-9));
		}
	}

	/* When all firms are equal each is at the ideal and the anti-ideal at once: D+ = D− = 0, C = 0.5. */
	@Test
	void firmsAtTheIdealAndTheAntiIdealAtOnce_getClosenessOneHalf() {
		double[][] children = { { 40, 40 }, { 60, 60 } };

		for (Aggregation method : new Aggregation[] { VECTOR, MIN_MAX }) {
			Aggregated result = method.aggregate(children, EQUAL);
			assertThat(result.detail("D+")).containsExactly(0, 0);
			assertThat(result.scores()).containsExactly(50, 50);
		}
	}

	/* Min-max normalisation does not see a shift, so scores below zero are as good as any. */
	@Test
	void minMaxNormalisation_acceptsScoresBelowZero_andIgnoresAShift() {
		double[][] shifted = { { -1, -2, -5 }, { -1500, -750, 0 } };

		assertThat(MIN_MAX.aggregate(shifted, EQUAL).scores())
			.containsExactly(MIN_MAX.aggregate(SAFETY_AND_ALTITUDE, EQUAL).scores(), within(1e-9));
	}

}
