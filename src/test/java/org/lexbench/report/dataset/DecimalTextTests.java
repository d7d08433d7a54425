package org.lexbench.report.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DecimalTextTests {

	@Test
	void wholeNumbers_haveNoFraction() {
		assertThat(DecimalText.of(50.0)).isEqualTo("50");
		assertThat(DecimalText.of(-3.0)).isEqualTo("-3");
		assertThat(DecimalText.of(-0.0)).isEqualTo("0");
		assertThat(DecimalText.of(1.2e9)).isEqualTo("1200000000");
	}

	@Test
	void otherNumbers_areTheShortestTextThatReadsBackTheSame() {
		assertThat(DecimalText.of(100.0 / 3)).isEqualTo("33.333333333333336");
		assertThat(DecimalText.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
		assertThat(DecimalText.of(1e-5)).isEqualTo("1.0E-5");
		// JDK 17's Double.toString gives 2.82879384806159008E17 here (JDK-4511638), one digit more than needed
		assertThat(DecimalText.of(2.82879384806159E17)).isEqualTo("2.82879384806159E17");
		SplittableRandom random = new SplittableRandom(20261125);
		for (int i = 0; i < 100_000; i++) {
			double v = Double.longBitsToDouble(random.nextLong());
			if (Double.isFinite(v)) {
				assertThat(Double.parseDouble(DecimalText.of(v))).isEqualTo(v);
			}
		}
	}

	@Test
	void missingAndInfinite_areNotWritten() {
		assertThat(DecimalText.present(Double.NaN)).isFalse();
		assertThat(DecimalText.present(Double.POSITIVE_INFINITY)).isFalse();
		assertThat(DecimalText.present(0)).isTrue();
	}

}
