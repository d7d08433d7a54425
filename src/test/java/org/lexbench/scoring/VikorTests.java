package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VikorTests {

	static final double NA = Double.NaN;

	static final Aggregation VIKOR = new Aggregation.Vikor();

	static final double THREE_DECIMALS = 0.0005;

	/*
	 * Published example: Opricovic, S. and Tzeng, G.-H. (2007), "Extended VIKOR method in comparison
	 * with outranking methods", European Journal of Operational Research 178(2), 514–529: six
	 * alternatives of a reservoir system on eight criteria, ranked under four sets of weights, with
	 * S, R and Q published to three decimals, v = 0.5. (Transcribed from the paper by
	 * scikit-criteria, in tests/agg/test_vikor.py, test_VIKOR_opricovic2007extended.)
	 *
	 * Criteria, by child: profit (max), cost (min), energy (max), peak energy (max), homes relocated
	 * (min), reservoir area (min), villages displaced (min), environmental protection grade (max).
	 * lexbench takes higher-is-better scores, so the four "min" criteria enter negated: f* − f and
	 * f* − f− then both change sign, and VIKOR's terms are those of the original.
	 */
	static final double[][] RESERVOIRS = {
			{ 4184.3, 5211.9, 5021.3, 5566.1, 5060.5, 4317.9 },
			{ -2914.0, -3630.0, -3920.5, -3957.9, -3293.5, -2925.9 },
			{ 407.2, 501.7, 504.0, 559.5, 514.1, 432.8 },
			{ 251.0, 308.3, 278.6, 335.3, 284.2, 239.3 },
			{ -195, -282, -12, -167, -69, -12 },
			{ -244, -346, -56, -268, -90, -55 },
			{ -15, -21, -3, -16, -7, -3 },
			{ 2.41, 1.41, 4.42, 3.36, 4.04, 4.36 } };

	static Stream<Arguments> reservoirWeightings() {
		return Stream.of(
				Arguments.of(new double[] { 1, 1, 1, 1, 1, 1, 1, 1 },
						new double[] { 0.692, 0.7, 0.29, 0.423, 0.28, 0.346 },
						new double[] { 0.125, 0.125, 0.121, 0.125, 0.067, 0.125 },
						new double[] { 0.991, 1.0, 0.473, 0.670, 0.0, 0.578 }),
				Arguments.of(new double[] { 2, 2, 2, 2, 1, 1, 1, 1 },
						new double[] { 0.701, 0.6, 0.386, 0.365, 0.317, 0.459 },
						new double[] { 0.167, 0.114, 0.161, 0.167, 0.089, 0.167 },
						new double[] { 1.0, 0.533, 0.552, 0.563, 0.0, 0.686 }),
				Arguments.of(new double[] { 1, 1, 1, 1, 2, 2, 2, 2 },
						new double[] { 0.683, 0.8, 0.193, 0.48, 0.243, 0.232 },
						new double[] { 0.113, 0.167, 0.08, 0.122, 0.044, 0.083 },
						new double[] { 0.684, 1.0, 0.147, 0.554, 0.041, 0.191 }),
				Arguments.of(new double[] { 1, 1, 1, 1, 3.2, 3.2, 3.2, 3.2 },
						new double[] { 0.678, 0.857, 0.138, 0.513, 0.222, 0.167 },
						new double[] { 0.129, 0.190, 0.057, 0.139, 0.042, 0.060 },
						new double[] { 0.668, 1.0, 0.051, 0.588, 0.058, 0.078 }));
	}

	@ParameterizedTest
	@MethodSource("reservoirWeightings")
	void publishedExample_OpricovicTzeng2007_givesThePublishedSRAndQ(double[] weights, double[] s, double[] r,
			double[] q) {
		Aggregated result = VIKOR.aggregate(RESERVOIRS, weights);

		assertThat(result.detail("S")).containsExactly(s, within(THREE_DECIMALS));
		assertThat(result.detail("R")).containsExactly(r, within(THREE_DECIMALS));
		assertThat(result.detail("Q")).containsExactly(q, within(THREE_DECIMALS));
		double[] index = result.detail("Q");
		for (int f = 0; f < index.length; f++) {
			assertThat(result.score(f)).isCloseTo(100 * (1 - index[f]), within(1e-12));
		}
	}

	/*
	 * Published example: Opricovic and Tzeng (2004), "Compromise solution by MCDM methods: a
	 * comparative analysis of VIKOR and TOPSIS", European Journal of Operational Research 156(2),
	 * 445–455: three alternatives, risk 1, 2, 5 (min) and altitude 3000, 3750, 4500 (max), equal
	 * weights; S = 0.5, 0.375, 0.5, R = 0.5, 0.25, 0.5, Q = 1, 0, 1. (Transcribed by scikit-criteria,
	 * test_VIKOR_opricovic2004compromise.) Risk enters negated.
	 */
	@Test
	void publishedExample_OpricovicTzeng2004_givesThePublishedSRAndQ() {
		double[][] children = { { -1, -2, -5 }, { 3000, 3750, 4500 } };

		Aggregated result = VIKOR.aggregate(children, new double[] { 1, 1 });

		assertThat(result.detail("S")).containsExactly(new double[] { 0.5, 0.375, 0.5 }, within(THREE_DECIMALS));
		assertThat(result.detail("R")).containsExactly(new double[] { 0.5, 0.25, 0.5 }, within(THREE_DECIMALS));
		assertThat(result.detail("Q")).containsExactly(new double[] { 1, 0, 1 }, within(THREE_DECIMALS));
		assertThat(result.scores()).containsExactly(new double[] { 0, 100, 0 }, within(1e-9));
	}

	@Test
	void details_areSRAndQ_inThatOrder() {
		assertThat(VIKOR.aggregate(RESERVOIRS, new double[] { 1, 1, 1, 1, 1, 1, 1, 1 }).details().keySet())
			.containsExactly("S", "R", "Q");
	}

	/*
	 * Hand-worked v, two children weighted 1/2 each:
	 *   child 0: 100, 0, 40   regrets (f* − x)/(f* − f−) = 0, 1, 0.6
	 *   child 1: 0, 100, 40   regrets 1, 0, 0.6
	 *   S = 0.5, 0.5, 0.6;  R = 0.5, 0.5, 0.3;  S* = 0.5, S− = 0.6, R* = 0.3, R− = 0.5
	 *   Q = v·(0, 0, 1) + (1 − v)·(1, 1, 0)
	 * v = 1 (group utility alone): Q = 0, 0, 1; v = 0 (regret alone): Q = 1, 1, 0; v = 0.25: Q = 0.75, 0.75, 0.25.
	 */
	@Test
	void v_weighsGroupUtilityAgainstIndividualRegret() {
		double[][] children = { { 100, 0, 40 }, { 0, 100, 40 } };
		double[] equal = { 1, 1 };

		assertThat(new Aggregation.Vikor(1).aggregate(children, equal).scores()).containsExactly(
				new double[] { 100, 100, 0 }, within(1e-9));
		assertThat(new Aggregation.Vikor(0).aggregate(children, equal).scores()).containsExactly(
				new double[] { 0, 0, 100 }, within(1e-9));
		assertThat(new Aggregation.Vikor(0.25).aggregate(children, equal).scores()).containsExactly(
				new double[] { 25, 25, 75 }, within(1e-9));
	}

	@Test
	void v_defaultsToOneHalf_andOutside0To1IsRefused() {
		assertThat(new Aggregation.Vikor().v()).isEqualTo(0.5);
		for (double bad : new double[] { -0.1, 1.1, NA }) {
			assertThatThrownBy(() -> new Aggregation.Vikor(bad)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining(String.valueOf(bad));
		}
	}

	/*
	 * Hand-worked zero denominators, equal weights:
	 *   child 0: 100, 50, 0   regrets 0, 0.5, 1
	 *   child 1: 0, 50, 100   regrets 1, 0.5, 0
	 *   S = 0.5, 0.5, 0.5: S− = S*, so the S part is 0
	 *   R = 0.5, 0.25, 0.5: Q = 0.5·(R − 0.25)/0.25 = 0.5, 0, 0.5, scores 50, 100, 50
	 * Firms all equal on every child: f* = f− on each, every term 0, S and R parts 0, Q = 0.
	 */
	@Test
	void aZeroDenominator_makesItsPartZero() {
		double[] equal = { 1, 1 };

		Aggregated result = VIKOR.aggregate(new double[][] { { 100, 50, 0 }, { 0, 50, 100 } }, equal);
		assertThat(result.detail("S")).containsExactly(new double[] { 0.5, 0.5, 0.5 }, within(1e-12));
		assertThat(result.scores()).containsExactly(new double[] { 50, 100, 50 }, within(1e-9));

		Aggregated allEqual = VIKOR.aggregate(new double[][] { { 7, 7 }, { 3, 3 } }, equal);
		assertThat(allEqual.detail("S")).containsExactly(0, 0);
		assertThat(allEqual.detail("Q")).containsExactly(0, 0);
		assertThat(allEqual.scores()).containsExactly(100, 100);
	}

	/*
	 * Hand-worked missing values, equal weights: firm M has no child 1, firm N has nothing.
	 *   child 0: A 100, B 0, M 0, N NaN      regrets A 0, B 1, M 1
	 *   child 1: A 100, B 0, M NaN, N NaN    regrets A 0, B 1
	 * M is judged on its one present child, whose weight re-normalises to 1: S = R = 1 (B, worst on
	 * both at weight 1/2 each: S = 1, R = 0.5). Not re-normalised, M would have S = 0.5, better than
	 * B's, merely for the blank. N gets NaN and is left out of S*, S−, R*, R−:
	 *   S* = 0, S− = 1, R* = 0, R− = 1;  Q = A 0, B 0.5 + 0.25 = 0.75, M 1;  scores 100, 25, 0.
	 */
	@Test
	void missingChildren_areSkipped_andTheFirmsPresentWeightsReNormalised() {
		double[][] children = { { 100, 0, 0, NA }, { 100, 0, NA, NA } };

		Aggregated result = VIKOR.aggregate(children, new double[] { 1, 1 });

		assertThat(result.detail("S")).containsExactly(new double[] { 0, 1, 1, NA }, within(1e-12));
		assertThat(result.detail("R")).containsExactly(new double[] { 0, 0.5, 1, NA }, within(1e-12));
		assertThat(result.detail("Q")).containsExactly(new double[] { 0, 0.75, 1, NA }, within(1e-12));
		assertThat(result.scores()).containsExactly(new double[] { 100, 25, 0, NA }, within(1e-9));
	}

	/*
	 * A child's best and worst value come from its present values: child 0 (80, NaN, 60) has f* = 80,
	 * f− = 60, regrets 0, -, 1; child 1 (10, 20, 30) regrets 1, 0.5, 0. Weighted 1/2 each (firm 1's
	 * single child re-normalised to 1), every firm has S = R = 0.5. Had the blank counted as 0,
	 * f− would be 0 and firm 2's regret on child 0 only 0.25.
	 */
	@Test
	void aChildsBestAndWorst_comeFromItsPresentValuesOnly() {
		double[][] children = { { 80, NA, 60 }, { 10, 20, 30 } };

		Aggregated result = VIKOR.aggregate(children, new double[] { 1, 1 });

		assertThat(result.detail("S")).containsExactly(new double[] { 0.5, 0.5, 0.5 }, within(1e-12));
		assertThat(result.detail("R")).containsExactly(new double[] { 0.5, 0.5, 0.5 }, within(1e-12));
	}

}
