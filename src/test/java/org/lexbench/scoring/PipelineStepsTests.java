package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.lexbench.indicator.Bilingual;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Tier;

/** The steps lexbench adds around the helpers' methods: impute, screen, tier. Expected numbers are worked by hand. */
class PipelineStepsTests {

	static final double NA = Double.NaN;

	static MethodChoice impute(String method, Map<String, Object> parameters) {
		return new MethodChoice(MethodStep.IMPUTE, method, parameters);
	}

	@Test
	void meanImputation_fillsFromThePresentValuesOfScoredFirmsOnly() {
		double[] x = { 1, NA, 5, 100, NA };
		boolean[] scored = { true, true, true, false, true };
		byte[] flags = new byte[5];
		Imputation.Filled filled = Imputation.apply("a", impute("mean", Map.of()), x, scored, null, flags);
		// mean of 1 and 5 (the unscored firm's 100 takes no part) = 3
		assertThat(x).containsExactly(1, 3, 5, 100, 3);
		assertThat(filled.filled()).isEqualTo(2);
		assertThat(flags[1] & CellFlags.IMPUTED).isEqualTo(CellFlags.IMPUTED);
		assertThat(flags[0]).isZero();
	}

	@Test
	void medianOfAnEvenCount_isTheMeanOfTheMiddleTwo() {
		assertThat(Imputation.statistic("median", new double[] { 4, 1, 3, 2 })).isEqualTo(2.5);
		assertThat(Imputation.statistic("median", new double[] { 4, 1, 3 })).isEqualTo(3);
	}

	@Test
	void groupMean_fillsFromTheFirmsOwnGroup_andLeavesAFirmWithoutGroupMissing() {
		double[] x = { 2, 4, NA, 10, NA, NA };
		String[] groups = { "Asia", "Asia", "Asia", "Europe", "Europe", null };
		boolean[] scored = { true, true, true, true, true, true };
		Imputation.Filled filled = Imputation.apply("a", impute("group-mean", Map.of("by", "g")), x, scored, groups, new byte[6]);
		assertThat(x[2]).isEqualTo(3);
		assertThat(x[4]).isEqualTo(10);
		assertThat(x[5]).isNaN();
		assertThat(filled.unfilled()).isEqualTo(1);
	}

	@Test
	void none_leavesMissingValuesAndCountsThem() {
		double[] x = { 1, NA };
		Imputation.Filled filled = Imputation.apply("a", impute("none", Map.of()), x, new boolean[] { true, true }, null, new byte[2]);
		assertThat(x[1]).isNaN();
		assertThat(filled.unfilled()).isEqualTo(1);
	}

	@Test
	void coverageScreen_dropsFirmsBelowTheThreshold_keepingThoseExactlyAtIt() {
		double[][] columns = { { 1, 1, NA, 1 }, { 1, NA, NA, 1 }, { 1, 1, NA, NA }, { 1, 1, 1, 1 }, { 1, 1, 1, 1 } };
		boolean[] scored = { true, true, true, true };
		boolean[] kept = { true, true, true, true, true };
		double[] coverage = new double[4];
		MethodChoice choice = new MethodChoice(MethodStep.SCREEN, "coverage", Map.of("firms", 0.8, "indicators", 0.0, "on", "imputed"));
		Screening.Screened s = Screening.apply(choice, List.of("a", "b", "c", "d", "e"), columns, scored, kept, coverage);
		// firm 1 has 4 of 5 = 0.8 (kept: at the threshold), firm 2 has 2 of 5, firm 3 has 4 of 5
		assertThat(coverage).containsExactly(1.0, 0.8, 0.4, 0.8);
		assertThat(scored).containsExactly(true, true, false, true);
		assertThat(s.firms()).extracting(Screening.DroppedFirm::firm).containsExactly(2);
	}

	@Test
	void indicatorScreen_dropsIndicatorsBelowTheirCoverageAmongTheKeptFirms() {
		double[][] columns = { { 1, 1, 1, 1 }, { 1, NA, NA, NA } };
		boolean[] scored = { true, true, true, true };
		boolean[] kept = { true, true };
		MethodChoice choice = new MethodChoice(MethodStep.SCREEN, "coverage", Map.of("firms", 0.0, "indicators", 0.5, "on", "raw"));
		Screening.Screened s = Screening.apply(choice, List.of("a", "b"), columns, scored, kept, new double[4]);
		assertThat(kept).containsExactly(true, false);
		assertThat(s.indicators().get(0).coverage()).isCloseTo(0.25, within(1e-12));
	}

	static Tier tier(String id, Double min, Double top) {
		return new Tier(id, new Bilingual(id, id), min == null ? OptionalDouble.empty() : OptionalDouble.of(min),
				top == null ? OptionalDouble.empty() : OptionalDouble.of(top));
	}

	@Test
	void absoluteTiers_takeTheFirstCutPointReached_andUnscoredFirmsHaveNone() {
		List<Tier> tiers = List.of(tier("first", 70.0, null), tier("advanced", 50.0, null), tier("rest", null, null));
		List<Optional<Tier>> t = Tiers.assign(tiers, new double[] { 70, 69.99, 10, NA }, new double[] { 1, 2, 3, NA });
		assertThat(t.get(0).orElseThrow().id()).isEqualTo("first");
		assertThat(t.get(1).orElseThrow().id()).isEqualTo("advanced");
		assertThat(t.get(2).orElseThrow().id()).isEqualTo("rest");
		assertThat(t.get(3)).isEmpty();
	}

	@Test
	void quantileTiers_keepTiedFirmsTogether() {
		// 10 firms ranked; top 20% = ranks ≤ 2: the two firms tied at rank 2 are both in
		List<Tier> tiers = List.of(tier("top", null, 0.2), tier("rest", null, null));
		double[] ranks = { 1, 2, 2, 4, 5, 6, 7, 8, 9, 10 };
		double[] scores = { 10, 9, 9, 8, 7, 6, 5, 4, 3, 2 };
		List<Optional<Tier>> t = Tiers.assign(tiers, scores, ranks);
		assertThat(t.stream().filter(x -> x.orElseThrow().id().equals("top")).count()).isEqualTo(3);
	}

}
