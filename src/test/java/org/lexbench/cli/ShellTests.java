package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell end to end, as `./lexbench ARGS` runs it: output, errors and exit statuses. */
class ShellTests {

	@Test
	void commandGivenAsArguments_runsAndExits_insteadOfStartingTheInteractiveShell() {
		Runs.Result r = Runs.run("version");

		assertThat(r.status()).isZero();
		assertThat(r.out()).startsWith("lexbench ").contains("Java ");
		assertThat(r.err()).isEmpty();
	}

	@Test
	void sets_listsTheBuiltInSets_inEnglish() {
		Runs.Result r = Runs.run("sets");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("cn-first-class-7", "Seven-point “Chinese-style” international first-class law firm framework",
				"wang-4", "global-reach", "built-in");
	}

	@Test
	void sets_listsTheBuiltInSets_inChinese_whenTheLocaleIsChinese() {
		Runs.Result r = Runs.chinese("sets");

		assertThat(r.out()).contains("编号", "“中国式”国际一流律师事务所七项指标体系", "国际一流律师事务所四项特征（王进喜）", "内置");
	}

	@Test
	void langOption_beforeTheCommand_overridesTheLocale() {
		assertThat(Runs.chinese("--lang", "en", "sets").out()).contains("Four features of international first-class law firms");
		assertThat(Runs.run("--lang=zh", "version").out()).startsWith("lexbench ").contains("（Java");
	}

	@Test
	void setShow_printsTheTreeWithNominalAndEffectiveWeightsTypesDirectionsAndRoles() {
		Runs.Result r = Runs.run("set", "show", "cn-first-class-7");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("Eligibility: Party leadership (party_org_level >= 1)",
				"indicators: 40 (35 scored, 5 reported only) · dimensions: 7 · levels below the composite: 2");
		assertThat(line(r.out(), "│ talent ")).contains("20", "22.2%", "scored");
		assertThat(line(r.out(), "sanctions_3y")).contains("count", "↓", "3", "3.3%");
		assertThat(line(r.out(), "party_member_share")).contains("percent", "—", "gate");
	}

	@Test
	void setShow_listsLevelScoresDerivedValuesRangesAndNodeMethods_ofTheNodesItShows() {
		Runs.Result r = Runs.run("set", "show", "global-reach");
		Runs.Result scale = Runs.run("set", "show", "global-reach", "--nodes", "scale");

		assertThat(r.out()).contains("Level and category scores:", "chambers_best_band: Band 1 → 4 · Band 2 → 3",
				"Derived values:", "revenue_per_lawyer = revenue ÷ lawyers", "Plausible ranges:", "countries 0–80",
				"Methods chosen at nodes:", "revenue: treat log");
		assertThat(scale.out()).contains("revenue: treat log").doesNotContain("chambers_best_band:");
	}

	@Test
	void setShow_withoutDepth_showsEveryLevel_becauseOptionDefaultsApplyToBoxedOptions() {
		Runs.Result r = Runs.run("set", "show", "wang-4");

		assertThat(r.out()).contains("revenue_per_lawyer", "party_building_grade");
	}

	@Test
	void setShow_depthAndNodes_limitTheTree_andListOptionsMayBeRepeatedOrCommaSeparated() {
		Runs.Result depth = Runs.run("set", "show", "wang-4", "--depth", "1");
		Runs.Result comma = Runs.run("set", "show", "wang-4", "--nodes", "scale,culture_responsibility");
		Runs.Result repeated = Runs.run("set", "show", "wang-4", "--nodes", "scale", "--nodes=culture_responsibility");

		assertThat(depth.out()).contains("specialisation").doesNotContain("revenue_per_lawyer");
		assertThat(comma.out()).contains("revenue_per_lawyer", "pro_bono_hours").doesNotContain("chambers_band_score");
		assertThat(repeated.out()).isEqualTo(comma.out());
	}

	@Test
	void setCheck_ofValidFiles_exitsZero() {
		Runs.Result r = Runs.run("set", "check", "indicators/wang-4.yaml", "src/test/resources/asem/ASEM_iMeta.csv");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("indicators/wang-4.yaml: valid — wang-4 1.0; indicators: 24, warnings: 0",
				"ASEM_iMeta.csv: valid — asem-imeta 1; indicators: 49");
	}

	@Test
	void setCheck_ofAnInvalidFile_listsEveryProblemAndExitsThree() {
		Runs.Result r = Runs.run("set", "check", "src/test/resources/fixtures/sets/all-problems.yaml");

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.out()).contains("all-problems.yaml is not a valid indicator set; errors: 11",
				"all-problems.yaml:13:5: error: unknown key “wieght” (did you mean “weight”?)",
				"all-problems.yaml:43:5: error: dimension empty has no children");
		assertThat(r.err()).isEqualTo("invalid set files: 1 of 1\n");
	}

	@Test
	void setCheck_inChinese_reportsProblemsInChinese() {
		Runs.Result r = Runs.chinese("set", "check", "src/test/resources/fixtures/sets/all-problems.yaml");

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.out()).contains("all-problems.yaml:13:5: 错误: 未知的键“wieght”（是否想写“weight”？）");
		assertThat(r.err()).contains("1 个指标体系文件中有 1 个无效");
	}

	@Test
	void unknownCommand_isAUsageError_withTheNearestCommand() {
		Runs.Result r = Runs.run("set", "shwo", "wang-4");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).isEqualTo("unknown command “set shwo” (did you mean “set show”?); type help to list commands\n");
	}

	@Test
	void unknownOption_missingArgument_tooManyArguments_andBadValue_areUsageErrors() {
		assertThat(Runs.run("set", "show", "wang-4", "--dpeth", "1")).satisfies(r -> {
			assertThat(r.status()).isEqualTo(2);
			assertThat(r.err()).contains("set show: unknown option “--dpeth” (did you mean “--depth”?); options: --nodes, --depth");
		});
		assertThat(Runs.run("set", "check")).satisfies(r -> {
			assertThat(r.status()).isEqualTo(2);
			assertThat(r.err()).contains("set check: missing argument; usage: set check FILE…");
		});
		assertThat(Runs.run("version", "--format", "x")).satisfies(r -> {
			assertThat(r.status()).isEqualTo(2);
			assertThat(r.err()).contains("version: unknown option “--format”; options: this command has none");
		});
		assertThat(Runs.run("set", "use", "wang-4", "extra")).satisfies(r -> {
			assertThat(r.status()).isEqualTo(2);
			assertThat(r.err()).contains("set use: unexpected argument “extra”");
		});
		assertThat(Runs.run("set", "export", "wang-4", "--format", "excel")).satisfies(r -> {
			assertThat(r.status()).isEqualTo(2);
			assertThat(r.err()).contains("“excel” is not a valid value for --format (expected one of yaml, coinr)");
		});
		assertThat(Runs.run("set", "show", "wang-4", "--depth")).satisfies(r -> {
			assertThat(r.status()).isEqualTo(2);
			assertThat(r.err()).contains("set show: option --depth needs a value");
		});
	}

	@Test
	void unknownSet_isInvalidInput_withTheNearestId() {
		Runs.Result r = Runs.run("set", "use", "wang4");

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.err()).isEqualTo("no indicator set or file “wang4” (did you mean “wang-4”?);"
				+ " sets: cn-first-class-7, wang-4, global-reach\n");
	}

	@Test
	void failure_printsNoStackTrace_unlessDebugIsGiven() {
		Runs.Result plain = Runs.run("set", "show", "missing.yaml");
		Runs.Result debug = Runs.run("set", "show", "missing.yaml", "--debug");

		assertThat(plain.err()).isEqualTo("missing.yaml: no such file\n");
		assertThat(debug.status()).isEqualTo(3);
		assertThat(debug.err()).startsWith("missing.yaml: no such file\n").contains("\tat org.lexbench");
	}

	@Test
	void setExport_writesYamlAndCoinrTables_andNotesWhatATableCannotCarry(@TempDir Path folder) throws IOException {
		Path yaml = folder.resolve("wang.yaml");
		Path table = folder.resolve("wang.xlsx");

		Runs.Result y = Runs.run("set", "export", "wang-4", "--out", yaml.toString());
		Runs.Result t = Runs.run("set", "export", "wang-4", "--out", table.toString());

		assertThat(y.status()).isZero();
		assertThat(y.out()).contains("written: " + yaml);
		assertThat(Files.readString(yaml)).contains("id: wang-4", "from: revenue");
		assertThat(t.status()).isZero();
		assertThat(t.out()).contains("note: integration_level: its ordinal levels and their scores are not carried");
		assertThat(Runs.run("set", "check", table.toString()).status()).isZero();
	}

	@Test
	void setExport_toAFolderThatDoesNotExist_cannotWrite_exitsFour(@TempDir Path folder) {
		Runs.Result r = Runs.run("set", "export", "wang-4", "--out", folder.resolve("none/wang.yaml").toString());

		assertThat(r.status()).isEqualTo(4);
		assertThat(r.err()).startsWith("cannot write ").contains("does not exist");
	}

	@Test
	void currentSet_isWhatSetShowAndSetExportUseWhenGivenNone() {
		Runs.Result r = Runs.withInput("set use\nset use global-reach\nset use\nset show --depth 1\n");
		Runs.Result none = Runs.run("set", "show");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("no current set; choose one with set use ID|FILE", "current set: global-reach · Global reach",
				"global-reach 1.0 · Global reach", "├─\u00A0Scale", "└─\u00A0Recognition in rankings");
		assertThat(none.status()).isEqualTo(2);
		assertThat(none.err()).isEqualTo("set show: no set named and no current set; give ID|FILE or choose one with set use\n");
	}

	@Test
	void groupName_listsItsCommands_asHelpOrAsAUsageError() {
		Runs.Result help = Runs.run("help", "set");
		Runs.Result flag = Runs.run("set", "--help");
		Runs.Result bare = Runs.run("set");

		assertThat(help.out()).startsWith("set is followed by one of:").contains("  set show ", "  set export ");
		assertThat(flag.out()).isEqualTo(help.out());
		assertThat(bare.status()).isEqualTo(2);
		assertThat(bare.err()).isEqualTo(help.out());
	}

	@Test
	void exportAsYaml_toATableExtension_isRefused(@TempDir Path folder) {
		Runs.Result r = Runs.run("set", "export", "wang-4", "--format", "yaml", "--out", folder.resolve("w.csv").toString());

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("a YAML set is written as .yaml or .yml");
	}

	@Test
	void scriptWithMoreWords_andLangWithoutALanguage_areUsageErrors() {
		assertThat(Runs.run("@job.txt", "extra").err()).isEqualTo("a script runs on its own: @job.txt takes no further words\n");
		assertThat(Runs.run("--lang").err()).isEqualTo("--lang needs a language: zh or en\n");
		assertThat(Runs.run("--lang").status()).isEqualTo(2);
	}

	@Test
	void debugInsideAScript_showsTheStackTraceOfThatCommand() {
		Runs.Result r = Runs.withInput("set show missing.yaml --debug\n");

		assertThat(r.err()).startsWith("missing.yaml: no such file\n").contains("\tat org.lexbench");
	}

	@Test
	void setSchema_printsTheJsonSchema() {
		assertThat(Runs.run("set", "schema").out()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
	}

	@Test
	void script_runsCommandsSkippingCommentsAndBlankLines_andStopsAtTheFirstFailureWithItsStatus(@TempDir Path folder)
			throws IOException {
		Path script = folder.resolve("job.txt");
		Files.writeString(script, "# show two sets\n\nset use wang-4\n  lang zh\nset show nope\nversion\n");

		Runs.Result r = Runs.run("@" + script);

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.out()).contains("current set: wang-4", "当前语言：中文").doesNotContain("lexbench 0");
		assertThat(r.err()).contains(script + ":5：在“set show nope”处停止");
	}

	@Test
	void pipedInput_runsTheCommandsWithNoPrompt() {
		Runs.Result r = Runs.withInput("version\nset use global-reach\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).doesNotContain("lexbench>").contains("current set: global-reach");
	}

	@Test
	void help_listsEveryCommandByGroup_andExplainsOne() {
		Runs.Result all = Runs.run("help");
		Runs.Result one = Runs.run("set", "export", "--help");

		assertThat(all.out()).contains("Indicator sets", "  set show", "Session", "  quit");
		assertThat(all.out().indexOf("Indicator sets")).isLessThan(all.out().indexOf("Session"));
		assertThat(one.out()).contains("Usage: set export [ID|FILE] [--format yaml|coinr] [--out FILE]", "--format", "Example:");
		assertThat(Runs.chinese("help", "set", "show").out()).contains("用法：set show [编号|文件]", "--depth");
	}

	@Test
	void demo_listsTheSetsShowsTheSevenPointFramework_readsTheBundledSample_andWritesTheWholeJob(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
		Runs.Result r = Runs.run("demo", "--out", folder.toString());

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(folder.resolve("lexbench-cn-first-class-7-2024.xlsx")).exists();
		assertThat(folder.resolve("lexbench-cn-first-class-7-2024.docx")).exists();
		assertThat(folder.resolve("scorecards/scorecards-cn-first-class-7-2024.pdf")).exists();
		assertThat(folder.resolve("lexbench-cn-first-class-7-2022-2024.csv")).exists();
		assertThat(r.out()).contains("wang-4", "Seven-point", "First-class foreign-related legal talent",
				"Firms: 60 · records: 180 · years 2022–2024 · read against cn-first-class-7 1.0",
				"seeds/demo-firms.xlsx › 七项指标 cn-first-class-7 › AA43: error: “十几个” is not a number", "Next, in the shell");
		assertThat(r.out()).as("the tree down to the dimensions only").doesNotContain("│ party_org_level ");
	}

	@Test
	void demo_keepsTheSampleForTheCommandsThatFollow() {
		Runs.Result r = Runs.withInput("demo --outputs false\nfirms --where province=北京 --limit 3\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).containsPattern("Records matching: \\d+ of 180");
	}

	private static String line(String text, String containing) {
		return text.lines().filter(l -> l.contains(containing)).findFirst()
			.orElseThrow(() -> new AssertionError("no line with " + containing + " in\n" + text));
	}

}
