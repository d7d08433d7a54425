package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * audit end to end on a set and data small enough to audit by hand: min-max 0–100, equal weights,
 * no imputation. Lawyers normalise to 0, 20, 40, 60, 80, 100 and partners to 0, 40, 20, 60, 80, 100
 * (steps 0 1 2 3 4 5 and 0 2 1 3 4 5, mean 2.5): Σ products 6.25 + 0.75 + 0.75 + 0.25 + 2.25 + 6.25
 * = 16.5 over Σ squares 17.5, r = 33/35 = 0.943 (above 0.9: likely double counting). With equal
 * variances, alpha = 2r/(1 + r) = 66/68 = 0.971. 庚 has only offices: it is scored on reach and
 * takes no part in people's statistics.
 */
class AuditCommandsTests {

	static final String SET = """
			id: t
			version: "1"
			name: {zh: 测试体系, en: Test set}
			method:
			  normalise: {method: minmax, low: 0, high: 100}
			  aggregate: arithmetic
			  weights: equal
			  impute: none
			  treat: none
			dimensions:
			  - id: reach
			    name: {zh: 覆盖, en: Reach}
			    children:
			      - {id: offices, name: {zh: 境外机构数, en: Offices abroad}, type: count}
			  - id: people
			    name: {zh: 人才, en: People}
			    children:
			      - {id: lawyers, name: {zh: 律师人数, en: Lawyers}, type: count}
			      - {id: partners, name: {zh: 合伙人数, en: Partners}, type: count}
			""";

	static final String FIRMS = """
			律所名称,年度,境外机构数,律师人数,合伙人数
			甲律师事务所,2024,1,100,10
			乙律师事务所,2024,2,200,30
			丙律师事务所,2024,3,300,20
			丁律师事务所,2024,4,400,40
			戊律师事务所,2024,5,500,50
			己律师事务所,2024,6,600,60
			庚律师事务所,2024,7,,
			""";

	@TempDir
	Path folder;

	Path set;

	Path firms;

	@BeforeEach
	void files() throws IOException {
		this.set = Files.writeString(this.folder.resolve("t.yaml"), SET);
		this.firms = Files.writeString(this.folder.resolve("firms.csv"), FIRMS);
	}

	Runs.Result after(String commands) {
		return Runs.withInput("load " + this.firms + " --set " + this.set + "\n" + commands);
	}

	@Test
	void audit_showsAlphaTheCorrelationsAndTheFlaggedPair() {
		Runs.Result r = after("score\naudit\n");

		assertThat(r.status()).isZero();
		String out = r.out().substring(r.out().indexOf("Audit of set t"));
		assertThat(out).contains("People (people): Cronbach’s alpha 0.971 (2 children, 6 firms)",
				"Reach (reach): Cronbach’s alpha — (1 child: nothing to be consistent with)",
				"Lawyers (lawyers) and Partners (partners): r = 0.94, above 0.9: likely double counting",
				"Every indicator has a raw value for at least 80% of the firms",
				"Firms with values for fewer than 80% of the indicators: 庚律师事务所 33%");
		String people = out.substring(out.indexOf("People (people):"));
		assertThat(row(people, "Lawyers (lawyers)")).contains("1.00", "0.94");
	}

	@Test
	void auditOfOneNode_showsOnlyIt() {
		Runs.Result r = after("score\naudit --node people --year 2024\n");

		assertThat(r.status()).isZero();
		String out = r.out().substring(r.out().indexOf("Audit of set t"));
		assertThat(out).contains("People (people): Cronbach’s alpha 0.971").doesNotContain("Reach (reach):");
	}

	@Test
	void inChinese_everyLineIsChinese() {
		Runs.Result r = Runs.run(Runs.CHINESE, "load " + this.firms + " --set " + this.set
				+ "\nscore\naudit\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("人才 (people)：Cronbach α 系数 0.971（2 个子项，6 家律所）");
	}

	@Test
	void auditBeforeAnyScore_isAUsageError() {
		Runs.Result r = after("audit\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("nothing is scored yet");
	}

	@Test
	void auditOfAnIndicatorOrAnUnknownNode_isAUsageError() {
		assertThat(after("score\naudit --node lawyers\n").status()).isEqualTo(2);
		Runs.Result unknown = after("score\naudit --node nope\n");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).contains("“nope” is not a node of set t");
	}

	private static String row(String text, String marker) {
		return text.lines().filter(l -> l.contains(marker)).findFirst()
			.orElseThrow(() -> new AssertionError("no line with " + marker + " in\n" + text));
	}

}
