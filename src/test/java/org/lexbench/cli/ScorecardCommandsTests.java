package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scorecards} end to end on the hand-worked set of {@link ScoringCommandsTests} (2024:
 * 甲 75 first and Top, 乙 50, 丁 0; 丙 not eligible), with one more firm whose name tries to
 * leave the output folder.
 */
class ScorecardCommandsTests {

	@TempDir
	Path folder;

	Path set;

	Path firms;

	@BeforeEach
	void files() throws IOException {
		this.set = Files.writeString(this.folder.resolve("t.yaml"), ScoringCommandsTests.SET);
		this.firms = Files.writeString(this.folder.resolve("firms.csv"),
				ScoringCommandsTests.FIRMS + "../../逃逸律师事务所,2024,北京,1,50,5\n");
	}

	Runs.Result after(String commands) {
		return Runs.withInput("load " + this.firms + " --set " + this.set + "\nscore\n" + commands);
	}

	static String text(Path pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(doc);
		}
	}

	static int pages(Path pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			return doc.getNumberOfPages();
		}
	}

	@Test
	void oneFirm_getsAOnePageA4PdfWithItsOwnFiguresInChinese_andA150DpiPng() throws IOException {
		Path out = Files.createDirectory(this.folder.resolve("cards"));

		Runs.Result r = after("scorecards --firm 甲律师事务所 --out " + out + "\n");

		assertThat(r.status()).as(r.err()).isZero();
		Path pdf = out.resolve("甲律师事务所.pdf");
		assertThat(r.out()).contains("Wrote " + pdf + " and " + out.resolve("甲律师事务所.png"));
		assertThat(pages(pdf)).isOne();
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
		}
		String text = text(pdf);
		// with the fifth firm (offices 1, lawyers 50, partners 5) the 2024 bounds move: 甲 scores
		// offices 100, lawyers (100−50)/(300−50) = 20, partners (20−5)/(40−5) = 42.86, people 31.43,
		// composite (3·100 + 31.43)/4 = 82.86; rank 1 of 4 ranked, tier Top
		assertThat(text).contains("甲律师事务所", "82.9", "#1", "of 4 firms ranked", "Top", "Reach", "People", "31.4");
		BufferedImage png = ImageIO.read(out.resolve("甲律师事务所.png").toFile());
		assertThat(png.getWidth()).isEqualTo(1240);
		assertThat(png.getHeight()).isEqualTo(1754);
	}

	@Test
	void aCard_namesNoOtherFirm() throws IOException {
		Path out = Files.createDirectory(this.folder.resolve("cards"));

		after("scorecards --firm 乙律师事务所 --out " + out + "\n");

		assertThat(text(out.resolve("乙律师事务所.pdf"))).contains("乙律师事务所").doesNotContain("甲律师事务所", "丁律师事务所",
				"丙律师事务所", "逃逸");
	}

	@Test
	void all_writesEveryCardInsideTheFolder_andOneCombinedPdf() throws IOException {
		Path out = Files.createDirectory(this.folder.resolve("cards"));

		Runs.Result r = after("scorecards --all --out " + out + "\n");

		assertThat(r.status()).as(r.err()).isZero();
		List<Path> pdfs;
		try (Stream<Path> files = Files.list(out)) {
			pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
		}
		assertThat(pdfs).hasSize(6); // 5 firms and the combined one
		assertThat(pages(out.resolve("scorecards-t-2024.pdf"))).isEqualTo(5);
		try (Stream<Path> all = Files.walk(this.folder)) {
			assertThat(all.filter(p -> p.getFileName().toString().contains("逃逸"))).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(out));
		}
		assertThat(text(out.resolve("丙律师事务所.pdf"))).contains("Not eligible, so not ranked: Has an office abroad (offices >= 1)");
		assertThat(r.out()).contains("Scorecards 5/5", "Wrote 5 scorecards (PDF and PNG) into " + out);
	}

	@Test
	void neitherFirmNorAll_isAUsageError() {
		Runs.Result r = after("scorecards\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("name one firm (--firm NAME) or ask for every firm (--all)");
	}

	@Test
	void aMissingOutputFolder_isCreated_butAFolderThatCannotBe_isOneLineAndExitFour() throws IOException {
		Runs.Result made = after("scorecards --firm 甲 --out " + this.folder.resolve("new/cards") + "\n");
		Path file = Files.writeString(this.folder.resolve("a-file"), "x");
		Runs.Result r = after("scorecards --all --out " + file.resolve("cards") + "\n");

		assertThat(made.status()).as(made.err()).isZero();
		assertThat(this.folder.resolve("new/cards/甲律师事务所.pdf")).exists();
		assertThat(r.status()).isEqualTo(4);
		assertThat(r.err().strip().lines()).hasSize(2); // the failure and the script's stopping line
		assertThat(r.err()).contains("cannot create the folder " + file.resolve("cards"));
	}

}
