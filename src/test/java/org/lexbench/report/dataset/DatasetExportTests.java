package org.lexbench.report.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.InertText;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.ScoreRun;

import tools.jackson.databind.JsonNode;

/**
 * The wide and tidy layouts, their codebooks, CSV and JSON, on the fixture's hand-worked scores
 * (ScoringCommandsTests' worked table for 2023 and 2024; 2022 in fifths, see {@link ExportFixture}).
 */
class DatasetExportTests {

	static final List<String> WIDE = List.of("year", "firm_id", "firm", "code", "attr_name_en", "attr_province", "other_1",
			"status", "gates_failed", "coverage", "tier", "score_composite", "rank_composite", "score_reach", "rank_reach",
			"score_people", "rank_people", "raw_offices", "raw_lawyers", "raw_partners", "norm_offices", "norm_lawyers",
			"norm_partners", "rank_offices", "rank_lawyers", "rank_partners", "imp_offices", "imp_lawyers", "imp_partners",
			"trt_offices", "trt_lawyers", "trt_partners");

	static final List<String> TIDY = List.of("year", "firm_id", "firm", "code", "indicator", "dimension", "raw",
			"denominated", "imputed", "imputed_value", "treated", "treated_value", "out_of_range", "normalised", "rank",
			"weight", "effective_weight", "contribution");

	@TempDir
	Path folder;

	final ScoreRun run = ExportFixture.run();

	DatasetExport.Result write(Layout layout, DatasetFormat format, String name) {
		return DatasetExport.write(this.run.cards(),
				new DatasetExport.Request(layout, format, this.folder.resolve(name), Optional.empty(), true));
	}

	@Test
	void wideCsv_startsWithABom_namesItsColumns_andHoldsEveryYearUnrounded() throws IOException {
		DatasetExport.Result result = write(Layout.WIDE, DatasetFormat.CSV, "wide.csv");

		byte[] bytes = Files.readAllBytes(result.data().path());
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = Outputs.csv(result.data().path());
		assertThat(rows.get(0)).isEqualTo(WIDE);
		assertThat(rows).hasSize(1 + ExportFixture.RECORDS);
		assertThat(result.data().rows()).isEqualTo(ExportFixture.RECORDS);
		// 乙 2024 as worked by hand: offices (2-1)/(4-1)·100, lawyers and partners at the top; composite (3·33.3+100)/4
		assertThat(Outputs.row(rows, "firm", "乙律师事务所", "2024")).containsExactly("2024", "乙律师事务所", "乙律师事务所", "", "",
				"上海", "", "scored", "", "1", "rest", "50", "2", "33.33333333333333", "2", "100", "1", "2", "300", "40",
				"33.33333333333333", "100", "100", "2", "1", "1", "0", "0", "0", "0", "0", "0");
		// 甲 is known by its credit code; its English name and the unrecognised contact column come along
		assertThat(Outputs.row(rows, "firm", "甲律师事务所", "2024").subList(1, 7)).containsExactly("code:31110000MA01ABCD2Y",
				"甲律师事务所", "31110000MA01ABCD2Y", "Jia Law Firm", "北京", "张三 13800000000");
		// 丙 fails the gate: raw values kept, nothing scored
		assertThat(Outputs.row(rows, "firm", "丙律师事务所", "2024").subList(7, 20)).containsExactly("ineligible", "has_office",
				"1", "", "", "", "", "", "", "", "0", "200", "30");
		// 丁 has no partners: two of three values, and people from lawyers alone
		assertThat(Outputs.row(rows, "firm", "丁律师事务所", "2024").get(9)).isEqualTo("0.6666666666666666");
	}

	@Test
	void csvQuoting_followsRfc4180_andTextThatLooksLikeAFormulaIsInert() throws IOException {
		Path file = write(Layout.WIDE, DatasetFormat.CSV, "wide.csv").data().path();

		String text = Outputs.text(file);
		assertThat(text).contains("\"戊, \"\"国际\"\"\n律师事务所\"").contains("\r\n");
		List<List<String>> rows = Outputs.csv(file);
		List<String> names2022 = rows.stream().skip(1).filter(r -> r.get(0).equals("2022")).map(r -> r.get(2)).toList();
		assertThat(names2022).containsExactly(ExportFixture.QUOTED, "'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)");
		// 2022 rises in fifths: composite 0, 25, 50, 75, 100 in name order, ranked 5 to 1
		assertThat(rows.stream().skip(1).filter(r -> r.get(0).equals("2022")).map(r -> r.get(11) + "/" + r.get(12)))
			.containsExactly("0/5", "25/4", "50/3", "75/2", "100/1");
	}

	@Test
	void tidy_hasARowPerFirmIndicatorAndYear_withEveryStepWeightAndContribution() throws IOException {
		DatasetExport.Result result = write(Layout.TIDY, DatasetFormat.CSV, "tidy.csv");

		List<List<String>> rows = Outputs.csv(result.data().path());
		assertThat(rows.get(0)).isEqualTo(TIDY);
		assertThat(rows).hasSize(1 + ExportFixture.RECORDS * ExportFixture.INDICATORS);
		assertThat(result.data().rows()).isEqualTo(36);
		List<String> lawyers = rows.stream()
			.filter(r -> r.get(0).equals("2024") && r.get(2).equals("乙律师事务所") && r.get(4).equals("lawyers")).findFirst()
			.orElseThrow();
		// weight ½ of people, effective ¼·½; 乙's composite 50 is 25 from reach (¾·33.3) and 25 from people (¼·100),
		// lawyers half of people's: a quarter of the composite
		assertThat(lawyers).containsExactly("2024", "乙律师事务所", "乙律师事务所", "", "lawyers", "people", "300", "300", "0", "300",
				"0", "300", "0", "100", "1", "0.5", "0.125", "0.25");
		List<String> offices = rows.stream()
			.filter(r -> r.get(0).equals("2024") && r.get(2).equals("乙律师事务所") && r.get(4).equals("offices")).findFirst()
			.orElseThrow();
		assertThat(offices.subList(13, 17)).containsExactly("33.33333333333333", "2", "1", "0.75");
		// ¾·33.3 over ¾·33.3 + ¼·100: a half, unrounded (the double arithmetic gives 0.4999999999999999)
		assertThat(Double.parseDouble(offices.get(17))).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void codebook_describesEveryColumnInOrder_inBothLanguages() throws IOException {
		for (Layout layout : List.of(Layout.WIDE, Layout.TIDY)) {
			DatasetExport.Result result = write(layout, DatasetFormat.CSV, layout.keyword() + ".csv");

			assertThat(result.codebook()).isPresent();
			assertThat(result.codebook().get().path().getFileName()).hasToString(layout.keyword() + ".codebook.csv");
			List<List<String>> data = Outputs.csv(result.data().path());
			List<List<String>> codebook = Outputs.csv(result.codebook().get().path());
			assertThat(codebook.get(0)).containsExactly("name", "label_zh", "label_en", "unit_zh", "unit_en", "type", "node",
					"meaning_zh", "meaning_en");
			assertThat(codebook.stream().skip(1).map(r -> r.get(0))).containsExactlyElementsOf(data.get(0));
			for (List<String> entry : codebook.subList(1, codebook.size())) {
				assertThat(List.of(entry.get(1), entry.get(2), entry.get(7), entry.get(8))).as(entry.get(0)).allSatisfy(
						t -> assertThat(t).isNotBlank().doesNotContain("export."));
				assertThat(entry.get(5)).as(entry.get(0)).isIn("text", "integer", "number", "flag");
			}
		}
		List<List<String>> wide = Outputs.csv(this.folder.resolve("wide.codebook.csv"));
		assertThat(Outputs.row(wide.stream().map(r -> withYear(r)).toList(), "name", "raw_lawyers", "-"))
			.containsExactly("raw_lawyers", "律师人数：原始值", "Lawyers: raw value", "人", "persons", "number", "lawyers",
					"律师人数 按读取原样的数值（count；是/否记为 1/0，等级和类别记为其取值），未经任何步骤",
					"The value of Lawyers as read (count; yes/no as 1/0, levels and categories by their value), before any step", "-");
		assertThat(Outputs.row(wide.stream().map(r -> withYear(r)).toList(), "name", "imp_offices", "-").get(5)).isEqualTo("flag");
		assertThat(Outputs.row(wide.stream().map(r -> withYear(r)).toList(), "name", "other_1", "-").subList(1, 3))
			.containsExactly("联系人", "联系人");
	}

	/** A codebook row with a year column appended, so {@link Outputs#row} can find it. */
	private static List<String> withYear(List<String> row) {
		List<String> out = new ArrayList<>(row);
		out.add(row.get(0).equals("name") ? "year" : "-");
		return out;
	}

	@Test
	void json_parses_andHoldsTheSameValuesAsTheCsv() throws IOException {
		Path csvFile = write(Layout.WIDE, DatasetFormat.CSV, "wide.csv").data().path();
		DatasetExport.Result json = write(Layout.WIDE, DatasetFormat.JSON, "wide.json");

		List<List<String>> csv = Outputs.csv(csvFile);
		JsonNode root = Outputs.json(json.data().path());
		assertThat(root.get("format").asString()).isEqualTo("lexbench-dataset");
		assertThat(root.get("table").asString()).isEqualTo("wide");
		assertThat(root.get("set").get("id").asString()).isEqualTo("t");
		assertThat(root.get("set").get("name_zh").asString()).isEqualTo("测试体系");
		assertThat(root.get("years").toString()).isEqualTo("[2022,2023,2024]");
		assertThat(root.get("pseudonymised").booleanValue()).isFalse();
		List<String> names = new ArrayList<>();
		root.get("columns").forEach(c -> names.add(c.get("name").asString()));
		assertThat(names).isEqualTo(csv.get(0));
		JsonNode rows = root.get("rows");
		assertThat(rows.size()).isEqualTo(csv.size() - 1);
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < names.size(); c++) {
				JsonNode cell = rows.get(r).get(names.get(c));
				String expected = csv.get(r + 1).get(c);
				if (cell.isNull()) {
					assertThat(expected).as(names.get(c)).isEmpty();
				}
				else if (cell.isNumber()) {
					assertThat(cell.doubleValue()).as(names.get(c)).isEqualTo(Double.parseDouble(expected));
				}
				else {
					assertThat(InertText.of(cell.asString())).as(names.get(c)).isEqualTo(expected);
				}
			}
		}
		assertThat(Outputs.json(json.codebook().orElseThrow().path()).get("rows").size()).isEqualTo(names.size());
	}

	@Test
	void aFailedWrite_leavesThePreviousFileWhole_andNoTemporaryFile() throws IOException {
		Path target = write(Layout.WIDE, DatasetFormat.CSV, "wide.csv").data().path();
		byte[] before = Files.readAllBytes(target);
		ScoreCard latest = this.run.latest();
		List<FirmRecord> oneTooMany = new ArrayList<>(latest.firms());
		oneTooMany.add(latest.firms().get(0));
		List<ScoreCard> broken = new ArrayList<>(this.run.cards());
		broken.set(broken.size() - 1, ExportFixture.withFirms(latest, oneTooMany));

		// the extra firm has no values: the write fails on the last row, after every other row went out
		Throwable failure = catchThrowable(() -> DatasetExport.write(broken,
				new DatasetExport.Request(Layout.WIDE, DatasetFormat.CSV, target, Optional.empty(), true)));

		assertThat(failure).isNotNull();
		assertThat(Files.readAllBytes(target)).isEqualTo(before);
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("wide.csv", "wide.codebook.csv");
		}
	}

	@Test
	void defaultName_saysSetYearsLayoutAndPseudonymisation_andTheCodebookGoesBeside() {
		assertThat(DatasetExport.defaultName(this.run.cards(), Layout.WIDE, DatasetFormat.CSV, false))
			.isEqualTo("lexbench-t-2022-2024.csv");
		assertThat(DatasetExport.defaultName(this.run.cards(), Layout.TIDY, DatasetFormat.XLSX, true))
			.isEqualTo("lexbench-t-2022-2024-tidy-pseudonymised.xlsx");
		assertThat(DatasetExport.defaultName(List.of(this.run.latest()), Layout.WIDE, DatasetFormat.JSON, false))
			.isEqualTo("lexbench-t-2024.json");
		assertThat(DatasetExport.codebookOf(Path.of("out", "a.b.csv"))).isEqualTo(Path.of("out", "a.b.codebook.csv"));
	}

	@Test
	void scoresLayout_holdsStatusTierAndEveryNodesScoreAndRankOnly() throws IOException {
		Path file = DatasetExport.write(this.run.cards(),
				new DatasetExport.Request(Layout.SCORES, DatasetFormat.CSV, this.folder.resolve("s.csv"), Optional.empty(), false))
			.data().path();

		List<List<String>> rows = Outputs.csv(file);
		assertThat(rows.get(0)).containsExactly("year", "firm_id", "firm", "code", "status", "gates_failed", "coverage", "tier",
				"score_composite", "rank_composite", "score_reach", "rank_reach", "score_people", "rank_people");
		assertThat(Outputs.row(rows, "firm", "丙律师事务所", "2023")).containsExactly("2023", "丙律师事务所", "丙律师事务所", "",
				"scored", "", "1", "rest", "37.5", "2", "50", "2", "0", "3");
		assertThat(Files.exists(DatasetExport.codebookOf(file))).isFalse();
	}

}
