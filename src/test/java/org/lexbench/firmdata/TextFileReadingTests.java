package org.lexbench.firmdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lexbench.firmdata.Sheets.row;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexbench.files.LexbenchException;

/**
 * CSV and TSV files as Chinese offices export them: every encoding of issue 3 (detected, or named
 * with --encoding), and each delimiter. Fixtures are written by the tests: the same five firms in
 * each encoding, so a wrong decoding shows as a wrong name.
 */
class TextFileReadingTests {

	static final List<List<Object>> FIRMS = List.of(
			row("律所名称", "所在省份", "境外分支机构数", "涉外律师人数"),
			row("北辰律师事务所", "北京市", 3, "1,200"),
			row("东海律师事务所", "上海市", 0, 85),
			row("南岭律师事务所（特殊普通合伙）", "广东省", 12, 430),
			row("西湖律师事务所", "浙江省", 1, 60),
			row("中原律师事务所", "河南省", 0, 12));

	static final byte[] NO_BOM = {};

	@TempDir
	Path folder;

	FirmDataset load(Path file, LoadOptions options) {
		return DataLoader.load(DataLoaderTests.SEVEN, List.of(file), options, f -> f.getFileName().toString());
	}

	static void assertFirmsRead(FirmDataset data) {
		assertThat(data.records()).extracting(FirmRecord::name).containsExactly("北辰律师事务所", "东海律师事务所",
				"南岭律师事务所（特殊普通合伙）", "西湖律师事务所", "中原律师事务所");
		assertThat(data.records().get(2).attributes()).containsEntry("province", "广东省");
		assertThat(data.column("foreign_lawyers")).containsExactly(1200, 85, 430, 60, 12);
		assertThat(data.errors()).isZero();
	}

	@ParameterizedTest(name = "{0}, bom {1}")
	@CsvSource({ "UTF-8, '', UTF-8", "UTF-8, EFBBBF, UTF-8 (BOM)", "UTF-16LE, FFFE, UTF-16LE (BOM)",
			"UTF-16BE, FEFF, UTF-16BE (BOM)", "GBK, '', GB18030", "GB18030, '', GB18030" })
	void everyEncoding_isDetected(String charset, String bomHex, String described) {
		byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
		Path file = Sheets.text(this.folder.resolve("firms.csv"), Charset.forName(charset), bom, ',', quoted(FIRMS, ','));

		FirmDataset data = load(file, LoadOptions.defaults("CNY"));

		assertFirmsRead(data);
		assertThat(data.sources().get(0).encoding()).isEqualTo(described);
	}

	/** One short row fools the statistical detector (金杜 in GBK looked like windows-1252, 大成 like IBM855). */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "金杜律师事务所, GBK, GB18030", "大成, GBK, GB18030", "中伦, GBK, GB18030", "中國律師事務所, Big5, Big5" })
	void shortChineseFile_isReadAsChinese_notAsWhatTheDetectorGuessed(String name, String charset, String expected) {
		Path file = Sheets.text(this.folder.resolve("short.csv"), Charset.forName(charset), NO_BOM, ',',
				List.of(row("Firm", "Year", "Lawyers"), row(name, 2024, 100)));

		FirmDataset data = load(file, LoadOptions.defaults("CNY"));

		assertThat(data.records()).extracting(FirmRecord::name).containsExactly(name);
		assertThat(data.sources().get(0).encoding()).isEqualTo(expected);
	}

	@Test
	void quoteNeverClosed_isOneLineNamingWhereItOpens_notARestOfTheFileInOneCell() throws java.io.IOException {
		Path file = java.nio.file.Files.writeString(this.folder.resolve("quote.csv"), "律所名称,年度,律师人数\n\"甲所,2024,100\n乙所,2024,50\n");

		assertThat(catchThrowableOfType(LexbenchException.class, () -> load(file, LoadOptions.defaults("CNY"))))
			.hasMessage("quote.csv:2: a quote opens a field here and is never closed, so the rest of the file would be one cell; "
					+ "close the quote or remove it");
	}

	@Test
	void givenEncoding_overridesDetection_andAWrongOneIsOneClearLine() {
		Path file = Sheets.text(this.folder.resolve("gbk.csv"), Charset.forName("GBK"), NO_BOM, ',', quoted(FIRMS, ','));

		assertFirmsRead(load(file, LoadOptions.defaults("CNY").withEncoding("gbk")));
		assertThat(catchThrowableOfType(LexbenchException.class,
				() -> load(file, LoadOptions.defaults("CNY").withEncoding("UTF-8"))))
			.hasMessage("gbk.csv is not valid UTF-8 text; name its encoding with --encoding (GBK and UTF-8 are the usual ones)");
		assertThat(catchThrowableOfType(LexbenchException.class,
				() -> load(file, LoadOptions.defaults("CNY").withEncoding("klingon"))))
			.hasMessage("“klingon” is not an encoding Java knows (try UTF-8, GBK, GB18030, UTF-16)");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "firms.csv, ','", "firms.csv, ';'", "firms.csv, '\t'", "firms.tsv, '\t'", "firms.txt, ';'" })
	void delimiter_isDetected(String name, char delimiter) {
		Path file = Sheets.text(this.folder.resolve(name), StandardCharsets.UTF_8, NO_BOM, delimiter, quoted(FIRMS, delimiter));

		FirmDataset data = load(file, LoadOptions.defaults("CNY"));

		assertFirmsRead(data);
		assertThat(data.sources().get(0).delimiter()).isEqualTo(SourceSummary.Delimiter.of(delimiter));
	}

	@Test
	void quotedFields_keepDelimitersQuotesAndLineBreaks() {
		Path file = Sheets.csv(this.folder.resolve("quoted.csv"), List.of(row("律所名称", "备注", "境外分支机构数"),
				row("\"甲, 乙联合律师事务所\"", "\"他说\"\"好\"\"\n第二行\"", 2)));

		FirmDataset data = load(file, LoadOptions.defaults("CNY"));

		assertThat(data.records().get(0).name()).isEqualTo("甲, 乙联合律师事务所");
		assertThat(data.records().get(0).attributes()).containsEntry("备注", "他说\"好\"\n第二行");
		assertThat(data.value(0, "overseas_offices")).isEqualTo(2);
	}

	/** Numbers with thousands separators are quoted, as every spreadsheet exports them. */
	static List<List<Object>> quoted(List<List<Object>> rows, char delimiter) {
		return rows.stream().map(r -> r.stream().<Object>map(c -> c instanceof String s && s.indexOf(',') >= 0 && delimiter == ','
				? "\"" + s + "\"" : c).toList()).toList();
	}

}
