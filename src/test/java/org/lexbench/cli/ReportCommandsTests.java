package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report end to end, as {@code ./lexbench} runs it, on a small hand-made set and data, every
 * workbook opened again with POI.
 *
 * <p>The set weighs reach (offices abroad) 3 and size (lawyers, revenue in CNY) 1, imputes the
 * mean and gates on at least one office abroad. In 2024 丙 fails the gate and 丁 gave no number
 * of lawyers: the mean of the others', (100 + 300 + 200) / 3 = 200 (丙's 200 changes nothing), is
 * imputed. Revenue's median is 2.5 亿元, so that column is in 亿元: 甲's 250,000,000 yuan is 2.5.
 */
class ReportCommandsTests {

	static final String SET = """
			id: r
			version: "2"
			name: {zh: 报告测试体系, en: Report test set}
			currency: CNY
			method:
			  normalise: {method: minmax, low: 0, high: 100}
			  aggregate: arithmetic
			  weights: explicit
			  impute: mean
			  treat: none
			gates:
			  - {id: has_office, name: {zh: 设有境外机构, en: Has an office abroad}, rule: offices >= 1}
			tiers:
			  - {id: top, name: {zh: 一流, en: Top}, min: 60}
			  - {id: rest, name: {zh: 其他, en: Rest}}
			dimensions:
			  - id: reach
			    name: {zh: 覆盖, en: Reach}
			    weight: 3
			    children:
			      - {id: offices, name: {zh: 境外机构数, en: Offices abroad}, type: count, weight: 1}
			  - id: size
			    name: {zh: 规模, en: Size}
			    weight: 1
			    children:
			      - {id: lawyers, name: {zh: 律师人数, en: Lawyers}, type: count, weight: 1}
			      - {id: revenue, name: {zh: 总创收, en: Revenue}, type: money, weight: 1}
			""";

	static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

	static final String FIRMS = """
			律所名称,年度,省份,境外机构数,律师人数,总创收
			甲律师事务所,2024,北京,4,100,250000000
			乙律师事务所,2024,上海,2,300,900000000
			丙律师事务所,2024,北京,0,200,100000000
			丁律师事务所,2024,北京,1,,50000000
			"=HYPERLINK(""http://x"",""y"")",2024,广东,3,200,400000000
			""";

	static final double IMPUTED_LAWYERS = (100 + 300 + 200) / 3.0;

	@TempDir
	Path folder;

	Path set;

	Path firms;

	@BeforeEach
	void files() throws IOException {
		this.set = Files.writeString(this.folder.resolve("r.yaml"), SET);
		this.firms = Files.writeString(this.folder.resolve("firms.csv"), FIRMS);
	}

	Runs.Result report(String options) {
		return Runs.withInput("load " + this.firms + " --set " + this.set + "\nscore\nreport " + options + "\n");
	}

	@Test
	void report_writesEverySheetInTheSessionLanguage() throws IOException {
		Path out = this.folder.resolve("en.xlsx");
		Runs.Result r = report("--out " + out);

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(r.out()).contains("Wrote " + out + ": 8 sheets", "5 firms");
		try (XSSFWorkbook book = open(out)) {
			assertThat(names(book)).containsExactly("Overview", "Ranking", "Dimensions", "Indicators (normalised)", "Raw data",
					"Method", "Data quality", "Run");
		}
	}

	@Test
	void reportInChinese_namesSheetsAndHeadersInChinese_andIndicatorsInBothLanguages() throws IOException {
		Path out = this.folder.resolve("zh.xlsx");
		Runs.Result r = report("--lang zh --out " + out);

		assertThat(r.status()).as(r.err()).isZero();
		try (XSSFWorkbook book = open(out)) {
			assertThat(names(book)).containsExactly("概览", "排名", "维度得分", "指标（标准化）", "原始数据", "方法", "数据质量", "运行信息");
			assertThat(book.getSheet("排名").getRow(0).getCell(0).getStringCellValue()).isEqualTo("律所");
			assertThat(headers(book.getSheet("指标（标准化）"))).contains("境外机构数\nOffices abroad");
			assertThat(headers(book.getSheet("原始数据"))).contains("总创收\nRevenue\n(亿元)");
		}
	}

	@Test
	void ranking_holdsNumbersAsNumbers_byRank_withFrozenHeaderFilterAndColourScales() throws IOException {
		Path out = this.folder.resolve("r.xlsx");
		report("--out " + out);

		try (XSSFWorkbook book = open(out)) {
			XSSFSheet ranking = book.getSheet("Ranking");
			List<String> header = headers(ranking);
			int composite = header.indexOf("Composite");
			assertThat(header).containsSequence("Composite", "Rank", "Tier", "Reach", "Size");
			assertThat(ranking.getRow(1).getCell(0).getStringCellValue()).isEqualTo("甲律师事务所");
			Cell score = ranking.getRow(1).getCell(composite);
			assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(ranking.getRow(1).getCell(composite + 1).getNumericCellValue()).isEqualTo(1);
			assertThat(ranking.getPaneInformation().isFreezePane()).isTrue();
			assertThat(ranking.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(ranking.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + column(header.size() - 1) + "6");
			assertThat(ranking.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(3);
			assertThat(ranking.getPrintSetup().getLandscape()).isTrue();
			assertThat(ranking.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(book.getPrintArea(0)).isNull();
			assertThat(ranking.getRepeatingRows().formatAsString()).isEqualTo("1:1");
			assertThat(book.getSheet("Indicators (normalised)").getSheetConditionalFormatting().getNumConditionalFormattings())
				.isEqualTo(3);
		}
	}

	@Test
	void rawData_marksTheImputedValueWithAFillAndACommentGivingTheValueAsImported() throws IOException {
		Path out = this.folder.resolve("raw.xlsx");
		report("--out " + out);

		try (XSSFWorkbook book = open(out)) {
			XSSFSheet raw = book.getSheet("Raw data");
			List<String> header = headers(raw);
			int lawyers = header.indexOf("Lawyers\n律师人数");
			Row ding = row(raw, "丁律师事务所");
			Cell imputed = ding.getCell(lawyers);
			assertThat(imputed.getNumericCellValue()).isCloseTo(IMPUTED_LAWYERS, within(1e-9));
			assertThat(((org.apache.poi.xssf.usermodel.XSSFColor) imputed.getCellStyle().getFillForegroundColorColor()).getARGBHex()).endsWith("FFF2CC");
			XSSFComment comment = raw.getCellComment(imputed.getAddress());
			assertThat(comment.getString().getString()).isEqualTo("Imputed (mean): 200 used in scoring\nAs imported: empty");
			Cell asImported = row(raw, "甲律师事务所").getCell(lawyers);
			assertThat(asImported.getNumericCellValue()).isEqualTo(100);
			assertThat(raw.getCellComment(asImported.getAddress())).isNull();
		}
	}

	@Test
	void moneyInCny_isWrittenIn亿元WhenTheMedianAmountIsAHundredMillionOrMore() throws IOException {
		Path out = this.folder.resolve("money.xlsx");
		report("--out " + out);

		try (XSSFWorkbook book = open(out)) {
			XSSFSheet raw = book.getSheet("Raw data");
			int revenue = headers(raw).indexOf("Revenue\n总创收\n(100 million yuan (亿元))");
			assertThat(revenue).isPositive();
			assertThat(row(raw, "甲律师事务所").getCell(revenue).getNumericCellValue()).isEqualTo(2.5);
			assertThat(row(raw, "丁律师事务所").getCell(revenue).getNumericCellValue()).isEqualTo(0.5);
		}
	}

	@Test
	void firmNamedLikeAFormula_isStoredAsInertText_andNoCellAnywhereIsAFormula() throws IOException {
		Path out = this.folder.resolve("inert.xlsx");
		report("--out " + out);

		try (XSSFWorkbook book = open(out)) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
			for (String sheet : List.of("Ranking", "Dimensions", "Indicators (normalised)", "Raw data")) {
				Cell name = row(book.getSheet(sheet), HYPERLINK).getCell(0);
				assertThat(name.getCellType()).isEqualTo(CellType.STRING);
				assertThat(name.getStringCellValue()).isEqualTo(HYPERLINK);
				assertThat(name.getCellStyle().getQuotePrefixed()).as(sheet).isTrue();
			}
		}
	}

	@Test
	void overview_hasNativeBarChartsOfTheTopFirmsAndOfTheTiers_withExplicitColours() throws IOException {
		Path out = this.folder.resolve("charts.xlsx");
		report("--out " + out);

		try (XSSFWorkbook book = open(out)) {
			XSSFDrawing drawing = book.getSheet("Overview").getDrawingPatriarch();
			List<XSSFChart> charts = drawing.getCharts();
			assertThat(charts).hasSize(2);
			assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Top 4 by composite");
			assertThat(charts.get(1).getTitleText().getString()).isEqualTo("Firms by tier");
			for (XSSFChart chart : charts) {
				assertThat(chart.getChartSeries().get(0).getSeries(0).getShapeProperties().getFillProperties()).isNotNull();
			}
			assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getDataRangeReference())
				.startsWith("Overview!$B$");
		}
	}

	@Test
	void dataQuality_listsTheGateFailureAtTheFirmsRow_andRunNamesTheInputs() throws IOException {
		Path out = this.folder.resolve("quality.xlsx");
		report("--out " + out);

		try (XSSFWorkbook book = open(out)) {
			Row gate = row(book.getSheet("Data quality"), "scoring");
			assertThat(gate.getCell(5).getStringCellValue()).isEqualTo("丙律师事务所");
			assertThat(gate.getCell(6).getStringCellValue()).contains("Has an office abroad");
			XSSFSheet run = book.getSheet("Run");
			// every input with its SHA-256, as the manifest records them: the data, then the set's file
			assertThat(row(run, "Input files").getCell(1).getStringCellValue()).startsWith(this.firms + " · SHA-256 "
					+ org.lexbench.files.ContentHash.sha256(java.nio.file.Files.readAllBytes(this.firms)) + "\n").contains("r.yaml · SHA-256 ");
			assertThat(row(run, "Command").getCell(1).getStringCellValue()).isEqualTo("report"); // less --out: a replayed workbook, written elsewhere, stays identical
			assertThat(row(run, "Method: impute").getCell(1).getStringCellValue()).isEqualTo("mean");
		}
	}

	@Test
	void reportBeforeAnyScore_isRefusedInOneLine() {
		Runs.Result r = Runs.run("report", "--out", this.folder.resolve("x.xlsx").toString());

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err().strip()).isEqualTo("nothing is scored yet: score the loaded firms first (load FILE --set SET, then score), "
				+ "then report");
	}

	@Test
	void missingOutputFolder_isOneLineAndExitStatusFour() {
		Path out = this.folder.resolve("no/such/folder/x.xlsx");
		Runs.Result r = report("--out " + out);

		assertThat(r.status()).isEqualTo(4);
		assertThat(r.err().lines().findFirst()).contains("cannot write " + out + ": folder " + out.getParent() + " does not exist");
	}

	@Test
	void outputNotXlsx_isAUsageError() {
		Runs.Result r = report("--out " + this.folder.resolve("x.csv"));

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("the workbook is written as .xlsx");
	}

	@Test
	void yearTheLastScoreLeftOut_isScoredWithTheSameOptions_andWritten() throws IOException {
		Path set = Files.writeString(this.folder.resolve("t.yaml"), ScoringCommandsTests.SET);
		Path firms = Files.writeString(this.folder.resolve("years.csv"), ScoringCommandsTests.FIRMS);
		Path out = this.folder.resolve("2023.xlsx");
		Runs.Result r = Runs.withInput("load " + firms + " --set " + set + "\nscore --year 2024\nreport --year 2023 --out " + out + "\n");

		assertThat(r.status()).as(r.err()).isZero();
		try (XSSFWorkbook book = open(out)) {
			assertThat(book.getSheet("Overview").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Test set: 2023");
			assertThat(row(book.getSheet("Ranking"), "乙律师事务所").getCell(headers(book.getSheet("Ranking")).indexOf("Composite"))
				.getNumericCellValue()).isEqualTo(100);
		}
	}

	@Test
	void formatDocx_writesTheCouncilReport_withItsManifest_andRefusesAnotherExtension() throws IOException {
		Path out = this.folder.resolve("council.docx");
		Runs.Result r = report("--format docx --lang zh --out " + out);
		Runs.Result wrong = report("--format docx --out " + this.folder.resolve("council.xlsx"));
		Runs.Result unknown = report("--format pdf");

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(r.out()).contains("Wrote " + out + ": the council report (Word, A4)", "council.docx.manifest.json");
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out))) {
			assertThat(doc.getParagraphs().get(0).getText()).endsWith("年度评估报告");
			assertThat(doc.getAllPictures()).hasSize(2); // the ranking bars and the tier counts
		}
		assertThat(wrong.status()).isEqualTo(2);
		assertThat(wrong.err()).contains("the council report is a Word document: name it .docx");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).contains("xlsx | docx");
	}

	@Test
	void unknownLanguage_isAUsageError() {
		Runs.Result r = report("--lang fr --out " + this.folder.resolve("x.xlsx"));

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("“fr” is not a valid value for --lang");
	}

	@Test
	void rewrite_replacesTheFileWhole_andLeavesNoTemporaryFile() throws IOException {
		Path out = this.folder.resolve("again.xlsx");
		Files.writeString(out, "the previous report");
		Runs.Result r = report("--out " + out);

		assertThat(r.status()).isZero();
		try (XSSFWorkbook book = open(out); Stream<Path> files = Files.list(this.folder)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(8);
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
		}
	}

	@Test
	void demoThenReport_writesTheBundledSamplesWorkbook_withCommentsOnItsWinsorisedCells() throws IOException {
		Path out = this.folder.resolve("demo.xlsx");
		Runs.Result r = Runs.withInput("demo --outputs false\nreport --out " + out + "\n");

		assertThat(r.status()).as(r.err()).isZero();
		try (XSSFWorkbook book = open(out)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(8);
			assertThat(book.getSheet("Ranking").getLastRowNum()).isEqualTo(60);
			// the set declares founded a number attribute: a numeric cell, not the text "1983.0"
			int founded = headers(book.getSheet("Ranking")).indexOf("Year founded");
			assertThat(founded).isNotNegative();
			assertThat(book.getSheet("Ranking").getRow(1).getCell(founded).getCellType())
				.isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			XSSFSheet raw = book.getSheet("Raw data");
			assertThat(raw.getCellComments().values()).extracting(c -> c.getString().getString())
				.anyMatch(t -> t.startsWith("Winsorised: ") && t.contains("\nAs imported: "));
		}
	}

	static XSSFWorkbook open(Path file) throws IOException {
		return new XSSFWorkbook(Files.newInputStream(file));
	}

	static List<String> names(XSSFWorkbook book) {
		List<String> out = new ArrayList<>();
		book.forEach(s -> out.add(s.getSheetName()));
		return out;
	}

	static List<String> headers(Sheet sheet) {
		List<String> out = new ArrayList<>();
		sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
		return out;
	}

	static Row row(Sheet sheet, String first) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& row.getCell(0).getStringCellValue().equals(first)) {
				return row;
			}
		}
		throw new AssertionError("no row starting " + first + " in " + sheet.getSheetName());
	}

	private static String column(int index) {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
	}

}
