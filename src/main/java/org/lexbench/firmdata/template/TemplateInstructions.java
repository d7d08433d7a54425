package org.lexbench.firmdata.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexbench.files.Language;
import org.lexbench.files.Localised;
import org.lexbench.files.Text;
import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;

/**
 * The instructions sheet of a template: the set and version it is for, how to fill it in, and a
 * table of the indicator columns (dimension path, id, name, unit, kind of value, accepted values,
 * definition, evidence). Its headings avoid the words lexbench reads as a data header (名称,
 * Name, 指标, Indicator …), so the sheet never passes for data.
 */
final class TemplateInstructions {

	/** The table's columns: message key and width in digits. */
	private static final List<String> TABLE = List.of("template.table.column", "template.table.path",
			"template.table.id", "template.table.name", "template.table.unit", "template.table.type",
			"template.table.accepts", "template.table.definition", "template.table.evidence");

	private static final int[] WIDTHS = { 8, 28, 22, 28, 12, 14, 36, 50, 36 };

	/** How many steps the catalogue has: {@code template.step.1} … */
	static final int STEPS = 8;

	private static final float LINE_HEIGHT = 16f;

	private final XSSFWorkbook workbook;

	private final XSSFSheet sheet;

	private final TemplateLanguage language;

	private final CellStyle wrapped;

	private int next;

	private TemplateInstructions(XSSFWorkbook workbook, XSSFSheet sheet, TemplateLanguage language) {
		this.workbook = workbook;
		this.sheet = sheet;
		this.language = language;
		this.wrapped = this.workbook.createCellStyle();
		this.wrapped.setWrapText(true);
		this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
	}

	static void write(XSSFWorkbook workbook, XSSFSheet sheet, IndicatorSet set, List<TemplateColumn> columns,
			TemplateLanguage language, String dataSheet, String madeBy) {
		new TemplateInstructions(workbook, sheet, language).write(set, columns, dataSheet, madeBy);
	}

	private void write(IndicatorSet set, List<TemplateColumn> columns, String dataSheet, String madeBy) {
		for (int c = 0; c < WIDTHS.length; c++) {
			this.sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		line(Text.of("template.title", set.name(), set.version()), heading(14), 14);
		line(Text.of("template.made-for", set.id(), set.version(), madeBy, dataSheet), this.wrapped, 11);
		this.next++;
		line(Text.of("template.how"), heading(12), 12);
		String yes = Text.of("template.yes").in(this.language.lists());
		String no = Text.of("template.no").in(this.language.lists());
		for (int step = 1; step <= STEPS; step++) {
			int n = step;
			line(l -> n + ". " + Text.of("template.step." + n, yes, no).in(l), this.wrapped, 11);
		}
		this.next++;
		line(Text.of("template.table.title"), heading(12), 12);
		row(TABLE.stream().map(key -> this.language.text(Text.of(key))).toList(), tableHeading());
		Map<String, Dimension> parents = set.parents();
		for (int c = 0; c < columns.size(); c++) {
			TemplateColumn column = columns.get(c);
			if (column.indicator().isPresent()) {
				row(describe(column, CellReference.convertNumToColString(c), parents), this.wrapped);
			}
		}
	}

	private List<String> describe(TemplateColumn column, String letter, Map<String, Dimension> parents) {
		Indicator indicator = column.indicator().orElseThrow();
		return List.of(letter, this.language.text(l -> path(indicator, parents, l)), indicator.id(),
				this.language.text(indicator.name()), this.language.text(column.unit()),
				this.language.text(Text.of("value.kind." + indicator.type().keyword())),
				this.language.text(AcceptedValues.of(indicator, this.language)),
				this.language.text(indicator.description()), this.language.text(indicator.evidence()));
	}

	/** The names from the set's top dimension down to the indicator: 人才 › 涉外律师人数. */
	private static String path(Indicator indicator, Map<String, Dimension> parents, Language language) {
		List<String> names = new ArrayList<>();
		names.add(indicator.name().in(language));
		for (Dimension d = parents.get(indicator.id()); d != null && parents.containsKey(d.id()); d = parents.get(d.id())) {
			names.add(0, d.name().in(language));
		}
		return String.join(" › ", names);
	}

	/** A line of text across the sheet's width, in a font of {@code points}. */
	private void line(Localised text, CellStyle style, int points) {
		String shown = this.language.text(text);
		XSSFRow row = this.sheet.createRow(this.next);
		row.createCell(0).setCellValue(shown);
		row.getCell(0).setCellStyle(style);
		this.sheet.addMergedRegion(new CellRangeAddress(this.next, this.next, 0, WIDTHS.length - 1));
		int width = 0;
		for (int w : WIDTHS) {
			width += w;
		}
		row.setHeightInPoints(Math.max(row.getHeightInPoints(), org.lexbench.files.SheetTextWidth.lines(shown, width) * LINE_HEIGHT * points / 11 + 4));
		this.next++;
	}

	private void row(List<String> cells, CellStyle style) {
		XSSFRow row = this.sheet.createRow(this.next++);
		int lines = 1;
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
			row.getCell(c).setCellStyle(style);
			lines = Math.max(lines, org.lexbench.files.SheetTextWidth.lines(cells.get(c), WIDTHS[c] - 1));
		}
		row.setHeightInPoints(lines * LINE_HEIGHT + 4);
	}

	private CellStyle heading(int points) {
		Font font = this.workbook.createFont();
		font.setBold(true);
		font.setFontHeightInPoints((short) points);
		CellStyle style = this.workbook.createCellStyle();
		style.cloneStyleFrom(this.wrapped);
		style.setFont(font);
		return style;
	}

	private CellStyle tableHeading() {
		CellStyle style = heading(11);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		return style;
	}

}
