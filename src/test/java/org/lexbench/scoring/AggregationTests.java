package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AggregationTests {

	static final double NA = Double.NaN;

	static final Aggregation ARITHMETIC = new Aggregation.Arithmetic();

	static final Aggregation GEOMETRIC = new Aggregation.Geometric();

	static final Aggregation HARMONIC = new Aggregation.Harmonic();

	static Stream<Aggregation> everyMethod() {
		return Stream.of(ARITHMETIC, GEOMETRIC, HARMONIC, new Aggregation.Topsis(true), new Aggregation.Topsis(false),
				new Aggregation.Vikor());
	}

	/*
	 * Hand-worked means. Weights 1, 2, 1 normalise to 1/4, 1/2, 1/4; the values are powers of two so
	 * that the geometric mean comes out whole.
	 *   complete firm (16, 4, 1):
	 *     arithmetic 16/4 + 4/2 + 1/4                        = 6.25
	 *     geometric  16^(1/4) · 4^(1/2) · 1^(1/4) = 2 · 2 · 1 = 4
	 *     harmonic   1 / (1/(4·16) + 1/(2·4) + 1/(4·1))      = 1 / (25/64) = 2.56
	 *   firm missing the middle child (16, NaN, 1): the present weights 1/4, 1/4 become 1/2, 1/2
	 *     arithmetic (16 + 1)/2 = 8.5;  geometric √(16·1) = 4;  harmonic 1 / (1/32 + 1/2) = 32/17
	 *   firm missing every child: NaN
	 */
	static final double[] WEIGHTS = { 1, 2, 1 };

	static final double[][] CHILDREN = { { 16, 16, NA }, { 4, NA, NA }, { 1, 1, NA } };

	@Test
	void arithmeticMean_weighsPresentChildren_andReNormalisesOverThemPerFirm() {
		double[] scores = ARITHMETIC.aggregate(CHILDREN, WEIGHTS).scores();

		assertThat(scores[0]).isCloseTo(6.25, within(1e-9));
		assertThat(scores[1]).isCloseTo(8.5, within(1e-9));
		assertThat(scores[2]).isNaN();
	}

	@Test
	void geometricMean_weighsPresentChildren_andReNormalisesOverThemPerFirm() {
		double[] scores = GEOMETRIC.aggregate(CHILDREN, WEIGHTS).scores();

		assertThat(scores[0]).isCloseTo(4, within(1e-9));
		assertThat(scores[1]).isCloseTo(4, within(1e-9));
		assertThat(scores[2]).isNaN();
	}

	@Test
	void harmonicMean_weighsPresentChildren_andReNormalisesOverThemPerFirm() {
		double[] scores = HARMONIC.aggregate(CHILDREN, WEIGHTS).scores();

		assertThat(scores[0]).isCloseTo(2.56, within(1e-9));
		assertThat(scores[1]).isCloseTo(32.0 / 17, within(1e-9));
		assertThat(scores[2]).isNaN();
	}

	@Test
	void means_giveNoDetails() {
		assertThat(ARITHMETIC.aggregate(CHILDREN, WEIGHTS).details()).isEmpty();
		assertThat(GEOMETRIC.aggregate(CHILDREN, WEIGHTS).details()).isEmpty();
		assertThat(HARMONIC.aggregate(CHILDREN, WEIGHTS).details()).isEmpty();
	}

	/*
	 * A fourth child of weight 0 holding a negative score, an infinite one and a missing one: it is
	 * ignored entirely, so the results are those above bit for bit, and the geometric and harmonic
	 * means do not object to its scores.
	 */
	@ParameterizedTest
	@MethodSource("everyMethod")
	void childOfWeightZero_isIgnoredEntirely(Aggregation method) {
		double[][] withIgnored = { CHILDREN[0], CHILDREN[1], CHILDREN[2], { -5, Double.POSITIVE_INFINITY, NA } };

		Aggregated result = method.aggregate(withIgnored, new double[] { 1, 2, 1, 0 });

		assertThat(result).isEqualTo(method.aggregate(CHILDREN, WEIGHTS));
	}

	/* A firm whose only present child has weight 0 has no present child. */
	@ParameterizedTest
	@MethodSource("everyMethod")
	void firmWhoseOnlyPresentChildHasWeightZero_getsNaN(Aggregation method) {
		double[][] children = { { 20, 30, NA }, { 40, 50, 60 } };

		double[] scores = method.aggregate(children, new double[] { 1, 0 }).scores();

		assertThat(scores[0]).isNotNaN();
		assertThat(scores[2]).isNaN();
	}

	/*
	 * exp(Σ w·ln x) against the direct product Π x^w (Math.pow) for 200 firms of 100 children with
	 * random scores in [1, 100], random weights and 10% missing: relative difference at most 1e-12.
	 */
	@Test
	void geometricMean_computedThroughLogarithms_agreesWithTheDirectProduct() {
		Random random = new Random(20_240_601);
		int children = 100;
		int firms = 200;
		double[][] values = new double[children][firms];
		double[] weights = new double[children];
		for (int c = 0; c < children; c++) {
			weights[c] = random.nextDouble() * 3;
			for (int f = 0; f < firms; f++) {
				values[c][f] = random.nextDouble() < 0.1 ? NA : 1 + 99 * random.nextDouble();
			}
		}

		double[] scores = GEOMETRIC.aggregate(values, weights).scores();

		for (int f = 0; f < firms; f++) {
			double present = 0;
			for (int c = 0; c < children; c++) {
				present += Double.isNaN(values[c][f]) ? 0 : weights[c];
			}
			double product = 1;
			for (int c = 0; c < children; c++) {
				product *= Double.isNaN(values[c][f]) ? 1 : Math.pow(values[c][f], weights[c] / present);
			}
			assertThat(scores[f]).as("firm %d", f).isCloseTo(product, withinPercentage(1e-10));
		}
	}

	/*
	 * Children are added in their order: the arithmetic mean equals, bit for bit, a plain loop over
	 * each firm's children in order with the same normalised weights.
	 */
	@Test
	void arithmeticMean_addsEachFirmsTermsInChildOrder() {
		Random random = new Random(7);
		double[][] values = new double[30][50];
		double[] weights = new double[30];
		double total = 0;
		for (int c = 0; c < 30; c++) {
			weights[c] = 1 + random.nextInt(5);
			total += weights[c];
			for (int f = 0; f < 50; f++) {
				values[c][f] = random.nextDouble() < 0.2 ? NA : 100 * random.nextDouble();
			}
		}

		double[] scores = ARITHMETIC.aggregate(values, weights).scores();

		for (int f = 0; f < 50; f++) {
			double sum = 0;
			double present = 0;
			for (int c = 0; c < 30; c++) {
				if (!Double.isNaN(values[c][f])) {
					sum += weights[c] / total * values[c][f];
					present += weights[c] / total;
				}
			}
			assertThat(scores[f]).isEqualTo(sum / present);
		}
	}

	@Test
	void arithmeticMean_acceptsScoresOfAnySign() {
		double[] scores = ARITHMETIC.aggregate(new double[][] { { -1, 0 }, { 3, 0 } }, new double[] { 1, 1 }).scores();

		assertThat(scores).containsExactly(1, 0);
	}

	/*
	 * Two offending scores: child 1 has 0 for firm 2, child 2 has -3 for firm 0. The columns are
	 * read child by child, but the one reported is the first in firm order: firm 0, child 2.
	 */
	@Test
	void geometricMean_reportsTheFirstScoreNotAboveZero_inFirmOrderThenChildOrder() {
		double[][] children = { { 10, 10, 10 }, { 10, 10, 0 }, { -3, 10, 10 } };

		assertThatThrownBy(() -> GEOMETRIC.aggregate(children, new double[] { 1, 1, 1 }))
			.isInstanceOfSatisfying(NonPositiveValueException.class, e -> {
				assertThat(e.firm()).isZero();
				assertThat(e.child()).isEqualTo(2);
				assertThat(e.value()).isEqualTo(-3);
			})
			.hasMessageContaining("geometric")
			.hasMessageContaining("1–100");
	}

	/* Firm 1 has 0 on child 0 and -2 on child 2: within a firm, the first child is reported. */
	@Test
	void harmonicMean_reportsTheFirstScoreNotAboveZero_inFirmOrderThenChildOrder() {
		double[][] children = { { 10, 0 }, { 10, 10 }, { 10, -2 } };

		assertThatThrownBy(() -> HARMONIC.aggregate(children, new double[] { 1, 1, 1 }))
			.isInstanceOfSatisfying(NonPositiveValueException.class, e -> {
				assertThat(e.firm()).isEqualTo(1);
				assertThat(e.child()).isZero();
				assertThat(e.value()).isZero();
			})
			.hasMessageContaining("harmonic");
	}

	@ParameterizedTest
	@MethodSource("everyMethod")
	void childrenOfUnequalLength_areRefused(Aggregation method) {
		assertThatThrownBy(() -> method.aggregate(new double[][] { { 1, 2 }, { 1, 2, 3 } }, new double[] { 1, 1 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("child 1 has 3 firms but child 0 has 2");
	}

	@ParameterizedTest
	@MethodSource("everyMethod")
	void aWeightCountOtherThanTheChildCount_isRefused(Aggregation method) {
		assertThatThrownBy(() -> method.aggregate(new double[][] { { 1 }, { 2 } }, new double[] { 1, 1, 1 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2 children but 3 weights");
	}

	@ParameterizedTest
	@MethodSource("everyMethod")
	void negativeNaNOrInfiniteWeights_areRefusedWithTheWeight(Aggregation method) {
		double[][] children = { { 1 }, { 2 } };
		for (double bad : new double[] { -0.5, NA, Double.POSITIVE_INFINITY }) {
			assertThatThrownBy(() -> method.aggregate(children, new double[] { 1, bad }))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("weight of child 1")
				.hasMessageContaining(String.valueOf(bad));
		}
	}

	@ParameterizedTest
	@MethodSource("everyMethod")
	void weightsSummingToZero_areRefused(Aggregation method) {
		assertThatThrownBy(() -> method.aggregate(new double[][] { { 1 }, { 2 } }, new double[] { 0, 0 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("sum to 0");
	}

	@ParameterizedTest
	@MethodSource("everyMethod")
	void noChildrenOrNullArrays_areRefused(Aggregation method) {
		assertThatThrownBy(() -> method.aggregate(new double[0][], new double[0]))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no children");
		assertThatThrownBy(() -> method.aggregate(null, new double[0])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> method.aggregate(new double[][] { { 1 } }, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> method.aggregate(new double[][] { { 1 }, null }, new double[] { 1, 1 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("child 1 is null");
	}

	@ParameterizedTest
	@MethodSource("everyMethod")
	void anInfiniteScore_isRefusedNamingChildAndFirm(Aggregation method) {
		double[][] children = { { 10, 20, 30 }, { 10, Double.NEGATIVE_INFINITY, 30 } };

		assertThatThrownBy(() -> method.aggregate(children, new double[] { 1, 1 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("child 1 has -Infinity for firm 1");
	}

	@ParameterizedTest
	@MethodSource("everyMethod")
	void noFirms_giveNoScores(Aggregation method) {
		Aggregated result = method.aggregate(new double[][] { {}, {} }, new double[] { 1, 1 });

		assertThat(result.scores()).isEmpty();
		assertThat(result.details().values()).allSatisfy(values -> assertThat(values).isEmpty());
	}

	@ParameterizedTest
	@MethodSource("everyMethod")
	void aggregating_leavesTheInputAlone_andItsResultCannotBeChangedAfterwards(Aggregation method) {
		double[][] children = { { 10, 20, NA }, { 30, 5, 40 } };
		double[] weights = { 2, 1 };
		double[][] copy = { children[0].clone(), children[1].clone() };

		Aggregated result = method.aggregate(children, weights);
		Aggregated same = method.aggregate(copy, weights);
		assertThat(children[0]).containsExactly(copy[0]);
		assertThat(children[1]).containsExactly(copy[1]);
		assertThat(weights).containsExactly(2, 1);

		children[0][0] = 99;
		result.scores()[0] = -1;
		result.details().values().forEach(values -> values[0] = -1);
		assertThat(result).isEqualTo(same);
	}

}
