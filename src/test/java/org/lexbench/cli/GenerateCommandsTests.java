package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate end to end: what it writes loads without a problem, and the same seed writes the same file. */
class GenerateCommandsTests {

	@TempDir
	Path folder;

	@Test
	void generatedWorkbook_loadsWithoutAProblem() {
		Path out = this.folder.resolve("firms.xlsx");

		Runs.Result generated = Runs.run("generate", "--set", "wang-4", "--firms", "25", "--years", "2", "--missing", "0.1",
				"--out", out.toString());
		Runs.Result loaded = Runs.run("load", out.toString(), "--set", "wang-4");

		assertThat(generated.status()).isZero();
		assertThat(generated.out()).contains("Wrote " + out + ": records 50 (years 2023–2024)", "seed 1",
				"synthetic data for wang-4, not real firms");
		assertThat(loaded.out()).contains("Firms: 25 · records: 50 · years 2023–2024", "No problems.");
	}

	@Test
	void sameSeed_writesTheSameCsv_andAnotherSeedAnotherOne() throws IOException {
		Path a = this.folder.resolve("a.csv");
		Path b = this.folder.resolve("b.csv");
		Path c = this.folder.resolve("c.csv");

		Runs.run("generate", "--set", "global-reach", "--firms", "30", "--seed", "7", "--out", a.toString());
		Runs.run("generate", "--set", "global-reach", "--firms", "30", "--seed", "7", "--out", b.toString());
		Runs.run("generate", "--set", "global-reach", "--firms", "30", "--seed", "8", "--out", c.toString());

		assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(c));
	}

	@Test
	void badValues_areUsageErrors_beforeAnythingIsWritten() {
		Path pdf = this.folder.resolve("firms.pdf");

		Runs.Result extension = Runs.run("generate", "--set", "wang-4", "--firms", "5", "--out", pdf.toString());
		Runs.Result missing = Runs.run("generate", "--set", "wang-4", "--firms", "5", "--missing", "1.5", "--out", "x.csv");
		Runs.Result noFirms = Runs.run("generate", "--set", "wang-4", "--out", "x.csv");

		assertThat(extension.status()).isEqualTo(2);
		assertThat(extension.err()).contains("generate writes .xlsx or .csv");
		assertThat(missing.err()).contains("“1.5” is not a valid value for --missing (expected a share from 0 to below 1, such as 0.05)");
		assertThat(noFirms.status()).isEqualTo(2);
		assertThat(this.folder.toFile().list()).isEmpty();
	}

}
