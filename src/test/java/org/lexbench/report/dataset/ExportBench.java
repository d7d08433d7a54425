package org.lexbench.report.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.scoring.BenchScore;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Scoring;
import org.lexbench.scoring.ScoringOptions;

/**
 * The export benchmark, run on demand ({@code src/bench/export.sh}), never in the default test
 * run: 50,000 firms × the 100 indicators of src/bench/sets/bench-100.yaml (seed 20261125, 5%
 * blank: the load and score benchmarks' CSV), scored as the score benchmark scores them, then
 * written as a wide dataset in CSV, xlsx and JSON, as a tidy CSV and a pseudonymised wide CSV,
 * each with its codebook; prints each export's median seconds over a few runs, rows and size.
 */
@Tag("bench")
class ExportBench {

	static final int RUNS = Integer.getInteger("bench.runs", 3);

	@Test
	void exporting_fiftyThousandFirms_wideAndTidy() throws IOException {
		IndicatorSet set = BenchScore.set();
		FirmDataset data = BenchScore.data(set);
		ScoringOptions options = BenchScore.options(set);
		List<ScoreCard> cards = List.of(Scoring.score(data, options));
		Path out = Files.createDirectories(Path.of("target/bench/export"));
		Path saltFolder = Files.createDirectories(Path.of("target/bench/export-salt"));
		Salt salt = Salt.readOrCreate(saltFolder.resolve("salt"));
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "exporting %d firms × %d indicators, median of %d runs (Java %s, %d cores, heap max %d MiB):",
				cards.get(0).size(), cards.get(0).indicators().size(), RUNS, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
		// a first, untimed run warms the JIT, as the second export of a session would be
		DatasetExport.write(cards, new DatasetExport.Request(Layout.WIDE, DatasetFormat.CSV, out.resolve("warm.csv"),
				Optional.empty(), false));
		Object[][] runs = { { Layout.WIDE, DatasetFormat.CSV, Optional.empty() }, { Layout.WIDE, DatasetFormat.XLSX, Optional.empty() },
				{ Layout.WIDE, DatasetFormat.JSON, Optional.empty() }, { Layout.TIDY, DatasetFormat.CSV, Optional.empty() },
				{ Layout.WIDE, DatasetFormat.CSV, Optional.of(salt) } };
		for (Object[] run : runs) {
			Layout layout = (Layout) run[0];
			DatasetFormat format = (DatasetFormat) run[1];
			@SuppressWarnings("unchecked")
			Optional<Salt> pseudonyms = (Optional<Salt>) run[2];
			Path target = out.resolve(DatasetExport.defaultName(cards, layout, format, pseudonyms.isPresent()));
			double[] seconds = new double[RUNS];
			DatasetExport.Result result = null;
			for (int r = 0; r < RUNS; r++) {
				System.gc();
				long t = System.nanoTime();
				result = DatasetExport.write(cards, new DatasetExport.Request(layout, format, target, pseudonyms, true));
				seconds[r] = (System.nanoTime() - t) / 1e9;
			}
			java.util.Arrays.sort(seconds);
			report.add(String.format(Locale.ROOT, "  %-42s %6.2f s (min %5.2f)  %,10d rows × %3d columns  %,7.1f MB%s",
					target.getFileName(), seconds[RUNS / 2], seconds[0], result.data().rows(), result.data().columns(), Files.size(target) / 1e6,
					result.data().sheets().size() > 1 ? "  on " + result.data().sheets().size() + " sheets" : ""));
		}
		Files.delete(out.resolve("warm.csv"));
		report.forEach(System.out::println);
		Files.write(Path.of("target/bench/export.txt"), report);
	}

}
