package org.lexbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Cronbach's alpha, raw-score form with sample variances, against a hand-worked example.
 *
 * <pre>
 * 4 items × 5 respondents        sum
 *   R1  1 2 2 1                   6
 *   R2  2 3 3 2                  10
 *   R3  3 3 4 3                  13
 *   R4  4 5 4 3                  16
 *   R5  5 5 5 4                  19
 * item 1: mean 3,   squares 4+1+0+1+4                     = 10   → s² = 10/4  = 2.5
 * item 2: mean 3.6, squares 2.56+0.36+0.36+1.96+1.96      = 7.2  → s² = 1.8
 * item 3: mean 3.6, squares 2.56+0.36+0.16+0.16+1.96      = 5.2  → s² = 1.3
 * item 4: mean 2.6, squares 2.56+0.36+0.16+0.16+1.96      = 5.2  → s² = 1.3      Σ s²ᵢ = 6.9
 * sums:   mean 12.8, squares 46.24+7.84+0.04+10.24+38.44  = 102.8 → s²ₜ = 25.7
 * α = 4/3 · (1 − 6.9/25.7) = 4/3 · 18.8/25.7 = 75.2/77.1 = 0.975356…
 * </pre>
 */
class CronbachAlphaTests {

	static final List<double[]> ITEMS = List.of(new double[] { 1, 2, 3, 4, 5 }, new double[] { 2, 3, 3, 5, 5 },
			new double[] { 2, 3, 4, 4, 5 }, new double[] { 1, 2, 3, 3, 4 });

	static boolean[] all(int n) {
		boolean[] b = new boolean[n];
		Arrays.fill(b, true);
		return b;
	}

	@Test
	void handWorkedExample_givesAlpha_75_2over77_1() {
		CronbachAlpha alpha = CronbachAlpha.of(ITEMS, all(5));

		assertThat(alpha.value()).isCloseTo(75.2 / 77.1, within(1e-12));
		assertThat(alpha.value()).isCloseTo(0.975357, within(1e-6));
		assertThat(alpha.items()).isEqualTo(4);
		assertThat(alpha.firms()).isEqualTo(5);
		assertThat(alpha.undefined()).isEmpty();
	}

	@Test
	void firmsWithAMissingItem_orNotAmongThoseCounted_areLeftOutListwise() {
		List<double[]> items = List.of(new double[] { 1, 2, 3, 4, 5, 9, 7 }, new double[] { 2, 3, 3, 5, 5, Double.NaN, 1 },
				new double[] { 2, 3, 4, 4, 5, 9, 1 }, new double[] { 1, 2, 3, 3, 4, 9, 1 });
		boolean[] among = all(7);
		among[6] = false; // say, a firm that failed a gate

		CronbachAlpha alpha = CronbachAlpha.of(items, among);

		assertThat(alpha.value()).isCloseTo(75.2 / 77.1, within(1e-12));
		assertThat(alpha.firms()).isEqualTo(5);
	}

	@Test
	void oneItem_isUndefined() {
		CronbachAlpha alpha = CronbachAlpha.of(List.of(ITEMS.get(0)), all(5));

		assertThat(alpha.value()).isNaN();
		assertThat(alpha.undefined()).isEqualTo(Optional.of(CronbachAlpha.Undefined.FEWER_THAN_TWO_ITEMS));
	}

	@Test
	void oneCompleteFirm_isUndefined() {
		List<double[]> items = List.of(new double[] { 1, 2, Double.NaN }, new double[] { Double.NaN, 3, 4 });

		CronbachAlpha alpha = CronbachAlpha.of(items, all(3));

		assertThat(alpha.value()).isNaN();
		assertThat(alpha.firms()).isEqualTo(1);
		assertThat(alpha.undefined()).isEqualTo(Optional.of(CronbachAlpha.Undefined.FEWER_THAN_TWO_FIRMS));
	}

	@Test
	void sumsThatDoNotVary_areUndefined() {
		List<double[]> items = List.of(new double[] { 1, 2, 3 }, new double[] { 3, 2, 1 });

		CronbachAlpha alpha = CronbachAlpha.of(items, all(3));

		assertThat(alpha.value()).isNaN();
		assertThat(alpha.undefined()).isEqualTo(Optional.of(CronbachAlpha.Undefined.NO_TOTAL_VARIANCE));
	}

	@Test
	void itemsThatCancelOut_giveANegativeAlpha_asTheFormulaDoes() {
		// s² = 1 and 1/3, sums 4, 4, 5 → s²ₜ = 1/3; α = 2 · (1 − (4/3) / (1/3)) = −6
		List<double[]> items = List.of(new double[] { 1, 2, 3 }, new double[] { 3, 2, 2 });

		assertThat(CronbachAlpha.of(items, all(3)).value()).isCloseTo(-6, within(1e-12));
	}

}
