package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AggregatedTests {

	@Test
	void aDetailOfAnotherLengthThanTheScores_isRefused() {
		assertThatThrownBy(() -> new Aggregated(new double[] { 1, 2 }, Map.of("S", new double[] { 1 })))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("detail S has 1 firms but there are 2 scores");
	}

	@Test
	void nullScoresOrDetails_areRefused() {
		assertThatThrownBy(() -> new Aggregated(null, Map.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Aggregated(new double[0], null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theArraysGivenAndHandedOut_areCopies() {
		double[] scores = { 10, 20 };
		double[] s = { 0.1, 0.2 };
		Aggregated result = new Aggregated(scores, Map.of("S", s));

		scores[0] = -1;
		s[0] = -1;
		result.scores()[1] = -1;
		result.detail("S")[1] = -1;
		result.details().get("S")[1] = -1;

		assertThat(result.scores()).containsExactly(10, 20);
		assertThat(result.detail("S")).containsExactly(0.1, 0.2);
		assertThat(result.score(1)).isEqualTo(20);
		assertThat(result.firms()).isEqualTo(2);
	}

	@Test
	void details_keepTheOrderGiven() {
		Map<String, double[]> details = new LinkedHashMap<>();
		details.put("S", new double[] { 1 });
		details.put("R", new double[] { 2 });
		details.put("Q", new double[] { 3 });

		assertThat(new Aggregated(new double[] { 0 }, details).details().keySet()).containsExactly("S", "R", "Q");
	}

	@Test
	void aDetailTheMethodDoesNotGive_isRefusedNamingThoseItGives() {
		Aggregated result = new Aggregated(new double[] { 0 }, Map.of("C", new double[] { 0.5 }));

		assertThatThrownBy(() -> result.detail("Q")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no detail Q")
			.hasMessageContaining("[C]");
	}

	@Test
	void resultsWithEqualValues_areEqual_missingValuesIncluded() {
		Aggregated one = new Aggregated(new double[] { 1, Double.NaN }, Map.of("C", new double[] { 0.5, Double.NaN }));
		Aggregated same = new Aggregated(new double[] { 1, Double.NaN }, Map.of("C", new double[] { 0.5, Double.NaN }));
		Aggregated other = new Aggregated(new double[] { 1, Double.NaN }, Map.of("C", new double[] { 0.6, Double.NaN }));

		assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
		assertThat(one).hasToString("Aggregated[2 firms, details [C]]");
	}

}
