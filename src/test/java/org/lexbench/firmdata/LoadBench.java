package org.lexbench.firmdata;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lexbench.firmdata.synthetic.GenerationSpec;
import org.lexbench.firmdata.synthetic.SyntheticFirms;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The load benchmark of issue 3, run on demand ({@code ./mvnw -Pbench verify}, or
 * {@code src/bench/load.sh}), never in the default test run: generates 50,000 firms × 100
 * indicators with a fixed seed (xlsx and CSV, kept in {@code target/bench/} for later runs), then,
 * in the same JVM and alternating, reads each file with the fastest streaming reader used directly
 * (the floor: fastexcel-reader for xlsx, FastCSV for CSV, touching every cell's text) and with
 * lexbench's full load (parsing, matching, problem collection). Reports the median of the runs,
 * the ratio to the floor (goal ≤ 1.5) and the peak heap of lexbench's load (goal < 1 GiB; the
 * profile also caps the heap at 1 GiB, so a load needing more fails).
 */
@Tag("bench")
class LoadBench {

	static final int FIRMS = Integer.getInteger("bench.firms", 50_000);

	static final int RUNS = Integer.getInteger("bench.runs", 5);

	static final long SEED = 20_261_125L;

	static final Path SET = Path.of("src/bench/sets/bench-100.yaml");

	static final Path FOLDER = Path.of("target/bench");

	@Test
	void load_isWithinOneAndAHalfTimesTheFloor_andNeedsLessThanOneGibibyte() throws IOException {
		IndicatorSet set = IndicatorSetLoader.load(SET).set();
		Files.createDirectories(FOLDER);
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "firms %d × indicators %d, seed %d, %d runs (median), Java %s, %d cores, max heap %d MiB",
				FIRMS, set.indicators().size(), SEED, RUNS, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
		for (String kind : List.of("xlsx", "xlsx with formats", "csv")) {
			String extension = kind.startsWith("xlsx") ? "xlsx" : "csv";
			Path file = FOLDER.resolve("firms-" + FIRMS + "x" + set.indicators().size() + "-" + SEED + "." + extension);
			if (!Files.exists(file)) {
				long start = System.nanoTime();
				SyntheticFirms.write(set, new GenerationSpec(FIRMS, 1, 2024, SEED, 0.05), file);
				report.add(String.format(Locale.ROOT, "%s: generated in %.1f s, %.1f MB", extension, seconds(System.nanoTime() - start),
						Files.size(file) / 1e6));
			}
			if (kind.equals("xlsx with formats")) {
				file = withPercentStyle(file);
			}
			Path read = file;
			LongSupplier floor = extension.equals("xlsx") ? () -> fastexcel(read) : () -> fastcsv(read);
			long[] floors = new long[RUNS];
			long[] loads = new long[RUNS];
			long peak = 0;
			int records = 0;
			floor.getAsLong();
			records = DataLoader.load(set, List.of(read), LoadOptions.defaults(set.currency())).size();
			for (int run = 0; run < RUNS; run++) {
				long t = System.nanoTime();
				floor.getAsLong();
				floors[run] = System.nanoTime() - t;
				System.gc();
				resetPeaks();
				t = System.nanoTime();
				FirmDataset data = DataLoader.load(set, List.of(read), LoadOptions.defaults(set.currency()));
				loads[run] = System.nanoTime() - t;
				peak = Math.max(peak, heapPeak());
				records = data.size();
			}
			double f = seconds(median(floors));
			double l = seconds(median(loads));
			report.add(String.format(Locale.ROOT, "%s: floor %.2f s, lexbench load %.2f s (%d records), ratio %.2f (goal ≤ 1.5), "
					+ "peak heap during load %d MiB (goal < 1024)", kind, f, l, records, l / f, peak >> 20));
			if (kind.equals("csv")) {
				long[] parsed = new long[RUNS];
				for (int run = 0; run < RUNS; run++) {
					long t = System.nanoTime();
					fastcsvWithNumbers(file);
					parsed[run] = System.nanoTime() - t;
				}
				double p = seconds(median(parsed));
				report.add(String.format(Locale.ROOT, "csv: FastCSV with every number field parsed %.2f s; lexbench load / that %.2f",
						p, l / p));
			}
		}
		report.forEach(System.out::println);
		Files.write(FOLDER.resolve("load.txt"), report);
	}

	/**
	 * A copy of {@code xlsx} whose styles include Excel's built-in percentage format, so that
	 * lexbench reads every cell's format (a workbook without percentage or date formats is read
	 * without): the slower path, measured too.
	 */
	static Path withPercentStyle(Path xlsx) throws IOException {
		Path copy = xlsx.resolveSibling(xlsx.getFileName().toString().replace(".xlsx", "-formats.xlsx"));
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile());
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
			for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
				byte[] content = zip.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("xl/styles.xml")) {
					String styles = new String(content, java.nio.charset.StandardCharsets.UTF_8);
					// appended, so that no cell's style changes: only the workbook now has a percentage format
					String more = styles.replaceFirst("</cellXfs>", "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
							+ "xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>");
					if (more.equals(styles)) {
						throw new IllegalStateException("no cellXfs in " + xlsx);
					}
					content = more.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		if (!NumberFormats.anyMeaningful(copy)) {
			throw new IllegalStateException("the copy should have a percentage format: " + copy);
		}
		return copy;
	}

	/** The floor for xlsx: fastexcel-reader over the first sheet, every cell's raw text touched. */
	static long fastexcel(Path file) {
		long characters = 0;
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) rows::iterator) {
				for (Cell cell : row) {
					if (cell != null && cell.getRawValue() != null) {
						characters += cell.getRawValue().length();
					}
				}
			}
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return characters;
	}

	/** The floor for CSV: FastCSV over the file (UTF-8 with BOM), every field touched. */
	static long fastcsv(Path file) {
		long characters = 0;
		try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofCsvRecord(file)) {
			for (CsvRecord record : csv) {
				for (String field : record.getFields()) {
					characters += field.length();
				}
			}
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return characters;
	}

	/**
	 * What any reader of this CSV must at least do, beyond splitting fields: turn the numbers into
	 * numbers (a field of digits, point and minus is parsed; the reference for the CSV ratio).
	 */
	static double fastcsvWithNumbers(Path file) {
		double sum = 0;
		try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofCsvRecord(file)) {
			for (CsvRecord record : csv) {
				for (String field : record.getFields()) {
					if (!field.isEmpty() && field.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '-')) {
						sum += Double.parseDouble(field);
					}
				}
			}
		}
		catch (IOException | NumberFormatException e) {
			throw new IllegalStateException(e);
		}
		return sum;
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** The sum of the heap pools' peaks since the last reset (an upper bound of the heap in use at once). */
	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
