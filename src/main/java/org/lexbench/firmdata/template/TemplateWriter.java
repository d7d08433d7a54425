package org.lexbench.firmdata.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexbench.files.AtomicOutput;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Text;
import org.lexbench.firmdata.TemplateMark;
import org.lexbench.indicator.IndicatorSet;

/**
 * Writes the fill-in template of an indicator set (xlsx): a data sheet with one column per
 * standard column, attribute and indicator that takes values, prepared rows with checks and number
 * formats; an instructions sheet; and the very hidden {@link TemplateMark} sheet by which a
 * returned template is recognised and read whatever language its headers are in.
 */
public final class TemplateWriter {

	/** The most data rows a template prepares. */
	static final int MAX_FIRMS = 10_000;

	private TemplateWriter() {
	}

	/**
	 * Writes the template of {@code set} in {@code language} to {@code out} (whose folder must
	 * exist), preparing {@code firms} data rows (1 to 10,000); {@code madeBy} names the program
	 * and version in the mark.
	 */
	public static TemplateResult write(IndicatorSet set, TemplateLanguage language, int firms, Path out, String madeBy) {
		Objects.requireNonNull(set, "set");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(madeBy, "madeBy");
		if (firms < 1 || firms > MAX_FIRMS) {
			throw new IllegalArgumentException("firms must be 1 to " + MAX_FIRMS + ", got " + firms);
		}
		List<TemplateColumn> columns = TemplateColumn.of(set);
		List<String> headers = TemplateColumn.headers(columns, language);
		String dataSheet = language.oneLine(Text.of("template.sheet.data"));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet data = workbook.createSheet(dataSheet);
			XSSFSheet instructions = workbook.createSheet(language.oneLine(Text.of("template.sheet.instructions")));
			TemplateDataSheet.write(workbook, data, columns, headers, language, firms);
			TemplateInstructions.write(workbook, instructions, set, columns, language, dataSheet, madeBy);
			Map<String, String> ids = new LinkedHashMap<>();
			for (int c = 0; c < columns.size(); c++) {
				ids.put(headers.get(c), columns.get(c).id());
			}
			mark(workbook, new TemplateMark(set.id(), set.version(), dataSheet, ids), madeBy);
			workbook.setActiveSheet(0);
			AtomicOutput.write(out, workbook::write);
		}
		catch (IOException closing) {
			throw LexbenchException.cannotWrite(closing, "output.failed", out, String.valueOf(closing.getMessage()));
		}
		int indicators = (int) columns.stream().filter(c -> c.indicator().isPresent()).count();
		int attributes = (int) columns.stream().filter(TemplateColumn::isAttribute).count();
		return new TemplateResult(out, indicators, attributes, firms);
	}

	/** The mark's sheet: text cells only, very hidden, so only Excel's VBA editor shows it. */
	private static void mark(XSSFWorkbook workbook, TemplateMark mark, String madeBy) {
		XSSFSheet sheet = workbook.createSheet(TemplateMark.SHEET);
		List<List<String>> rows = mark.rows(madeBy);
		for (int r = 0; r < rows.size(); r++) {
			XSSFRow row = sheet.createRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				row.createCell(c).setCellValue(rows.get(r).get(c));
			}
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

}
