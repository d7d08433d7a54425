package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lexbench.indicator.AhpJudgements;
import org.lexbench.indicator.PairwiseMatrix;

class AhpWeightsTests {

	static final List<String> HOUSE_CRITERIA = List.of("size", "transportation", "neighbourhood", "age", "yard",
			"modern_facilities", "general_condition", "financing");

	/**
	 * Saaty's house-buying example: Saaty, T. L. (1990). How to make a decision: the analytic
	 * hierarchy process. European Journal of Operational Research 48, 9–26. The family's comparison
	 * of eight criteria (size of house, transportation, neighbourhood, age of house, yard space,
	 * modern facilities, general condition, financing) has the published priority vector 0.173,
	 * 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333, λmax = 9.669, C.I. = 0.238 and C.R. = 0.169 with
	 * RI(8) = 1.41: above 0.10, so the judgements are flagged. The matrix is the paper's, as also found
	 * in public code that reproduces the example; published figures are to three decimals.
	 */
	@Test
	void saatyHouseExample_givesThePublishedPrioritiesAndIsFlaggedInconsistent() {
		double[][] house = {
				{ 1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4 },
				{ 1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7 },
				{ 1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5 },
				{ 1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8 },
				{ 1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6 },
				{ 1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6 },
				{ 3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2 },
				{ 4, 7, 5, 8, 6, 6, 2, 1 } };

		AhpWeights ahp = AhpWeights.of(new AhpJudgements(HOUSE_CRITERIA, List.of(new PairwiseMatrix("family", house))));

		assertThat(ahp.weights()).containsExactly(
				new double[] { 0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333 }, within(0.0005));
		assertThat(ahp.lambdaMax()).isCloseTo(9.669, within(0.0005));
		assertThat(ahp.consistencyIndex()).isCloseTo(0.238, within(0.0005));
		assertThat(ahp.randomIndex()).isEqualTo(1.41);
		assertThat(ahp.consistencyRatio()).isCloseTo(0.169, within(0.0005));
		assertThat(ahp.inconsistent()).isTrue();
		assertThat(ahp.experts()).singleElement().satisfies(e -> {
			assertThat(e.expert()).isEqualTo("family");
			assertThat(e.consistencyRatio()).isCloseTo(ahp.consistencyRatio(), within(1e-12));
			assertThat(e.inconsistent()).isTrue();
		});
	}

	/*
	 * Consistent by construction from w = (0.5, 0.3, 0.2): a_ij = w_i / w_j. The eigenvector is w
	 * itself, λmax = n = 3, CI = CR = 0.
	 */
	@Test
	void consistentThreeByThree_givesTheGeneratingWeightsExactly() {
		double[] w = { 0.5, 0.3, 0.2 };
		double[][] a = new double[3][3];
		for (int i = 0; i < 3; i++) {
			for (int j = 0; j < 3; j++) {
				a[i][j] = w[i] / w[j];
			}
		}

		AhpWeights ahp = AhpWeights.of(judgements(new PairwiseMatrix("only", a)));

		assertThat(ahp.weights()).containsExactly(w, within(1e-12));
		assertThat(ahp.lambdaMax()).isCloseTo(3, within(1e-12));
		assertThat(ahp.consistencyIndex()).isCloseTo(0, within(1e-12));
		assertThat(ahp.randomIndex()).isEqualTo(0.58);
		assertThat(ahp.consistencyRatio()).isCloseTo(0, within(1e-12));
		assertThat(ahp.inconsistent()).isFalse();
	}

	/*
	 * For a 3×3 reciprocal matrix with a12 = a, a13 = b, a23 = c, the principal eigenvector is the
	 * vector of row geometric means and λmax = 1 + δ^(1/3) + δ^(−1/3) with δ = ac / b.
	 *   Expert "A": a = 2, b = 4, c = 2 (consistent, from w ∝ (4, 2, 1)): δ = 1, λ = 3, CR = 0.
	 *   Expert "B": a = 2, b = 1, c = 4: δ = 8, λ = 1 + 2 + 1/2 = 3.5, CI = 0.25, CR = 0.25 / 0.58.
	 *   Geometric mean: a = 2, b = 2, c = 2√2: δ = 2√2, δ^(1/3) = √2, so λ = 1 + √2 + 1/√2 = 1 + 1.5√2;
	 *   row geometric means ∝ (2√2, 2, 1), so w = (2√2, 2, 1) / (3 + 2√2);
	 *   CI = (λ − 3) / 2 = 0.75√2 − 1 ≈ 0.0607, CR ≈ 0.1046: just over the limit.
	 */
	@Test
	void twoExperts_areCombinedByGeometricMeanAndEachKeepsTheirOwnConsistency() {
		double[][] a = { { 1, 2, 4 }, { 1.0 / 2, 1, 2 }, { 1.0 / 4, 1.0 / 2, 1 } };
		double[][] b = { { 1, 2, 1 }, { 1.0 / 2, 1, 4 }, { 1, 1.0 / 4, 1 } };
		double root2 = Math.sqrt(2);
		double combinedLambda = 1 + 1.5 * root2;

		AhpWeights ahp = AhpWeights.of(judgements(new PairwiseMatrix("A", a), new PairwiseMatrix("B", b)));

		assertThat(ahp.weights()).containsExactly(
				new double[] { 2 * root2 / (3 + 2 * root2), 2 / (3 + 2 * root2), 1 / (3 + 2 * root2) }, within(1e-12));
		assertThat(ahp.lambdaMax()).isCloseTo(combinedLambda, within(1e-12));
		assertThat(ahp.consistencyIndex()).isCloseTo((combinedLambda - 3) / 2, within(1e-12));
		assertThat(ahp.consistencyRatio()).isCloseTo((combinedLambda - 3) / 2 / 0.58, within(1e-12));
		assertThat(ahp.inconsistent()).isTrue();
		assertThat(ahp.experts()).extracting(ExpertConsistency::expert).containsExactly("A", "B");
		ExpertConsistency first = ahp.experts().get(0);
		ExpertConsistency second = ahp.experts().get(1);
		assertThat(first.lambdaMax()).isCloseTo(3, within(1e-12));
		assertThat(first.consistencyRatio()).isCloseTo(0, within(1e-12));
		assertThat(first.inconsistent()).isFalse();
		assertThat(second.lambdaMax()).isCloseTo(3.5, within(1e-12));
		assertThat(second.consistencyIndex()).isCloseTo(0.25, within(1e-12));
		assertThat(second.consistencyRatio()).isCloseTo(0.25 / 0.58, within(1e-12));
		assertThat(second.inconsistent()).isTrue();
	}

	/* a12 = 3: w = (3/4, 1/4); a reciprocal 2×2 matrix is always consistent, RI(2) = 0 and CR = 0. */
	@Test
	void twoByTwo_givesTheRatioAsWeightsAndIsConsistentByConstruction() {
		AhpWeights ahp = AhpWeights.of(judgements(new PairwiseMatrix("only", new double[][] { { 1, 3 }, { 1.0 / 3, 1 } })));

		assertThat(ahp.weights()).containsExactly(new double[] { 0.75, 0.25 }, within(1e-12));
		assertThat(ahp.lambdaMax()).isCloseTo(2, within(1e-12));
		assertThat(ahp.consistencyIndex()).isZero();
		assertThat(ahp.randomIndex()).isZero();
		assertThat(ahp.consistencyRatio()).isZero();
		assertThat(ahp.inconsistent()).isFalse();
	}

	@Test
	void singleChild_getsAllTheWeight() {
		AhpWeights ahp = AhpWeights.of(judgements(new PairwiseMatrix("only", new double[][] { { 1 } })));

		assertThat(ahp.weights()).containsExactly(1.0);
		assertThat(ahp.lambdaMax()).isEqualTo(1);
		assertThat(ahp.consistencyRatio()).isZero();
	}

	@Test
	void sixteenChildren_areRefusedBeyondTheRandomIndexTable() {
		double[][] ones = new double[16][16];
		for (double[] row : ones) {
			Arrays.fill(row, 1);
		}

		assertThatIllegalArgumentException().isThrownBy(() -> AhpWeights.of(judgements(new PairwiseMatrix("only", ones))))
			.withMessageContaining("16 children")
			.withMessageContaining("1 to 15");
	}

	@Test
	void weightsAccessor_returnsACopy() {
		AhpWeights ahp = AhpWeights.of(judgements(new PairwiseMatrix("only", new double[][] { { 1, 3 }, { 1.0 / 3, 1 } })));

		ahp.weights()[0] = 99;

		assertThat(ahp.weights()[0]).isCloseTo(0.75, within(1e-12));
	}

	private static AhpJudgements judgements(PairwiseMatrix... experts) {
		List<String> order = IntStream.range(0, experts[0].size()).mapToObj(i -> "c" + i).toList();
		return new AhpJudgements(order, List.of(experts));
	}

}
