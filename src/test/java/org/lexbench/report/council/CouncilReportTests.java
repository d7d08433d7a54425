package org.lexbench.report.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.Language;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Scoring;
import org.lexbench.scoring.ScoringOptions;

/**
 * The council report reopened with POI: A4, page numbers, the ranking table's header repeated,
 * the method in prose, the data-quality notes — on a set and firms worked by hand (2024:
 * 甲 75, 乙 50, 丁 0; 丙 fails the gate), in both languages.
 */
class CouncilReportTests {

	static final String SET = """
			id: t
			version: "1"
			name: {zh: 测试体系, en: Test set}
			method:
			  normalise: {method: minmax, low: 0, high: 100}
			  impute: none
			  treat: none
			gates:
			  - {id: has_office, name: {zh: 设有境外机构, en: Has an office abroad}, rule: offices >= 1}
			tiers:
			  - {id: top, name: {zh: 一流, en: Top}, min: 60}
			  - {id: rest, name: {zh: 其他, en: Rest}}
			dimensions:
			  - id: reach
			    name: {zh: 覆盖, en: Reach}
			    weight: 3
			    children:
			      - {id: offices, name: {zh: 境外机构数, en: Offices abroad}, type: count, weight: 1}
			  - id: people
			    name: {zh: 人才, en: People}
			    weight: 1
			    children:
			      - {id: lawyers, name: {zh: 律师人数, en: Lawyers}, type: count, weight: 1}
			      - {id: partners, name: {zh: 合伙人数, en: Partners}, type: count, weight: 1}
			""";

	@TempDir
	Path folder;

	ScoreCard card() throws IOException {
		IndicatorSet set = IndicatorSetLoader.loadYaml(SET.getBytes(StandardCharsets.UTF_8), "t.yaml", "t.yaml").set();
		Path file = Files.writeString(this.folder.resolve("firms.csv"), """
				律所名称,年度,境外机构数,律师人数,合伙人数
				甲律师事务所,2024,4,100,20
				乙律师事务所,2024,2,300,40
				丙律师事务所,2024,0,200,30
				丁律师事务所,2024,1,100,
				""");
		FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
		return Scoring.score(data, ScoringOptions.defaults());
	}

	static ChartPicture picture() throws IOException {
		BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return new ChartPicture(png.toByteArray(), 800, 400, "Ranking");
	}

	XWPFDocument write(Language language) throws IOException {
		Path target = this.folder.resolve("council-" + language + ".docx");
		CouncilReport.write(target, new CouncilInput(card(), List.of(), List.of(picture()), language, "0.1.0", 500));
		try (InputStream in = Files.newInputStream(target)) {
			return new XWPFDocument(in);
		}
	}

	static String text(XWPFDocument doc) {
		StringBuilder out = new StringBuilder();
		doc.getParagraphs().forEach(p -> out.append(p.getText()).append('\n'));
		return out.toString();
	}

	@Test
	void theReport_isA4WithPageNumbersInTheFooter() throws IOException {
		try (XWPFDocument doc = write(Language.EN)) {
			var size = doc.getDocument().getBody().getSectPr().getPgSz();
			assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11906);
			assertThat(((java.math.BigInteger) size.getH()).intValue()).isEqualTo(16838);
			XWPFParagraph footer = doc.getFooterList().get(0).getParagraphs().get(0);
			assertThat(footer.getCTP().getFldSimpleList()).extracting(f -> f.getInstr())
				.containsExactly("PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT");
			assertThat(footer.getText()).startsWith("Page ").contains(" of ");
		}
	}

	@Test
	void theRanking_listsRankedFirmsInOrder_withItsHeaderRepeatedOnEveryPage() throws IOException {
		try (XWPFDocument doc = write(Language.EN)) {
			XWPFTable ranking = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Rank")).findFirst()
				.orElseThrow();
			assertThat(ranking.getRow(0).isRepeatHeader()).isTrue();
			assertThat(ranking.getRows()).hasSize(4); // header + 甲, 乙, 丁; 丙 is not eligible
			assertThat(ranking.getRow(1).getCell(1).getText()).isEqualTo("甲律师事务所");
			assertThat(ranking.getRow(1).getCell(2).getText()).isEqualTo("75.00");
			assertThat(ranking.getRow(1).getCell(3).getText()).isEqualTo("Top");
			assertThat(ranking.getRow(2).getCell(2).getText()).isEqualTo("50.00");
			assertThat(ranking.getRow(3).getCell(0).getText()).isEqualTo("3");
		}
	}

	@Test
	void theSetMethodTiersChartAndQualityNotes_areThere() throws IOException {
		try (XWPFDocument doc = write(Language.EN)) {
			String text = text(doc);
			assertThat(text).contains("Test set: assessment 2024", "3 indicators were scored for 4 firms (2024)",
					"normalised (minmax(low=0, high=100))", "Tiers: Top, a composite of at least 60.00",
					"丙律师事务所 is not eligible: Has an office abroad (offices >= 1)");
			assertThat(doc.getAllPictures()).hasSize(1);
			XWPFTable dimensions = doc.getTables().get(0);
			assertThat(dimensions.getRow(1).getCell(0).getText()).isEqualTo("Reach");
			assertThat(dimensions.getRow(1).getCell(1).getText()).isEqualTo("75.0%");
		}
	}

	@Test
	void libreOffice_convertsTheReportToPdf() throws Exception {
		java.util.Optional<Path> soffice = java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
			.map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).findFirst()
			.filter(s -> hasWriter(s)); // LibreOffice's word processor, libsw, is a package of its own
		if (soffice.isEmpty()) {
			System.out.println("SKIPPED CouncilReportTests.libreOffice_convertsTheReportToPdf: no LibreOffice Writer "
					+ "(soffice with libswlo; .ci/run installs libreoffice-writer-nogui)");
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice Writer is not installed");
		write(Language.ZH).close();
		Path docx = this.folder.resolve("council-ZH.docx");
		Path out = Files.createDirectory(this.folder.resolve("pdf"));
		Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=file://" + this.folder.resolve("lo-profile"),
				"--headless", "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as(log).isTrue();
		assertThat(p.exitValue()).as(log).isZero();
		assertThat(out.resolve("council-ZH.pdf")).as(log).exists();
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("council-ZH.pdf").toFile())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("甲律师事务所");
		}
	}

	private static boolean hasWriter(Path soffice) {
		try {
			return Files.exists(soffice.toRealPath().getParent().resolve("libswlo.so"));
		}
		catch (IOException unreadable) {
			return false;
		}
	}

	@Test
	void inChinese_headingsLabelsAndFooterAreChinese() throws IOException {
		try (XWPFDocument doc = write(Language.ZH)) {
			assertThat(text(doc)).contains("测试体系：2024 年度评估报告", "一、指标体系", "五、数据质量");
			assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getText()).startsWith("第 ").contains("页，共");
			XWPFTable ranking = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("名次")).findFirst()
				.orElseThrow();
			assertThat(ranking.getRow(1).getCell(3).getText()).isEqualTo("一流");
		}
	}

}
