package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Normalisation against hand-worked numbers and the formulas of COINr's R/normalise.R:
 * {@code n_minmax} (x − min)/(max − min)·(u − l) + l; {@code n_zscore} (x − mean)/sd·s + m;
 * {@code n_goalposts} (x − l)/(u − l) truncated to [0, 1], times a; {@code n_dist2targ}
 * 1 − (targ − x)/(targ − min), capped at 1; {@code n_rank} {@code rank(x, ties.method = "min")};
 * {@code n_prank} (rank − 1)/(n − 1). {@code Normalise.numeric()} multiplies x by the direction (−1
 * for lower is better) first. Min-max, z-score, distance to a reference, ranking and categorical scales
 * are among the normalisations of step 5 of the OECD/JRC Handbook on Constructing Composite Indicators
 * (2008).
 */
class NormalisationTests {

	static final double NA = Double.NaN;

	/** min 2, max 10, mean 5.5; deviations −3.5, −1.5, 0.5, 4.5, Σd² = 35, sample sd √(35/3). */
	static final double[] COLUMN = { 2, 4, 6, 10, NA };

	static final double SD = Math.sqrt(35.0 / 3);

	/** Ascending "min" ranks 2, 1, 4, 2 (2 → 1; the tied 4s → 2; 9 → 4). */
	static final double[] TIED = { 4, 2, 9, 4, NA };

	static final double[] CONSTANT = { 7, 7, NA, 7 };

	static final double THIRD = 100.0 / 3;

	@Test
	void minMax_mapsTheRangeOntoLowToHigh() {
		assertThat(new Normalisation.MinMax(0, 100).apply(COLUMN, true)).containsExactly(0, 25, 50, 100, NA);
		assertThat(new Normalisation.MinMax(1, 5).apply(COLUMN, true)).containsExactly(1, 2, 3, 5, NA);
	}

	@Test
	void minMaxLowerIsBetter_runsFromMaxToMin() {
		// (max − x)/(max − min)·100 = (10 − x)/8·100
		assertThat(new Normalisation.MinMax(0, 100).apply(COLUMN, false)).containsExactly(100, 75, 50, 0, NA);
	}

	@Test
	void zScore_usesTheSampleStandardDeviationAndTheTargetMeanAndSd() {
		assertThat(new Normalisation.ZScore(0, 1).apply(COLUMN, true))
			.containsExactly(new double[] { -3.5 / SD, -1.5 / SD, 0.5 / SD, 4.5 / SD, NA }, within(1e-12));
		assertThat(new Normalisation.ZScore(50, 10).apply(COLUMN, true)).containsExactly(
				new double[] { 50 - 35 / SD, 50 - 15 / SD, 50 + 5 / SD, 50 + 45 / SD, NA }, within(1e-12));
	}

	@Test
	void zScoreLowerIsBetter_negatesZ() {
		assertThat(new Normalisation.ZScore(50, 10).apply(COLUMN, false)).containsExactly(
				new double[] { 50 + 35 / SD, 50 + 15 / SD, 50 - 5 / SD, 50 - 45 / SD, NA }, within(1e-12));
	}

	@Test
	void goalposts_scaleBetweenFixedBoundsAndClip() {
		// (x − 3)/(8 − 3): 2 → −0.2 → 0, 4 → 0.2, 6 → 0.6, 10 → 1.4 → 1
		assertThat(new Normalisation.Goalposts(3, 8, 100).apply(COLUMN, true))
			.containsExactly(new double[] { 0, 20, 60, 100, NA }, within(1e-12));
	}

	@Test
	void goalpostsLowerIsBetter_runFromHighTowardsLow() {
		// (8 − x)/(8 − 3): 2 → 1.2 → 1, 4 → 0.8, 6 → 0.4, 10 → −0.4 → 0
		assertThat(new Normalisation.Goalposts(3, 8, 1).apply(COLUMN, false))
			.containsExactly(new double[] { 1, 0.8, 0.4, 0, NA }, within(1e-12));
	}

	@Test
	void target_scoresTheShareOfTheWayFromTheWorstValueCappedAt100() {
		// (x − 2)/(8 − 2)·100
		assertThat(new Normalisation.Target(8, true).apply(COLUMN, true))
			.containsExactly(new double[] { 0, THIRD, 2 * THIRD, 100, NA }, within(1e-12));
		assertThat(new Normalisation.Target(8, false).apply(COLUMN, true))
			.containsExactly(new double[] { 0, THIRD, 2 * THIRD, 4 * THIRD, NA }, within(1e-12));
	}

	@Test
	void targetLowerIsBetter_measuresFromTheMaximumDown() {
		// (10 − x)/(10 − 4)·100: 2 → 133.3 → 100, 4 → 100, 6 → 66.7, 10 → 0
		assertThat(new Normalisation.Target(4, true).apply(COLUMN, false))
			.containsExactly(new double[] { 100, 100, 2 * THIRD, 0, NA }, within(1e-12));
	}

	@Test
	void targetAlreadyReachedByEveryFirm_scoresEveryone100() {
		assertThat(new Normalisation.Target(2, false).apply(COLUMN, true)).containsExactly(100, 100, 100, 100, NA);
		assertThat(new Normalisation.Target(12, true).apply(COLUMN, false)).containsExactly(100, 100, 100, 100, NA);
	}

	@Test
	void rank_givesTheLowestValueRankOneAndTiesTheLowestRankOfTheirGroup() {
		assertThat(new Normalisation.Rank().apply(TIED, true)).containsExactly(2, 1, 4, 2, NA);
	}

	@Test
	void rankLowerIsBetter_reversesTheOrder() {
		// −x = −4, −2, −9, −4: −9 → 1, the tied −4s → 2, −2 → 4
		assertThat(new Normalisation.Rank().apply(TIED, false)).containsExactly(2, 4, 1, 2, NA);
	}

	@Test
	void percentile_isRankMinusOneOverNMinusOne() {
		// n = 4 present values: (r − 1)/3·100
		assertThat(new Normalisation.Percentile().apply(TIED, true))
			.containsExactly(new double[] { THIRD, 0, 100, THIRD, NA }, within(1e-12));
		assertThat(new Normalisation.Percentile().apply(TIED, false))
			.containsExactly(new double[] { THIRD, 100, 0, THIRD, NA }, within(1e-12));
	}

	@Test
	void levels_mapEachLevelToItsScoreWhicheverTheDirection() {
		// Chambers bands as The Lawyer's Robert Lewis scored them: Band 1 = 4 … Band 4 = 1 (DOMAIN.md 1.3)
		var bands = new Normalisation.Levels(Map.of(1.0, 4.0, 2.0, 3.0, 3.0, 2.0, 4.0, 1.0));
		double[] column = { 1, 3, NA, 4 };

		assertThat(bands.apply(column, true)).containsExactly(4, 2, NA, 1);
		assertThat(bands.apply(column, false)).containsExactly(4, 2, NA, 1);
	}

	@Test
	void yesNoLevels_acceptNegativeZeroAsNo() {
		var yesNo = new Normalisation.Levels(Map.of(0.0, 0.0, 1.0, 100.0));

		assertThat(yesNo.apply(new double[] { 1, -0.0, 0 }, true)).containsExactly(100, 0, 0);
	}

	@Test
	void valueThatIsNotALevel_isRefusedNamingItAndTheLevels() {
		var yesNo = new Normalisation.Levels(Map.of(0.0, 0.0, 1.0, 100.0));

		assertThatIllegalArgumentException().isThrownBy(() -> yesNo.apply(new double[] { 1, 2 }, true))
			.withMessageContaining("column[1] is 2.0")
			.withMessageContaining("[0.0, 1.0]");
	}

	@Test
	void none_returnsTheValuesOrTheirNegativesWhenLowerIsBetter() {
		assertThat(new Normalisation.None().apply(COLUMN, true)).containsExactly(COLUMN);
		assertThat(new Normalisation.None().apply(COLUMN, false)).containsExactly(-2, -4, -6, -10, NA);
	}

	@Test
	void constantColumn_getsTheDocumentedValueNotNaN() {
		assertThat(new Normalisation.MinMax(0, 100).apply(CONSTANT, true)).containsExactly(50, 50, NA, 50);
		assertThat(new Normalisation.ZScore(50, 10).apply(CONSTANT, false)).containsExactly(50, 50, NA, 50);
		assertThat(new Normalisation.Percentile().apply(CONSTANT, true)).containsExactly(50, 50, NA, 50);
		assertThat(new Normalisation.Rank().apply(CONSTANT, true)).containsExactly(1, 1, NA, 1);
		assertThat(new Normalisation.Percentile().apply(new double[] { NA, 3 }, true)).containsExactly(NA, 50);
	}

	@Test
	void everyMethod_leavesItsInputUnchanged() {
		List<Normalisation> all = List.of(new Normalisation.MinMax(0, 100), new Normalisation.ZScore(0, 1),
				new Normalisation.Goalposts(0, 10, 100), new Normalisation.Target(8, true), new Normalisation.Rank(),
				new Normalisation.Percentile(), new Normalisation.Levels(Map.of(2.0, 0.0, 4.0, 1.0, 6.0, 2.0, 10.0, 3.0)),
				new Normalisation.None());
		for (Normalisation n : all) {
			double[] input = COLUMN.clone();
			n.apply(input, false);
			assertThat(input).as(n.toString()).containsExactly(COLUMN);
		}
	}

	@Test
	void invalidParameters_areRefusedNamingTheValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Normalisation.MinMax(100, 0))
			.withMessageContaining("100.0, 0.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new Normalisation.ZScore(0, 0))
			.withMessageContaining("0.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new Normalisation.Goalposts(0, 1, Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> new Normalisation.Target(Double.NaN, true));
		assertThatIllegalArgumentException().isThrownBy(() -> new Normalisation.Levels(Map.of()));
	}

	@Test
	void infiniteValue_isRefusedNamingItsPosition() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Normalisation.MinMax(0, 1).apply(new double[] { 1, Double.NEGATIVE_INFINITY }, true))
			.withMessageContaining("column[1]");
	}

}
