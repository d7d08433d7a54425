package org.lexbench.firmdata.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;

/**
 * The generation benchmark, not a unit test (run by {@code src/bench/generate.sh}, or
 * {@code ./mvnw -Pbench test}): 50,000 firms × 100 indicators written as CSV and as xlsx, then read
 * back, with the time, file size and peak heap of each step. The figures go to
 * {@code target/bench/generate.txt}.
 */
@Tag("bench")
class SyntheticFirmsBench {

	static final int FIRMS = Integer.getInteger("bench.firms", 50_000);

	/** Whether to read the files back too: reading needs far more heap than writing. */
	static final boolean READ = Boolean.parseBoolean(System.getProperty("bench.read", "true"));

	static final Path SET = Path.of("src/bench/sets/bench-100.yaml");

	static final Path FOLDER = Path.of("target/bench");

	@Test
	void fiftyThousandFirms_ofAHundredIndicators_areWrittenAndReadBack() throws IOException {
		IndicatorSet set = IndicatorSetLoader.load(SET).set();
		Files.createDirectories(FOLDER);
		GenerationSpec spec = new GenerationSpec(FIRMS, 1, 2024, 1, 0.05);
		List<String> report = new ArrayList<>();
		report.add(String.format("%d firms × %d indicators, 1 year, 5%% blank; JDK %s, -Xmx %d MB", FIRMS,
				set.indicators().size(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20));
		report.add(String.format("%-5s %9s %9s %10s %9s %10s", "file", "write s", "MB", "heap MB", "read s", "heap MB"));
		for (String extension : List.of("csv", "xlsx")) {
			Path file = FOLDER.resolve("firms-" + FIRMS + "x100." + extension);
			resetPeaks();
			long start = System.nanoTime();
			GenerationResult result = SyntheticFirms.write(set, spec, file);
			double write = (System.nanoTime() - start) / 1e9;
			long writeHeap = peakHeapMegabytes();
			assertThat(result.records()).isEqualTo(FIRMS);
			if (!READ) {
				report.add(String.format("%-5s %9.1f %9.1f %10d", extension, write, Files.size(file) / 1e6, writeHeap));
				continue;
			}
			resetPeaks();
			start = System.nanoTime();
			FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
			double read = (System.nanoTime() - start) / 1e9;
			report.add(String.format("%-5s %9.1f %9.1f %10d %9.1f %10d", extension, write, Files.size(file) / 1e6,
					writeHeap, read, peakHeapMegabytes()));
			assertThat(data.errors()).isZero();
			assertThat(data.size()).isEqualTo(FIRMS);
		}
		report.add("peak heap: the sum of the heap pools' peaks (an upper bound); peak RSS of this JVM: " + peakRss());
		Files.write(FOLDER.resolve("generate.txt"), report);
		report.forEach(System.out::println);
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMegabytes() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
	}

	/** VmHWM of /proc/self/status (Linux); "unknown" elsewhere. */
	private static String peakRss() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
				.map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
		}
		catch (IOException | RuntimeException unavailable) {
			return "unknown";
		}
	}

}
