package org.lexbench.report.workbook;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.PaperSize;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.CommentsTable;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * One sheet being laid out: its frame is POI's (column widths, frozen panes, filter, colour
 * scales, merged cells, charts, print settings: A4 landscape, one page wide, header rows repeated
 * on every page), its rows and comments are streamed when the workbook is written.
 */
final class SheetFrame {

	/** Writes a sheet's rows, top to bottom. */
	@FunctionalInterface
	interface Rows {

		void write(Cells rows) throws IOException;

	}

	/** The colour scale of scores: low red, middle (the median) yellow, high green — Excel's own. */
	private static final String[] SCALE = { "F8696B", "FFEB84", "63BE7B" };

	private final XSSFSheet sheet;

	private final Looks looks;

	private Rows rows = stream -> {
	};

	private CellNotes notes;

	private int noteCount;

	SheetFrame(XSSFSheet sheet, Looks looks) {
		this.sheet = sheet;
		this.looks = looks;
		org.apache.poi.xssf.usermodel.XSSFPrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PaperSize.A4_PAPER);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
	}

	Looks looks() {
		return this.looks;
	}

	String name() {
		return this.sheet.getSheetName();
	}

	/** Column {@code column} is {@code characters} digits wide (Excel's limit is 255). */
	void width(int column, double characters) {
		this.sheet.setColumnWidth(column, (int) Math.round(Math.min(255, Math.max(2, characters)) * 256));
	}

	/**
	 * The first {@code rows} rows are the header: they stay in view (with the first {@code columns}
	 * columns) and are printed on every page.
	 */
	void header(int rows, int columns) {
		if (rows == 0 && columns == 0) {
			return;
		}
		this.sheet.createFreezePane(columns, rows);
		if (rows > 0) {
			this.sheet.setRepeatingRows(new CellRangeAddress(0, rows - 1, -1, -1));
		}
	}

	/** Printed on one page, in both directions (the overview and its charts). */
	void onePage() {
		this.sheet.getPrintSetup().setFitHeight((short) 1);
	}

	/** A filter on the cells from {@code headerRow} to {@code lastRow}, columns {@code first} to {@code last}. */
	void filter(int headerRow, int lastRow, int first, int last) {
		this.sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), first, last));
	}

	/** Excel's three-colour scale (red, yellow at the median, green) on each column, each on its own. */
	void colourScale(int firstRow, int lastRow, Iterable<Integer> columns) {
		if (lastRow < firstRow) {
			return;
		}
		XSSFSheetConditionalFormatting formatting = this.sheet.getSheetConditionalFormatting();
		for (int column : columns) {
			XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
			XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
			scale.setNumControlPoints(3);
			XSSFConditionalFormattingThreshold[] points = scale.getThresholds();
			points[0].setRangeType(RangeType.MIN);
			points[1].setRangeType(RangeType.PERCENTILE);
			points[1].setValue(50d);
			points[2].setRangeType(RangeType.MAX);
			scale.setThresholds(points);
			XSSFColor[] colours = new XSSFColor[SCALE.length];
			for (int i = 0; i < colours.length; i++) {
				colours[i] = new XSSFColor(Looks.rgb(SCALE[i]), null);
			}
			scale.setColors(colours);
			formatting.addConditionalFormatting(new CellRangeAddress[] { new CellRangeAddress(firstRow, lastRow, column, column) },
					rule);
		}
	}

	/** Cells {@code first} to {@code last} of row {@code row} show as one (a paragraph, a title). */
	void merge(int row, int first, int last) {
		if (last > first) {
			this.sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
		}
	}

	/** The rows and columns the sheet will hold, which Excel reads before the cells. */
	void extent(int rows, int columns) {
		this.sheet.setDimensionOverride(new CellRangeAddress(0, Math.max(0, rows - 1), 0, Math.max(0, columns - 1)));
	}

	void chart(BarChart chart) {
		chart.drawOn(this.sheet);
	}

	void rows(Rows rows) {
		this.rows = rows;
	}

	/** The sheet's rows, as laid out. */
	Rows rows() {
		return this.rows;
	}

	/** The sheet's comments, {@code count} of them (none: the sheet has no comments part). */
	void notes(CellNotes notes, int count) {
		if (count <= 0) {
			return;
		}
		this.notes = notes;
		this.noteCount = count;
		// a placeholder comment makes POI create the comments part, its VML drawing and the
		// relationships between them and the sheet; both parts are then streamed in its place
		XSSFDrawing drawing = this.sheet.createDrawingPatriarch();
		XSSFComment placeholder = drawing.createCellComment(new XSSFClientAnchor(0, 0, 0, 0, 1, 0, 3, 3));
		placeholder.setString("");
		placeholder.setAddress(0, 0);
	}

	/**
	 * The parts streamed for this sheet, by zip entry name: its rows, and its comments and their
	 * shapes (with ids from block {@code firstBlock}); adds them to {@code out} and returns the
	 * next free block of shape ids.
	 */
	int streamedParts(Map<String, StreamedPart> out, int firstBlock) {
		out.put(entry(this.sheet.getPackagePart().getPartName().getName()), PackageAssembly.rows(this.rows));
		if (this.notes == null) {
			return firstBlock;
		}
		CommentsTable comments = this.sheet.getRelations().stream().filter(CommentsTable.class::isInstance)
			.map(CommentsTable.class::cast).findFirst().orElseThrow();
		CellNotes n = this.notes;
		String author = "lexbench";
		out.put(entry(comments.getPackagePart().getPartName().getName()), (made, stream) -> NoteParts.comments(n, author, stream));
		int blocks = Math.max(1, (this.noteCount + NoteParts.BLOCK) / NoteParts.BLOCK);
		int count = this.noteCount;
		out.put(entry(this.sheet.getVMLDrawing(false).getPackagePart().getPartName().getName()),
				(made, stream) -> NoteParts.shapes(n, count, firstBlock, stream));
		return firstBlock + blocks;
	}

	private static String entry(String partName) {
		return partName.startsWith("/") ? partName.substring(1) : partName;
	}

	static Map<String, StreamedPart> parts(Iterable<SheetFrame> frames) {
		Map<String, StreamedPart> out = new LinkedHashMap<>();
		int block = 1;
		for (SheetFrame f : frames) {
			block = f.streamedParts(out, block);
		}
		return out;
	}

}
