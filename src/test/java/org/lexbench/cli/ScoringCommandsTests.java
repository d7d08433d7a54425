package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * score, ranking, firm and method end to end, as {@code ./lexbench} runs them, on a set and data
 * small enough to score by hand.
 *
 * <p>The set weighs reach (offices abroad) 3 and people (lawyers, partners, equal) 1, min-max
 * 0–100, arithmetic means, no imputation (a missing value is skipped and its sibling's weight
 * re-normalised), and gates on at least one office abroad. Worked by hand:
 * <pre>
 * 2024 (丙 fails the gate: 0 offices)   offices  lawyers partners | reach  people  composite
 *   甲  4 100 20                        100      0       0        | 100    0       (3·100+0)/4 = 75
 *   乙  2 300 40                        33.33    100     100      | 33.33  100     (100+100)/4 = 50
 *   丁  1 100 —                         0        0       —        | 0      0       0
 * 2023                                                              |
 *   甲  1 100 10                        0        100     20       | 0      60      15
 *   乙  3 100 30                        100      100     100      | 100    100     100
 *   丙  2  50  5                        50       0       0        | 50     0       37.5
 * </pre>
 * With equal dimension weights (set {@code t-equal}) 2024 gives 甲 50, 乙 66.67, 丁 0.
 */
class ScoringCommandsTests {

	static final String SET = """
			id: t
			version: "1"
			name: {zh: 测试体系, en: Test set}
			method:
			  normalise: {method: minmax, low: 0, high: 100}
			  aggregate: arithmetic
			  weights: explicit
			  impute: none
			  treat: none
			gates:
			  - {id: has_office, name: {zh: 设有境外机构, en: Has an office abroad}, rule: offices >= 1}
			tiers:
			  - {id: top, name: {zh: 一流, en: Top}, min: 60}
			  - {id: rest, name: {zh: 其他, en: Rest}}
			dimensions:
			  - id: reach
			    name: {zh: 覆盖, en: Reach}
			    weight: 3
			    children:
			      - {id: offices, name: {zh: 境外机构数, en: Offices abroad}, type: count, weight: 1}
			  - id: people
			    name: {zh: 人才, en: People}
			    weight: 1
			    children:
			      - {id: lawyers, name: {zh: 律师人数, en: Lawyers}, type: count, weight: 1}
			      - {id: partners, name: {zh: 合伙人数, en: Partners}, type: count, weight: 1}
			""";

	static final String FIRMS = """
			律所名称,年度,省份,境外机构数,律师人数,合伙人数
			甲律师事务所,2024,北京,4,100,20
			乙律师事务所,2024,上海,2,300,40
			丙律师事务所,2024,北京,0,200,30
			丁律师事务所,2024,北京,1,100,
			甲律师事务所,2023,北京,1,100,10
			乙律师事务所,2023,上海,3,100,30
			丙律师事务所,2023,北京,2,50,5
			""";

	@TempDir
	Path folder;

	Path set;

	Path firms;

	@BeforeEach
	void files() throws IOException {
		this.set = Files.writeString(this.folder.resolve("t.yaml"), SET);
		this.firms = Files.writeString(this.folder.resolve("firms.csv"), FIRMS);
	}

	Runs.Result after(String commands) {
		return Runs.withInput("load " + this.firms + " --set " + this.set + "\n" + commands);
	}

	@Test
	void score_scoresEveryYearOnItsOwn_andShowsTheLatest() {
		Runs.Result r = after("score\n");

		assertThat(r.status()).isZero();
		String out = r.out().substring(r.out().indexOf("Scored by t"));
		assertThat(out).contains("Scored by t, year 2024: 4 firms, 3 scored and ranked, 1 not eligible (gates), 0 screened out",
				"Scored 2023, 2024, each year on its own; showing 2024");
		assertThat(row(out, "甲律师事务所")).contains("│    1 │", "75.00", "Top", "100.0", "0.0");
		assertThat(row(out, "乙律师事务所")).contains("│    2 │", "50.00", "Rest", "33.3", "100.0");
		assertThat(row(out, "丁律师事务所")).contains("│    3 │", "0.00", "Rest");
		assertThat(out).doesNotContain("丙律师事务所");
	}

	@Test
	void rankingOfAnotherYear_comesFromThatYearsOwnScoring() {
		Runs.Result r = after("score\nranking --year 2023\n");

		String out = r.out().substring(r.out().indexOf("Ranking: Test set, 2023"));
		assertThat(row(out, "乙律师事务所")).contains("│    1 │", "100.00", "Top");
		assertThat(row(out, "丙律师事务所")).contains("│    2 │", "37.50", "Rest", "50.0");
		assertThat(row(out, "甲律师事务所")).contains("│    3 │", "15.00", "Rest", "60.0");
	}

	@Test
	void scoreOfOneYear_thenRankingOfAnother_scoresThatYearWithTheSameOptions() {
		Runs.Result r = after("score --year 2023 --weights equal\nranking --year 2024\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).doesNotContain("each year on its own");
		String out = r.out().substring(r.out().indexOf("Ranking: Test set, 2024"));
		// equal weights at every level: 2024 composite = (reach + people) / 2
		assertThat(row(out, "乙律师事务所")).contains("│    1 │", "66.67");
		assertThat(row(out, "甲律师事务所")).contains("│    2 │", "50.00");
	}

	@Test
	void rankingAll_listsTheIneligibleFirmUnranked_andFirmGivesTheReason() {
		Runs.Result r = after("score\nranking --all\nfirm 丙律师事务所\n");

		String ranking = r.out().substring(r.out().lastIndexOf("Ranking: Test set, 2024"));
		assertThat(row(ranking, "丙律师事务所")).contains("│    — │", "Not eligible", "Has an office abroad (offices >= 1)");
		assertThat(r.out()).contains("丙律师事务所 (2024): composite —, rank — of 3, Not eligible",
				"Not eligible: Has an office abroad (offices >= 1)");
	}

	@Test
	void firm_showsEveryNodeTheDistanceToTheNextTierAndStrengthsApartFromWeaknesses() {
		Runs.Result r = after("score\nfirm 乙\n");

		String out = r.out().substring(r.out().indexOf("乙律师事务所 (2024)"));
		assertThat(out).contains("乙律师事务所 (2024): composite 50.00, rank 2 of 3, Rest; coverage 100%",
				"To reach Top: 10.00 more points of composite",
				"Strengths (best ranks): Lawyers #1, Partners #1", "Weaknesses (worst ranks): Offices abroad #2");
		assertThat(row(out, "├─\u00a0Reach")).contains("33.33", "2");
		assertThat(row(out, "└─\u00a0People")).contains("100.00", "1");
	}

	@Test
	void method_showsTheEffectiveWeightsAndWhereEachChoiceCameFrom() {
		Runs.Result r = after("score --weights equal --node people\nmethod\n");

		String out = r.out().substring(r.out().indexOf("Methods of the last score: set t version 1, year 2024"));
		assertThat(row(out, "(reach)")).contains("75.0%", "weights explicit [set]");
		assertThat(row(out, "(people)")).contains("25.0%", "weights equal [command]");
		assertThat(row(out, "(partners)")).contains("12.5%", "normalise minmax(low=0, high=100) [set]");
	}

	@Test
	void scoreOut_writesEveryYearsRowsUnrounded() throws IOException {
		Path out = this.folder.resolve("scores.csv");

		Runs.Result r = after("score --out " + out + "\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("Wrote " + out + ": scores and ranks of 7 firm records at every node");
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		// the scores layout of export's datasets: ids a researcher's tools take, statuses as codes
		assertThat(lines.get(0)).isEqualTo("\uFEFFyear,firm_id,firm,code,status,gates_failed,coverage,tier,"
				+ "score_composite,rank_composite,score_reach,rank_reach,score_people,rank_people");
		assertThat(lines).hasSize(8).contains("2024,乙律师事务所,乙律师事务所,,scored,,1,rest,50,2,33.33333333333333,2,100,1",
				"2023,丙律师事务所,丙律师事务所,,scored,,1,rest,37.5,2,50,2,0,3",
				"2024,丙律师事务所,丙律师事务所,,ineligible,has_office,1,,,,,,,");
	}

	@Test
	void scoreWithAnotherSet_readsTheSameFilesAgainstIt() throws IOException {
		Path equal = Files.writeString(this.folder.resolve("t-equal.yaml"),
				SET.replace("id: t\n", "id: t-equal\n").replace("weight: 3", "weight: 1"));

		Runs.Result r = after("score --set " + equal + "\nfirms --limit 1\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("Read " + this.firms + " again against set t-equal: 4 firms, 0 errors",
				"Scored by t-equal, year 2024");
		String out = r.out().substring(r.out().indexOf("Scored by t-equal"));
		assertThat(row(out, "乙律师事务所")).contains("│    1 │", "66.67");
	}

	@Test
	void rankingByAnAttribute_ranksWithinEachGroup() {
		Runs.Result r = after("score\nranking --by province\n");

		String out = r.out().substring(r.out().lastIndexOf("Ranking: Test set, 2024"));
		// 北京: 甲 75 then 丁 0; 上海: 乙 alone
		assertThat(row(out, "丁律师事务所")).contains("│    2 │");
		assertThat(row(out, "乙律师事务所")).contains("│    1 │");
	}

	@Test
	void rankingBeforeAnyScore_isAUsageError() {
		Runs.Result r = after("ranking\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("nothing is scored yet");
	}

	@Test
	void aYearTheDataDoesNotHave_isNamedWithTheYearsItHas() {
		Runs.Result r = after("score --year 2019\n");

		assertThat(r.status()).isNotZero();
		assertThat(r.err()).contains("the loaded data has no records for 2019; its years are [2023, 2024]");
	}

	@Test
	void anUnknownMethodOrNode_isOneClearLine() {
		Runs.Result method = after("score --normalise minmix\n");
		Runs.Result node = after("score --weights equal --node nowhere\n");

		assertThat(method.status()).isEqualTo(2);
		assertThat(method.err().strip().lines()).hasSize(2).allSatisfy(l -> assertThat(l).doesNotContain("Exception"));
		assertThat(method.err()).contains("minmix");
		assertThat(node.status()).isEqualTo(2);
		assertThat(node.err()).contains("nowhere");
	}

	@Test
	void anOutFileOfAnotherKind_isRefusedBeforeScoring() {
		Runs.Result r = after("score --out " + this.folder.resolve("scores.txt") + "\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.out()).doesNotContain("Scored by");
		assertThat(Files.exists(this.folder.resolve("scores.txt"))).isFalse();
	}

	/** The first line of {@code text} containing {@code marker}. */
	private static String row(String text, String marker) {
		return text.lines().filter(l -> l.contains(marker)).findFirst()
			.orElseThrow(() -> new AssertionError("no line with " + marker + " in\n" + text));
	}

}
