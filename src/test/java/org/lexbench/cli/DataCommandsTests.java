package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * load, data, problems and firms end to end, as {@code ./lexbench} runs them, on a small CSV
 * written by each test: three firms, one unreadable count (乙, 很多) and one unknown column.
 */
class DataCommandsTests {

	static final String FIRMS = """
			律所名称,年度,省份,境外分支机构数,ISO9001,联系人
			甲律师事务所,2023,北京,3,是,张三
			乙律师事务所,2023,上海,很多,否,
			丙律师事务所,2023,北京,1,有,
			""";

	@TempDir
	Path folder;

	Path firms() throws IOException {
		return Files.writeString(this.folder.resolve("firms.csv"), FIRMS);
	}

	@Test
	void load_printsTheSummaryAndFirstProblems_andKeepsTheDataForFirmsAndProblems() throws IOException {
		Path file = firms();

		Runs.Result r = Runs.withInput("load " + file + " --set cn-first-class-7\nfirms --where province=北京\n"
				+ "problems --severity error\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("Firms: 3 · records: 3 · year 2023 · read against cn-first-class-7 1.0",
				file + ": wide layout, header in row 1, records 3; columns recognised 5, not recognised 1 (UTF-8, comma-separated)",
				"Problems: errors 1, warnings 2",
				file + ":3:4: error: “很多” is not a number (expected a count); Overseas branches (overseas_offices) is missing for this firm",
				"Records matching: 2 of 3");
		assertThat(r.out().substring(r.out().indexOf("Records matching"))).contains("甲律师事务所", "丙律师事务所")
			.doesNotContain("乙律师事务所 │ ");
	}

	@Test
	void data_listsTheCoverageOfEveryIndicator() throws IOException {
		Runs.Result r = Runs.withInput("load " + firms() + " --set cn-first-class-7\ndata\n");

		String data = r.out().substring(r.out().lastIndexOf("Firms: 3 · records: 3"));
		assertThat(data).contains("│ pro_bono_hours ", "│ overseas_offices ").doesNotContain("the other indicators");
		assertThat(line(data, "│ overseas_offices ")).contains("67%");
		assertThat(line(data, "│ iso9001 ")).contains("100%");
	}

	@Test
	void load_withoutASet_isAUsageError_namingTheBuiltInSets() throws IOException {
		Runs.Result r = Runs.run("load", firms().toString());

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("name the indicator set the data is for: load FILE --set ID (built-in: ")
			.contains("cn-first-class-7");
	}

	@Test
	void strict_withAnError_exitsThree_afterShowingTheProblems() throws IOException {
		Runs.Result r = Runs.run("load", firms().toString(), "--set", "cn-first-class-7", "--strict");

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.out()).contains("“很多” is not a number");
		assertThat(r.err()).contains("--strict: the data is not accepted for scoring, because some problems are errors (1); "
				+ "it is kept to be inspected");
	}

	@Test
	void missingFile_isSaidBeforeAnythingAboutTheSet() {
		Runs.Result r = Runs.run("load", this.folder.resolve("nope.csv").toString());

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.err()).contains("nope.csv: no such file");
	}

	@Test
	void problemsOut_writesEveryProblemWithItsFirm_asCsvReadyForExcel() throws IOException {
		Path out = this.folder.resolve("problems.csv");

		Runs.Result r = Runs.withInput("load " + firms() + " --set cn-first-class-7\nproblems --out " + out + "\n");

		assertThat(r.out()).contains("Problems written to " + out + ": 3");
		String csv = Files.readString(out, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFFile,Sheet,Cell or line,Firm,Severity,Problem,Raw text")
			.contains(this.folder.resolve("firms.csv") + ",,3:4,乙律师事务所,error,“很多” is not a number");
	}

	@Test
	void commandsNeedingData_beforeAnyLoad_areUsageErrors() {
		for (String command : new String[] { "data", "problems", "firms" }) {
			Runs.Result r = Runs.run(command);
			assertThat(r.status()).as(command).isEqualTo(2);
			assertThat(r.err()).as(command).contains("no firm data is loaded yet");
		}
	}

	@Test
	void firms_filtersByAttributeNamesInEitherLanguage_andShowsTheValuesRead() throws IOException {
		Runs.Result r = Runs.withInput("load " + firms() + " --set cn-first-class-7\nfirms --where 省份=北京 --show overseas_offices\n"
				+ "firms --where \"name=甲 律师事务所（特殊普通合伙）\"\nfirms --limit -1\n");

		String byProvince = r.out().substring(r.out().indexOf("Records matching: 2 of 3"));
		assertThat(line(byProvince, "甲律师事务所")).endsWith(" 3 │");
		assertThat(line(byProvince, "丙律师事务所")).endsWith(" 1 │");
		assertThat(r.out()).as("a spelling of 甲's name finds it").contains("Records matching: 1 of 3");
		assertThat(r.err()).contains("“-1” is not a valid value for --limit (expected a whole number of at least 0)");
	}

	@Test
	void problemsOut_toANameThatIsNeitherXlsxNorCsv_isAUsageError() throws IOException {
		Runs.Result r = Runs.withInput("load " + firms() + " --set cn-first-class-7\nproblems --out " + this.folder.resolve("p.pdf")
				+ "\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("p.pdf: problems are written as .xlsx or .csv");
	}

	@Test
	void whereOnAnUnknownAttribute_namesTheNearestOne() throws IOException {
		Runs.Result r = Runs.withInput("load " + firms() + " --set cn-first-class-7\nfirms --where provinse=北京\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("no record has the attribute “provinse” (did you mean “province”?)");
	}

	@Test
	void mappingAliasAndRateFiles_renameColumns_mergeNames_andConvertCurrencies() throws IOException {
		Path data = Files.writeString(this.folder.resolve("own.csv"), """
				单位全称,统计期,海外网点,职业保险保额
				北辰所,2023,2,USD 10m
				北辰律师事务所,2024,3,"¥80,000,000"
				""");
		Path mapping = Files.writeString(this.folder.resolve("mapping.csv"), "列名,对应\n单位全称,firm\n统计期,year\n海外网点,overseas_offices\n职业保险保额,indemnity_cover\n");
		Path aliases = Files.writeString(this.folder.resolve("aliases.csv"), "别名,全称\n北辰所,北辰律师事务所\n");
		Path rates = Files.writeString(this.folder.resolve("rates.csv"), "currency,rate\nUSD,7.1\n");

		Runs.Result r = Runs.withInput("load " + data + " --set cn-first-class-7 --mapping " + mapping + " --aliases " + aliases
				+ " --rates " + rates + "\nfirms\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("Firms: 1 · records: 2 · years 2023–2024",
				data + ":2:4: warning: “USD 10m” converted from USD to CNY at 7.1");
	}

	@Test
	void mappingToAnUnknownIndicator_isRefused_namingTheCell() throws IOException {
		Path data = Files.writeString(this.folder.resolve("own.csv"), "律所名称,海外网点\n甲,2\n");
		Path mapping = Files.writeString(this.folder.resolve("mapping.csv"), "海外网点,overseas_ofices\n");

		Runs.Result r = Runs.run("load", data.toString(), "--set", "cn-first-class-7", "--mapping", mapping.toString());

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.err()).contains(mapping + " was not used; rows with a problem: 1",
				mapping + ":1:2: error: “overseas_ofices” is not an indicator, attribute or standard column of cn-first-class-7",
				"(did you mean “overseas_offices”?)");
	}

	private static String line(String text, String containing) {
		return text.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow(() -> new AssertionError(containing));
	}

}
