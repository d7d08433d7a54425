package org.lexbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Type-7 quantiles worked by hand: h = (n − 1)·p on the sorted values (0-based), then linear
 * interpolation between x[⌊h⌋] and x[⌊h⌋ + 1]. The same numbers come out of R's
 * {@code quantile(c(10, 1, 4, 3), c(.25, .5, .75))} → 2.5 3.5 5.5 (type 7 is R's default).
 */
class QuantileTests {

	static final double[] VALUES = { 10, 1, 4, 3 };

	@Test
	void median_ofAnEvenCount_isTheMeanOfTheMiddleTwo() {
		// sorted 1 3 4 10; h = 3 · 0.5 = 1.5 → 3 + 0.5 · (4 − 3)
		assertThat(Quantile.of(VALUES, 0.5)).isCloseTo(3.5, within(1e-12));
	}

	@Test
	void topQuartile_interpolatesBetweenTheOrderStatisticsAroundIt() {
		// h = 3 · 0.75 = 2.25 → 4 + 0.25 · (10 − 4)
		assertThat(Quantile.of(VALUES, 0.75)).isCloseTo(5.5, within(1e-12));
		// h = 3 · 0.25 = 0.75 → 1 + 0.75 · (3 − 1)
		assertThat(Quantile.of(VALUES, 0.25)).isCloseTo(2.5, within(1e-12));
	}

	@Test
	void quantileThatFallsOnAValue_isThatValue() {
		// sorted 2 4 4 5 9; h = 4 · 0.75 = 3 → x[3] = 5; h = 4 · 0.5 = 2 → 4
		double[] five = { 9, 4, 2, 5, 4 };
		assertThat(Quantile.of(five, 0.75)).isEqualTo(5);
		assertThat(Quantile.of(five, 0.5)).isEqualTo(4);
	}

	@Test
	void extremes_areTheMinimumAndMaximum() {
		assertThat(Quantile.of(VALUES, 0)).isEqualTo(1);
		assertThat(Quantile.of(VALUES, 1)).isEqualTo(10);
	}

	@Test
	void missingValues_areLeftOut_andNoValueGivesNaN() {
		assertThat(Quantile.of(new double[] { Double.NaN, 10, 1, Double.NaN, 4, 3 }, 0.75)).isCloseTo(5.5, within(1e-12));
		assertThat(Quantile.of(new double[] { 7 }, 0.75)).isEqualTo(7);
		assertThat(Quantile.of(new double[] { Double.NaN }, 0.5)).isNaN();
		assertThat(Quantile.of(new double[0], 0.5)).isNaN();
	}

	@Test
	void probabilityOutsideZeroToOne_isRefused() {
		assertThatThrownBy(() -> Quantile.of(VALUES, 1.5)).hasMessageContaining("1.5");
		assertThatThrownBy(() -> Quantile.of(VALUES, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
	}

}
