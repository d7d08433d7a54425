package org.lexbench.firmdata.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lexbench.firmdata.template.ReturnedTemplates.assertEveryValueReadBack;
import static org.lexbench.firmdata.template.ReturnedTemplates.checks;
import static org.lexbench.firmdata.template.ReturnedTemplates.columns;
import static org.lexbench.firmdata.template.ReturnedTemplates.edit;
import static org.lexbench.firmdata.template.ReturnedTemplates.fill;
import static org.lexbench.firmdata.template.ReturnedTemplates.headers;
import static org.lexbench.firmdata.template.ReturnedTemplates.open;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexbench.files.Language;
import org.lexbench.firmdata.ColumnMatcher;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.firmdata.TemplateMark;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Text;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.indicator.IndicatorType;

/**
 * The fill-in template: written for every built-in set in every language, filled in the way a
 * firm would (see {@link ReturnedTemplates}), saved under a new name and loaded back; what its
 * workbook holds; how a returned template is recognised; how it is written.
 */
class TemplateTests {

	static final List<String> BUILT_IN = List.of("cn-first-class-7", "wang-4", "global-reach");

	static final String MADE_BY = "lexbench test";

	static final int FIRMS = 25;

	@TempDir
	Path folder;

	static IndicatorSet builtIn(String id) {
		return IndicatorSetLoader.load(Path.of("indicators", id + ".yaml")).set();
	}

	static Stream<Arguments> everyBuiltInSetAndLanguage() {
		return BUILT_IN.stream().flatMap(id -> Stream.of(TemplateLanguage.values()).map(l -> Arguments.of(id, l)));
	}

	Path template(IndicatorSet set, TemplateLanguage language, String name) {
		return TemplateWriter.write(set, language, FIRMS, this.folder.resolve(name), MADE_BY).file();
	}

	// --- round trip ---

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("everyBuiltInSetAndLanguage")
	void filledTemplate_loadsWithoutAnyProblem_andEveryValueReadIsTheValueWritten(String id, TemplateLanguage language) {
		IndicatorSet set = builtIn(id);
		Path template = template(set, language, "template.xlsx");

		ReturnedTemplates.Filled filled = fill(template, this.folder.resolve("returned.xlsx"), set, language);
		FirmDataset data = DataLoader.load(set, List.of(filled.file()), LoadOptions.defaults(set.currency()));

		assertThat(data.problems()).isEmpty();
		assertEveryValueReadBack(data, filled);
	}

	@Test
	void templateWithHeadersRenamedToTheOtherLanguage_stillLoadsEveryValue() {
		IndicatorSet set = builtIn("cn-first-class-7");
		Path english = template(set, TemplateLanguage.EN, "english.xlsx");
		List<String> chineseHeaders = headers(template(set, TemplateLanguage.ZH, "chinese.xlsx"));
		ReturnedTemplates.Filled filled = fill(english, this.folder.resolve("returned.xlsx"), set, TemplateLanguage.EN);

		edit(filled.file(), workbook -> {
			Row header = workbook.getSheetAt(0).getRow(0);
			for (int c = 0; c < chineseHeaders.size(); c++) {
				header.getCell(c).setCellValue(chineseHeaders.get(c));
			}
		});
		FirmDataset data = DataLoader.load(set, List.of(filled.file()), LoadOptions.defaults(set.currency()));

		assertThat(headers(filled.file())).isEqualTo(chineseHeaders).isNotEqualTo(headers(english));
		assertThat(data.problems()).isEmpty();
		assertEveryValueReadBack(data, filled);
	}

	// --- what the workbook holds ---

	@ParameterizedTest
	@EnumSource(TemplateLanguage.class)
	void dataSheet_comesFirst_isNamedInTheTemplatesLanguage_andHasTheHeaderAndFirmNameFrozen(TemplateLanguage language)
			throws IOException {
		Map<TemplateLanguage, List<String>> sheetNames = Map.of(TemplateLanguage.ZH, List.of("数据", "填报说明"),
				TemplateLanguage.EN, List.of("Data", "Instructions"), TemplateLanguage.BOTH,
				List.of("数据 Data", "填报说明 Instructions"));
		Path file = template(builtIn("cn-first-class-7"), language, "t.xlsx");

		try (XSSFWorkbook workbook = open(file)) {
			assertThat(workbook.getSheetName(0)).isEqualTo(sheetNames.get(language).get(0));
			assertThat(workbook.getSheetName(1)).isEqualTo(sheetNames.get(language).get(1));
			assertThat(workbook.getActiveSheetIndex()).isZero();
			XSSFSheet data = workbook.getSheetAt(0);
			assertThat(data.getPaneInformation().isFreezePane()).isTrue();
			assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(data.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
			assertThat(data.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
			assertThat(data.getRow(0).getCell(0).getCellStyle().getWrapText()).isTrue();
		}
	}

	@Test
	void headers_areNameAndUnitInTheTemplatesLanguage_bothLanguagesOnTwoLines() {
		IndicatorSet set = builtIn("cn-first-class-7");

		List<String> zh = headers(template(set, TemplateLanguage.ZH, "zh.xlsx"));
		List<String> en = headers(template(set, TemplateLanguage.EN, "en.xlsx"));
		List<String> both = headers(template(set, TemplateLanguage.BOTH, "both.xlsx"));

		assertThat(zh).startsWith("律所名称", "统一社会信用代码", "年度", "英文名称", "省份", "城市", "规模档次", "总所/分所", "成立年份")
			.contains("境外分支机构数（个）", "境外律师占比（%）", "律所党组织设置形式", "客户满意度（分（1–5））");
		assertThat(en).startsWith("Firm name", "Unified social credit code", "Year", "English name", "Province")
			.contains("Overseas branches (offices)", "Share of lawyers based outside mainland China (%)");
		assertThat(both).startsWith("律所名称\nFirm name").contains("境外分支机构数（个）\nOverseas branches (offices)");
		assertThat(zh).hasSize(3 + org.lexbench.indicator.StandardAttributes.ALL.size() + set.indicators().size());
	}

	@ParameterizedTest
	@EnumSource(TemplateLanguage.class)
	void everyHeader_isRecognisedWithoutTheMark_asTheColumnTheMarkNames(TemplateLanguage language) {
		IndicatorSet set = builtIn("wang-4");
		Path file = template(set, language, "t.xlsx");
		ColumnMatcher matcher = ColumnMatcher.of(set, Map.of());

		TemplateMark mark = TemplateMark.read(file, "t.xlsx").orElseThrow();

		assertThat(mark.columns().keySet()).containsExactlyElementsOf(headers(file));
		mark.columns().forEach((header, id) -> assertThat(matcher.match(header)).as(header)
			.isEqualTo(ColumnMatcher.target(set, id).orElseThrow()));
		assertThat(mark.columns().values()).startsWith("firm", "code", "year", "name_en", "province", "city", "size_band",
				"office_type", "founded")
			.contains("revenue", "lawyers")
			.doesNotContain("revenue_per_lawyer");
	}

	@ParameterizedTest
	@EnumSource(TemplateLanguage.class)
	void everyIndicatorHeader_hasACommentWithItsDefinitionEvidenceAndAcceptedValues(TemplateLanguage language)
			throws IOException {
		IndicatorSet set = builtIn("cn-first-class-7");
		Path file = template(set, language, "t.xlsx");
		List<Language> shown = language == TemplateLanguage.BOTH ? List.of(Language.ZH, Language.EN)
				: List.of(language == TemplateLanguage.EN ? Language.EN : Language.ZH);

		try (XSSFWorkbook workbook = open(file)) {
			XSSFSheet data = workbook.getSheetAt(0);
			Map<String, Integer> columns = columns(data, set);
			for (Indicator i : set.indicators()) {
				String comment = data.getRow(0).getCell(columns.get(i.id())).getCellComment().getString().getString();
				for (Language l : shown) {
					assertThat(comment).as(i.id()).contains(i.description().in(l), i.evidence().in(l));
				}
			}
			Indicator levels = indicator(set, "party_org_level");
			String comment = data.getRow(0).getCell(columns.get("party_org_level")).getCellComment().getString().getString();
			assertThat(comment).contains(labels(levels, language));
		}
	}

	@ParameterizedTest
	@EnumSource(TemplateLanguage.class)
	void dataRows_haveADropDownOrANumberCheck_byIndicatorType(TemplateLanguage language) throws IOException {
		IndicatorSet set = builtIn("cn-first-class-7");
		Path file = template(set, language, "t.xlsx");
		List<String> yesNo = language == TemplateLanguage.EN ? List.of("Yes", "No") : List.of("是", "否");

		try (XSSFWorkbook workbook = open(file)) {
			XSSFSheet data = workbook.getSheetAt(0);
			Map<String, Integer> columns = columns(data, set);
			Map<Integer, XSSFDataValidation> checks = checks(data);

			assertThat(checks.get(columns.get("cross_appointment")).getValidationConstraint().getExplicitListValues())
				.containsExactlyElementsOf(yesNo);
			assertThat(checks.get(columns.get("party_org_level")).getValidationConstraint().getExplicitListValues())
				.containsExactlyElementsOf(labels(indicator(set, "party_org_level"), language));
			assertConstraint(checks.get(columns.get("foreign_lawyer_share")), ValidationType.DECIMAL, "0", "100");
			assertConstraint(checks.get(columns.get("deputies")), ValidationType.INTEGER, "0", "60");
			assertConstraint(checks.get(columns.get("year")), ValidationType.INTEGER, "1900", "2100");
			assertConstraint(checks.get(columns.get("founded")), ValidationType.INTEGER, "1900", "2100");
			assertConstraint(checks.get(columns.get("client_satisfaction")), ValidationType.DECIMAL, "1", "5");
			for (XSSFDataValidation check : checks.values()) {
				assertThat(check.getShowErrorBox()).isTrue();
				assertThat(check.getErrorBoxText()).isNotBlank().hasSizeLessThanOrEqualTo(255);
				assertThat(check.getErrorBoxTitle()).isNotBlank().hasSizeLessThanOrEqualTo(32);
				assertThat(check.getRegions().getCellRangeAddresses())
					.containsExactly(new CellRangeAddress(1, FIRMS, check.getRegions().getCellRangeAddress(0).getFirstColumn(),
							check.getRegions().getCellRangeAddress(0).getFirstColumn()));
			}
			assertThat(checks).doesNotContainKeys(columns.get("firm"), columns.get("province"));
		}
	}

	@Test
	void dataColumns_haveNumberFormatsThatShowPercentagesAsPoints_andKeepCodesAsText() throws IOException {
		IndicatorSet set = builtIn("cn-first-class-7");
		Path file = template(set, TemplateLanguage.ZH, "t.xlsx");

		try (XSSFWorkbook workbook = open(file)) {
			XSSFSheet data = workbook.getSheetAt(0);
			Map<String, Integer> columns = columns(data, set);
			Map<String, String> formats = new HashMap<>();
			for (String id : List.of("code", "deputies", "foreign_lawyer_share", "indemnity_cover", "client_satisfaction")) {
				formats.put(id, data.getColumnStyle(columns.get(id)).getDataFormatString());
			}

			assertThat(formats).containsExactlyInAnyOrderEntriesOf(Map.of("code", "@", "deputies", "0",
					"foreign_lawyer_share", "0.0##", "indemnity_cover", "#,##0.##", "client_satisfaction", "0.###"));
		}
	}

	@Test
	void markSheet_isVeryHiddenText_namingSetVersionDataSheetAndMaker() throws IOException {
		IndicatorSet set = builtIn("global-reach");
		Path file = template(set, TemplateLanguage.BOTH, "t.xlsx");

		TemplateMark mark = TemplateMark.read(file, "t.xlsx").orElseThrow();

		assertThat(mark.setId()).isEqualTo("global-reach");
		assertThat(mark.version()).isEqualTo(set.version());
		assertThat(mark.dataSheet()).isEqualTo("数据 Data");
		try (XSSFWorkbook workbook = open(file)) {
			int index = workbook.getSheetIndex(TemplateMark.SHEET);
			assertThat(workbook.getSheetVisibility(index)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			List<String> cells = new ArrayList<>();
			for (Row row : workbook.getSheetAt(index)) {
				row.forEach(cell -> {
					assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
					cells.add(cell.getStringCellValue());
				});
			}
			assertThat(cells).containsSubsequence(TemplateMark.MADE_BY, MADE_BY);
		}
	}

	@Test
	void instructionsSheet_namesTheSetAndListsEachIndicatorColumn_withoutPassingForData() throws IOException {
		IndicatorSet set = builtIn("cn-first-class-7");
		Path file = template(set, TemplateLanguage.ZH, "t.xlsx");
		String path = set.find("talent").orElseThrow().name().zh() + " › " + indicator(set, "foreign_lawyers").name().zh();

		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook workbook = open(file)) {
			for (Row row : workbook.getSheet("填报说明")) {
				row.forEach(cell -> texts.add(cell.getStringCellValue()));
			}
		}
		LexbenchException asData = catchThrowableOfType(LexbenchException.class, () -> DataLoader.load(set, List.of(file),
				LoadOptions.defaults(set.currency()).withSheet("填报说明")));

		assertThat(texts.get(0)).contains(set.name().zh(), set.version());
		assertThat(texts).contains(path, "foreign_lawyers", indicator(set, "foreign_lawyers").evidence().zh())
			.anySatisfy(t -> assertThat(t).contains("0.12"))
			.anySatisfy(t -> assertThat(t).contains("暂无"));
		assertThat(texts).containsAll(set.indicators().stream().map(Indicator::id).toList());
		assertThat(asData.text().key()).isEqualTo("data.no-header");
	}

	@Test
	void result_countsColumnsAndPreparedRows() {
		IndicatorSet set = builtIn("wang-4");
		int derived = (int) set.indicators().stream().filter(i -> i.from().isPresent()).count();

		TemplateResult result = TemplateWriter.write(set, TemplateLanguage.ZH, 10_000, this.folder.resolve("t.xlsx"),
				MADE_BY);

		assertThat(derived).isEqualTo(1);
		assertThat(result).isEqualTo(new TemplateResult(this.folder.resolve("t.xlsx"), set.indicators().size() - derived,
				org.lexbench.indicator.StandardAttributes.ALL.size(), 10_000));
	}

	@Test
	void firmsOutsideOneToTenThousand_isRefused() {
		IndicatorSet set = builtIn("wang-4");

		for (int firms : new int[] { 0, -1, 10_001 }) {
			assertThatThrownBy(() -> TemplateWriter.write(set, TemplateLanguage.ZH, firms, this.folder.resolve("t.xlsx"),
					MADE_BY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(firms));
		}
		assertThat(this.folder).isEmptyDirectory();
	}

	@Test
	void indicatorsOfTheSameName_haveHeadersTheMarkTellsApart_andLoadSeparately() {
		String yaml = """
				id: twins
				version: "1"
				name: Twins
				dimensions:
				  - id: home
				    name: {zh: 境内, en: At home}
				    weight: 1
				    children:
				      - {id: offices_home, name: {zh: 办公室数, en: Offices}, type: count, unit: {zh: 个, en: offices}, weight: 1}
				  - id: abroad
				    name: {zh: 境外, en: Abroad}
				    weight: 1
				    children:
				      - {id: offices_abroad, name: {zh: 办公室数, en: Offices}, type: count, unit: {zh: 个, en: offices}, weight: 1}
				""";
		IndicatorSet set = IndicatorSetLoader.loadYaml(yaml.getBytes(StandardCharsets.UTF_8), "twins.yaml", "twins.yaml").set();
		Path file = template(set, TemplateLanguage.ZH, "t.xlsx");
		List<String> headers = headers(file);
		int home = headers.indexOf("办公室数（个）");
		int abroad = headers.indexOf("办公室数（个） [offices_abroad]");

		edit(file, workbook -> {
			Row row = workbook.getSheetAt(0).createRow(1);
			row.createCell(0).setCellValue("甲律师事务所");
			row.createCell(headers.indexOf("年度")).setCellValue(2024);
			row.createCell(home).setCellValue(3);
			row.createCell(abroad).setCellValue(5);
		});
		FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));

		assertThat(home).isPositive();
		assertThat(abroad).isGreaterThan(home);
		assertThat(data.problems()).isEmpty();
		assertThat(data.value(0, "offices_home")).isEqualTo(3);
		assertThat(data.value(0, "offices_abroad")).isEqualTo(5);
	}

	// --- long lists ---

	@Test
	void listLongerThanExcelHoldsInACheck_isKeptOnAHiddenListSheet_andStillReadsBack() throws IOException {
		IndicatorSet set = longLists();
		Indicator practice = indicator(set, "main_practice");
		List<String> labels = labels(practice, TemplateLanguage.ZH);
		Path file = template(set, TemplateLanguage.ZH, "t.xlsx");

		try (XSSFWorkbook workbook = open(file)) {
			XSSFSheet data = workbook.getSheetAt(0);
			XSSFDataValidation check = checks(data).get(columns(data, set).get("main_practice"));
			String range = check.getValidationConstraint().getFormula1();
			XSSFSheet lists = workbook.getSheet("选项");
			List<String> listed = new ArrayList<>();
			lists.forEach(row -> listed.add(row.getCell(0).getStringCellValue()));

			assertThat(String.join(",", labels).length()).isGreaterThan(TemplateChecks.LIST_LIMIT);
			assertThat(check.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
			assertThat(check.getValidationConstraint().getExplicitListValues()).isNull();
			assertThat(range).isEqualTo("'选项'!$A$1:$A$" + labels.size());
			assertThat(listed).containsExactlyElementsOf(labels);
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(lists))).isEqualTo(SheetVisibility.HIDDEN);
			assertThat(workbook.getSheetIndex(lists)).isGreaterThan(workbook.getSheetIndex("填报说明"));
		}
		ReturnedTemplates.Filled filled = fill(file, this.folder.resolve("returned.xlsx"), set, TemplateLanguage.ZH);
		FirmDataset data = DataLoader.load(set, List.of(filled.file()), LoadOptions.defaults(set.currency()));
		assertThat(data.problems()).isEmpty();
		assertEveryValueReadBack(data, filled);
	}

	@Test
	void attributeDeclaredByTheSet_hasAColumnAfterTheStandardOnes_withItsUnitAndANumberCheck() throws IOException {
		IndicatorSet set = longLists();

		TemplateResult result = TemplateWriter.write(set, TemplateLanguage.ZH, FIRMS, this.folder.resolve("t.xlsx"), MADE_BY);

		assertThat(headers(result.file()).subList(3, 10)).containsExactly("英文名称", "省份", "城市", "规模档次", "总所/分所", "成立年份",
				"人口（万人）");
		assertThat(result.attributeColumns()).isEqualTo(7);
		try (XSSFWorkbook workbook = open(result.file())) {
			assertThat(checks(workbook.getSheetAt(0)).get(9).getValidationConstraint().getValidationType())
				.isEqualTo(ValidationType.DECIMAL);
		}
	}

	@Test
	void shortLists_needNoListSheet() throws IOException {
		try (XSSFWorkbook workbook = open(template(builtIn("global-reach"), TemplateLanguage.BOTH, "t.xlsx"))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
		}
	}

	// --- recognition of a returned template ---

	@Test
	void templateOfAnotherSet_isRefusedNamingTheSetItWasMadeFor() {
		IndicatorSet wang = builtIn("wang-4");
		IndicatorSet seven = builtIn("cn-first-class-7");
		Path file = template(wang, TemplateLanguage.ZH, "wang.xlsx");

		LexbenchException refused = catchThrowableOfType(LexbenchException.class,
				() -> DataLoader.load(seven, List.of(file), LoadOptions.defaults(seven.currency())));

		assertThat(refused.text().in(Language.EN)).isEqualTo(Text.of("data.template-other-set", file.toString(), wang.id(),
				wang.version(), seven.id(), seven.version()).in(Language.EN));
	}

	@Test
	void templateOfAnotherVersion_isRefused() throws IOException {
		IndicatorSet current = builtIn("wang-4");
		String yaml = Files.readString(Path.of("indicators", "wang-4.yaml"));
		String changed = yaml.replaceFirst("(?m)^version: \"1\\.0\"$", "version: \"2.0\"");
		IndicatorSet next = IndicatorSetLoader.loadYaml(changed.getBytes(StandardCharsets.UTF_8), "wang-4.yaml",
				"wang-4.yaml").set();
		Path file = template(next, TemplateLanguage.EN, "next.xlsx");

		LexbenchException refused = catchThrowableOfType(LexbenchException.class,
				() -> DataLoader.load(current, List.of(file), LoadOptions.defaults(current.currency())));

		assertThat(current.version()).isEqualTo("1.0");
		assertThat(next.version()).isEqualTo("2.0");
		assertThat(refused.text().in(Language.EN)).isEqualTo(Text.of("data.template-other-version", file.toString(),
				current.id(), "2.0", "1.0").in(Language.EN));
	}

	// --- writing ---

	@Test
	void existingFile_isReplacedWhole_leavingNoTemporaryFile() throws IOException {
		Path out = this.folder.resolve("t.xlsx");
		Files.writeString(out, "an older file");

		TemplateWriter.write(builtIn("wang-4"), TemplateLanguage.ZH, FIRMS, out, MADE_BY);

		assertThat(TemplateMark.read(out, "t.xlsx")).isPresent();
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("t.xlsx");
		}
	}

	@Test
	void failedWrite_leavesTheExistingFileAsItWas() throws IOException {
		Path out = this.folder.resolve("t.xlsx");
		Files.writeString(out, "an older file");
		Path nowhere = this.folder.resolve("missing").resolve("t.xlsx");

		LexbenchException noFolder = catchThrowableOfType(LexbenchException.class,
				() -> TemplateWriter.write(builtIn("wang-4"), TemplateLanguage.ZH, FIRMS, nowhere, MADE_BY));
		assertThatThrownBy(() -> TemplateWriter.write(builtIn("wang-4"), TemplateLanguage.ZH, 0, out, MADE_BY))
			.isInstanceOf(IllegalArgumentException.class);

		assertThat(noFolder.text().key()).isEqualTo("output.no-folder");
		assertThat(out).hasContent("an older file");
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("t.xlsx");
		}
	}

	// --- expectations ---

	static void assertConstraint(XSSFDataValidation check, int type, String min, String max) {
		assertThat(check.getValidationConstraint().getValidationType()).isEqualTo(type);
		assertThat(check.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
		assertThat(check.getValidationConstraint().getFormula1()).isEqualTo(min);
		assertThat(check.getValidationConstraint().getFormula2()).isEqualTo(max);
	}

	static Indicator indicator(IndicatorSet set, String id) {
		return (Indicator) set.find(id).orElseThrow();
	}

	/** The labels a drop-down of {@code indicator} offers: Chinese unless the template is English only. */
	static List<String> labels(Indicator indicator, TemplateLanguage language) {
		Language in = language == TemplateLanguage.EN ? Language.EN : Language.ZH;
		IndicatorType type = indicator.type();
		if (type instanceof IndicatorType.OrdinalType ordinal) {
			return ordinal.levels().stream().map(l -> l.label().in(in)).toList();
		}
		return ((IndicatorType.CategoryType) type).categories().stream().map(c -> c.label().in(in)).toList();
	}

	/**
	 * A set whose category has twelve long labels, well over Excel's 255 characters together.
	 */
	static IndicatorSet longLists() {
		StringBuilder categories = new StringBuilder();
		for (int n = 1; n <= 12; n++) {
			categories.append("          - {code: area").append(n).append(", label: {zh: \"第").append(n)
				.append("类：跨境并购、国际投资与争端解决综合服务\", en: \"Area ").append(n)
				.append(": cross-border M&A, investment and disputes\"}, score: ").append(n).append("}\n");
		}
		String yaml = """
				id: long-lists
				version: "1"
				name: {zh: 长列表, en: Long lists}
				attributes:
				  - {id: population, name: {zh: 人口, en: Population}, type: number, unit: {zh: 万人, en: thousands}}
				dimensions:
				  - id: d
				    name: D
				    weight: 1
				    children:
				      - id: main_practice
				        name: {zh: 主要业务领域, en: Main practice area}
				        type: category
				        weight: 1
				        categories:
				""" + categories + """
				      - id: offices
				        name: {zh: 办公室数, en: Offices}
				        type: count
				        unit: {zh: 个, en: offices}
				        weight: 1
				""";
		return IndicatorSetLoader.loadYaml(yaml.getBytes(StandardCharsets.UTF_8), "long-lists.yaml", "long-lists.yaml")
			.set();
	}

}
