package org.lexbench.firmdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lexbench.firmdata.Sheets.row;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Problem;
import org.lexbench.indicator.IndicatorSet;

/**
 * Loading whole files against the seven-point set: layouts, header rows, identities, duplicates,
 * and every problem with its place. Each fixture is written by the test itself (see
 * {@link Sheets}); expected values are read off the fixture by hand.
 */
class DataLoaderTests {

	static final IndicatorSet SEVEN = ValueReaderTests.SEVEN;

	static final LoadOptions DEFAULTS = LoadOptions.defaults("CNY");

	@TempDir
	Path folder;

	/** Loads files of the test's folder, showing them by their names relative to it. */
	FirmDataset load(LoadOptions options, Path... files) {
		List<Path> relative = java.util.Arrays.stream(files).map(f -> this.folder.relativize(f)).toList();
		return DataLoader.load(SEVEN, relative.stream().map(this.folder::resolve).toList(), options,
				f -> this.folder.relativize(f).toString());
	}

	FirmDataset load(Path... files) {
		return load(DEFAULTS, files);
	}

	static List<String> problems(FirmDataset data) {
		return data.problems().stream().map(p -> p.render(Language.EN)).toList();
	}

	static int record(FirmDataset data, String name, int year) {
		for (int i = 0; i < data.size(); i++) {
			FirmRecord r = data.records().get(i);
			if (r.name().equals(name) && r.year().equals(OptionalInt.of(year))) {
				return i;
			}
		}
		throw new AssertionError("no record " + name + " " + year);
	}

	@Test
	void wideWorkbook_withTitleRowsAboveTheHeader_readsEveryFirmYearValueAndAttribute() {
		Path file = Sheets.xlsx(this.folder.resolve("firms.xlsx"), "数据", List.of(
				row("2024 年度律所国际化数据填报表"),
				row(),
				row("律所名称", "统一社会信用代码", "年度", "省份", "境外分支机构数（个）", "涉外收入占比", "ISO9001", "党组织形式", "联系人"),
				row("甲律师事务所", "91350100M000100Y43", 2023, "北京", 3, "12%", "是", "党委", "张三"),
				row("乙律师事务所", null, "2023年", "上海", "5个", 30, "否", "联合党支部", null),
				row("甲律师事务所", "91350100M000100Y43", 2024, "北京", "约4", "15", "有", 4, null)));

		FirmDataset data = load(file);

		assertThat(data.size()).isEqualTo(3);
		assertThat(data.years()).containsExactly(2023, 2024);
		int jia23 = record(data, "甲律师事务所", 2023);
		int yi23 = record(data, "乙律师事务所", 2023);
		int jia24 = record(data, "甲律师事务所", 2024);
		assertThat(new double[] { data.value(jia23, "overseas_offices"), data.value(jia23, "foreign_revenue_share"),
				data.value(jia23, "iso9001"), data.value(jia23, "party_org_level") }).containsExactly(3, 12, 1, 4);
		assertThat(new double[] { data.value(yi23, "overseas_offices"), data.value(yi23, "foreign_revenue_share"),
				data.value(yi23, "iso9001"), data.value(yi23, "party_org_level") }).containsExactly(5, 30, 0, 1);
		assertThat(new double[] { data.value(jia24, "overseas_offices"), data.value(jia24, "foreign_revenue_share"),
				data.value(jia24, "iso9001"), data.value(jia24, "party_org_level") }).containsExactly(4, 15, 1, 4);
		FirmRecord jia = data.records().get(jia23);
		assertThat(jia.code()).contains("91350100M000100Y43");
		assertThat(jia.attributes()).containsEntry("province", "北京").containsEntry("联系人", "张三");
		assertThat(data.records().get(jia24).key()).isEqualTo(jia.key());
		assertThat(data.sources()).singleElement().satisfies(s -> {
			assertThat(s.headerRow()).isEqualTo(3);
			assertThat(s.sheet()).isEqualTo("数据");
			assertThat(s.layout()).isEqualTo(SourceSummary.Layout.WIDE);
			assertThat(s.unmatched()).containsExactly("联系人");
		});
		assertThat(problems(data)).contains(
				"firms.xlsx › 数据 › I3: warning: columns that match no indicator, kept as firm attributes (1): 联系人",
				"firms.xlsx › 数据 › E6: warning: “约4” is approximate; the number is kept as written");
		assertThat(data.errors()).isZero();
	}

	@Test
	void indicatorsWithNoColumn_areListedOnce() {
		Path file = Sheets.csv(this.folder.resolve("few.csv"), List.of(row("律所名称", "境外分支机构数", "覆盖国家数"),
				row("甲", 1, 2)));

		List<String> problems = problems(load(file));

		int scoredWithoutColumn = (int) SEVEN.indicators().stream().filter(i -> i.from().isEmpty()).count() - 2;
		assertThat(problems).filteredOn(p -> p.contains("no column in any file")).singleElement()
			.satisfies(p -> assertThat(p).startsWith("few.csv: warning: indicators of the set with no column in any file ("
					+ scoredWithoutColumn + "): party_org_level, party_member_share, "));
	}

	@Test
	void longLayout_isDetected_andKeepsSourceAndNote_andRefusesASecondValue() {
		Path file = Sheets.csv(this.folder.resolve("long.csv"), List.of(
				row("律所名称", "年度", "指标", "数值", "来源", "备注"),
				row("甲", 2023, "境外分支机构数", 3, "年报", null),
				row("甲", 2023, "overseas_offices", 4, null, null),
				row("甲", 2023, "涉外律师人数", "\"1,200\"", null, "含港澳"),
				row("乙", 2023, "iso9001", "是", null, null),
				row("乙", 2023, "不存在的指标", 5, null, null)));

		FirmDataset data = load(file);

		assertThat(data.sources().get(0).layout()).isEqualTo(SourceSummary.Layout.LONG);
		assertThat(data.size()).isEqualTo(2);
		int jia = record(data, "甲", 2023);
		int yi = record(data, "乙", 2023);
		assertThat(data.value(jia, "overseas_offices")).isEqualTo(3);
		assertThat(data.value(jia, "foreign_lawyers")).isEqualTo(1200);
		assertThat(data.value(yi, "iso9001")).isEqualTo(1);
		assertThat(data.note(jia, "overseas_offices")).contains(new ValueNote("年报", ""));
		assertThat(data.note(jia, "foreign_lawyers")).contains(new ValueNote("", "含港澳"));
		assertThat(problems(data)).contains("long.csv:3:3: error: a second value of Overseas branches (overseas_offices) for 甲; the first is kept",
				"long.csv:6:3: error: “不存在的指标” is not an indicator of the set");
	}

	@Test
	void layoutGivenAsLong_withoutIndicatorAndValueColumns_isOneClearLine() {
		Path file = Sheets.csv(this.folder.resolve("wide.csv"), List.of(row("律所名称", "境外分支机构数", "覆盖国家数"),
				row("甲", 1, 2)));
		LoadOptions options = DEFAULTS.withLayout(SourceSummary.Layout.LONG);

		assertThat(catchThrowableOfType(LexbenchException.class, () -> load(options, file))).hasMessage(
				"wide.csv: --layout long needs an indicator column (指标 or Indicator) and a value column (数值 or Value)");
	}

	@Test
	void sameFirmAndYearTwice_isAnError_namingBothPlaces_andTheFirstRowIsKept() {
		Path file = Sheets.csv(this.folder.resolve("dup.csv"), List.of(row("律所名称", "年度", "境外分支机构数"),
				row("甲律师事务所", 2023, 3), row("甲 律师事务所（特殊普通合伙）", 2023, 5), row("甲律师事务所", 2024, 6)));

		FirmDataset data = load(file);

		assertThat(data.size()).isEqualTo(2);
		assertThat(data.value(record(data, "甲律师事务所", 2023), "overseas_offices")).isEqualTo(3);
		assertThat(problems(data)).contains("dup.csv:3:1: error: 甲 律师事务所（特殊普通合伙） (2023) appears again (first at dup.csv:2:1); "
				+ "this row is not read (use --supersede to let a later file replace an earlier one)");
	}

	@Test
	void supersede_letsALaterFileReplaceAnEarlierOne_listingEveryReplacedValue() {
		Path first = Sheets.csv(this.folder.resolve("a.csv"), List.of(row("律所名称", "年度", "境外分支机构数", "ISO9001"),
				row("甲", 2023, 3, "是")));
		Path second = Sheets.csv(this.folder.resolve("b.csv"), List.of(row("律所名称", "年度", "境外分支机构数", "ISO9001"),
				row("甲", 2023, 5, null)));

		FirmDataset refused = load(first, second);
		FirmDataset replaced = load(DEFAULTS.withSupersede(true), first, second);

		assertThat(refused.value(0, "overseas_offices")).isEqualTo(3);
		assertThat(problems(refused)).contains("b.csv:2:1: error: 甲 (2023) appears again (first at a.csv:2:1); this row is "
				+ "not read (use --supersede to let a later file replace an earlier one)");
		assertThat(replaced.size()).isEqualTo(1);
		assertThat(replaced.value(0, "overseas_offices")).isEqualTo(5);
		assertThat(replaced.value(0, "iso9001")).as("an empty cell of the later file keeps the earlier value").isEqualTo(1);
		assertThat(replaced.errors()).isZero();
		assertThat(problems(replaced)).contains(
				"b.csv:2:1: warning: 甲 (2023): this row replaces the one at a.csv:2:1; its non-empty cells replace the earlier values",
				"b.csv:2:3: warning: Overseas branches (overseas_offices), 甲: 3 replaced by 5");
	}

	@Test
	void fileNamedTwice_isReadOnce() {
		Path file = Sheets.csv(this.folder.resolve("once.csv"), List.of(row("律所名称", "境外分支机构数", "覆盖国家数"), row("甲", 1, 2)));

		FirmDataset data = load(file, file);

		assertThat(data.size()).isEqualTo(1);
		assertThat(problems(data)).filteredOn(p -> !p.contains("no column in any file"))
			.containsExactly("once.csv: warning: this file is named twice; it is read once");
	}

	@Test
	void withSupersede_aFirmTwiceInOneFile_isStillAnError_sayingSupersedeIsAboutFiles() {
		Path file = Sheets.csv(this.folder.resolve("same.csv"), List.of(row("律所名称", "境外分支机构数", "覆盖国家数"),
				row("甲", 1, 2), row("甲", 3, 4)));

		assertThat(problems(load(DEFAULTS.withSupersede(true), file))).contains("same.csv:3:1: error: 甲 appears again in the "
				+ "same file (first at same.csv:2:1); this row is not read (--supersede replaces rows of an earlier file, not of "
				+ "the same one)");
	}

	@Test
	void aliases_andACodeSeenOnce_makeOneFirmOfEverySpelling() {
		Path file = Sheets.csv(this.folder.resolve("names.csv"), List.of(row("律所名称", "统一社会信用代码", "年度", "境外分支机构数"),
				row("甲所", null, 2022, 1), row("甲律师事务所", "91350100M000100Y43", 2023, 2),
				row("ＪＩＡ　Ｌａｗ", null, 2024, 3)));
		LoadOptions options = DEFAULTS.withNames(FirmNames.withAliases(Map.of("甲所", "甲律师事务所", "Jia Law", "甲律师事务所")));

		FirmDataset data = load(options, file);

		assertThat(data.records()).extracting(FirmRecord::key).containsOnly("code:91350100M000100Y43");
	}

	@Test
	void creditCodeWithAWrongCheckDigit_isAnError_andTheFirmIsKnownByName() {
		Path file = Sheets.csv(this.folder.resolve("code.csv"), List.of(row("律所名称", "统一社会信用代码", "境外分支机构数"),
				row("甲", "91350100M000100Y44", 1)));

		FirmDataset data = load(file);

		assertThat(data.records().get(0).code()).isEmpty();
		assertThat(data.records().get(0).key()).isEqualTo("甲");
		assertThat(data.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
			assertThat(p.render(Language.EN)).isEqualTo("code.csv:2:2: error: “91350100M000100Y44” is not a valid unified social "
					+ "credit code (check digit); 甲 is identified by name instead");
			assertThat(p.raw()).isEqualTo("91350100M000100Y44");
		});
	}

	@Test
	void unreadableValue_isAnErrorWithTheRawText_andTheValueIsMissing() {
		Path file = Sheets.csv(this.folder.resolve("bad.csv"), List.of(row("律所名称", "境外分支机构数", "ISO9001"),
				row("甲", "很多", "也许")));

		FirmDataset data = load(file);

		assertThat(data.value(0, "overseas_offices")).isNaN();
		assertThat(data.value(0, "iso9001")).isNaN();
		assertThat(data.problems()).filteredOn(Problem::isError).extracting(p -> p.render(Language.EN), Problem::raw)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("bad.csv:2:2: error: “很多” is not a number (expected a count); "
							+ "Overseas branches (overseas_offices) is missing for this firm", "很多"),
					org.assertj.core.groups.Tuple.tuple("bad.csv:2:3: error: “也许” is not yes or no (expected 是/否, 有/无, Y/N, "
							+ "yes/no, true/false, 1/0, ✓/✗); ISO 9001 quality-management certification (iso9001) is missing for this firm", "也许"));
		assertThat(data.problems().get(0).render(Language.ZH)).contains("不是数字");
	}

	@Test
	void wholePercentColumnBetweenZeroAndOne_isWarnedAsFractions() {
		Path file = Sheets.csv(this.folder.resolve("frac.csv"), List.of(row("律所名称", "涉外收入占比", "境外律师占比"),
				row("甲", 0.12, 12), row("乙", 0.3, 0.5), row("丙", 0.05, 40)));

		List<String> problems = problems(load(file));

		assertThat(problems).filteredOn(p -> p.contains("fractions")).containsExactly("frac.csv:1:2: warning: every value "
				+ "of Share of revenue from foreign-related work (foreign_revenue_share) lies between 0 and 1: percentages written as fractions (0.12 for 12%)? Write them as 12 or 12%");
	}

	/** A unit in the header's brackets is the unit of the column's bare numbers (the trial found 万元 read as 元). */
	@Test
	void unitInTheHeader_convertsBareNumbers_andSaysSo_whileAmountsWithTheirOwnUnitKeepIt() {
		Path file = Sheets.csv(this.folder.resolve("units.csv"), List.of(
				row("律所名称", "执业责任保险保额（万元）", "总创收(千美元)"),
				row("甲", 3000, 2500), row("乙", "1.2亿", "\"USD 3,000\""), row("丙", "\"¥5,000,000\"", "")));
		LoadOptions rates = DEFAULTS.withRates(new CurrencyRates("CNY", Map.of("USD", 7.0)));

		FirmDataset data = load(rates, file);

		// 3,000 万元 = 30,000,000 yuan; 2,500 thousand dollars at 7.0 = 17,500,000 yuan
		assertThat(data.value(0, "indemnity_cover")).isEqualTo(30_000_000);
		assertThat(data.value(0, "revenue")).isEqualTo(17_500_000);
		// a magnitude or currency in the cell wins over the header's: 1.2亿 yuan, USD 3,000 (not thousands)
		assertThat(data.value(1, "indemnity_cover")).isEqualTo(120_000_000);
		assertThat(data.value(1, "revenue")).isEqualTo(21_000);
		assertThat(data.value(2, "indemnity_cover")).isEqualTo(5_000_000);
		assertThat(problems(data)).contains("units.csv:1:2: warning: the header “执业责任保险保额（万元）” names its own unit: numbers "
				+ "without a unit of their own are converted to the indicator’s unit, CNY");
	}

	@Test
	void currencyInTheHeader_withoutARate_isAnErrorForEachBareNumber() {
		Path file = Sheets.csv(this.folder.resolve("usd.csv"), List.of(row("律所名称", "总创收（美元）"), row("甲", 2_000_000)));

		FirmDataset data = load(file);

		assertThat(data.value(0, "revenue")).isNaN();
		assertThat(problems(data)).contains("usd.csv:2:2: error: “2000000” is in USD but the indicator is in CNY: give an "
				+ "exchange rate with --rates; Gross revenue (revenue) is missing for this firm");
	}

	@Test
	void dateInANumberColumn_isAnError_showingTheDate() {
		Path file = Sheets.xlsx(this.folder.resolve("date.xlsx"), "Data", List.of(row("律所名称", "境外分支机构数", "覆盖国家数"),
				row("甲", new Sheets.Formatted(45296, "yyyy-mm-dd"), 2)));

		assertThat(problems(load(file))).contains("date.xlsx › Data › B2: error: “2024-01-05” is a date, but the indicator "
				+ "expects a count (Excel may have turned what was typed into a date); Overseas branches (overseas_offices) is missing for this firm");
	}

	@Test
	void yearCell_blankIsWarned_unreadableDropsTheRow_andChineseNumeralsAreRead() {
		Path file = Sheets.csv(this.folder.resolve("years.csv"), List.of(row("律所名称", "年度", "境外分支机构数"),
				row("甲", null, 1), row("乙", "二〇二四年", 2), row("丙", "去年", 3)));

		FirmDataset data = load(DEFAULTS, file);
		FirmDataset withYear = load(DEFAULTS.withYear(java.util.OptionalInt.of(2023)), file);

		assertThat(data.records()).extracting(FirmRecord::name).containsExactly("甲", "乙");
		assertThat(data.records().get(1).year()).hasValue(2024);
		assertThat(problems(data)).contains("years.csv:2:2: warning: the year is blank, so this row has no year (give one, "
				+ "or --year YEAR for rows without)", "years.csv:4:2: error: “去年” is not a year (expected 2023, 2023年, FY2023, "
						+ "二〇二三 or a date); this row is not read");
		assertThat(withYear.records().get(0).year()).as("--year fills a blank year").hasValue(2023);
		assertThat(withYear.records()).extracting(FirmRecord::name).as("but not an unreadable one").doesNotContain("丙");
	}

	@Test
	void codes_anApostropheIsNoPartOfIt_aLicenceNumberIsAccepted_andAnythingElseIsAnError() {
		Path file = Sheets.csv(this.folder.resolve("codes.csv"), List.of(row("律所名称", "统一社会信用代码", "年度", "境外分支机构数"),
				row("甲", "91350100M000100Y43", 2023, 1), row("甲", "'91350100M000100Y43", 2024, 2),
				row("乙", "21101200110347632", 2024, 1), row("丙", "ABC", 2024, 1)));

		FirmDataset data = load(file);

		assertThat(data.firms()).isEqualTo(3);
		assertThat(data.records().get(2).code()).contains("21101200110347632");
		assertThat(data.records().get(3).key()).isEqualTo("丙");
		assertThat(problems(data)).contains("codes.csv:5:2: error: “ABC” is neither a unified social credit code (18 characters) "
				+ "nor a practice-licence number (17 digits); 丙 is identified by name instead");
	}

	@Test
	void oneNameWithTwoCodes_isWarnedAbout() {
		Path file = Sheets.csv(this.folder.resolve("twins.csv"), List.of(row("律所名称", "统一社会信用代码", "境外分支机构数"),
				row("甲", "91350100M000100Y43", 1), row("甲", "21101200110347632", 2)));

		FirmDataset data = load(file);

		assertThat(data.firms()).isEqualTo(2);
		assertThat(problems(data)).contains("twins.csv:3:1: warning: 甲 appears with two codes, 91350100M000100Y43 and "
				+ "21101200110347632: two firms of the same name? Rows that give only the name are counted as 91350100M000100Y43");
	}

	@Test
	void cellsUnderNoHeader_andFormulasNeverCalculated_areReported_notSilentlyDropped() {
		Path csv = this.folder.resolve("extra.csv");
		Sheets.csv(csv, List.of(row("律所名称", "境外分支机构数", "覆盖国家数"), row("甲", 1, 2, "多出来的"), row("乙", 1, 2)));
		Path xlsx = Sheets.xlsx(this.folder.resolve("formula.xlsx"), "Data", List.of(row("律所名称", "境外分支机构数", "覆盖国家数"),
				row("甲", 1, 2)));
		Sheets.uncalculatedFormula(xlsx, "C2", "1+2");

		assertThat(problems(load(csv))).contains("extra.csv:2:4: warning: cells with something in them stand in columns without "
				+ "a header and were not read (1; the first is here)");
		FirmDataset data = load(xlsx);
		assertThat(data.value(0, "countries")).isNaN();
		assertThat(problems(data)).contains("formula.xlsx › Data › C2: warning: the formula =1+2 was never calculated, so the "
				+ "file holds no value for it (it was written by a program, not saved by Excel); open and save the file in Excel "
				+ "or WPS, or type the value");
	}

	@Test
	void rowWithoutAFirmName_isAnError_notASilentDrop() {
		Path file = Sheets.csv(this.folder.resolve("noname.csv"), List.of(row("律所名称", "境外分支机构数", "覆盖国家数"),
				row(null, 1, 2)));

		assertThat(problems(load(file))).contains("noname.csv:2:1: error: the row has no firm name, so it is not read");
	}

	@Test
	void spreadsheetCells_formulasGiveTheirCachedValue_errorsAreMissing_percentAndDateFormatsAreRead() {
		Path file = Sheets.xlsx(this.folder.resolve("cells.xlsx"), "Data", List.of(
				row("Firm", "Year", "Overseas branches", "Share of revenue from foreign-related work", "ISO9001", "Countries"),
				row("Jia LLP", new Sheets.Formatted(45291, "yyyy-mm-dd"), new Sheets.Formula("1+1", 7),
						new Sheets.Formatted(0.125, "0.0%"), true, new Sheets.ErrorValue(FormulaError.NA))));

		FirmDataset data = load(file);

		assertThat(data.records().get(0).year()).as("45291 is 2023-12-31 in Excel's 1900 system").hasValue(2023);
		assertThat(data.value(0, "overseas_offices")).as("the cached 7, not an evaluated 1+1").isEqualTo(7);
		assertThat(data.value(0, "foreign_revenue_share")).isEqualTo(12.5);
		assertThat(data.value(0, "iso9001")).isEqualTo(1);
		assertThat(data.value(0, "countries")).isNaN();
		assertThat(problems(data)).contains("cells.xlsx › Data › F2: warning: the Excel error #N/A is read as missing");
	}

	@Test
	void defaultSheet_isTheFirstWithAHeader_andASheetIsChosenByNameOrNumber() {
		Path file = Sheets.xlsx(this.folder.resolve("two.xlsx"), "说明", List.of(row("请在“数据”表填写"), row("谢谢")), "数据",
				List.of(row("律所名称", "境外分支机构数", "覆盖国家数"), row("甲", 1, 2)));

		assertThat(load(file).sources().get(0).sheet()).isEqualTo("数据");
		assertThat(load(DEFAULTS.withSheet("2"), file).size()).isEqualTo(1);
		assertThat(catchThrowableOfType(LexbenchException.class, () -> load(DEFAULTS.withSheet("说明"), file)))
			.hasMessageStartingWith("two.xlsx › 说明: no header row found in the first 30 rows");
		assertThat(catchThrowableOfType(LexbenchException.class, () -> load(DEFAULTS.withSheet("9"), file)))
			.hasMessage("two.xlsx has no sheet “9” (its sheets: 说明, 数据)");
	}

	@Test
	void sheetsThatLookAlike_areNamedWhenOneIsRead_andAllAreReadWithSheetAll() {
		Path file = Sheets.xlsx(this.folder.resolve("years.xlsx"), "2023", List.of(row("律所名称", "年度", "境外分支机构数"),
				row("甲", 2023, 1)), "2024", List.of(row("律所名称", "年度", "境外分支机构数"), row("甲", 2024, 2)));

		FirmDataset first = load(file);
		FirmDataset all = load(DEFAULTS.withSheet("all"), file);

		assertThat(first.size()).isEqualTo(1);
		assertThat(problems(first)).contains("years.xlsx: warning: the sheet 2023 was read; 2024 look like data for this set "
				+ "too and were not read: name one with --sheet, or read them all with --sheet all");
		assertThat(all.years()).containsExactly(2023, 2024);
		assertThat(all.sources()).extracting(SourceSummary::sheet).containsExactly("2023", "2024");
	}

	@Test
	void defaultSheet_isTheOneTheSetRecognisesBest() {
		Path file = Sheets.xlsx(this.folder.resolve("frameworks.xlsx"), "四项特征", List.of(row("律所名称", "律师人数", "总创收"),
				row("甲", 100, 1e8)), "七项指标", List.of(row("律所名称", "律师人数", "境外分支机构数", "覆盖国家数"), row("甲", 100, 2, 3)));

		FirmDataset data = load(file);

		assertThat(data.sources().get(0).sheet()).as("3 recognised columns against 4").isEqualTo("七项指标");
		assertThat(data.value(0, "countries")).isEqualTo(3);
	}

	@Test
	void headerMergedOverTwoRows_readsItsTextInEveryColumnItCovers() {
		Path file = this.folder.resolve("merged.xlsx");
		Sheets.xlsx(file, "Data", List.of(row("律所名称", "国际网络", null), row(null, "境外分支机构数", "覆盖国家数"), row("甲", 2, 3)));
		Sheets.merge(file, "A1:A2", "B1:C1");
		Path legacy = this.folder.resolve("merged.xls");
		Sheets.xls(legacy, "Data", List.of(row("律所名称", "国际网络", null), row(null, "境外分支机构数", "覆盖国家数"), row("甲", 2, 3)));
		Sheets.merge(legacy, "A1:A2", "B1:C1");

		for (Path f : List.of(file, legacy)) {
			FirmDataset data = load(f);
			assertThat(data.sources().get(0).headerRow()).isEqualTo(2);
			assertThat(data.records()).extracting(FirmRecord::name).containsExactly("甲");
			assertThat(data.value(0, "overseas_offices")).isEqualTo(2);
			assertThat(data.value(0, "countries")).isEqualTo(3);
		}
	}

	@Test
	void folder_loadsEveryDataFileInNameOrder_skippingExcelLockFiles() throws Exception {
		Path returns = this.folder.resolve("returns");
		java.nio.file.Files.createDirectories(returns);
		Sheets.csv(returns.resolve("b.csv"), List.of(row("律所名称", "境外分支机构数", "覆盖国家数"), row("乙", 1, 1)));
		Sheets.xlsx(returns.resolve("a.xlsx"), "Data", List.of(row("律所名称", "境外分支机构数", "覆盖国家数"), row("甲", 2, 2)));
		java.nio.file.Files.writeString(returns.resolve("~$a.xlsx"), "lock");
		java.nio.file.Files.writeString(returns.resolve("notes.md"), "not data");

		FirmDataset data = load(returns);

		assertThat(data.records()).extracting(FirmRecord::name).containsExactly("甲", "乙");
		assertThat(data.sources()).hasSize(2);
	}

	@Test
	void emptyFile_fileWithoutAHeader_andAHeaderWithoutRows_areEachSaidInOneLine() throws Exception {
		Path empty = java.nio.file.Files.writeString(this.folder.resolve("empty.csv"), "");
		Path noHeader = Sheets.csv(this.folder.resolve("numbers.csv"), List.of(row("a", "b"), row(1, 2)));
		Path headerOnly = Sheets.csv(this.folder.resolve("header.csv"), List.of(row("律所名称", "境外分支机构数", "覆盖国家数")));

		assertThat(catchThrowableOfType(LexbenchException.class, () -> load(empty))).hasMessage("empty.csv is empty");
		assertThat(catchThrowableOfType(LexbenchException.class, () -> load(noHeader))).hasMessageStartingWith(
				"numbers.csv: no header row found in the first 30 lines (expected a firm-name column");
		assertThat(problems(load(headerOnly))).contains(
				"header.csv:1:1: warning: no row below this header names a firm, so nothing was read from this sheet");
	}

	@Test
	void missingFile_andUnknownKind_areOneLineEach() {
		assertThat(catchThrowableOfType(LexbenchException.class, () -> load(this.folder.resolve("none.csv"))))
			.hasMessage("none.csv: no such file");
		Path odd = this.folder.resolve("firms.pdf");
		Sheets.csv(odd, List.of(row("x")));
		assertThat(catchThrowableOfType(LexbenchException.class, () -> load(odd)))
			.hasMessage("firms.pdf: lexbench reads .xlsx, .xls, .csv and .tsv files");
	}

}
