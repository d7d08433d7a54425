package org.lexbench.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.firmdata.synthetic.GenerationSpec;
import org.lexbench.firmdata.synthetic.SyntheticFirms;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.MethodText;

/**
 * The scoring benchmark of issue 4, run on demand ({@code src/bench/score.sh}), never in the
 * default test run: 50,000 firms × the 100 indicators of src/bench/sets/bench-100.yaml (seed
 * 20261125, 5% blank, the CSV the load benchmark generates), loaded once, then scored through
 * every step — gate, denominate, mean imputation, coverage screen, winsorising, min-max, entropy
 * weights, arithmetic mean, competition ranks, tiers — several times; prints the median and the
 * heap the scoring needs (goal ≤ 1 s on 2 cores, memory proportional to the data).
 */
@Tag("bench")
class ScoreBench {

	static final int FIRMS = Integer.getInteger("bench.firms", 50_000);

	static final int RUNS = Integer.getInteger("bench.runs", 7);

	@Test
	void scoring_fiftyThousandFirmsThroughEveryStep_takesAtMostOneSecond() throws IOException {
		IndicatorSet set = IndicatorSetLoader.load(Path.of("src/bench/sets/bench-100.yaml")).set();
		Path file = Path.of("target/bench/firms-" + FIRMS + "x" + set.indicators().size() + "-20261125.csv");
		if (!Files.exists(file)) {
			Files.createDirectories(file.getParent());
			SyntheticFirms.write(set, new GenerationSpec(FIRMS, 1, 2024, 20_261_125L, 0.05), file);
		}
		FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
		ScoringOptions options = ScoringOptions.defaults();
		String[][] steps = { { "impute", "mean" }, { "screen", "coverage:firms=0.5" }, { "treat", "winsorise" },
				{ "normalise", "minmax" }, { "weights", "entropy" }, { "aggregate", "arithmetic" } };
		for (String[] s : steps) {
			options = options.with(MethodText.parse(MethodStep.parse(s[0]).orElseThrow(), s[1], set));
		}
		Scoring.score(data, options);
		long[] times = new long[RUNS];
		long heap = 0;
		ScoreCard card = null;
		for (int run = 0; run < RUNS; run++) {
			System.gc();
			Runtime rt = Runtime.getRuntime();
			long before = rt.totalMemory() - rt.freeMemory();
			long t = System.nanoTime();
			card = Scoring.score(data, options);
			times[run] = System.nanoTime() - t;
			heap = Math.max(heap, rt.totalMemory() - rt.freeMemory() - before);
		}
		Arrays.sort(times);
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "scoring %d firms × %d indicators through every step (mean imputation, coverage screen, "
				+ "winsorising, min-max, entropy weights, arithmetic mean, ranks, tiers): median %.3f s (min %.3f, max %.3f) over %d runs "
				+ "(goal ≤ 1 s); heap grown during one run about %d MiB; Java %s, %d cores", card.size(), card.indicators().size(),
				times[RUNS / 2] / 1e9, times[0] / 1e9, times[RUNS - 1] / 1e9, RUNS, heap >> 20, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors()));
		report.forEach(System.out::println);
		Files.write(Path.of("target/bench/score.txt"), report);
	}

}
