package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.report.manifest.ManifestFile;
import org.lexbench.report.manifest.RunManifest;

/**
 * {@code run}, the whole job in one command, on the hand-worked set and firms of
 * {@link ScoringCommandsTests}: every output in one folder, each with a manifest that replays.
 */
class RunCommandsTests {

	@TempDir
	Path folder;

	Path set;

	Path firms;

	@BeforeEach
	void files() throws IOException {
		this.set = Files.writeString(this.folder.resolve("t.yaml"), ScoringCommandsTests.SET);
		this.firms = Files.writeString(this.folder.resolve("firms.csv"), ScoringCommandsTests.FIRMS);
	}

	@Test
	void run_loadsScoresAndWritesEveryOutputWithItsManifest_withAStepLineBeforeEach() throws IOException {
		Path out = this.folder.resolve("out");

		Runs.Result r = Runs.run("run", "--set", this.set.toString(), "--data", this.firms.toString(), "--out", out.toString());

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(r.out()).contains("[1/7] Loading the data", "[2/7] Scoring", "[3/7] The Excel workbook",
				"[4/7] The council report", "[5/7] The charts", "[6/7] Every firm's scorecard", "[7/7] The research dataset",
				"Done: every output, each with its manifest, is in " + out);
		assertThat(out.resolve("lexbench-t-2024.xlsx")).exists();
		assertThat(out.resolve("lexbench-t-2024.docx")).exists();
		assertThat(out.resolve("charts/ranking-2024.png")).exists();
		assertThat(out.resolve("scorecards/甲律师事务所.pdf")).exists();
		assertThat(out.resolve("scorecards/scorecards-t-2024.pdf")).exists();
		assertThat(out.resolve("lexbench-t-2023-2024.csv")).exists();
		List<Path> manifests;
		try (Stream<Path> all = Files.walk(out)) {
			manifests = all.filter(p -> p.toString().endsWith(".manifest.json")).sorted().toList();
		}
		assertThat(manifests).hasSize(5);
		RunManifest workbook = ManifestFile.read(out.resolve("lexbench-t-2024.xlsx.manifest.json"));
		assertThat(workbook.commands()).containsExactly(List.of("load", this.firms.toString(), "--set", this.set.toString()),
				List.of("score"), List.of("report", "--out", out.resolve("lexbench-t-2024.xlsx").toString()));
	}

	@Test
	void everyOutputOfARun_replaysIdentical() {
		Path out = this.folder.resolve("out");
		Runs.run("run", "--set", this.set.toString(), "--data", this.firms.toString(), "--out", out.toString());

		for (String manifest : List.of("lexbench-t-2024.xlsx.manifest.json", "lexbench-t-2024.docx.manifest.json",
				"charts.manifest.json", "lexbench-t-2023-2024.csv.manifest.json")) {
			Runs.Result r = Runs.run("replay", out.resolve(manifest).toString());
			assertThat(r.status()).as(manifest + ": " + r.err()).isZero();
			assertThat(r.out()).as(manifest).contains("Reproduced: all");
		}
	}

	@Test
	void withoutSetOrData_itIsAUsageError() {
		Runs.Result r = Runs.run("run", "--set", this.set.toString());

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("run --set ID|FILE --data FILE… [--out DIR]");
	}

}
