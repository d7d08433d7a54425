package org.lexbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Spearman's ρ and Kendall's τ-b against published worked examples, hand-worked cases and a pair-by-pair count. */
class RankCorrelationTests {

	@Test
	void spearman_ofWikipediasIqAndTelevisionExample_isMinus29Over165() {
		// Wikipedia, "Spearman's rank correlation coefficient", section Example: IQ against hours of
		// television a week for ten people, Σd² = 194, ρ = 1 − 6·194/(10·99) = −29/165 = −0.175757…
		double[] iq = { 106, 86, 100, 101, 99, 103, 97, 113, 112, 110 };
		double[] tv = { 7, 0, 27, 50, 28, 29, 20, 12, 6, 17 };

		RankCorrelation r = RankCorrelation.of(iq, tv);

		assertThat(r.firms()).isEqualTo(10);
		assertThat(r.spearman()).isCloseTo(-29.0 / 165, within(1e-15));
		// counted pair by pair: 20 concordant, 25 discordant, no ties: τ = −5/45
		assertThat(r.kendall()).isCloseTo(-1.0 / 9, within(1e-15));
	}

	@Test
	void kendallTauB_ofScipysExampleWithTies_isMinus4OverRoot72() {
		// SciPy's scipy.stats.kendalltau documentation example: x = [12, 2, 1, 12, 2],
		// y = [1, 4, 7, 1, 0] gives τ-b = −0.47140452079103173 (also worked in
		// https://stats.stackexchange.com/q/261206). By hand: C = 2, D = 6, n₀ = 10, ties in x
		// n₁ = 2 (12,12 and 2,2), in y n₂ = 1 (1,1), so τ-b = −4/√(8·9).
		double[] x = { 12, 2, 1, 12, 2 };
		double[] y = { 1, 4, 7, 1, 0 };

		RankCorrelation r = RankCorrelation.of(x, y);

		assertThat(r.kendall()).isCloseTo(-0.47140452079103173, within(1e-15)).isCloseTo(-4 / Math.sqrt(72), within(1e-15));
		// average ranks x 4.5 2.5 1 4.5 2.5, y 2.5 4 5 2.5 1; Pearson of those: −5/√(9·9.5)
		assertThat(r.spearman()).isCloseTo(-5 / Math.sqrt(85.5), within(1e-15));
	}

	@Test
	void noTies_handWorked() {
		// ranks 1 2 3 4 against 1 3 2 4: Σd² = 2, ρ = 1 − 12/60 = 0.8; one discordant pair of six, τ = 4/6
		RankCorrelation r = RankCorrelation.of(new double[] { 1, 2, 3, 4 }, new double[] { 1, 3, 2, 4 });

		assertThat(r.spearman()).isCloseTo(0.8, within(1e-15));
		assertThat(r.kendall()).isCloseTo(2.0 / 3, within(1e-15));
	}

	@Test
	void sameAndReversedOrders_areOneAndMinusOne() {
		double[] x = { 3, 1, 4, 1.5, 9, 2.6 };
		double[] reversed = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			reversed[i] = -x[i];
		}

		assertThat(RankCorrelation.of(x, x)).isEqualTo(new RankCorrelation(6, 1, 1));
		assertThat(RankCorrelation.of(x, reversed)).isEqualTo(new RankCorrelation(6, -1, -1));
	}

	@Test
	void allTiedOrOneFirm_isUndefined() {
		RankCorrelation tied = RankCorrelation.of(new double[] { 2, 2, 2 }, new double[] { 1, 2, 3 });
		RankCorrelation one = RankCorrelation.of(new double[] { 1 }, new double[] { 5 });
		RankCorrelation none = RankCorrelation.of(new double[0], new double[0]);

		assertThat(tied.firms()).isEqualTo(3);
		assertThat(tied.spearman()).isNaN();
		assertThat(tied.kendall()).isNaN();
		assertThat(one.firms()).isEqualTo(1);
		assertThat(one.spearman()).isNaN();
		assertThat(one.kendall()).isNaN();
		assertThat(none.firms()).isZero();
	}

	@Test
	void firmsMissingInEitherColumn_areLeftOut() {
		// only the first, third and fourth firms are in both: 1 2 3 against 3 2 1
		RankCorrelation r = RankCorrelation.of(new double[] { 1, Double.NaN, 2, 3, 7 }, new double[] { 3, 1, 2, 1, Double.NaN });

		assertThat(r).isEqualTo(new RankCorrelation(3, -1, -1));
	}

	@Test
	void kendall_countedByMergeSort_equalsThePairByPairDefinition_withManyTies() {
		Random random = new Random(20261125);
		for (int trial = 0; trial < 200; trial++) {
			int n = 2 + random.nextInt(40);
			double[] x = new double[n];
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = random.nextInt(6);
				y[i] = random.nextInt(4);
			}
			double expected = pairByPair(x, y);
			double actual = RankCorrelation.of(x, y).kendall();
			if (Double.isNaN(expected)) {
				assertThat(actual).isNaN();
			}
			else {
				assertThat(actual).isCloseTo(expected, within(1e-12));
			}
		}
	}

	/** τ-b straight from its definition, every pair once. */
	private static double pairByPair(double[] x, double[] y) {
		long c = 0;
		long d = 0;
		long tx = 0;
		long ty = 0;
		for (int i = 0; i < x.length; i++) {
			for (int j = i + 1; j < x.length; j++) {
				double s = Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]);
				c += s > 0 ? 1 : 0;
				d += s < 0 ? 1 : 0;
				tx += x[i] == x[j] && y[i] != y[j] ? 1 : 0;
				ty += y[i] == y[j] && x[i] != x[j] ? 1 : 0;
			}
		}
		double denominator = Math.sqrt((double) (c + d + tx) * (c + d + ty));
		return denominator == 0 ? Double.NaN : (c - d) / denominator;
	}

}
