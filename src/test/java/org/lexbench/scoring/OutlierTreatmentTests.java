package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;

/**
 * Outlier treatment against COINr's R/treat.R ({@code Treat()}, {@code winsorise()}, {@code log_CT},
 * {@code check_SkewKurt}, {@code skew}, {@code kurt}) and hand-worked sums of deviations.
 *
 * <p>Published values: Microsoft's SKEW and KURT help pages use the data 3, 4, 5, 2, 3, 4, 5, 6, 4, 7
 * and give SKEW = 0.359543 and KURT = −0.151799637
 * (support.microsoft.com/excel/functions/skew-function, support.office.com KURT function). Excel's
 * SKEW and KURT are the type 2 estimators G1 and G2 of Joanes and Gill (1998), "Comparing measures
 * of sample skewness and kurtosis", The Statistician 47(1), 183–189, the ones e1071 computes with
 * {@code type = 2} and COINr's {@code skew()}/{@code kurt()} copy (psych's {@code mardia} help page
 * on rdocumentation.org lists them: G1 = g1·√(n(n−1))/(n−2), G2 = (n−1)((n+1)g2 + 6)/((n−2)(n−3))).
 */
class OutlierTreatmentTests {

	/** Microsoft's SKEW/KURT example. Mean 4.3; Σd² = 20.1, Σd³ = 8.64, Σd⁴ = 95.697 worked by hand. */
	static final double[] EXCEL_EXAMPLE = { 3, 4, 5, 2, 3, 4, 5, 6, 4, 7 };

	static final double EXCEL_SKEW = 0.359543;

	static final double EXCEL_KURT = -0.151799637;

	/**
	 * 24 values, mean 3, a tie of two at the maximum. By hand, deviations −3 (×4), −2 (×16), −1, 7,
	 * 19 (×2): Σd² = 872, Σd³ = 13824, Σd⁴ = 263624. Fails (G1 ≈ 2.81, G2 ≈ 6.92).
	 */
	static final double[] HEAVY_TOP = column(4, 16, 2, 10, 22, 22);

	/**
	 * After step 1 (both 22s → 10; 2 points): mean 2, deviations −2 (×4), −1 (×16), 0, 8 (×3):
	 * Σd² = 224, Σd³ = 1488, Σd⁴ = 12368; G1 ≈ 2.32 ≥ 2 and G2 ≈ 3.93 ≥ 3.5, still fails.
	 */
	static final double[] AFTER_STEP_ONE = column(4, 16, 2, 10, 10, 10);

	/**
	 * After step 2 (the three 10s → 2; 3 points in all): mean 1, deviations −1 (×4), 0 (×16), 1 (×4):
	 * Σd² = 8, Σd³ = 0, Σd⁴ = 8, so G1 = 0 and b2 = 24·8/64 = 3, G2 = 6·23/(22·21) = 23/77. Passes.
	 */
	static final double[] AFTER_STEP_TWO = column(4, 16, 2, 2, 2, 2);

	@Test
	void excelExample_skewnessAndKurtosisMatchHandWorkedSumsAndPublishedValues() {
		assertThat(OutlierTreatment.skewness(EXCEL_EXAMPLE)).isCloseTo(skewness(10, 20.1, 8.64), within(1e-12))
			.isCloseTo(EXCEL_SKEW, within(5e-7));
		assertThat(OutlierTreatment.kurtosis(EXCEL_EXAMPLE)).isCloseTo(kurtosis(10, 20.1, 95.697), within(1e-12))
			.isCloseTo(EXCEL_KURT, within(5e-10));
	}

	@Test
	void fourValues_kurtosisMatchesThePublishedExampleExactly() {
		// bettersolutions.com KURT page: KURT(10, 20, 30, -20) = 1.5. Mean 10, d = 0, 10, 20, -30:
		// Σd² = 1400, Σd⁴ = 980000, b2 = 4·980000/1400² = 2, G2 = (5·(2 − 3) + 6)·3/(2·1) = 1.5.
		assertThat(OutlierTreatment.kurtosis(new double[] { 10, 20, 30, -20 })).isCloseTo(1.5, within(1e-12));
	}

	@Test
	void heavyTopWithTiedMaximum_isWinsorisedInTwoStepsCountingEveryReplacedPoint() {
		assertThat(new Moments(skewness(24, 224, 1488), kurtosis(24, 224, 12368)).passes(2, 3.5)).isFalse();

		Treated t = new OutlierTreatment.Winsorise().apply(HEAVY_TOP);

		assertThat(t.values()).containsExactly(AFTER_STEP_TWO);
		assertThat(t.winsorisedPoints()).isEqualTo(3);
		assertThat(t.tail()).isEqualTo(Treated.Tail.UPPER);
		assertThat(t.skewBefore()).isCloseTo(skewness(24, 872, 13824), within(1e-12));
		assertThat(t.kurtosisBefore()).isCloseTo(kurtosis(24, 872, 263624), within(1e-12));
		assertThat(t.skewAfter()).isCloseTo(0, within(1e-12));
		assertThat(t.kurtosisAfter()).isCloseTo(23.0 / 77, within(1e-12));
		assertThat(t.passedBefore()).isFalse();
		assertThat(t.passedAfter()).isTrue();
		assertThat(t.logFallback()).isFalse();
		assertThat(t.logShift()).isNaN();
	}

	@Test
	void limitReachedStillFailing_logsTheUntreatedValuesWithCoinToolShift() {
		// Limit 2: step 1 replaces the tied pair (2 ≥ 2 stops), AFTER_STEP_ONE still fails, so
		// log_CT applies to the original: ln(x − 0 + 0.01·(22 − 0)) = ln(x + 0.22).
		Treated t = new OutlierTreatment.Winsorise(2, 2, 3.5).apply(HEAVY_TOP);

		double[] expected = DoubleStream.of(HEAVY_TOP).map(x -> Math.log(x + 0.22)).toArray();
		assertThat(t.values()).containsExactly(expected, within(1e-12));
		assertThat(t.logFallback()).isTrue();
		assertThat(t.logShift()).isCloseTo(0.22, within(1e-12));
		assertThat(t.winsorisedPoints()).isEqualTo(2);
		assertThat(t.skewAfter()).isCloseTo(OutlierTreatment.skewness(expected), within(1e-12));
	}

	@Test
	void tiedMaximumOverTheLimit_isReplacedWholeAsCoinrDoes() {
		Treated t = new OutlierTreatment.Winsorise(1, 2, 3.5).apply(HEAVY_TOP);

		assertThat(t.winsorisedPoints()).isEqualTo(2);
		assertThat(t.logFallback()).isTrue();
	}

	@Test
	void heavyBottom_isWinsorisedAtTheMinimum() {
		Treated t = new OutlierTreatment.Winsorise().apply(negated(HEAVY_TOP));

		assertThat(t.values()).containsExactly(negated(AFTER_STEP_TWO));
		assertThat(t.winsorisedPoints()).isEqualTo(3);
		assertThat(t.tail()).isEqualTo(Treated.Tail.LOWER);
	}

	@Test
	void missingValues_stayMissingInPlaceAndAreLeftOutOfTheStatistics() {
		double[] withGaps = insertNaN(HEAVY_TOP, 0, 10, HEAVY_TOP.length + 2);
		double[] before = withGaps.clone();

		Treated t = new OutlierTreatment.Winsorise().apply(withGaps);

		assertThat(t.values()).containsExactly(insertNaN(AFTER_STEP_TWO, 0, 10, AFTER_STEP_TWO.length + 2));
		assertThat(t.winsorisedPoints()).isEqualTo(3);
		assertThat(withGaps).containsExactly(before);
	}

	@Test
	void passingColumn_isReturnedUntreated() {
		Treated t = new OutlierTreatment.Winsorise().apply(EXCEL_EXAMPLE);

		assertThat(t.values()).containsExactly(EXCEL_EXAMPLE);
		assertThat(t.passedBefore()).isTrue();
		assertThat(t.winsorisedPoints()).isZero();
		assertThat(t.tail()).isEqualTo(Treated.Tail.NONE);
	}

	@Test
	void fewerThanFourValues_passUntreatedBecauseKurtosisIsUndefined() {
		double[] three = { 1, 2, 1000 };

		Treated t = new OutlierTreatment.Winsorise().apply(three);

		assertThat(t.values()).containsExactly(three);
		assertThat(t.kurtosisBefore()).isNaN();
		assertThat(t.skewBefore()).isCloseTo(1.7320, within(1e-4)); // three values: at most √3
		assertThat(t.passedBefore()).isTrue();
	}

	@Test
	void constantColumn_passesUntreatedWithUndefinedMoments() {
		Treated t = new OutlierTreatment.Winsorise().apply(new double[] { 5, 5, Double.NaN, 5, 5, 5 });

		assertThat(t.skewBefore()).isNaN();
		assertThat(t.kurtosisBefore()).isNaN();
		assertThat(t.passedBefore()).isTrue();
		assertThat(t.values()).containsExactly(5, 5, Double.NaN, 5, 5, 5);
	}

	@Test
	void twoDistinctValues_areNotWinsorisedIntoAConstantButLogged() {
		double[] rareYes = column(20, 1);

		Treated t = new OutlierTreatment.Winsorise().apply(rareYes);

		assertThat(t.winsorisedPoints()).isZero();
		assertThat(t.logFallback()).isTrue();
		assertThat(t.values()[0]).isCloseTo(Math.log(0.01), within(1e-12));
		assertThat(t.values()[20]).isCloseTo(Math.log(1.01), within(1e-12));
		assertThat(t.passedAfter()).isFalse();
	}

	@Test
	void explicitLogOfPositiveValues_isTheNaturalLog() {
		Treated t = new OutlierTreatment.Log().apply(new double[] { 1, 10, Double.NaN, 1000 });

		assertThat(t.values()).containsExactly(new double[] { 0, Math.log(10), Double.NaN, 3 * Math.log(10) },
				within(1e-12));
		assertThat(t.logShift()).isZero();
		assertThat(t.logFallback()).isFalse();
	}

	@Test
	void explicitLogWithZeroOrNegatives_shiftsTheColumnSoTheMinimumMapsToZero() {
		assertThat(new OutlierTreatment.Log().apply(new double[] { 0, 1, 3 }).values())
			.containsExactly(new double[] { 0, Math.log(2), Math.log(4) }, within(1e-12));
		Treated negative = new OutlierTreatment.Log().apply(new double[] { -2, 0, 5 });
		assertThat(negative.values()).containsExactly(new double[] { 0, Math.log(3), Math.log(8) }, within(1e-12));
		assertThat(negative.logShift()).isEqualTo(3);
	}

	@Test
	void none_returnsAnEqualCopyAndReportsTheMoments() {
		double[] input = HEAVY_TOP.clone();

		Treated t = new OutlierTreatment.None().apply(input);

		assertThat(t.values()).containsExactly(HEAVY_TOP).isNotSameAs(input);
		assertThat(t.skewBefore()).isCloseTo(skewness(24, 872, 13824), within(1e-12));
		assertThat(t.passedBefore()).isFalse();
	}

	@Test
	void treatedValues_cannotBeChangedThroughTheAccessor() {
		Treated t = new OutlierTreatment.None().apply(new double[] { 1, 2, 3 });

		t.values()[0] = 99;

		assertThat(t.values()).containsExactly(1, 2, 3);
	}

	@Test
	void invalidWinsoriseSettings_areRefusedNamingTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutlierTreatment.Winsorise(0, 2, 3.5))
			.withMessageContaining("0");
		assertThatIllegalArgumentException().isThrownBy(() -> new OutlierTreatment.Winsorise(5, 0, 3.5));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutlierTreatment.Winsorise(5, Double.NaN, 3.5));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutlierTreatment.Winsorise(5, 2, Double.NaN))
			.withMessageContaining("NaN");
	}

	@Test
	void infiniteValue_isRefusedNamingItsPosition() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutlierTreatment.Winsorise().apply(new double[] { 1, Double.POSITIVE_INFINITY }))
			.withMessageContaining("column[1]");
	}

	/** G1 from n and hand-worked Σd², Σd³ (the type 2 formula; see the class comment). */
	static double skewness(int n, double sumSquares, double sumCubes) {
		return Math.sqrt(n) * sumCubes / Math.pow(sumSquares, 1.5) * Math.sqrt(n * (n - 1.0)) / (n - 2);
	}

	/** G2 from n and hand-worked Σd², Σd⁴. */
	static double kurtosis(int n, double sumSquares, double sumFourths) {
		double b2 = n * sumFourths / (sumSquares * sumSquares);
		return ((n + 1) * (b2 - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
	}

	/** {@code zeros} zeros, {@code ones} ones, then the given values. */
	static double[] column(int zeros, int ones, double... rest) {
		return DoubleStream.concat(DoubleStream.concat(DoubleStream.generate(() -> 0).limit(zeros),
				DoubleStream.generate(() -> 1).limit(ones)), DoubleStream.of(rest)).toArray();
	}

	static double[] negated(double[] values) {
		return DoubleStream.of(values).map(v -> -v).toArray();
	}

	/** The values with NaN at positions {@code a} and {@code b} of the longer result. */
	static double[] insertNaN(double[] values, int a, int b, int length) {
		double[] out = new double[length];
		Arrays.fill(out, Double.NaN);
		for (int i = 0, k = 0; i < length; i++) {
			if (i != a && i != b) {
				out[i] = values[k++];
			}
		}
		return out;
	}

}
