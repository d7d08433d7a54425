package org.lexbench.firmdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexbench.files.Language;
import org.lexbench.files.Text;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;

/** Every reading rule of issue 3, on the built-in sets' real indicators. */
class ValueReaderTests {

	static final IndicatorSet SEVEN = IndicatorSetLoader.load(Path.of("indicators/cn-first-class-7.yaml")).set();

	static final IndicatorSet GLOBAL = IndicatorSetLoader.load(Path.of("indicators/global-reach.yaml")).set();

	static final ValueReader READER = new ValueReader(new CurrencyRates("CNY", Map.of("USD", 7.0, "HKD", 0.9)));

	static Indicator indicator(String id) {
		return (Indicator) SEVEN.find(id).or(() -> GLOBAL.find(id)).orElseThrow();
	}

	static Reading read(String text, String indicator) {
		return READER.read(RawCell.text(text), indicator(indicator));
	}

	static double value(String text, String indicator) {
		Reading r = read(text, indicator);
		assertThat(r).as(text).isInstanceOf(Reading.Value.class);
		return ((Reading.Value) r).value();
	}

	static List<String> notes(String text, String indicator) {
		return ((Reading.Value) read(text, indicator)).notes().stream().map(t -> t.in(Language.EN)).toList();
	}

	static String invalid(String text, String indicator) {
		Reading r = read(text, indicator);
		assertThat(r).as(text).isInstanceOf(Reading.Invalid.class);
		return ((Reading.Invalid) r).reason().in(Language.EN);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "1,234 | 1234", "１２３ | 123", "2,790人 | 2790", "230 人 | 230", "12个 | 12",
			"约30 | 30", "30+ | 30", "65万多 | 650000", "3.5万 | 35000", "1万 | 10000", "0 | 0", "1.2e3 | 1200" })
	void count_readsSeparatorsFullWidthDigitsMeasureWordsMagnitudesAndApproximations(String text, double expected) {
		assertThat(value(text, "lawyers")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "1.2亿 | 120000000", "1.2亿元 | 120000000", "5000万元 | 50000000",
			"¥1,780,000,000 | 1780000000", "RMB 1.78bn | 1780000000", "1780000000元人民币 | 1780000000",
			"US$ 2.42bn | 16940000000", "2.42 billion USD | 16940000000", "100万美元 | 7000000", "HK$100m | 90000000" })
	void money_readsMagnitudesAndCurrencies_convertingAtTheGivenRate(String text, double expected) {
		assertThat(value(text, "revenue")).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-3));
	}

	@Test
	void moneyInACurrencyWithoutARate_isInvalid_andSaysToGiveRates() {
		assertThat(invalid("€5m", "revenue")).isEqualTo("“€5m” is in EUR but the indicator is in CNY: give an exchange rate with --rates");
		assertThat(new ValueReader(CurrencyRates.NONE).read(RawCell.text("$1m"), indicator("revenue")))
			.isInstanceOf(Reading.Invalid.class);
	}

	@Test
	void conversion_andApproximation_areNoted() {
		assertThat(notes("约US$10m", "revenue")).containsExactly("“约US$10m” is approximate; the number is kept as written",
				"“约US$10m” converted from USD to CNY at 7");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "12% | 12", "12 | 12", "12 % | 12", "12％ | 12", "0.5 | 0.5" })
	void percent_acceptsTheSignOrPoints(String text, double expected) {
		assertThat(value(text, "lawyers_abroad_share")).isEqualTo(expected);
	}

	@Test
	void percentFormattedSpreadsheetNumber_isTurnedIntoPoints() {
		Reading r = READER.read(RawCell.number(0.12, "12%", true, false), indicator("lawyers_abroad_share"));

		assertThat(((Reading.Value) r).value()).isCloseTo(12, org.assertj.core.api.Assertions.within(1e-12));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "是 | 1", "否 | 0", "有 | 1", "无 | 0", "Y | 1", "n | 0", "Yes | 1", "FALSE | 0",
			"1 | 1", "0 | 0", "✓ | 1", "✗ | 0", "√ | 1", "× | 0" })
	void yesNo_readsEveryCommonSpelling(String text, double expected) {
		assertThat(value(text, "iso9001")).isEqualTo(expected);
	}

	@Test
	void yesNo_refusesAnythingElse() {
		assertThat(invalid("maybe", "iso9001"))
			.isEqualTo("“maybe” is not yes or no (expected 是/否, 有/无, Y/N, yes/no, true/false, 1/0, ✓/✗)");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "党委 | 4", "Party committee | 4", "party COMMITTEE | 4", "2 | 2", "独立党支部 | 2" })
	void ordinal_readsLevelValuesAndLabelsInEitherLanguage(String text, double expected) {
		assertThat(value(text, "party_org_level")).isEqualTo(expected);
	}

	/** An indicator kept in 万元: a bare number is already 万元; an amount with its own magnitude or currency is converted. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "3000 | 3000", "3.5亿 | 35000", "¥1,000,000 | 100", "5000万元 | 5000" })
	void indicatorInTenThousands_takesBareNumbersAsThey_andConvertsAmountsWithAUnit(String text, double expected) {
		IndicatorSet set = IndicatorSetLoader.loadYaml("""
				id: t
				version: "1"
				name: T
				method: {weights: equal}
				dimensions:
				  - id: d
				    name: D
				    children:
				      - {id: cover, name: 保额, type: money, unit: {zh: 万元, en: CNY 10k}}
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.yaml", "t.yaml").set();

		Reading r = READER.read(RawCell.text(text), (Indicator) set.find("cover").orElseThrow());

		assertThat(((Reading.Value) r).value()).isEqualTo(expected);
	}

	/** The English label of level 0 is "None", which would otherwise mean missing (a template offers it in its drop-down). */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "None", "none", "NONE", "无党组织" })
	void levelLabelledLikeAMissingMarker_isThatLevel(String text) {
		assertThat(value(text, "party_org_level")).isZero();
	}

	@Test
	void ordinal_refusesAnUnknownLevel_listingTheLevels() {
		assertThat(invalid("7", "party_org_level"))
			.isEqualTo("“7” is not one of the levels: 0 无党组织, 1 联合党支部, 2 独立党支部, 3 党总支, 4 党委");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "Band 1 | 4", "band1 | 4", "第二等 | 3", "B3 | 2", "三等 | 2", "未上榜 | 0",
			"Band 6 | 0.25" })
	void category_looksUpCodesLabelsAndAliases(String text, double expected) {
		assertThat(value(text, "chambers_best_band")).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''", "N/A", "n/a", "—", "-", "不适用", "暂无", "#N/A", "#DIV/0!" })
	void missingMarkers_areMissing(String text) {
		assertThat(read(text, "lawyers")).isInstanceOf(Reading.Missing.class);
	}

	@Test
	void excelErrorCell_isMissingWithANote() {
		Reading r = READER.read(new RawCell(RawCell.Kind.ERROR, "#DIV/0!", Double.NaN, false, false), indicator("lawyers"));

		assertThat(((Reading.Missing) r).notes()).extracting(t -> t.in(Language.EN))
			.containsExactly("the Excel error #DIV/0! is read as missing");
	}

	@Test
	void noneForACount_isZeroWithANote() {
		assertThat(value("无", "overseas_offices")).isZero();
		assertThat(notes("无", "overseas_offices")).containsExactly("“无” (none) is read as 0");
	}

	@Test
	void countThatIsNegativeOrFractional_isRefusedOrNoted() {
		assertThat(invalid("-3", "overseas_offices")).isEqualTo("“-3”: a count cannot be negative");
		assertThat(notes("2.5", "overseas_offices")).containsExactly("“2.5” is not a whole number, but the indicator counts things");
	}

	@Test
	void valueOutsideThePlausibleRange_isKeptWithANote() {
		assertThat(value("250", "overseas_offices")).isEqualTo(250);
		assertThat(notes("250", "overseas_offices")).containsExactly("250 is outside the plausible range 0–120");
	}

	@Test
	void textThatIsNotANumber_isInvalid_andNamesTheType() {
		assertThat(invalid("约三十", "lawyers")).isEqualTo("“约三十” is not a number (expected a count)");
		assertThat(invalid("1,23", "lawyers")).isEqualTo("“1,23” is not a number (expected a count)");
		assertThat(invalid("12%", "lawyers")).isEqualTo("“12%” is a percentage, but the indicator expects a count");
		assertThat(invalid("¥5", "lawyers")).isEqualTo("“¥5” is an amount of money, but the indicator expects a count");
	}

	@Test
	void foreignUnitWord_isKeptAndNoted() {
		assertThat(notes("12 km", "lawyers")).containsExactly("the unit “km” is ignored (the indicator’s unit is persons)");
		assertThat(notes("12 persons", "lawyers")).isEmpty();
	}

	@Test
	void messages_areReadableInChinese() {
		Reading r = read("maybe", "iso9001");

		assertThat(((Reading.Invalid) r).reason().in(Language.ZH))
			.isEqualTo("“maybe”不是“是/否”（应为 是/否、有/无、Y/N、yes/no、true/false、1/0、✓/✗）");
		assertThat(Text.of("value.no-rate", "€5m", "EUR", "CNY").in(Language.ZH)).contains("--rates");
	}

}
