package org.lexbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.Language;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.MethodText;
import org.lexbench.scoring.ScoringOptions;

/**
 * Variants on five firms and two indicators, reach (weight 3) and people (weight 1), min-max 0–100,
 * arithmetic mean. Worked by hand (reach 1…12, people 0…12):
 * <pre>
 *        reach people | minmax reach people | explicit 3:1      | equal
 *   A    10    0      | 81.82   0           | 61.36  rank 2     | 40.91  rank 3
 *   B     1   10      |  0     83.33        | 20.83  rank 5     | 41.67  rank 2
 *   C     5    4      | 36.36  33.33        | 35.61  rank 3     | 34.85  rank 4
 *   D     4    3      | 27.27  25.00        | 26.70  rank 4     | 26.14  rank 5
 *   E    12   12      | 100   100           | 100    rank 1     | 100    rank 1
 * </pre>
 * Ranks 2 5 3 4 1 against 3 2 4 5 1: Σd² = 12, ρ = 1 − 72/120 = 0.4; B is discordant with A, C and
 * D, the other 7 pairs concordant, τ = 4/10 = 0.4. B moves 3 places (5 → 2), A, C and D one, E none.
 */
class MethodVariantsTests {

	static final String SET = """
			id: v
			version: "1"
			name: {zh: 变体, en: Variants}
			method:
			  normalise: {method: minmax, low: 0, high: 100}
			  aggregate: arithmetic
			  weights: explicit
			  impute: none
			  treat: none
			dimensions:
			  - id: d
			    name: {zh: 维度, en: Dimension}
			    weight: 1
			    children:
			      - {id: reach, name: {zh: 覆盖, en: Reach}, type: count, weight: 3}
			      - {id: people, name: {zh: 人才, en: People}, type: count, weight: 1}
			""";

	@TempDir
	Path folder;

	FirmDataset data;

	@BeforeEach
	void load() throws IOException {
		IndicatorSet set = IndicatorSetLoader.loadYaml(SET.getBytes(StandardCharsets.UTF_8), "v.yaml", "v.yaml").set();
		Path file = Files.writeString(this.folder.resolve("firms.csv"), """
				律所名称,年度,覆盖,人才
				A律师事务所,2024,10,0
				B律师事务所,2024,1,10
				C律师事务所,2024,5,4
				D律师事务所,2024,4,3
				E律师事务所,2024,12,12
				""");
		this.data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
	}

	List<MethodChoice> axis(MethodStep step, String... methods) {
		return java.util.Arrays.stream(methods).map(m -> MethodText.parse(step, m, this.data.set())).toList();
	}

	@Test
	void twoNormalisationsByTwoAggregations_areFourVariants_firstAxisSlowest() {
		MethodVariants.Variants v = MethodVariants.run(this.data, ScoringOptions.defaults(),
				List.of(axis(MethodStep.NORMALISE, "minmax:low=1,high=100", "rank"), axis(MethodStep.AGGREGATE, "arithmetic", "harmonic")));

		assertThat(v.variants()).extracting(MethodVariants.Variant::name).containsExactly(
				"normalise=minmax(low=1, high=100) · aggregate=arithmetic", "normalise=minmax(low=1, high=100) · aggregate=harmonic",
				"normalise=rank · aggregate=arithmetic", "normalise=rank · aggregate=harmonic");
		assertThat(v.variants()).allMatch(MethodVariants.Variant::scored);
		assertThat(v.firms()).hasSize(5);
		assertThat(v.correlations()[0][0]).isEqualTo(new RankCorrelation(5, 1, 1));
	}

	@Test
	void explicitAgainstEqualWeights_givesTheHandWorkedCorrelationsAndBiggestMover() {
		MethodVariants.Variants v = MethodVariants.run(this.data, ScoringOptions.defaults(),
				List.of(axis(MethodStep.WEIGHTS, "explicit", "equal")));

		assertThat(v.ranks()[0]).containsExactly(2, 5, 3, 4, 1);
		assertThat(v.ranks()[1]).containsExactly(3, 2, 4, 5, 1);
		RankCorrelation r = v.correlations()[0][1];
		assertThat(r.firms()).isEqualTo(5);
		assertThat(r.spearman()).isCloseTo(0.4, within(1e-15));
		assertThat(r.kendall()).isCloseTo(0.4, within(1e-15));
		assertThat(v.correlations()[1][0]).isSameAs(r);
		assertThat(v.movers()).extracting(MethodVariants.Mover::name).containsExactly("B律师事务所", "A律师事务所", "C律师事务所",
				"D律师事务所", "E律师事务所");
		MethodVariants.Mover b = v.movers().get(0);
		assertThat(b.best()).isEqualTo(2);
		assertThat(b.worst()).isEqualTo(5);
		assertThat(b.move()).isEqualTo(3);
		assertThat(v.movers().get(4).move()).isZero();
	}

	@Test
	void aVariantThatCannotScore_isFailedWithItsReason_andTheOthersGoOn() {
		// min-max 0–100 gives A a people score of 0, which a geometric mean refuses
		MethodVariants.Variants v = MethodVariants.run(this.data, ScoringOptions.defaults(),
				List.of(axis(MethodStep.AGGREGATE, "arithmetic", "geometric")));

		assertThat(v.variants().get(0).scored()).isTrue();
		assertThat(v.variants().get(1).scored()).isFalse();
		assertThat(v.variants().get(1).failure().orElseThrow().in(Language.EN)).contains("geometric mean", "A律师事务所");
		assertThat(v.ranks()[1]).containsOnly(Double.NaN);
		assertThat(v.correlations()[0][1]).isNull();
		assertThat(v.movers()).isEmpty();
		assertThat(v.first()).contains(0);
	}

	@Test
	void noAxes_isOneVariant_theBaseOptions() {
		assertThat(MethodVariants.combinations(List.of())).containsExactly(List.of());
		MethodVariants.Variants v = MethodVariants.run(this.data, ScoringOptions.defaults(), List.of());

		assertThat(v.variants()).hasSize(1);
		assertThat(v.variants().get(0).name()).isEmpty();
		assertThat(v.ranks()[0]).containsExactly(2, 5, 3, 4, 1);
	}

}
