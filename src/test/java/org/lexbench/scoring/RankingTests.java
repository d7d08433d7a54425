package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;

/**
 * Ranking of composite scores. The three tie rules are the standard competition ("1224"), dense
 * ("1223") and fractional ("1 2.5 2.5 4") rankings named in Wikipedia's "Ranking" article; COINr's
 * {@code get_results()} (R/results.R) ranks with {@code rank(-x, na.last = "keep", ties.method = "min")},
 * which is competition ranking with missing scores left unranked.
 */
class RankingTests {

	static final double NA = Double.NaN;

	static final double[] ONE_TIE = { 9, 7, 7, 3 };

	@Test
	void competition_tiesShareTheBestPositionAndLeaveAGap() {
		assertThat(Ranking.ranks(ONE_TIE, TieRule.COMPETITION)).containsExactly(1, 2, 2, 4);
	}

	@Test
	void dense_tiesShareARankAndLeaveNoGap() {
		assertThat(Ranking.ranks(ONE_TIE, TieRule.DENSE)).containsExactly(1, 2, 2, 3);
	}

	@Test
	void fractional_tiesShareTheMeanOfTheirPositions() {
		assertThat(Ranking.ranks(ONE_TIE, TieRule.FRACTIONAL)).containsExactly(1, 2.5, 2.5, 4);
	}

	@Test
	void missingScore_isUnrankedAndTheOthersRankAmongThemselves() {
		assertThat(Ranking.ranks(new double[] { 3, NA, 9, 7, 7 }, TieRule.COMPETITION))
			.containsExactly(4, NA, 1, 2, 2);
	}

	@Test
	void tieBreak_ordersEqualScoresHigherFirstWithMissingLast() {
		double[] scores = { 5, 5, 5, 1 };
		double[] tieBreak = { 1, 3, NA, 0 };

		assertThat(Ranking.ranks(scores, TieRule.COMPETITION, tieBreak)).containsExactly(2, 1, 3, 4);
	}

	@Test
	void rowsEqualAfterTheTieBreak_stillShareARank() {
		assertThat(Ranking.ranks(new double[] { 5, 5, 5, 2 }, TieRule.COMPETITION, new double[] { 2, 2, 1, 9 }))
			.containsExactly(1, 1, 3, 4);
		assertThat(Ranking.ranks(new double[] { 5, 5, 5 }, TieRule.DENSE, new double[] { NA, 4, NA }))
			.containsExactly(2, 1, 2);
	}

	@Test
	void scoresDifferingInTheLastBit_areNotTied() {
		double a = 0.1 + 0.2;
		double b = 0.3;

		assertThat(Ranking.ranks(new double[] { b, a }, TieRule.COMPETITION)).containsExactly(2, 1);
	}

	@Test
	void zeroAndNegativeZero_tie() {
		assertThat(Ranking.ranks(new double[] { -0.0, 0.0, -1 }, TieRule.COMPETITION)).containsExactly(1, 1, 3);
	}

	@Test
	void noScores_giveNoRanks() {
		assertThat(Ranking.ranks(new double[0], TieRule.DENSE)).isEmpty();
		assertThat(Ranking.ranks(new double[] { NA, NA }, TieRule.DENSE)).containsExactly(NA, NA);
	}

	@Test
	void tieBreakOfAnotherLength_isRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Ranking.ranks(ONE_TIE, TieRule.COMPETITION, new double[] { 1, 2 }))
			.withMessageContaining("2 values for 4 scores");
	}

	@Test
	void fiftyThousandFirms_competitionRankIsOnePlusTheNumberOfHigherScores() {
		RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(20240601L);
		double[] scores = new double[50_000];
		for (int i = 0; i < scores.length; i++) {
			// whole points out of 1,000 so that many firms tie
			scores[i] = random.nextInt(1000);
		}
		double[] sorted = scores.clone();
		Arrays.sort(sorted);

		double[] ranks = Ranking.ranks(scores, TieRule.COMPETITION);

		for (int i = 0; i < scores.length; i++) {
			int notHigher = upperBound(sorted, scores[i]);
			assertThat(ranks[i]).isEqualTo(1 + scores.length - notHigher);
		}
		assertThat(Ranking.ranks(scores, TieRule.COMPETITION)).containsExactly(ranks);
	}

	@Test
	void fiftyThousandFirmsWithATieBreak_takeEveryPositionOnceWhenNoRowsAreEqualInBoth() {
		RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(7L);
		double[] scores = random.doubles(50_000, 0, 100).map(s -> Math.floor(s * 10) / 10).toArray();
		double[] tieBreak = random.doubles(50_000).toArray();

		double[] ranks = Ranking.ranks(scores, TieRule.FRACTIONAL, tieBreak);

		assertThat(Arrays.stream(ranks).sorted().toArray()).containsExactly(
				java.util.stream.IntStream.rangeClosed(1, 50_000).asDoubleStream().toArray());
	}

	@Test
	void withoutATieBreak_everyRuleGivesWhatTheGeneralSortGivesWithANeutralTieBreak() {
		// the no-tie-break path sorts the values and binary-searches them; a tie-break equal for
		// every firm changes no order, so the general (index merge sort) path is the oracle
		RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(11L);
		double[] scores = new double[20_000];
		for (int i = 0; i < scores.length; i++) {
			int kind = random.nextInt(20);
			scores[i] = (kind == 0) ? Double.NaN : (kind == 1) ? -0.0 : (kind == 2) ? 0.0 : random.nextInt(500) - 250;
		}
		double[] neutral = new double[scores.length];
		for (TieRule rule : TieRule.values()) {
			assertThat(Ranking.ranks(scores, rule)).as(rule.name()).containsExactly(Ranking.ranks(scores, rule, neutral));
		}
	}

	/** The number of values ≤ v in an ascending array. */
	private static int upperBound(double[] ascending, double v) {
		int low = 0;
		int high = ascending.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (ascending[mid] <= v) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
