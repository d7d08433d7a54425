package org.lexbench.firmdata.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexbench.files.Language;
import org.lexbench.files.Text;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;

/**
 * The data sheet of a template: one header row (bold, wrapped, filled; frozen with the firm-name
 * column), a comment on each header saying what goes in, and for each column the number format
 * and the check of the data rows.
 */
final class TemplateDataSheet {

	/** Who the header comments are by, as Excel shows it. */
	static final String AUTHOR = "lexbench";

	/** Points per line of the header row; 11-point text with Chinese fallback fonts needs about 16. */
	private static final float LINE_HEIGHT = 16f;

	private final XSSFWorkbook workbook;

	private final XSSFSheet sheet;

	private final TemplateLanguage language;

	private final Map<String, CellStyle> formats = new HashMap<>();

	private TemplateDataSheet(XSSFWorkbook workbook, XSSFSheet sheet, TemplateLanguage language) {
		this.workbook = workbook;
		this.sheet = sheet;
		this.language = language;
	}

	/** Writes {@code headers} of {@code columns} into {@code sheet} and prepares rows 2 to {@code firms} + 1. */
	static void write(XSSFWorkbook workbook, XSSFSheet sheet, List<TemplateColumn> columns, List<String> headers,
			TemplateLanguage language, int firms) {
		new TemplateDataSheet(workbook, sheet, language).write(columns, headers, firms);
	}

	private void write(List<TemplateColumn> columns, List<String> headers, int firms) {
		CellStyle described = headerStyle(IndexedColors.GREY_25_PERCENT);
		CellStyle measured = headerStyle(IndexedColors.PALE_BLUE);
		TemplateChecks checks = new TemplateChecks(this.workbook, this.sheet, this.language, firms);
		XSSFDrawing drawing = this.sheet.createDrawingPatriarch();
		XSSFRow row = this.sheet.createRow(0);
		int lines = 1;
		for (int c = 0; c < columns.size(); c++) {
			TemplateColumn column = columns.get(c);
			String header = headers.get(c);
			XSSFCell cell = row.createCell(c);
			cell.setCellValue(header);
			cell.setCellStyle(column.kind() == TemplateColumn.Kind.INDICATOR ? measured : described);
			int width = width(column, header);
			this.sheet.setColumnWidth(c, width * 256);
			lines = Math.max(lines, org.lexbench.files.SheetTextWidth.lines(header, width - 1));
			String comment = comment(column);
			if (!comment.isEmpty()) {
				cell.setCellComment(comment(drawing, c, comment));
			}
			String format = format(column);
			if (!format.isEmpty()) {
				// a column's style is what Excel gives every cell typed into it, however many rows are filled
				this.sheet.setDefaultColumnStyle(c, style(format));
			}
			checks.add(c, column);
		}
		row.setHeightInPoints(lines * LINE_HEIGHT + 4);
		this.sheet.createFreezePane(1, 1);
	}

	private static int width(TemplateColumn column, String header) {
		if (column.kind() == TemplateColumn.Kind.FIRM) {
			return 30;
		}
		if (column.kind() == TemplateColumn.Kind.CODE) {
			return Math.max(22, Math.min(30, org.lexbench.files.SheetTextWidth.of(header) + 2));
		}
		return Math.max(10, Math.min(30, org.lexbench.files.SheetTextWidth.of(header) + 2));
	}

	/**
	 * The number format of a column's data rows. Percentages are points (12 for 12%), so never a %
	 * format, which would show 12 as 1200%; codes are text, so Excel keeps every digit.
	 */
	private static String format(TemplateColumn column) {
		return switch (column.kind()) {
			case FIRM, CODE, TEXT -> "@";
			case YEAR, FOUNDED -> "0";
			case NUMBER -> "0.###";
			case INDICATOR -> format(column.indicator().orElseThrow().type());
		};
	}

	/** Values chosen from a list (yes/no, levels, categories) keep the general format. */
	private static String format(IndicatorType type) {
		if (type instanceof IndicatorType.CountType) {
			return "0";
		}
		if (type instanceof IndicatorType.PercentType) {
			return "0.0##";
		}
		if (type instanceof IndicatorType.MoneyType) {
			return "#,##0.##";
		}
		return type instanceof IndicatorType.NumberType ? "0.###" : "";
	}

	/** The comment of a header: for an indicator its definition, the evidence that counts and the values it accepts. */
	private String comment(TemplateColumn column) {
		return switch (column.kind()) {
			case FIRM -> this.language.text(Text.of("template.comment.firm"));
			case CODE -> this.language.text(Text.of("template.comment.code"));
			case YEAR -> this.language.text(Text.of("template.comment.year"));
			case INDICATOR -> this.language.join(l -> describe(column.indicator().orElseThrow(), l), "\n\n");
			default -> "";
		};
	}

	private String describe(Indicator indicator, Language language) {
		List<String> lines = new ArrayList<>();
		lines.add(indicator.name().in(language) + (language == Language.ZH ? "（" + indicator.id() + "）" : " (" + indicator.id() + ")"));
		if (!indicator.description().isEmpty()) {
			lines.add(Text.of("template.comment.definition", indicator.description()).in(language));
		}
		if (!indicator.evidence().isEmpty()) {
			lines.add(Text.of("template.comment.evidence", indicator.evidence()).in(language));
		}
		lines.add(Text.of("template.comment.accepts", AcceptedValues.of(indicator, this.language)).in(language));
		return String.join("\n", lines);
	}

	/** A comment box beside its header, about tall enough for its text. */
	private XSSFComment comment(XSSFDrawing drawing, int column, String text) {
		ClientAnchor anchor = this.workbook.getCreationHelper().createClientAnchor();
		anchor.setCol1(column + 1);
		anchor.setCol2(column + 5);
		anchor.setRow1(0);
		anchor.setRow2(2 + Math.min(40, org.lexbench.files.SheetTextWidth.lines(text, 48)));
		XSSFComment comment = drawing.createCellComment(anchor);
		comment.setString(new XSSFRichTextString(text));
		comment.setAuthor(AUTHOR);
		return comment;
	}

	private CellStyle headerStyle(IndexedColors fill) {
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		CellStyle style = this.workbook.createCellStyle();
		style.setFont(bold);
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setFillForegroundColor(fill.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		style.setDataFormat(this.workbook.createDataFormat().getFormat("@"));
		return style;
	}

	private CellStyle style(String format) {
		return this.formats.computeIfAbsent(format, f -> {
			CellStyle style = this.workbook.createCellStyle();
			style.setDataFormat(this.workbook.createDataFormat().getFormat(f));
			return style;
		});
	}

}
