package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** template end to end: the file, and a returned copy loading without --set. */
class TemplateCommandsTests {

	@TempDir
	Path folder;

	@Test
	void template_writesTheWorkbook_andAReturnedCopyLoadsWithoutNamingTheSet() {
		Path out = this.folder.resolve("四项特征填报表.xlsx");

		Runs.Result written = Runs.run("template", "--set", "wang-4", "--firms", "20", "--out", out.toString());
		Runs.Result loaded = Runs.run("load", out.toString());

		assertThat(written.status()).isZero();
		assertThat(written.out()).contains("Template for wang-4 1.0 written to " + out, "rows prepared 20");
		assertThat(Files.exists(out)).isTrue();
		assertThat(loaded.status()).isZero();
		assertThat(loaded.out()).contains("read against wang-4 1.0", "no row below this header names a firm");
	}

	@Test
	void folderOfReturnedTemplates_loadsWithoutNamingTheSet() throws java.io.IOException {
		Path returns = Files.createDirectories(this.folder.resolve("returns"));

		Runs.run("template", "--set", "global-reach", "--out", returns.resolve("甲所.xlsx").toString());
		Runs.Result loaded = Runs.run("load", returns.toString());

		assertThat(loaded.status()).isZero();
		assertThat(loaded.out()).contains("read against global-reach 1.0");
	}

	@Test
	void template_refusesANameThatIsNotXlsx_andARowCountOutOfRange() {
		Runs.Result csv = Runs.run("template", "--set", "wang-4", "--out", this.folder.resolve("t.csv").toString());
		Runs.Result many = Runs.run("template", "--set", "wang-4", "--firms", "20000");

		assertThat(csv.status()).isEqualTo(2);
		assertThat(csv.err()).contains("a template is an xlsx workbook; give a name ending in .xlsx");
		assertThat(many.status()).isEqualTo(2);
		assertThat(many.err()).contains("“20000” is not a valid value for --firms (expected a whole number from 1 to 10000)");
	}

	@Test
	void template_inChinese_byDefault_whenTheSessionIsChinese() {
		Path out = this.folder.resolve("t.xlsx");

		Runs.Result r = Runs.chinese("template", "--set", "cn-first-class-7", "--out", out.toString());

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("cn-first-class-7 1.0 的填报模板已写入");
	}

}
