package org.lexbench.report.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToLongFunction;

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
 * The chart benchmark, run on demand ({@code src/bench/charts.sh}), never in the default test run:
 * the built-in set cn-first-class-7 scored on synthetic firms (seed 20261125, 5% blank), then one
 * radar per firm (its dimensions against the median and top quartile of all firms scored, Chinese
 * labels, the bundled font, 1600 × 900), on one thread, encoded in memory: built and drawn only,
 * as PNG, as SVG with text as outlines (what {@code charts} writes) and as SVG with {@code <text>}.
 * Prints ms per chart and the mean file size.
 */
@Tag("bench")
class ChartBench {

	static final int CHARTS = Integer.getInteger("bench.charts", 1_000);

	@Test
	void radarCharts_renderedAsPngAndSvg_timedPerChart() throws IOException {
		IndicatorSet set = IndicatorSetLoader.load(Path.of("indicators/cn-first-class-7.yaml")).set();
		Path file = Path.of("target/bench/charts-firms-" + CHARTS + "-20261125.csv");
		if (!Files.exists(file)) {
			Files.createDirectories(file.getParent());
			SyntheticFirms.write(set, new GenerationSpec(CHARTS, 1, 2024, 20_261_125L, 0.05), file);
		}
		FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
		ScoreCard card = Scoring.score(data, ScoringOptions.defaults());
		ScoreCharts charts = new ScoreCharts(card, Language.ZH);
		int[] firms = charts.scoredFirms();
		int[] peers = firms;
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "%d radar charts (%d dimensions, 3 series, grid rings, Chinese labels, 1600 × 900), "
				+ "one thread, Java %s, %d cores:", firms.length, charts.dimensions().size(), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors()));
		time(report, "built and drawn, no encoding", firms, f -> {
			Figure figure = charts.radar(f, peers);
			figure.chart().createBufferedImage(figure.width(), figure.height(), java.awt.image.BufferedImage.TYPE_INT_RGB, null);
			return 0;
		});
		time(report, "PNG (ImageIO, deflate level 1)", firms, f -> bytes(charts.radar(f, peers), ChartFormat.PNG));
		time(report, "SVG, text as outlines (written by charts)", firms, f -> bytes(charts.radar(f, peers), ChartFormat.SVG));
		time(report, "SVG, text as <text>", firms, f -> ChartFormat.svg(charts.radar(f, peers), false)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
		report.forEach(System.out::println);
		Files.write(Path.of("target/bench/charts.txt"), report);
	}

	/** Warms up on a hundred charts, then times every firm's chart; {@code size} returns a chart's bytes. */
	private static void time(List<String> report, String what, int[] firms, IntToLongFunction size) {
		for (int i = 0; i < Math.min(100, firms.length); i++) {
			size.applyAsLong(firms[i]);
		}
		long bytes = 0;
		long t = System.nanoTime();
		for (int f : firms) {
			bytes += size.applyAsLong(f);
		}
		double ms = (System.nanoTime() - t) / 1e6 / firms.length;
		report.add(String.format(Locale.ROOT, "  %-42s %6.2f ms/chart%s", what, ms,
				bytes == 0 ? "" : String.format(Locale.ROOT, ", %,d bytes/chart", bytes / firms.length)));
	}

	private static long bytes(Figure figure, ChartFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
		try {
			format.write(figure, out);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.size();
	}

}
