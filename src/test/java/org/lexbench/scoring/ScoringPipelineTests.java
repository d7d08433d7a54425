package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.MethodText;

/**
 * The pipeline's own rules, on a set of two indicators — offices abroad (a count) and ISO 9001
 * (yes/no) — gated on at least one office abroad, and a handful of firms worked by hand.
 */
class ScoringPipelineTests {

	static final String SET = """
			id: p
			version: "1"
			name: {zh: 流程, en: Pipeline}
			method:
			  normalise: {method: minmax, low: 0, high: 100}
			  impute: none
			  treat: none
			gates:
			  - {id: abroad, name: {zh: 设有境外机构, en: Has an office abroad}, rule: offices >= 1}
			dimensions:
			  - id: d
			    name: {zh: 维度, en: Dimension}
			    weight: 1
			    children:
			      - {id: offices, name: {zh: 境外机构数, en: Offices abroad}, type: count, weight: 1}
			      - {id: iso, name: {zh: 质量认证, en: ISO 9001}, type: yesno, weight: 1}
			""";

	@TempDir
	Path folder;

	FirmDataset data(String csv) throws IOException {
		IndicatorSet set = IndicatorSetLoader.loadYaml(SET.getBytes(StandardCharsets.UTF_8), "p.yaml", "p.yaml").set();
		Path file = Files.writeString(this.folder.resolve("firms.csv"), "律所名称,年度,境外机构数,质量认证\n" + csv);
		return DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
	}

	static ScoringOptions options(FirmDataset data, String... steps) {
		ScoringOptions o = ScoringOptions.defaults();
		for (int i = 0; i < steps.length; i += 2) {
			o = o.with(MethodText.parse(MethodStep.parse(steps[i]).orElseThrow(), steps[i + 1], data.set()));
		}
		return o;
	}

	static int firm(ScoreCard card, String name) {
		for (int f = 0; f < card.size(); f++) {
			if (card.firms().get(f).name().equals(name)) {
				return f;
			}
		}
		throw new AssertionError("no firm " + name);
	}

	@Test
	void aGateThatCannotBeCheckedForWantOfAValue_fails_andSaysSo() throws IOException {
		FirmDataset data = data("""
				甲,2024,2,是
				乙,2024,,是
				丙,2024,0,是
				""");

		ScoreCard card = Scoring.score(data, ScoringOptions.defaults());

		assertThat(card.statuses().get(firm(card, "甲"))).isInstanceOf(FirmStatus.Scored.class);
		FirmStatus missing = card.statuses().get(firm(card, "乙"));
		FirmStatus failed = card.statuses().get(firm(card, "丙"));
		assertThat(missing).isInstanceOfSatisfying(FirmStatus.Ineligible.class,
				in -> assertThat(in.failed()).singleElement().satisfies(x -> {
					assertThat(x.rule()).isEqualTo("abroad");
					assertThat(x.missingValue()).isTrue();
				}));
		assertThat(failed).isInstanceOfSatisfying(FirmStatus.Ineligible.class,
				in -> assertThat(in.failed()).singleElement().satisfies(x -> assertThat(x.missingValue()).isFalse()));
		assertThat(card.composite()[firm(card, "乙")]).isNaN();
		assertThat(card.rank(card.rootId(), firm(card, "丙"))).isNaN();
	}

	@Test
	void aMeanImputedYesNo_movesToTheNearestLevel_andIsFlagged() throws IOException {
		// iso among the scored firms 甲 1, 乙 1, 丙 0: mean 2/3, nearest level 1 (yes), so 丁 scores 100
		FirmDataset data = data("""
				甲,2024,1,是
				乙,2024,2,是
				丙,2024,3,否
				丁,2024,4,
				""");

		ScoreCard card = Scoring.score(data, options(data, "impute", "mean"));

		int ding = firm(card, "丁");
		int iso = card.indicators().indexOf(data.set().find("iso").orElseThrow());
		assertThat(card.stages().get(ScoreCard.Stage.IMPUTED)[iso][ding]).isEqualTo(1.0);
		assertThat(card.score("iso", ding)).isEqualTo(100.0);
		assertThat(CellFlags.has(card.flags()[iso][ding], CellFlags.IMPUTED)).isTrue();
		assertThat(CellFlags.has(card.flags()[iso][firm(card, "甲")], CellFlags.IMPUTED)).isFalse();
	}

	@Test
	void aMeanImputedYesNoHalfwayBetweenLevels_takesTheLowerLevel() throws IOException {
		// iso among the scored firms 甲 1, 乙 0: mean 0.5, equally near both levels: the lower (no)
		FirmDataset data = data("""
				甲,2024,1,是
				乙,2024,2,否
				丁,2024,4,
				""");

		ScoreCard card = Scoring.score(data, options(data, "impute", "mean"));

		assertThat(card.score("iso", firm(card, "丁"))).isZero();
	}

	@Test
	void aNoSharedWithMostFirms_isAWeakness_neverAStrength() throws IOException {
		// ISO: only 甲 says yes, so 乙, 丙 and 丁 tie at the bottom (competition rank 2 of 4): a tie counts
		// at its group's last place, 4 of 4, the bottom half. Offices: 乙 has the most, 1 of 4.
		FirmDataset data = data("""
				甲,2024,1,是
				乙,2024,4,否
				丙,2024,2,否
				丁,2024,3,否
				""");
		ScoreCard card = Scoring.score(data, ScoringOptions.defaults());

		FirmStanding yi = FirmStanding.of(card, firm(card, "乙"));

		assertThat(card.rank("iso", firm(card, "乙"))).isEqualTo(2.0);
		assertThat(yi.strengths()).extracting(i -> i.id()).containsExactly("offices");
		assertThat(yi.weaknesses()).extracting(i -> i.id()).containsExactly("iso");
	}

	@Test
	void anArithmeticMeanOfHundreds_isNeverAboveHundred() throws IOException {
		// weights 0.1 and 0.35 of two 100s, normalised to sum 1 as the aggregation does: the weighted
		// sum over the weights' sum is 100.00000000000001 in floating point
		double a = 0.1 / (0.1 + 0.35);
		double b = 0.35 / (0.1 + 0.35);
		assertThat((a * 100 + b * 100) / (a + b)).isGreaterThan(100.0);
		Aggregated mean = WeightedMeans.arithmetic(ChildScores.of(new double[][] { { 100 }, { 100 } }, new double[] { 0.1, 0.35 }));

		assertThat(mean.scores()[0]).isEqualTo(100.0);
	}

	@Test
	void whenEveryFirmFailsTheGate_theErrorNamesTheYear() throws IOException {
		FirmDataset data = data("""
				甲,2024,0,是
				乙,2024,0,否
				""");

		assertThatThrownBy(() -> Scoring.score(data, ScoringOptions.defaults())).isInstanceOfSatisfying(LexbenchException.class,
				e -> assertThat(e.text().in(Language.EN)).startsWith("in 2024, none of the 2 firms is left to score"));
	}

	@Test
	void aRunOfSeveralYears_scoresEachOnItsOwn_oldestFirst() throws IOException {
		// offices 2023: 1 and 3; 2024: 1 and 5. Each year's min-max uses its own bounds, so 乙 scores
		// 100 in both years; pooled bounds (1–5) would give it 50 in 2023
		FirmDataset data = data("""
				甲,2023,1,是
				乙,2023,3,是
				甲,2024,1,是
				乙,2024,5,是
				""");

		ScoreRun run = ScoreRun.of(data, ScoringOptions.defaults());

		assertThat(run.years()).containsExactly(2023, 2024);
		assertThat(run.latest().year()).hasValue(2024);
		ScoreCard y2023 = run.year(2023).orElseThrow();
		assertThat(y2023.score("offices", firm(y2023, "乙"))).isEqualTo(100.0);
		assertThat(run.year(2022)).isEmpty();
		ScoreRun one = ScoreRun.of(data, ScoringOptions.defaults().inYear(java.util.OptionalInt.of(2023)));
		assertThat(one.years()).containsExactly(2023);
		assertThat(one.including(data, 2024).years()).containsExactly(2023, 2024);
	}

}
