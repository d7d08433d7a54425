package org.lexbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mid-rank percentile and the change to a target, worked by hand. */
class PeerComparisonTests {

	@Test
	void percentile_countsPeersBelowAndHalfOfTheEqualOnes() {
		// value 3 among 1, 2, 3, 3, 5 (a missing one ignored): 2 below, 2 equal → (2 + 1) / 5 = 60
		assertThat(PeerComparison.percentile(new double[] { 1, 2, 3, 3, 5, Double.NaN }, 3, false)).isEqualTo(60.0);
	}

	@Test
	void forALowerIsBetterIndicator_percentileCountsPeersAbove() {
		// complaints 3 among 1, 2, 3, 3, 5: 1 worse (5), 2 equal → (1 + 1) / 5 = 40
		assertThat(PeerComparison.percentile(new double[] { 1, 2, 3, 3, 5 }, 3, true)).isEqualTo(40.0);
	}

	@Test
	void change_isTargetLessValue_zeroOnceReached_andNaNWhenUnknown() {
		assertThat(PeerComparison.change(4, 5.75, false)).isEqualTo(1.75);
		assertThat(PeerComparison.change(6, 5.75, false)).isZero();
		assertThat(PeerComparison.change(0.9, 0.4, true)).isCloseTo(-0.5, org.assertj.core.data.Offset.offset(1e-12));
		assertThat(PeerComparison.change(0.3, 0.4, true)).isZero();
		assertThat(PeerComparison.change(Double.NaN, 1, false)).isNaN();
	}

}
