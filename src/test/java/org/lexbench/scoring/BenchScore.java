package org.lexbench.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * What the scoring and export benchmarks score: {@code bench.firms} firms (default 50,000) × the
 * 100 indicators of src/bench/sets/bench-100.yaml (seed 20261125, 5% blank, the CSV the load
 * benchmark generates, kept in target/bench/), with mean imputation, a coverage screen,
 * winsorising, min-max, entropy weights and the arithmetic mean.
 */
public final class BenchScore {

	public static final int FIRMS = Integer.getInteger("bench.firms", 50_000);

	private BenchScore() {
	}

	public static IndicatorSet set() {
		return IndicatorSetLoader.load(Path.of("src/bench/sets/bench-100.yaml")).set();
	}

	/** The firms, generated once into target/bench/ and loaded. */
	public static FirmDataset data(IndicatorSet set) throws IOException {
		Path file = Path.of("target/bench/firms-" + FIRMS + "x" + set.indicators().size() + "-20261125.csv");
		if (!Files.exists(file)) {
			Files.createDirectories(file.getParent());
			SyntheticFirms.write(set, new GenerationSpec(FIRMS, 1, 2024, 20_261_125L, 0.05), file);
		}
		return DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
	}

	public static ScoringOptions options(IndicatorSet set) {
		ScoringOptions options = ScoringOptions.defaults();
		String[][] steps = { { "impute", "mean" }, { "screen", "coverage:firms=0.5" }, { "treat", "winsorise" },
				{ "normalise", "minmax" }, { "weights", "entropy" }, { "aggregate", "arithmetic" } };
		for (String[] s : steps) {
			options = options.with(MethodText.parse(MethodStep.parse(s[0]).orElseThrow(), s[1], set));
		}
		return options;
	}

}
