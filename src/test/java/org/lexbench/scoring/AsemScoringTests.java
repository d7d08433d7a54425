package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.MethodText;

/**
 * The ASEM example of COINr 1.1.14 (src/test/resources/asem/PROVENANCE.md: 51 countries, 49
 * indicators, 4 levels, 63 missing values) scored end to end from its COINr-style tables, as the
 * scripts under seeds/asem/ do.
 */
class AsemScoringTests {

	static final Path DATA = Path.of("src/test/resources/asem/ASEM_iData.csv");

	static final IndicatorSet SET = IndicatorSetLoader.load(Path.of("src/test/resources/asem/ASEM_iMeta.csv")).set();

	static final FirmDataset ASEM = DataLoader.load(SET, List.of(DATA), LoadOptions.defaults(SET.currency()));

	static ScoringOptions options(boolean denominate, String... steps) {
		ScoringOptions o = ScoringOptions.defaults().denominating(denominate);
		for (int i = 0; i < steps.length; i += 2) {
			o = o.with(MethodText.parse(MethodStep.parse(steps[i]).orElseThrow(), steps[i + 1], SET));
		}
		return o;
	}

	static final ScoringOptions FULL_EXAMPLE = options(true, "impute", "group-mean:by=EurAsia_group", "screen",
			"coverage:firms=0.9", "treat", "winsorise", "normalise", "minmax", "aggregate", "arithmetic");

	static double score(ScoreCard card, String node, String unit) {
		for (int f = 0; f < card.size(); f++) {
			if (card.firms().get(f).attributes().get("uCode").equals(unit)) {
				return card.score(node, f);
			}
		}
		throw new AssertionError("no unit " + unit);
	}

	@Test
	void asemData_loadsAllFiftyOneCountriesWithTheirSixtyThreeMissingValues() {
		assertThat(ASEM.size()).isEqualTo(51);
		long missing = SET.indicators().stream().mapToLong(i -> java.util.Arrays.stream(ASEM.column(i.id())).filter(Double::isNaN).count()).sum();
		assertThat(missing).isEqualTo(63);
		assertThat(ASEM.errors()).isZero();
	}

	/**
	 * COINr's published output of its full example: vignette "Presenting Results" (COINr 1.1.14,
	 * {@code get_results(build_example_coin(), dset = "Aggregated", tab_type = "Aggs")}), the top
	 * six to two decimals: Index, Conn, Sust and the eight pillars.
	 */
	@Test
	void coinrFullExample_matchesThePublishedTopSixToTwoDecimals() {
		ScoreCard card = Scoring.score(ASEM, FULL_EXAMPLE);
		String[] units = { "CHE", "NLD", "DNK", "NOR", "BEL", "SWE" };
		double[][] published = { { 68.38, 62.79, 73.98, 63.41, 32.87, 74.78, 85.94, 56.93, 77.21, 87.85, 56.88 },
				{ 64.82, 61.94, 67.70, 64.87, 46.62, 84.55, 71.74, 41.92, 58.73, 86.58, 57.78 },
				{ 64.80, 57.10, 72.51, 50.52, 30.43, 78.13, 75.35, 51.04, 69.83, 86.40, 61.29 },
				{ 64.47, 57.44, 71.50, 58.18, 25.70, 80.03, 89.46, 33.80, 70.90, 87.00, 56.59 },
				{ 63.54, 63.99, 63.09, 71.97, 48.22, 80.84, 75.60, 43.32, 53.01, 86.17, 50.09 },
				{ 63.00, 53.87, 72.12, 51.51, 23.87, 80.98, 74.51, 38.50, 66.37, 87.74, 62.27 } };
		String[] nodes = { SET.root().id(), "Conn", "Sust", "Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ",
				"Social", "SusEcFin" };
		for (int u = 0; u < units.length; u++) {
			for (int n = 0; n < nodes.length; n++) {
				assertThat(score(card, nodes[n], units[u])).as(units[u] + " " + nodes[n]).isCloseTo(published[u][n], within(0.005));
			}
		}
		for (int u = 0; u < units.length; u++) {
			int f = card.find(ASEM.records().stream().filter(r -> r.attributes().get("uCode").equals(units[0])).findFirst()
				.orElseThrow().name()).getAsInt();
			assertThat(card.compositeRank()[f]).isEqualTo(1);
		}
		assertThat(card.statuses()).allMatch(s -> s instanceof FirmStatus.Scored);
	}

	/**
	 * Every unit's Index, sub-index and pillar scores of the full example against an independent
	 * re-implementation of COINr's code (R/denominate.R, impute.R, screen_units.R, treat.R,
	 * normalise.R, aggregate.R at 1.1.14) written in Python while building this test
	 * (coinr-full-example-expected.csv beside the data; it reproduces every published cell above).
	 */
	@Test
	void coinrFullExample_matchesAnIndependentReimplementationForEveryUnit() throws IOException {
		ScoreCard card = Scoring.score(ASEM, FULL_EXAMPLE);
		List<String> lines = Files.readAllLines(Path.of("src/test/resources/asem/coinr-full-example-expected.csv"));
		String[] header = lines.get(0).split(",");
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			for (int c = 2; c < header.length; c++) {
				String node = header[c].equals("Index") ? SET.root().id() : header[c];
				assertThat(score(card, node, cells[0])).as(cells[0] + " " + node).isCloseTo(Double.parseDouble(cells[c]), within(1e-8));
			}
		}
	}

	@Test
	void sameInputsAndSettings_giveTheSameBitsEveryRun() {
		ScoreCard a = Scoring.score(ASEM, FULL_EXAMPLE);
		ScoreCard b = Scoring.score(ASEM, FULL_EXAMPLE);
		for (Map.Entry<String, double[]> e : a.scores().entrySet()) {
			assertThat(b.scores().get(e.getKey())).as(e.getKey()).containsExactly(e.getValue());
		}
	}

	@Test
	void oneThreadOrFour_giveTheSameBitsInEveryStageScoreAndRank() throws Exception {
		// columns are treated, normalised and ranked in parallel; each column's arithmetic keeps
		// its order, so the pool's size must not change a bit (Double.equals compares bits)
		ScoringOptions entropy = FULL_EXAMPLE.with(MethodText.parse(MethodStep.WEIGHTS, "entropy", SET));
		ScoreCard one = in(new java.util.concurrent.ForkJoinPool(1), entropy);
		ScoreCard four = in(new java.util.concurrent.ForkJoinPool(4), entropy);
		for (ScoreCard.Stage stage : ScoreCard.Stage.values()) {
			double[][] a = one.stages().get(stage);
			double[][] b = four.stages().get(stage);
			for (int j = 0; j < a.length; j++) {
				assertThat(java.util.Arrays.equals(a[j], b[j])).as(stage + " " + j).isTrue();
			}
		}
		for (String node : one.scores().keySet()) {
			assertThat(java.util.Arrays.equals(one.scores().get(node), four.scores().get(node))).as(node).isTrue();
			assertThat(java.util.Arrays.equals(one.ranks().get(node), four.ranks().get(node))).as(node).isTrue();
		}
	}

	private static ScoreCard in(java.util.concurrent.ForkJoinPool pool, ScoringOptions options) throws Exception {
		try {
			return pool.submit(() -> Scoring.score(ASEM, options)).get();
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void rawMinMaxArithmetic_scoresEveryCountryBetweenZeroAndHundred() {
		ScoreCard card = Scoring.score(ASEM, options(false, "normalise", "minmax", "aggregate", "arithmetic"));
		assertThat(java.util.Arrays.stream(card.composite()).boxed().toList()).allMatch(v -> v >= 0 && v <= 100);
		assertThat(card.year()).isEqualTo(OptionalInt.of(2018));
	}

}
