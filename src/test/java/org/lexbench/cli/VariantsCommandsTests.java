package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * variants end to end, on five firms and two indicators small enough to rank by hand: reach
 * (weight 3) and people (weight 1), min-max 0–100, arithmetic mean.
 * <pre>
 *        reach people | explicit 3:1   | equal
 *   A    10    0      | 61.36  rank 2  | 40.91  rank 3
 *   B     1   10      | 20.83  rank 5  | 41.67  rank 2
 *   C     5    4      | 35.61  rank 3  | 34.85  rank 4
 *   D     4    3      | 26.70  rank 4  | 26.14  rank 5
 *   E    12   12      | 100    rank 1  | 100    rank 1
 * </pre>
 * Σd² = 1 + 9 + 1 + 1 = 12, ρ = 1 − 6·12/(5·24) = 0.4; B is discordant with A, C and D, seven
 * pairs concordant: τ = (7 − 3)/10 = 0.4. B moves most, 5 → 2.
 */
class VariantsCommandsTests {

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

	static final String FIRMS = """
			律所名称,年度,覆盖,人才
			A律师事务所,2024,10,0
			B律师事务所,2024,1,10
			C律师事务所,2024,5,4
			D律师事务所,2024,4,3
			E律师事务所,2024,12,12
			""";

	@TempDir
	Path folder;

	Path set;

	Path firms;

	@BeforeEach
	void files() throws IOException {
		this.set = Files.writeString(this.folder.resolve("v.yaml"), SET);
		this.firms = Files.writeString(this.folder.resolve("firms.csv"), FIRMS);
	}

	Runs.Result after(String commands) {
		return Runs.withInput("load " + this.firms + " --set " + this.set + "\n" + commands);
	}

	@Test
	void explicitAgainstEqualWeights_ranksSideBySide_correlationsAndMovers() {
		Runs.Result r = after("score\nvariants --weights explicit,equal\n");

		assertThat(r.status()).isZero();
		String out = r.out().substring(r.out().indexOf("Method variants of set v, year 2024: 2 variants, 5 firms"));
		assertThat(out).contains("V1  weights=explicit", "V2  weights=equal");
		assertThat(row(out, "A律师事务所")).containsPattern("│\\s+2 │\\s+3 │");
		assertThat(row(out, "B律师事务所")).containsPattern("│\\s+5 │\\s+2 │");
		String rho = out.substring(out.indexOf("Spearman rho"));
		assertThat(row(rho, "│ V1 │")).contains("1.000", "0.400");
		String tau = out.substring(out.indexOf("Kendall tau-b"));
		assertThat(row(tau, "│ V2 │")).contains("0.400", "1.000");
		String movers = out.substring(out.indexOf("whose rank moves most"));
		assertThat(movers.lines().filter(l -> l.contains("律师事务所")).findFirst().orElseThrow()).contains("B律师事务所")
			.containsPattern("│\\s+2 │\\s+5 │\\s+3 │");
	}

	@Test
	void twoNormalisationsByTwoAggregations_areFourVariants_andOneThatCannotScoreSaysWhy() {
		Runs.Result r = after("score\nvariants --normalise minmax:low=1,high=100,minmax --aggregate arithmetic,geometric --top 0\n");

		assertThat(r.status()).isZero();
		String out = r.out().substring(r.out().indexOf("Method variants"));
		assertThat(out).contains("4 variants", "V1  normalise=minmax(low=1, high=100) · aggregate=arithmetic",
				"V2  normalise=minmax(low=1, high=100) · aggregate=geometric",
				"V3  normalise=minmax(low=0, high=100) · aggregate=arithmetic",
				"V4  normalise=minmax(low=0, high=100) · aggregate=geometric: not scored: the geometric mean at node d");
	}

	@Test
	void methodsOfAnOption_splitOnCommasButNotInsideParameters() {
		assertThat(VariantsCommands.methods("minmax:low=1,high=100,zscore:mean=10,sd=2;rank"))
			.containsExactly("minmax:low=1,high=100", "zscore:mean=10,sd=2", "rank");
		assertThat(VariantsCommands.methods("minmax(low=1, high=100), percentile")).containsExactly("minmax(low=1, high=100)", "percentile");
		assertThat(VariantsCommands.methods(" arithmetic , geometric ,")).containsExactly("arithmetic", "geometric");
		assertThat(VariantsCommands.methods(null)).isEmpty();
	}

	@Test
	void beforeAnyScore_isAUsageError() {
		Runs.Result r = after("variants --weights explicit,equal\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("nothing is scored yet");
	}

	@Test
	void anUnknownMethod_isAUsageErrorNamingIt() {
		Runs.Result r = after("score\nvariants --aggregate arithmetic,geometrik\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("geometrik");
		assertThat(r.out()).doesNotContain("Method variants");
	}

	/** The first line of {@code text} containing {@code marker}. */
	private static String row(String text, String marker) {
		return text.lines().filter(l -> l.contains(marker)).findFirst()
			.orElseThrow(() -> new AssertionError("no line with " + marker + " in\n" + text));
	}

}
