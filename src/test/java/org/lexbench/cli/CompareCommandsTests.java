package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} on the set of {@link ScoringCommandsTests} and seven firms whose offices abroad
 * are 1…7. Worked by hand for 丁 (4 offices) against the six others: their offices 1, 2, 3, 5, 6,
 * 7; type-7 quartiles Q1 = 2 + 0.25·(3 − 2) = 2.25, median = 3 + 0.5·(5 − 3) = 4, Q3 = 5 + 0.75·(6 − 5)
 * = 5.75; 丁 does better than 3 of 6 (percentile 50), is at the median (✓), and needs +1.75 for Q3.
 */
class CompareCommandsTests {

	static final String FIRMS = """
			律所名称,年度,省份,境外机构数,律师人数,合伙人数
			甲律师事务所,2024,北京,1,100,10
			乙律师事务所,2024,北京,2,200,20
			丙律师事务所,2024,上海,3,300,30
			丁律师事务所,2024,北京,4,400,40
			戊律师事务所,2024,北京,5,500,50
			己律师事务所,2024,北京,6,600,60
			庚律师事务所,2024,上海,7,700,70
			""";

	@TempDir
	Path folder;

	Path set;

	Path firms;

	@BeforeEach
	void files() throws IOException {
		this.set = Files.writeString(this.folder.resolve("t.yaml"), ScoringCommandsTests.SET);
		this.firms = Files.writeString(this.folder.resolve("firms.csv"), FIRMS);
	}

	Runs.Result after(String commands) {
		return Runs.withInput("load " + this.firms + " --set " + this.set + "\nscore\n" + commands);
	}

	static String row(String text, String marker) {
		return text.lines().filter(l -> l.contains(marker)).findFirst()
			.orElseThrow(() -> new AssertionError("no line with " + marker + " in\n" + text));
	}

	@Test
	void againstEveryOtherFirm_theQuartilesPercentileAndGapsAreTheHandWorkedOnes() {
		Runs.Result r = after("compare 丁\n");

		assertThat(r.status()).as(r.err()).isZero();
		String out = r.out().substring(r.out().indexOf("丁律师事务所 (2024) against 6 peers (every other ranked firm)"));
		assertThat(row(out, "Offices abroad")).containsPattern("Offices abroad\\s+│\\s+4\\s+│\\s+4\\s+│")
			.contains("2.25 – 5.75", "│         50 │", "✓", "+1.75");
		assertThat(out).doesNotContain("甲律师事务所", "庚律师事务所"); // peers' own values are not shown
	}

	@Test
	void byRule_keepsTheFirmsTheRuleIsTrueFor_andShowPeersListsThem() {
		// 北京 firms other than 丁: 甲, 乙, 戊, 己 — four, fewer than five: refused
		Runs.Result few = after("compare 丁 --peers \"province = '北京'\"\n");
		Runs.Result some = after("compare 丁 --peers \"lawyers >= 100\" --show-peers\n");

		assertThat(few.status()).isEqualTo(2);
		assertThat(few.err()).contains("a peer group needs at least 5 firms", "province = '北京' gives 4");
		assertThat(some.status()).as(some.err()).isZero();
		assertThat(some.out()).contains("against 6 peers (lawyers >= 100)", "Peers:", "庚律师事务所");
	}

	@Test
	void nearestByAnIndicator_takesTheClosestReportedValues() {
		// lawyers: 丁 400; nearest five: 丙 300, 戊 500 (100 away), 乙 200, 己 600 (200), then 甲 100 and 庚 700 tie
		// (300 away): the tie goes by name in code-point order, 庚 (U+5E9A) before 甲 (U+7532)
		Runs.Result r = after("compare 丁 --nearest 5 --by lawyers --show-peers\n");

		assertThat(r.status()).as(r.err()).isZero();
		String peers = r.out().substring(r.out().indexOf("Peers:"));
		assertThat(peers).contains("丙律师事务所", "戊律师事务所", "乙律师事务所", "己律师事务所", "庚律师事务所").doesNotContain("甲律师事务所");
	}

	@Test
	void aComparison_givesTheWorkbookAPeersSheet_andANewScoreTakesItAway() throws IOException {
		Path with = this.folder.resolve("with.xlsx");
		Path without = this.folder.resolve("without.xlsx");
		Runs.Result r = after("compare 丁\nreport --out " + with + "\nscore --weights equal\nreport --out " + without + "\n");

		assertThat(r.status()).as(r.err()).isZero();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(with))) {
			var peers = book.getSheet("Peers");
			assertThat(peers).isNotNull();
			var offices = java.util.stream.StreamSupport.stream(peers.spliterator(), false)
				.filter(row -> row.getCell(0) != null && row.getCell(0).getStringCellValue().strip().equals("Offices abroad"))
				.findFirst().orElseThrow();
			// value 4, median 4, Q1 2.25, Q3 5.75, percentile 50, to median 0 (reached), to Q3 1.75
			assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToDouble(c -> offices.getCell(c).getNumericCellValue()).toArray())
				.containsExactly(4, 4, 2.25, 5.75, 50, 0, 1.75);
		}
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(without))) {
			assertThat(book.getSheet("Peers")).isNull();
		}
	}

	@Test
	void withOut_theRadarAndTheGapChartAreWrittenWithAManifest() {
		java.nio.file.Path out = this.folder.resolve("charts");

		Runs.Result r = after("compare 丁 --out " + out + "\n");

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(out.resolve("丁律师事务所-radar-2024.png")).exists();
		assertThat(out.resolve("丁律师事务所-peer-gaps-2024.svg")).exists();
		assertThat(r.out()).contains("丁律师事务所-radar-2024.png.manifest.json");
	}

	@Test
	void mistakes_areOneLine() {
		Runs.Result unknown = after("compare 丁 --peers \"provnce = '北京'\"\n");
		Runs.Result twoWays = after("compare 丁 --nearest 5 --by lawyers --peers \"lawyers > 1\"\n");
		Runs.Result noBy = after("compare 丁 --nearest 5\n");

		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).contains("“provnce”", "did you mean “province”?");
		assertThat(twoWays.status()).isEqualTo(2);
		assertThat(twoWays.err()).contains("choose the peers one way");
		assertThat(noBy.status()).isEqualTo(2);
		assertThat(noBy.err()).contains("--nearest N needs --by INDICATOR");
	}

}
