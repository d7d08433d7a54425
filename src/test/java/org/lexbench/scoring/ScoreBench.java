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
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.indicator.IndicatorSet;

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

	static final int RUNS = Integer.getInteger("bench.runs", 7);

	@Test
	void scoring_fiftyThousandFirmsThroughEveryStep_takesAtMostOneSecond() throws IOException {
		IndicatorSet set = BenchScore.set();
		FirmDataset data = BenchScore.data(set);
		ScoringOptions options = BenchScore.options(set);
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
