package org.lexbench.firmdata.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexbench.files.Language;
import org.lexbench.firmdata.Column;
import org.lexbench.firmdata.ColumnMatcher;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.indicator.Category;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.Level;
import org.lexbench.indicator.PlausibleRange;

/**
 * Fills in templates the way a firm would (through POI, as Excel does) and reads what a template
 * workbook holds. Which column is which is found from its header by the column matcher alone,
 * never from the template's mark, so a wrong header fails a test rather than being mapped
 * silently.
 */
final class ReturnedTemplates {

	static final List<String> FIRM_NAMES = List.of("甲律师事务所", "乙律师事务所", "丙律师事务所");

	static final int YEAR = 2024;

	static final String PROVINCE = "北京";

	private ReturnedTemplates() {
	}

	/** A returned template and what was written in it: per indicator, the value each firm's cell should read as. */
	record Filled(Path file, Map<String, List<Double>> values) {
	}

	/**
	 * Fills {@link #FIRM_NAMES} into the template's first data rows — name, year, province, and a
	 * valid value of every indicator column — and saves it as {@code returned}. A column is
	 * identified by its header alone.
	 */
	static Filled fill(Path template, Path returned, IndicatorSet set, TemplateLanguage language) {
		Map<String, List<Double>> values = new LinkedHashMap<>();
		try (XSSFWorkbook workbook = open(template)) {
			XSSFSheet data = workbook.getSheetAt(0);
			columns(data, set).forEach((id, column) -> {
				for (int f = 0; f < FIRM_NAMES.size(); f++) {
					int firm = f;
					XSSFRow row = data.getRow(firm + 1) == null ? data.createRow(firm + 1) : data.getRow(firm + 1);
					switch (id) {
						case "firm" -> row.createCell(column).setCellValue(FIRM_NAMES.get(firm));
						case "year" -> row.createCell(column).setCellValue(YEAR);
						case "province" -> row.createCell(column).setCellValue(PROVINCE);
						default -> set.find(id).filter(Indicator.class::isInstance).map(Indicator.class::cast)
							.ifPresent(i -> values.computeIfAbsent(id, k -> new ArrayList<>())
								.add(write(row, column, i, language, firm)));
					}
				}
			});
			try (OutputStream out = Files.newOutputStream(returned)) {
				workbook.write(out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Filled(returned, values);
	}

	/** Writes firm {@code firm}'s value of {@code indicator}, returning the value it stands for. */
	static double write(XSSFRow row, int column, Indicator indicator, TemplateLanguage language, int firm) {
		IndicatorType type = indicator.type();
		Language labels = language == TemplateLanguage.EN ? Language.EN : Language.ZH;
		if (type instanceof IndicatorType.YesNoType) {
			boolean yes = firm % 2 == 0;
			String word = labels == Language.EN ? (yes ? "Yes" : "No") : (yes ? "是" : "否");
			row.createCell(column).setCellValue(word);
			return yes ? 1 : 0;
		}
		if (type instanceof IndicatorType.OrdinalType ordinal) {
			Level level = ordinal.levels().get((firm + 1) % ordinal.levels().size());
			row.createCell(column).setCellValue(level.label().in(labels));
			return level.value();
		}
		if (type instanceof IndicatorType.CategoryType categories) {
			Category category = categories.categories().get((firm + 1) % categories.categories().size());
			row.createCell(column).setCellValue(category.label().in(labels));
			return category.score();
		}
		PlausibleRange range = indicator.plausibleRange().orElse(new PlausibleRange(0, 100));
		double value = range.min() + (range.max() - range.min()) * (firm + 1) / 8;
		value = type instanceof IndicatorType.CountType ? Math.floor(value) : value;
		row.createCell(column).setCellValue(value);
		return value;
	}

	static void assertEveryValueReadBack(FirmDataset data, Filled filled) {
		assertThat(data.size()).isEqualTo(FIRM_NAMES.size());
		assertThat(filled.values()).isNotEmpty();
		for (int firm = 0; firm < FIRM_NAMES.size(); firm++) {
			String name = FIRM_NAMES.get(firm);
			int record = java.util.stream.IntStream.range(0, data.size())
				.filter(r -> data.records().get(r).name().equals(name) && data.records().get(r).year().orElse(0) == YEAR)
				.findFirst().orElseThrow(() -> new AssertionError("no record " + name + " " + YEAR));
			assertThat(data.records().get(record).attributes()).containsEntry("province", PROVINCE);
			for (Map.Entry<String, List<Double>> e : filled.values().entrySet()) {
				assertThat(data.value(record, e.getKey())).as(FIRM_NAMES.get(firm) + " " + e.getKey())
					.isEqualTo(e.getValue().get(firm));
			}
		}
	}

	// --- reading a workbook ---

	static XSSFWorkbook open(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void edit(Path file, java.util.function.Consumer<XSSFWorkbook> change) {
		try (XSSFWorkbook workbook = open(file)) {
			change.accept(workbook);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<String> headers(Path file) {
		try (XSSFWorkbook workbook = open(file)) {
			List<String> out = new ArrayList<>();
			workbook.getSheetAt(0).getRow(0).forEach(cell -> out.add(cell.getStringCellValue()));
			return out;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each header's column, by the id the column matcher (without the mark) reads it as. */
	static Map<String, Integer> columns(XSSFSheet sheet, IndicatorSet set) {
		ColumnMatcher matcher = ColumnMatcher.of(set, Map.of());
		Map<String, Integer> out = new LinkedHashMap<>();
		sheet.getRow(0).forEach(cell -> {
			Column column = matcher.match(cell.getStringCellValue());
			String id = column instanceof Column.Values v ? v.indicator().id()
					: column instanceof Column.Attribute a ? a.id()
							: column instanceof Column.FirmName ? "firm"
									: column instanceof Column.FirmCode ? "code" : column instanceof Column.Year ? "year" : null;
			assertThat(id).as("header %s", cell.getStringCellValue()).isNotNull();
			assertThat(out.put(id, cell.getColumnIndex())).as("second column for %s", id).isNull();
		});
		return out;
	}

	/** The sheet's checks by column; each check covers one column. */
	static Map<Integer, XSSFDataValidation> checks(XSSFSheet sheet) {
		Map<Integer, XSSFDataValidation> out = new HashMap<>();
		for (XSSFDataValidation check : sheet.getDataValidations()) {
			int column = check.getRegions().getCellRangeAddress(0).getFirstColumn();
			assertThat(out.put(column, check)).isNull();
		}
		return out;
	}

}
