package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * charts end to end, as {@code ./lexbench} runs it, on {@link ScoringCommandsTests}' hand-worked
 * set and firms: in 2024 甲 75 (Top), 乙 50, 丁 0 are ranked and 丙 fails the gate; 甲 ranks first
 * on offices abroad and second (tied with 丁, then 乙's 40) on lawyers and on partners.
 */
class ChartCommandsTests {

	@TempDir
	Path folder;

	Path set;

	Path firms;

	Path charts;

	@BeforeEach
	void files() throws IOException {
		this.set = Files.writeString(this.folder.resolve("t.yaml"), ScoringCommandsTests.SET);
		this.firms = Files.writeString(this.folder.resolve("firms.csv"), ScoringCommandsTests.FIRMS);
		this.charts = this.folder.resolve("out/charts");
	}

	Runs.Result after(String commands) {
		return Runs.withInput("load " + this.firms + " --set " + this.set + "\nscore\n" + commands);
	}

	@Test
	void charts_writesTheOverviewAsPngAndSvg_creatingTheFolder_andSaysSoForEachFile() throws IOException {
		Runs.Result r = after("charts --out " + this.charts + "\n");

		assertThat(r.status()).isZero();
		List<String> names = List.of("ranking-2024.png", "ranking-2024.svg", "heatmap-2024.png", "heatmap-2024.svg", "tiers-2024.png",
				"tiers-2024.svg");
		assertThat(written(r)).containsExactlyElementsOf(names.stream().map(n -> "Wrote " + this.charts.resolve(n)).toList());
		assertThat(r.out()).contains("Wrote " + this.charts.toAbsolutePath().normalize() + ".manifest.json");
		assertThat(chartFiles()).containsExactlyInAnyOrderElementsOf(names);
		assertThat(ImageIO.read(this.charts.resolve("ranking-2024.png").toFile()).getWidth()).isEqualTo(1600);
		assertThat(Files.readString(this.charts.resolve("tiers-2024.svg"))).contains("<title>Firms by tier, 2024: 4 firms</title>");
	}

	@Test
	void chartsForAFirm_addItsRadarContributionsAndItsStrongestAndWeakestIndicator() throws IOException {
		Runs.Result r = after("charts --firm 甲 --format png --out " + this.charts + "\n");

		assertThat(r.status()).isZero();
		assertThat(chartFiles()).containsExactlyInAnyOrder("ranking-2024.png", "heatmap-2024.png", "tiers-2024.png",
				"甲律师事务所-radar-2024.png", "甲律师事务所-contributions-2024.png", "甲律师事务所-offices-2024.png",
				"甲律师事务所-partners-2024.png");
		assertThat(written(r)).hasSize(7);
	}

	@Test
	void chartsOfAnotherYear_drawThatYearsScore_inChinese() throws IOException {
		Runs.Result r = Runs.run(Runs.CHINESE, "load " + this.firms + " --set " + this.set + "\nscore\ncharts --year 2023 --format svg --top 2 --out "
				+ this.charts + "\n");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("已写入 " + this.charts.resolve("ranking-2023.svg"));
		assertThat(chartFiles()).containsExactlyInAnyOrder("ranking-2023.svg", "heatmap-2023.svg", "tiers-2023.svg");
		assertThat(Files.readString(this.charts.resolve("ranking-2023.svg"))).contains("<title>测试体系（2023 年）排名：3 家参评律所中的前 2 名</title>");
	}

	@Test
	void chartsBeforeAnyScore_isAUsageError() {
		Runs.Result r = Runs.withInput("charts --out " + this.charts + "\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("nothing is scored yet");
		assertThat(Files.exists(this.charts)).isFalse();
	}

	@Test
	void chartsForAFirmThatWasNotScored_isOneClearLine() {
		Runs.Result r = after("charts --firm 丙律师事务所 --out " + this.charts + "\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(failure(r)).isEqualTo("丙律师事务所 was not scored (Not eligible), so it has no scores to draw");
		assertThat(Files.exists(this.charts)).isFalse();
	}

	@Test
	void chartsIntoAFile_orUnderOne_cannotWriteAndExitFour() throws IOException {
		Path file = Files.writeString(this.folder.resolve("notes.txt"), "x");

		Runs.Result into = after("charts --out " + file + "\n");
		Runs.Result under = after("charts --out " + file.resolve("charts") + "\n");

		assertThat(into.status()).isEqualTo(4);
		assertThat(failure(into)).isEqualTo("cannot write into " + file + ": " + file + " is a file, not a folder");
		assertThat(under.status()).isEqualTo(4);
		assertThat(failure(under)).startsWith("cannot create the folder " + file.resolve("charts")).doesNotContain("Exception");
		assertThat(under.err()).doesNotContain("\tat ");
	}

	@Test
	void anUnknownFormat_isAUsageError() {
		Runs.Result r = after("charts --format gif --out " + this.charts + "\n");

		assertThat(r.status()).isEqualTo(2);
		assertThat(r.err()).contains("gif");
		assertThat(Files.exists(this.charts)).isFalse();
	}

	@Test
	void chartsHelp_namesEveryOption() {
		Runs.Result r = Runs.run("charts", "--help");

		assertThat(r.status()).isZero();
		assertThat(r.out()).contains("charts [--firm NAME] [--format png|svg|both] [--out FOLDER] [--top N] [--year YEAR]");
	}

	/** The failure's own line: a script run adds a second, naming the line it stopped at. */
	private static String failure(Runs.Result r) {
		assertThat(r.err().strip().lines()).hasSize(2);
		return r.err().lines().findFirst().orElseThrow();
	}

	private static List<String> written(Runs.Result r) {
		return r.out().lines().filter(l -> (l.startsWith("Wrote ") || l.startsWith("已写入")) && !l.contains(".manifest.json")).toList();
	}

	private List<String> chartFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.charts)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

}
