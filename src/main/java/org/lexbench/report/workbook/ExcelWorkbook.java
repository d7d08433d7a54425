package org.lexbench.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexbench.files.AtomicOutput;

/**
 * The Excel workbook of one year's score: overview with charts, ranking, dimension scores,
 * normalised indicators, raw data with every changed value marked, method, data quality and the
 * run, in the input's language. POI builds the package — styles, conditional formats, charts,
 * print settings — and the cells are streamed into it, so 50,000 firms × 100 indicators take little
 * memory and about as long as writing the bare cells; the file is written to a temporary name in
 * its folder and moved into place.
 */
public final class ExcelWorkbook {

	/** The sheets, in their order: adding a sheet is adding its class here. */
	static final List<WorkbookSheet> SHEETS = List.of(new OverviewSheet(), new RankingSheet(), new DimensionsSheet(),
			new IndicatorsSheet(), new RawDataSheet(), new PeersSheet(), new MethodSheet(), new DataQualitySheet(), new RunSheet());

	/** What was written: the file, its sheets' names, and the firms it covers. */
	public record Written(Path file, List<String> sheets, int firms) {

		public Written {
			sheets = List.copyOf(sheets);
		}

	}

	private ExcelWorkbook() {
	}

	public static Written write(WorkbookInput input, Path target) {
		Book book = new Book(input);
		List<SheetFrame> frames;
		try (XSSFWorkbook poi = new XSSFWorkbook()) {
			frames = lay(book, poi);
			poi.getProperties().getCoreProperties().setCreator("lexbench " + input.run().version());
			poi.getProperties().getCoreProperties().setTitle(book.text("overview.title", book.in(input.card().set().name()),
					book.year()));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			poi.write(bytes);
			byte[] made = bytes.toByteArray();
			var parts = SheetFrame.parts(frames);
			AtomicOutput.write(target, out -> PackageAssembly.write(made, parts, out));
		}
		catch (IOException closing) {
			throw new UncheckedIOException(closing);
		}
		return new Written(target, frames.stream().map(SheetFrame::name).toList(), input.card().size());
	}

	/** Makes the sheets this workbook has on {@code poi} and lays each out. */
	static List<SheetFrame> lay(Book book, XSSFWorkbook poi) {
		Looks looks = Looks.of(poi);
		List<SheetFrame> frames = new ArrayList<>();
		for (WorkbookSheet sheet : SHEETS) {
			if (sheet.present(book)) {
				SheetFrame frame = new SheetFrame(poi.createSheet(WorkbookUtil.createSafeSheetName(sheet.name(book))), looks);
				sheet.lay(book, frame);
				frames.add(frame);
			}
		}
		return frames;
	}

}
