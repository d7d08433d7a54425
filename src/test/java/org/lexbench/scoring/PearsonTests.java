package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Pearson's r on pairwise-complete firms, against a hand-worked value.
 *
 * <pre>
 * a = 1 2 3 4 5 (mean 3), b = 2 1 4 3 5 (mean 3)
 * Σ(a − ā)(b − b̄) = (−2)(−1) + (−1)(−2) + 0·1 + 1·0 + 2·2 = 8
 * Σ(a − ā)² = Σ(b − b̄)² = 10          r = 8 / √(10 · 10) = 0.8
 * </pre>
 */
class PearsonTests {

	static final double NaN = Double.NaN;

	@Test
	void handWorkedPair_gives0_8_onlyOverTheFirmsWithBothValues() {
		double[] a = { 1, 2, 3, 4, 5, 100, NaN, 7 };
		double[] b = { 2, 1, 4, 3, 5, NaN, 9, -50 };
		boolean[] among = { true, true, true, true, true, true, true, false };

		Pearson r = Pearson.of(a, b, among);

		assertThat(r.r()).isCloseTo(0.8, within(1e-15));
		assertThat(r.pairs()).isEqualTo(5);
	}

	@Test
	void reversedOrder_givesMinusOne() {
		assertThat(Pearson.of(new double[] { 1, 2, 3 }, new double[] { 30, 20, 10 }, new boolean[] { true, true, true }).r())
			.isEqualTo(-1.0);
	}

	@Test
	void twoPairs_orAConstantColumn_haveNoCorrelation() {
		Pearson two = Pearson.of(new double[] { 1, 2, NaN }, new double[] { 3, 4, 5 }, new boolean[] { true, true, true });
		Pearson constant = Pearson.of(new double[] { 1, 2, 3 }, new double[] { 4, 4, 4 }, new boolean[] { true, true, true });

		assertThat(two.r()).isNaN();
		assertThat(two.pairs()).isEqualTo(2);
		assertThat(two.defined()).isFalse();
		assertThat(constant.r()).isNaN();
		assertThat(constant.pairs()).isEqualTo(3);
	}

}
