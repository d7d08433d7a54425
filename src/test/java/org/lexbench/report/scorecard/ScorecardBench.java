package org.lexbench.report.scorecard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lexbench.files.Language;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.firmdata.synthetic.GenerationSpec;
import org.lexbench.firmdata.synthetic.SyntheticFirms;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Scoring;
import org.lexbench.scoring.ScoringOptions;

/**
 * The scorecard benchmark of issue 5, run on demand ({@code src/bench/scorecards.sh}), never in
 * the default test run: 1,000 synthetic firms of src/bench/sets/bench-100.yaml (seed 20261125),
 * scored, then every firm's card written as a PDF and a 150-dpi PNG, plus the combined PDF, with
 * Chinese labels; prints cards per second (goal ≥ 10 on 2 cores) after one warm-up round.
 */
@Tag("bench")
class ScorecardBench {

	static final int FIRMS = Integer.getInteger("bench.cards", 1_000);

	@Test
	void thousandScorecards_atLeastTenPerSecond() throws IOException {
		IndicatorSet set = IndicatorSetLoader.load(Path.of("src/bench/sets/bench-100.yaml")).set();
		Path file = Path.of("target/bench/firms-" + FIRMS + "x" + set.indicators().size() + "-20261125.csv");
		if (!Files.exists(file)) {
			Files.createDirectories(file.getParent());
			SyntheticFirms.write(set, new GenerationSpec(FIRMS, 1, 2024, 20_261_125L, 0.05), file);
		}
		FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
		ScoreCard card = Scoring.score(data, ScoringOptions.defaults());
		Path folder = Files.createDirectories(Path.of("target/bench/scorecards"));
		Scorecards cards = new Scorecards(card, Language.ZH, "lexbench bench");
		int[] firms = IntStream.range(0, card.size()).toArray();
		cards.write(folder, IntStream.range(0, 50).toArray(), null, done -> { });
		long t = System.nanoTime();
		cards.write(folder, firms, folder.resolve("all.pdf"), done -> { });
		double seconds = (System.nanoTime() - t) / 1e9;
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "%d scorecards (PDF + 150-dpi PNG each, and one combined PDF of %d pages), Chinese: "
				+ "%.1f s, %.1f cards/s (goal ≥ 10); combined PDF %d KB; Java %s, %d cores", firms.length, firms.length, seconds,
				firms.length / seconds, Files.size(folder.resolve("all.pdf")) >> 10, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors()));
		report.forEach(System.out::println);
		Files.write(Path.of("target/bench/scorecards.txt"), report);
	}

}
