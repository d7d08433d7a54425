package org.lexbench.firmdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lexbench.files.Language;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;

/**
 * The bundled sample data (seeds/, see seeds/README.md) reads as its README says: the same 60
 * fictional firms in a sheet per built-in set, the seven-point sheet with the mess of real returns
 * and exactly the problems that mess should cause, and a GBK CSV read without any.
 */
class SeedDataTests {

	static final Path WORKBOOK = Path.of("seeds/demo-firms.xlsx");

	static IndicatorSet set(String id) {
		return IndicatorSetLoader.load(Path.of("indicators", id + ".yaml")).set();
	}

	static FirmDataset load(String set, Path file) {
		return DataLoader.load(set(set), List.of(file), LoadOptions.defaults("CNY"));
	}

	@Test
	void sevenPointSheet_isChosenForItsSet_andItsMessCausesExactlyTheProblemsListed() {
		FirmDataset data = load("cn-first-class-7", WORKBOOK);

		assertThat(data.sources().get(0).sheet()).isEqualTo("七项指标 cn-first-class-7");
		assertThat(data.sources().get(0).headerRow()).as("below a title row and a blank row").isEqualTo(3);
		assertThat(data.firms()).isEqualTo(60);
		assertThat(data.size()).isEqualTo(180);
		assertThat(data.years()).containsExactly(2022, 2023, 2024);
		String sheet = "seeds/demo-firms.xlsx › 七项指标 cn-first-class-7 › ";
		assertThat(data.problems()).extracting(p -> p.render(Language.EN)).containsExactlyInAnyOrder(
				sheet + "AX3: warning: columns that match no indicator, kept as firm attributes (1): 填表人",
				sheet + "AS5: warning: “约800” is approximate; the number is kept as written",
				sheet + "AA43: error: “十几个” is not a number (expected a count); Overseas branches (overseas_offices) is missing for this firm",
				sheet + "AP53: warning: the Excel error #N/A is read as missing",
				sheet + "K3: warning: every value of Share of lawyers who are Party members (party_member_share) lies between 0 and 1: percentages written as fractions "
						+ "(0.12 for 12%)? Write them as 12 or 12%");
	}

	@Test
	void messyCells_readAsTheCleanValuesOfTheSameFirmInAnotherSheet() {
		FirmDataset messy = load("cn-first-class-7", WORKBOOK);
		FirmDataset clean = load("wang-4", WORKBOOK);

		assertThat(clean.problems()).isEmpty();
		// record 3 (sheet row 7): revenue written in 万 (to 10,000 yuan); record 8 (row 12): in 亿元 to two decimals
		assertThat(messy.value(3, "revenue")).isCloseTo(clean.value(3, "revenue"), within(5_000.0));
		assertThat(messy.value(8, "revenue")).isCloseTo(clean.value(8, "revenue"), within(500_000.0));
		// record 5 (row 9): lawyers with a thousands separator
		assertThat(messy.value(5, "lawyers")).isEqualTo(clean.value(5, "lawyers"));
		// record 11 (row 15): overseas branches in full-width digits; record 29 (row 33): 0.089 shown by Excel as 8.9%
		FirmDataset global = load("global-reach", WORKBOOK);
		assertThat(messy.value(11, "overseas_offices")).isEqualTo(global.value(11, "overseas_offices")).isEqualTo(2);
		assertThat(messy.value(29, "foreign_revenue_share")).isCloseTo(8.9, within(1e-9));
		// record 1 (row 5): the firm's name with （特殊普通合伙）, the same firm as in its other two years
		assertThat(messy.records().get(1).name()).endsWith("（特殊普通合伙）");
		assertThat(messy.records().get(1).key()).isEqualTo(messy.records().get(0).key()).isEqualTo(messy.records().get(2).key());
	}

	@Test
	void everyFrameworkSheet_butTheSevenPointOne_loadsWithoutAProblem() {
		assertThat(load("global-reach", WORKBOOK).problems()).isEmpty();
		assertThat(load("global-reach", WORKBOOK).sources().get(0).sheet()).isEqualTo("国际排名 global-reach");
		assertThat(load("wang-4", WORKBOOK).sources().get(0).sheet()).isEqualTo("四项特征 wang-4");
	}

	@Test
	void gbkCsv_isDetectedAndReadWithoutAProblem() {
		FirmDataset data = load("cn-first-class-7", Path.of("seeds/demo-firms-gbk.csv"));

		assertThat(data.sources().get(0).encoding()).isEqualTo("GB18030");
		assertThat(data.size()).isEqualTo(20);
		assertThat(data.years()).containsExactly(2024);
		assertThat(data.problems()).isEmpty();
	}

}
