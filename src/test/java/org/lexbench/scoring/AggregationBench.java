package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The aggregation benchmark, run on demand ({@code src/bench/aggregate.sh}, or
 * {@code ./mvnw -Pbench test -Dtest=AggregationBench}), never in the default test run: one node
 * of 50,000 firms × 100 children (scores 1–100, 5% missing at random, weights 1–5), every method
 * run alternately after a warm-up, beside the floor: one read of every score, added up. The
 * median time of each and its ratio to the floor go to {@code target/bench/aggregate.txt}.
 */
@Tag("bench")
class AggregationBench {

	static final int FIRMS = Integer.getInteger("bench.firms", 50_000);

	static final int CHILDREN = Integer.getInteger("bench.children", 100);

	static final int RUNS = Integer.getInteger("bench.runs", 21);

	static final long SEED = 20_240_601L;

	static final String FLOOR = "floor (read)";

	@Test
	void fiftyThousandFirms_ofAHundredChildren_areAggregatedByEveryMethod() throws IOException {
		SplittableRandom random = new SplittableRandom(SEED);
		double[][] children = new double[CHILDREN][FIRMS];
		double[] weights = new double[CHILDREN];
		for (int c = 0; c < CHILDREN; c++) {
			weights[c] = 1 + random.nextInt(5);
			for (int f = 0; f < FIRMS; f++) {
				children[c][f] = random.nextDouble() < 0.05 ? Double.NaN : 1 + 99 * random.nextDouble();
			}
		}
		Map<String, Aggregation> methods = new LinkedHashMap<>();
		methods.put("arithmetic", new Aggregation.Arithmetic());
		methods.put("geometric", new Aggregation.Geometric());
		methods.put("harmonic", new Aggregation.Harmonic());
		methods.put("topsis vector", new Aggregation.Topsis(true));
		methods.put("topsis minmax", new Aggregation.Topsis(false));
		methods.put("vikor", new Aggregation.Vikor());
		Map<String, long[]> times = new LinkedHashMap<>();
		times.put(FLOOR, new long[RUNS]);
		methods.keySet().forEach(name -> times.put(name, new long[RUNS]));
		double check = 0;
		for (int warm = 0; warm < 10; warm++) {
			check += readEveryScore(children);
			for (Aggregation method : methods.values()) {
				check += method.aggregate(children, weights).score(0);
			}
		}
		for (int run = 0; run < RUNS; run++) {
			long floorStart = System.nanoTime();
			check += readEveryScore(children);
			times.get(FLOOR)[run] = System.nanoTime() - floorStart;
			for (Map.Entry<String, Aggregation> method : methods.entrySet()) {
				long start = System.nanoTime();
				Aggregated result = method.getValue().aggregate(children, weights);
				times.get(method.getKey())[run] = System.nanoTime() - start;
				check += result.score(FIRMS - 1);
			}
		}
		assertThat(check).isFinite();

		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "%d firms × %d children, 5%% missing, seed %d, median of %d runs, Java %s, %d cores",
				FIRMS, CHILDREN, SEED, RUNS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
		times.values().forEach(Arrays::sort);
		double floor = times.get(FLOOR)[RUNS / 2];
		times.forEach((name, nanos) -> report.add(String.format(Locale.ROOT, "%-14s %7.1f ms  (fastest %5.1f)  %4.1f × floor",
				name, nanos[RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[RUNS / 2] / floor)));
		Path folder = Path.of("target/bench");
		Files.createDirectories(folder);
		Files.write(folder.resolve("aggregate.txt"), report);
		report.forEach(System.out::println);
	}

	/** The floor: every score read once, in four independent sums so that reading is the only limit. */
	private static double readEveryScore(double[][] children) {
		double a = 0;
		double b = 0;
		double c = 0;
		double d = 0;
		for (double[] column : children) {
			int f = 0;
			for (; f + 3 < column.length; f += 4) {
				a += column[f];
				b += column[f + 1];
				c += column[f + 2];
				d += column[f + 3];
			}
			for (; f < column.length; f++) {
				a += column[f];
			}
		}
		// NaN (missing) propagates; the sum only keeps the JIT from dropping the loop
		return Double.isNaN(a + b + c + d) ? 0 : a + b + c + d;
	}

}
