package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.ContentHash;
import org.lexbench.report.manifest.ManifestFile;
import org.lexbench.report.manifest.RunManifest;

/**
 * The manifest written beside an output, and {@code replay} checking inputs and reproducing the
 * output — on the hand-worked set and firms of {@link ScoringCommandsTests}.
 */
class ReplayCommandsTests {

	@TempDir
	Path folder;

	Path set;

	Path firms;

	@BeforeEach
	void files() throws IOException {
		this.set = Files.writeString(this.folder.resolve("t.yaml"), ScoringCommandsTests.SET);
		this.firms = Files.writeString(this.folder.resolve("firms.csv"), ScoringCommandsTests.FIRMS);
	}

	Runs.Result scoreTo(String out) {
		return Runs.withInput("load " + this.firms + " --set " + this.set + "\nscore --weights entropy\nranking --year 2023 --out "
				+ this.folder.resolve(out) + "\n");
	}

	@Test
	void anOutput_getsAManifestWithItsCommandsInputHashesAndResolvedMethods() throws IOException {
		Runs.Result r = scoreTo("r.csv");

		assertThat(r.status()).isZero();
		Path written = this.folder.resolve("r.csv.manifest.json");
		assertThat(r.out()).contains("Wrote " + written);
		RunManifest m = ManifestFile.read(written);
		assertThat(m.commands()).hasSize(3);
		assertThat(m.commands().get(0)).containsExactly("load", this.firms.toString(), "--set", this.set.toString());
		assertThat(m.commands().get(2)).containsExactly("ranking", "--year", "2023", "--out", this.folder.resolve("r.csv").toString());
		assertThat(m.inputs()).extracting(RunManifest.InputFile::sha256)
			.containsExactly(ContentHash.sha256(Files.readAllBytes(this.firms)), ContentHash.sha256(Files.readAllBytes(this.set)));
		assertThat(m.set().id()).isEqualTo("t");
		assertThat(m.set().sha256()).isEqualTo(ContentHash.sha256(Files.readAllBytes(this.set)));
		assertThat(m.outputs()).singleElement().satisfies(o -> {
			assertThat(o.path()).isEqualTo("r.csv");
			assertThat(o.digest()).isEqualTo("sha256:" + ContentHash.sha256(Files.readAllBytes(this.folder.resolve("r.csv"))));
		});
		String json = Files.readString(written, StandardCharsets.UTF_8);
		assertThat(json).contains("\"from\" : \"command\"", "\"method\" : \"entropy\"", "\"year\" : 2023", "\"year\" : 2024");
	}

	@Test
	void replay_reproducesACsvByteForByte() {
		scoreTo("r.csv");

		Runs.Result r = Runs.run("replay", this.folder.resolve("r.csv.manifest.json").toString());

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(r.out()).contains("Re-ran 3 commands on 2 inputs whose SHA-256 match the manifest",
				"identical: r.csv (sha256:", "Reproduced: all 1 outputs are identical");
	}

	@Test
	void replay_reproducesAnXlsxByItsCells_thoughItsBytesCarryTimestamps() throws IOException {
		scoreTo("r.xlsx");
		RunManifest m = ManifestFile.read(this.folder.resolve("r.xlsx.manifest.json"));
		assertThat(m.outputs().get(0).digest()).startsWith("cells-sha256:");

		Runs.Result r = Runs.run("replay", this.folder.resolve("r.xlsx.manifest.json").toString(), "--keep",
				this.folder.resolve("again").toString());

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(r.out()).contains("Reproduced: all 1 outputs are identical");
		assertThat(this.folder.resolve("again/r.xlsx")).exists();
	}

	@Test
	void replay_refusesAChangedInput_namingIt() throws IOException {
		scoreTo("r.csv");
		Files.writeString(this.firms, ScoringCommandsTests.FIRMS.replace("甲律师事务所,2024,北京,4", "甲律师事务所,2024,北京,5"));

		Runs.Result r = Runs.run("replay", this.folder.resolve("r.csv.manifest.json").toString());

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.err()).contains(this.firms + " has changed since the manifest was written: its SHA-256 was ");
	}

	@Test
	void replay_saysWhichOutputsDiffer() throws IOException {
		scoreTo("r.csv");
		Path manifest = this.folder.resolve("r.csv.manifest.json");
		String json = Files.readString(manifest);
		String recorded = ManifestFile.read(manifest).outputs().get(0).digest();
		Files.writeString(manifest, json.replace(recorded, "sha256:" + "0".repeat(64)));

		Runs.Result r = Runs.run("replay", manifest.toString());

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.out()).contains("DIFFERS: r.csv (manifest sha256:000");
		assertThat(r.err()).contains("1 of 1 outputs differ from the manifest");
	}

	@Test
	void theDemoSample_isRecordedAsABundledInput_andReplays() {
		Path out = this.folder.resolve("demo.csv");
		Runs.Result written = Runs.withInput("demo --outputs false\nranking --out " + out + "\n");
		assertThat(written.status()).as(written.err()).isZero();
		RunManifest m = ManifestFile.read(this.folder.resolve("demo.csv.manifest.json"));
		assertThat(m.commands()).first().isEqualTo(java.util.List.of("demo", "--outputs", "false"));
		assertThat(m.inputs()).singleElement().satisfies(i -> assertThat(i.typed()).isEqualTo("lexbench:seeds/demo-firms.xlsx"));

		Runs.Result r = Runs.run("replay", this.folder.resolve("demo.csv.manifest.json").toString());

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(r.out()).contains("Reproduced: all 1 outputs are identical");
	}

	@Test
	void scorecardsWrittenIntoAFolder_replayByteForByte_pdfAndPng() throws IOException {
		Path cards = Files.createDirectory(this.folder.resolve("cards"));
		Runs.Result written = Runs.withInput("load " + this.firms + " --set " + this.set + "\nscore\nscorecards --firm 乙 --out " + cards + "\n");
		assertThat(written.status()).as(written.err()).isZero();
		RunManifest m = ManifestFile.read(cards.resolve("乙律师事务所.pdf.manifest.json"));
		assertThat(m.outputs()).extracting(RunManifest.OutputFile::path).containsExactly("乙律师事务所.pdf", "乙律师事务所.png");

		Runs.Result r = Runs.run("replay", cards.resolve("乙律师事务所.pdf.manifest.json").toString());

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(r.out()).contains("identical: 乙律师事务所.pdf", "identical: 乙律师事务所.png", "Reproduced: all 2 outputs are identical");
	}

	@Test
	void aTidyJsonExportAndItsCodebook_replayByteForByte() {
		Path out = this.folder.resolve("tidy.json");
		Runs.Result written = Runs.withInput("load " + this.firms + " --set " + this.set + "\nscore\nexport --format json --tidy --out "
				+ out + "\n");
		assertThat(written.status()).as(written.err()).isZero();
		RunManifest m = ManifestFile.read(this.folder.resolve("tidy.json.manifest.json"));
		assertThat(m.outputs()).hasSize(2).allSatisfy(o -> assertThat(o.digest()).startsWith("sha256:"));

		Runs.Result r = Runs.run("replay", this.folder.resolve("tidy.json.manifest.json").toString());

		assertThat(r.status()).as(r.err()).isZero();
		assertThat(r.out()).contains("identical: tidy.json", "Reproduced: all 2 outputs are identical");
	}

	@Test
	void aFileThatIsNotAManifest_isOneLineWithItsPlace() throws IOException {
		Path bad = Files.writeString(this.folder.resolve("bad.manifest.json"), "{\n  \"manifest\": 1,\n  oops\n}\n");

		Runs.Result r = Runs.run("replay", bad.toString());

		assertThat(r.status()).isEqualTo(3);
		assertThat(r.err().strip().lines()).hasSize(1);
		assertThat(r.err()).startsWith(bad + ":3:");
	}

}
