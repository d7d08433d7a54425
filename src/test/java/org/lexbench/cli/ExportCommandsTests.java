package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export end to end, as {@code ./lexbench} runs it, on the fixture of the dataset tests
 * ({@code fixtures/export/}: 12 firm records over 2022–2024, 3 scored indicators).
 */
class ExportCommandsTests {

	static final Path FIXTURE = Path.of("src/test/resources/fixtures/export");

	static final Path FIRMS = FIXTURE.resolve("firms.csv");

	@TempDir
	Path folder;

	static Runs.Result after(String commands) {
		return Runs.withInput("load " + FIRMS + " --set " + FIXTURE.resolve("t.yaml") + "\nscore\n" + commands);
	}

	private List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void exportToAFolder_writesTheDataAndItsCodebookUnderTheDefaultName_andSaysHowMuch() throws IOException {
		Runs.Result r = after("export --out " + this.folder + "/\n");

		assertThat(r.status()).isZero();
		Path data = this.folder.resolve("lexbench-t-2022-2024.csv");
		assertThat(r.out()).contains("Wrote " + data + ": 12 rows × 32 columns (wide, years 2022–2024)",
				"Wrote " + this.folder.resolve("lexbench-t-2022-2024.codebook.csv") + ": the codebook, a row for each of the 32 columns");
		assertThat(files()).containsExactly("lexbench-t-2022-2024.codebook.csv", "lexbench-t-2022-2024.csv",
				"lexbench-t-2022-2024.csv.manifest.json");
		assertThat(Files.readAllLines(data, StandardCharsets.UTF_8)).hasSize(1 + 12 + 1); // a firm's name holds a line break
	}

	@Test
	void tidyXlsxOfOneYear_hasARowPerFirmAndIndicator() {
		Path out = this.folder.resolve("2024.xlsx");

		Runs.Result r = after("export --tidy --year 2024 --out " + out + "\n");

		// 2024: 4 firms × 3 indicators
		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("Wrote " + out + ": 12 rows × 18 columns (tidy, year 2024)",
				"Wrote " + this.folder.resolve("2024.codebook.xlsx"));
	}

	@Test
	void pseudonymisedJson_namesNoFirm_andSaysWhereTheSaltIs() throws IOException {
		Path salt = this.folder.resolve("secret/salt");
		Path out = this.folder.resolve("share/data.json");
		Files.createDirectories(out.getParent());

		Runs.Result r = after("export --pseudonymise --salt " + salt + " --out " + out + "\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("Firms are pseudonymised as F- and 12 hexadecimal digits of HMAC-SHA-256 under the salt in "
				+ salt + " (created now)");
		String json = Files.readString(out);
		assertThat(json).contains("\"pseudonymised\":true").doesNotContain("律师事务所", "Jia Law Firm", "31110000MA01ABCD2Y");
		assertThat(Files.exists(salt)).isTrue();
	}

	@Test
	void chinese_messagesAndTheSameFiles() {
		Runs.Result r = Runs.run(Runs.CHINESE, "load " + FIRMS + " --set " + FIXTURE.resolve("t.yaml") + "\nscore\nexport --out "
				+ this.folder + "/\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("已写入 " + this.folder.resolve("lexbench-t-2022-2024.csv") + "：12 行 × 32 列");
	}

	@Test
	void aMissingOutputFolder_isOneClearLine_exitFour() {
		Path out = this.folder.resolve("no/such/folder/data.csv");

		Runs.Result r = after("export --out " + out + "\n");

		assertThat(r.status()).isEqualTo(4);
		assertThat(r.err().strip().lines()).first().asString()
			.isEqualTo("cannot write " + out + ": folder " + out.getParent() + " does not exist");
		assertThat(r.err()).doesNotContain("Exception");
	}

	@Test
	void anOutputFolderThatIsAFile_isExitFour() throws IOException {
		Path file = Files.writeString(this.folder.resolve("a-file"), "x");

		Runs.Result r = after("export --out " + file.resolve("data.csv") + "\n");

		assertThat(r.status()).isEqualTo(4);
		assertThat(r.err()).contains(file + " is a file, not a folder");
	}

	@Test
	void anUnwritableOutputFolder_isExitFour() throws IOException {
		Path locked = Files.createDirectories(this.folder.resolve("locked"));
		locked.toFile().setWritable(false, false);
		org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "the superuser writes anywhere");
		try {
			Runs.Result r = after("export --out " + locked.resolve("data.csv") + "\n");

			assertThat(r.status()).isEqualTo(4);
			assertThat(r.err()).contains("cannot write " + locked.resolve("data.csv") + ": permission denied");
		}
		finally {
			locked.toFile().setWritable(true, false);
		}
	}

	@Test
	void writingOverAnInput_isRefused_andTheInputIsUntouched() throws IOException {
		Path input = Files.copy(FIRMS, this.folder.resolve("firms.csv"));
		byte[] before = Files.readAllBytes(input);

		Runs.Result r = Runs.withInput("load " + input + " --set " + FIXTURE.resolve("t.yaml") + "\nscore\nexport --out " + input
				+ "\n");
		Runs.Result score = Runs.withInput("load " + input + " --set " + FIXTURE.resolve("t.yaml") + "\nscore --out " + input + "\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains(input + " is a file the loaded data was read from; inputs are never written to");
		assertThat(score.status()).isEqualTo(2);
		assertThat(Files.readAllBytes(input)).isEqualTo(before);
	}

	@Test
	void aSaltBesideTheData_orASaltWithoutPseudonymise_isAUsageError() {
		Runs.Result beside = after("export --pseudonymise --salt " + this.folder.resolve("salt") + " --out "
				+ this.folder.resolve("d.csv") + "\n");
		Runs.Result alone = after("export --salt " + this.folder.resolve("salt") + " --out " + this.folder.resolve("d.csv") + "\n");

		assertThat(beside.status()).isEqualTo(2);
		assertThat(beside.err()).contains("the salt file " + this.folder.resolve("salt") + " is in the output folder");
		assertThat(alone.status()).isEqualTo(2);
		assertThat(alone.err()).contains("--salt is used with --pseudonymise only");
		assertThat(this.folder.resolve("salt")).doesNotExist();
		assertThat(this.folder.resolve("d.csv")).doesNotExist();
	}

	@Test
	void anOutFileOfAnotherKind_orAFormatAgainstItsExtension_isAUsageError() {
		Runs.Result kind = after("export --out " + this.folder.resolve("d.txt") + "\n");
		Runs.Result conflict = after("export --format xlsx --out " + this.folder.resolve("d.csv") + "\n");

		assertThat(kind.status()).isEqualTo(2);
		assertThat(kind.err()).contains("a dataset is written as .csv, .xlsx or .json");
		assertThat(conflict.status()).isEqualTo(2);
		assertThat(conflict.err()).contains("--format xlsx does not match " + this.folder.resolve("d.csv"));
	}

	@Test
	void exportBeforeAnyScore_isAUsageError() {
		Runs.Result r = Runs.withInput("export --out " + this.folder + "/\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("nothing is scored yet");
	}

	@Test
	void rankingOut_writesTheScoresOfThatYearOnly() throws IOException {
		Path out = this.folder.resolve("r.csv");

		Runs.Result r = after("ranking --year 2023 --out " + out + "\n");

		assertThat(r.status()).isZero();
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(4).allSatisfy(l -> assertThat(l).doesNotStartWith("2024").doesNotStartWith("2022"));
		assertThat(lines).contains("2023,丙律师事务所,丙律师事务所,,scored,,1,rest,37.5,2,50,2,0,3");
	}

}
