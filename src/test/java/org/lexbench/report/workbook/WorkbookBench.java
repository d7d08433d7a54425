package org.lexbench.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lexbench.files.InertText;
import org.lexbench.files.Language;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.firmdata.synthetic.GenerationSpec;
import org.lexbench.firmdata.synthetic.SyntheticFirms;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.MethodText;
import org.lexbench.report.RunFacts;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Scoring;
import org.lexbench.scoring.ScoringOptions;

/**
 * The workbook benchmark of issue 5, run on demand ({@code src/bench/workbook.sh}), never in the
 * default test run: the full workbook of 50,000 firms × the 100 indicators of
 * src/bench/sets/bench-100.yaml (seed 20261125, 5% blank, scored as the scoring benchmark scores
 * them: mean imputation, so about 250,000 imputed cells with a comment each) against, in the same
 * JVM and alternating, the fastest xlsx writer on Maven Central (fastexcel) writing the same cells
 * — the very values the workbook's sheets produce — with no styles, comments or charts, at its
 * default compression and at the workbook's; and, for reference, POI's streaming writer (SXSSF)
 * writing the same cells with the workbook's styles. Prints the medians, the ratios (goal ≤ 1.5)
 * and the peak heap of each.
 */
@Tag("bench")
class WorkbookBench {

	static final int FIRMS = Integer.getInteger("bench.firms", 50_000);

	static final int RUNS = Integer.getInteger("bench.runs", 3);

	static final Path OUT = Path.of("target/bench");

	/** Cells with a value the last fastexcel run wrote. */
	static long cells;

	/** One way of writing the workbook's cells to a file. */
	@FunctionalInterface
	interface Writer {

		void write(WorkbookInput input, Path file) throws IOException;

	}

	@Test
	void workbook_ofFiftyThousandFirms_takesAtMostOneAndAHalfTimesTheFastestWriter() throws IOException {
		WorkbookInput input = input();
		System.gc();
		long held = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
		List<String> names = List.of("workbook", "fastexcel", "fastexcel-level-1", "poi-sxssf");
		List<Writer> writers = List.of((in, file) -> ExcelWorkbook.write(in, file), (in, file) -> fastexcel(in, file, -1),
				(in, file) -> fastexcel(in, file, PackageAssembly.LEVEL), WorkbookBench::sxssf);
		long[][] times = new long[writers.size()][RUNS];
		long[] peaks = new long[writers.size()];
		long[] sizes = new long[writers.size()];
		for (int w = 0; w < writers.size(); w++) {
			writers.get(w).write(input, OUT.resolve("warm-" + names.get(w) + ".xlsx"));
			Files.delete(OUT.resolve("warm-" + names.get(w) + ".xlsx"));
		}
		for (int run = 0; run < RUNS; run++) {
			for (int w = 0; w < writers.size(); w++) {
				Path file = OUT.resolve(names.get(w) + ".xlsx");
				System.gc();
				resetPeaks();
				long t = System.nanoTime();
				writers.get(w).write(input, file);
				times[w][run] = System.nanoTime() - t;
				peaks[w] = Math.max(peaks[w], heapPeak());
				sizes[w] = Files.size(file);
			}
		}
		double[] medians = new double[writers.size()];
		for (int w = 0; w < writers.size(); w++) {
			Arrays.sort(times[w]);
			medians[w] = times[w][RUNS / 2] / 1e9;
		}
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "workbook of %d firms × %d indicators (%,d cells with a value), median of %d runs, Java %s, "
				+ "%d cores, -Xmx %d MiB; the data and score held throughout: %d MiB of heap", input.card().size(),
				input.card().indicators().size(), cells, RUNS,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				held >> 20));
		String[] what = { "lexbench workbook (8 sheets, styles, colour scales, charts, comments)",
				"fastexcel, same cells, no styling, default compression (4)",
				"fastexcel, same cells, no styling, compression " + PackageAssembly.LEVEL,
				"POI SXSSF, same cells and styles, no comments or charts" };
		for (int w = 0; w < writers.size(); w++) {
			report.add(String.format(Locale.ROOT, "  %-70s %6.2f s  %5d MiB peak heap  %4d MiB file", what[w], medians[w],
					peaks[w] >> 20, sizes[w] >> 20));
		}
		report.add(String.format(Locale.ROOT, "  ratio workbook / fastexcel: %.2f at fastexcel's default compression, %.2f at the same "
				+ "compression (goal ≤ 1.5); POI SXSSF / fastexcel: %.2f", medians[0] / medians[1], medians[0] / medians[2],
				medians[3] / medians[1]));
		report.forEach(System.out::println);
		Files.write(OUT.resolve("workbook.txt"), report);
	}

	/** The scoring benchmark's data and options, scored once. */
	static WorkbookInput input() throws IOException {
		IndicatorSet set = IndicatorSetLoader.load(Path.of("src/bench/sets/bench-100.yaml")).set();
		Path file = OUT.resolve("firms-" + FIRMS + "x" + set.indicators().size() + "-20261125.csv");
		if (!Files.exists(file)) {
			Files.createDirectories(OUT);
			SyntheticFirms.write(set, new GenerationSpec(FIRMS, 1, 2024, 20_261_125L, 0.05), file);
		}
		FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
		ScoringOptions options = ScoringOptions.defaults();
		String[][] steps = { { "impute", "mean" }, { "screen", "coverage:firms=0.5" }, { "treat", "winsorise" },
				{ "normalise", "minmax" }, { "weights", "entropy" }, { "aggregate", "arithmetic" } };
		for (String[] s : steps) {
			options = options.with(MethodText.parse(MethodStep.parse(s[0]).orElseThrow(), s[1], set));
		}
		ScoreCard card = Scoring.score(data, options);
		RunFacts run = RunFacts.of(card, "bench", List.of(file.toString()), "report", Clock.systemUTC());
		return new WorkbookInput(card, data, run, Language.ZH);
	}

	/** The workbook's cells, sheet by sheet, written by fastexcel with no styles (level -1: its default). */
	static void fastexcel(WorkbookInput input, Path file, int level) throws IOException {
		try (XSSFWorkbook poi = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			List<SheetFrame> frames = ExcelWorkbook.lay(new Book(input), poi);
			long written = 0;
			org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(out, "lexbench", "1.0");
			if (level >= 0) {
				book.setCompressionLevel(level);
			}
			for (SheetFrame frame : frames) {
				org.dhatim.fastexcel.Worksheet sheet = book.newWorksheet(frame.name());
				FastexcelCells sink = new FastexcelCells(sheet);
				frame.rows().write(sink);
				sheet.finish();
				written += sink.values;
			}
			cells = written;
			book.finish();
		}
	}

	/** The workbook's cells with its styles, written by POI's streaming writer. */
	static void sxssf(WorkbookInput input, Path file) throws IOException {
		try (XSSFWorkbook poi = new XSSFWorkbook(); XSSFWorkbook styles = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			List<SheetFrame> frames = ExcelWorkbook.lay(new Book(input), poi);
			// the same styles in the same order, so the cells' style numbers mean the same
			Looks.of(styles);
			SXSSFWorkbook book = new SXSSFWorkbook(styles, 100, true, true);
			try {
				for (SheetFrame frame : frames) {
					frame.rows().write(new SxssfCells(book, book.createSheet(frame.name())));
				}
				book.write(out);
			}
			finally {
				book.close();
			}
		}
	}

	/** Cells to a fastexcel sheet: numbers as numbers, text as text, no style; rows flushed every thousand. */
	static final class FastexcelCells implements Cells {

		private final org.dhatim.fastexcel.Worksheet sheet;

		private int row = -1;

		private int column;

		private long values;

		FastexcelCells(org.dhatim.fastexcel.Worksheet sheet) {
			this.sheet = sheet;
		}

		@Override
		public void row() throws IOException {
			row(this.row + 1, Double.NaN);
		}

		@Override
		public void row(int index, double height) throws IOException {
			this.row = index;
			this.column = 0;
			if (index % 1000 == 0) {
				this.sheet.flush();
			}
		}

		@Override
		public void at(int index) {
			this.column = index;
		}

		@Override
		public void number(double value, Look look) {
			if (!Double.isNaN(value) && !Double.isInfinite(value)) {
				this.sheet.value(this.row, this.column, value);
				this.values++;
			}
			this.column++;
		}

		@Override
		public void text(String text, Look look) {
			if (text != null && !text.isEmpty()) {
				this.sheet.value(this.row, this.column, text);
				this.values++;
			}
			this.column++;
		}

		@Override
		public void blank(Look look) {
			this.column++;
		}

	}

	/** Cells to an SXSSF sheet with the workbook's cell styles (quote-prefixed for formula-like text). */
	static final class SxssfCells implements Cells {

		private final SXSSFWorkbook book;

		private final SXSSFSheet sheet;

		private SXSSFRow row;

		private int column;

		SxssfCells(SXSSFWorkbook book, SXSSFSheet sheet) {
			this.book = book;
			this.sheet = sheet;
		}

		@Override
		public void row() {
			row(this.row == null ? 0 : this.row.getRowNum() + 1, Double.NaN);
		}

		@Override
		public void row(int index, double height) {
			this.row = this.sheet.createRow(index);
			if (!Double.isNaN(height)) {
				this.row.setHeightInPoints((float) height);
			}
			this.column = 0;
		}

		@Override
		public void at(int index) {
			this.column = index;
		}

		@Override
		public void number(double value, Look look) {
			SXSSFCell cell = this.row.createCell(this.column++);
			if (!Double.isNaN(value) && !Double.isInfinite(value)) {
				cell.setCellValue(value);
			}
			cell.setCellStyle(style(look.style()));
		}

		@Override
		public void text(String text, Look look) {
			SXSSFCell cell = this.row.createCell(this.column++);
			if (text != null && !text.isEmpty()) {
				cell.setCellValue(text);
				cell.setCellStyle(style(InertText.of(text).equals(text) ? look.style() : look.inertStyle()));
			}
		}

		@Override
		public void blank(Look look) {
			this.row.createCell(this.column++).setCellStyle(style(look.style()));
		}

		private CellStyle style(int index) {
			return this.book.getCellStyleAt(index);
		}

	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** The sum of the heap pools' peaks since the last reset (an upper bound of the heap in use at once). */
	private static long heapPeak() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

}
