package org.lexbench.firmdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMatcherTests {

	static final ColumnMatcher SEVEN = ColumnMatcher.of(ValueReaderTests.SEVEN, Map.of("境外所", "overseas_offices"));

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "overseas_offices | overseas_offices", "OVERSEAS OFFICES | overseas_offices",
			"境外分支机构数 | overseas_offices", "境外分支机构数（个） | overseas_offices", "Overseas branches | overseas_offices",
			"海外办公室数 | overseas_offices", "境外所 | overseas_offices", "总创收（元） | revenue", "Gross revenue (CNY) | revenue",
			"律师人数 | lawyers", "ＩＳＯ９００１ | iso9001" })
	void indicatorColumn_isRecognisedByIdNameAliasOrMapping_ignoringCaseWidthPunctuationAndUnit(String header, String id) {
		assertThat(SEVEN.match(header)).isEqualTo(new Column.Values(
				(org.lexbench.indicator.Indicator) ValueReaderTests.SEVEN.find(id).orElseThrow()));
	}

	@Test
	void standardColumns_areRecognisedInBothLanguages() {
		assertThat(SEVEN.match("律所名称")).isEqualTo(new Column.FirmName());
		assertThat(SEVEN.match("Firm name")).isEqualTo(new Column.FirmName());
		assertThat(SEVEN.match("统一社会信用代码")).isEqualTo(new Column.FirmCode());
		assertThat(SEVEN.match("执业许可证号")).isEqualTo(new Column.FirmCode());
		assertThat(SEVEN.match("年度")).isEqualTo(new Column.Year());
		assertThat(SEVEN.match("Year")).isEqualTo(new Column.Year());
		assertThat(SEVEN.match("省份")).isEqualTo(new Column.Attribute("province"));
		assertThat(SEVEN.match("Size band")).isEqualTo(new Column.Attribute("size_band"));
		assertThat(SEVEN.match("数值")).isEqualTo(new Column.Value());
		assertThat(SEVEN.match("指标")).isEqualTo(new Column.IndicatorName());
	}

	@Test
	void bilingualHeader_isRecognisedWhenBothNamesAgree() {
		Column overseas = SEVEN.match("overseas_offices");

		assertThat(SEVEN.match("境外分支机构数 / Overseas branches（个）")).isEqualTo(overseas);
		assertThat(SEVEN.match("境外分支机构数（个）\nOverseas branches (offices)")).isEqualTo(overseas);
		assertThat(SEVEN.match("境外分支机构数 / Countries")).isInstanceOf(Column.Other.class);
	}

	@Test
	void unitWithBracketsOfItsOwn_isNotPartOfTheName() {
		Column satisfaction = SEVEN.match("client_satisfaction");

		assertThat(satisfaction).isInstanceOf(Column.Values.class);
		assertThat(SEVEN.match("客户满意度（分（1–5））")).isEqualTo(satisfaction);
		assertThat(SEVEN.match("Client satisfaction (score (1–5))")).isEqualTo(satisfaction);
		assertThat(SEVEN.match("客户满意度（分（1–5））\nClient satisfaction (score (1–5))")).isEqualTo(satisfaction);
	}

	@Test
	void creditCodeSpelledOutInEnglish_isTheFirmCode() {
		assertThat(SEVEN.match("Unified social credit code")).isEqualTo(new Column.FirmCode());
	}

	@Test
	void mapping_mayNameStandardColumns() {
		ColumnMatcher mapped = ColumnMatcher.of(ValueReaderTests.SEVEN, Map.of("单位全称", "firm", "统计期", "year"));

		assertThat(mapped.match("单位全称")).isEqualTo(new Column.FirmName());
		assertThat(mapped.match("统计期")).isEqualTo(new Column.Year());
	}

	@Test
	void unknownHeader_isKeptAsItIs() {
		assertThat(SEVEN.match(" 联系人 ")).isEqualTo(new Column.Other("联系人"));
		assertThat(SEVEN.known("联系人")).isFalse();
	}

}
