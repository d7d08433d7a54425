package org.lexbench.firmdata.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexbench.files.Localised;
import org.lexbench.files.Text;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.PlausibleRange;

/**
 * The checks (Excel data validation) of a template's data rows: a drop-down list for yes/no,
 * levels and categories; whole numbers for counts and years; numbers within bounds for the rest;
 * each with an error box in the template's language. A list too long for Excel to hold in the
 * check itself is written to a hidden sheet and referenced there.
 */
final class TemplateChecks {

	/** Excel's limit on a list written into the check itself, separators included. */
	static final int LIST_LIMIT = 255;

	/** Excel's limits on an error box's title and message. */
	private static final int TITLE_LIMIT = 32;

	private static final int MESSAGE_LIMIT = 255;

	/** Bounds wide enough for any plausible amount, so the check only asks for a number. */
	private static final String ANY_MIN = "-1E+307";

	private static final String ANY_MAX = "1E+307";

	private final XSSFWorkbook workbook;

	private final XSSFSheet sheet;

	private final TemplateLanguage language;

	private final int firms;

	private final XSSFDataValidationHelper helper;

	/** The hidden sheet of long lists, once one is needed. */
	private XSSFSheet lists;

	private int listColumns;

	TemplateChecks(XSSFWorkbook workbook, XSSFSheet sheet, TemplateLanguage language, int firms) {
		this.workbook = workbook;
		this.sheet = sheet;
		this.language = language;
		this.firms = firms;
		this.helper = new XSSFDataValidationHelper(sheet);
	}

	/** Adds the check of one column, if its kind has one (names, codes and text attributes take any text). */
	void add(int column, TemplateColumn c) {
		Localised year = Text.of("template.error.year", Text.of("template.accepts.year"));
		switch (c.kind()) {
			case YEAR -> add(column, this.helper.createIntegerConstraint(OperatorType.BETWEEN, "1900", "2100"),
					DataValidation.ErrorStyle.STOP, year);
			// a firm that does not know its founding year may still write n/a, once warned
			case FOUNDED -> add(column, this.helper.createIntegerConstraint(OperatorType.BETWEEN, "1900", "2100"),
					DataValidation.ErrorStyle.WARNING, year);
			case NUMBER -> add(column, this.helper.createDecimalConstraint(OperatorType.BETWEEN, ANY_MIN, ANY_MAX),
					DataValidation.ErrorStyle.WARNING, Text.of("template.error.quantity", Text.of("template.accepts.number")));
			case INDICATOR -> indicator(column, c.indicator().orElseThrow());
			default -> {
			}
		}
	}

	/**
	 * A list refuses anything else, so every label read back is one the set knows; a quantity only
	 * warns, so that n/a (暂无) can be kept for an unknown value, as the instructions say.
	 */
	private void indicator(int column, Indicator indicator) {
		List<String> choices = AcceptedValues.choices(indicator, this.language);
		if (!choices.isEmpty()) {
			add(column, list(choices), DataValidation.ErrorStyle.STOP, Text.of("template.error.choose"));
			return;
		}
		DataValidationConstraint constraint;
		if (indicator.type() instanceof IndicatorType.CountType) {
			OptionalDouble max = AcceptedValues.countMax(indicator);
			constraint = max.isPresent()
					? this.helper.createIntegerConstraint(OperatorType.BETWEEN, "0", plain(max.getAsDouble()))
					: this.helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
		}
		else {
			Optional<PlausibleRange> bounds = AcceptedValues.bounds(indicator);
			constraint = this.helper.createDecimalConstraint(OperatorType.BETWEEN,
					bounds.map(r -> plain(r.min())).orElse(ANY_MIN), bounds.map(r -> plain(r.max())).orElse(ANY_MAX));
		}
		add(column, constraint, DataValidation.ErrorStyle.WARNING,
				Text.of("template.error.quantity", AcceptedValues.of(indicator, this.language)));
	}

	private void add(int column, DataValidationConstraint constraint, int errorStyle, Localised message) {
		DataValidation check = this.helper.createValidation(constraint,
				new CellRangeAddressList(1, this.firms, column, column));
		check.setErrorStyle(errorStyle);
		check.setEmptyCellAllowed(true);
		check.setShowErrorBox(true);
		check.createErrorBox(clip(this.language.oneLine(Text.of("template.error.title")), TITLE_LIMIT),
				clip(this.language.text(message), MESSAGE_LIMIT));
		if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
			// XSSF inverts this flag: true shows the drop-down arrow
			check.setSuppressDropDownArrow(true);
		}
		this.sheet.addValidationData(check);
	}

	/**
	 * A list written into the check when Excel can hold it there; else (too long, or a label with a
	 * comma or a quote, which the inline form cannot carry) a range of the hidden list sheet.
	 */
	private DataValidationConstraint list(List<String> choices) {
		boolean inline = String.join(",", choices).length() <= LIST_LIMIT
				&& choices.stream().noneMatch(c -> c.contains(",") || c.contains("\""));
		if (inline) {
			return this.helper.createExplicitListConstraint(choices.toArray(String[]::new));
		}
		if (this.lists == null) {
			this.lists = this.workbook.createSheet(this.language.oneLine(Text.of("template.sheet.lists")));
			this.workbook.setSheetVisibility(this.workbook.getSheetIndex(this.lists), SheetVisibility.HIDDEN);
		}
		int column = this.listColumns++;
		for (int r = 0; r < choices.size(); r++) {
			(this.lists.getRow(r) == null ? this.lists.createRow(r) : this.lists.getRow(r)).createCell(column)
				.setCellValue(choices.get(r));
		}
		String letter = CellReference.convertNumToColString(column);
		String name = "'" + this.lists.getSheetName().replace("'", "''") + "'";
		return this.helper.createFormulaListConstraint(name + "!$" + letter + "$1:$" + letter + "$" + choices.size());
	}

	private static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static String clip(String text, int limit) {
		return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
	}

}
