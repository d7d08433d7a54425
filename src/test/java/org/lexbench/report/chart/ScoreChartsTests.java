package org.lexbench.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.analysis.Quantile;
import org.lexbench.files.Language;
import org.lexbench.report.ReportFont;
import org.lexbench.scoring.ScoreCard;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The six charts on {@link ChartFixtures}' hand-worked score: what each one plots, and that each
 * is written as a PNG of its size and an SVG whose text is the bundled font's outlines.
 */
class ScoreChartsTests {

	static final ScoreCard CARD = ChartFixtures.card();

	static final int JIA = ChartFixtures.firm(CARD, "甲律师事务所");

	static final String FONT = ReportFont.bundled().family();

	@TempDir
	Path folder;

	static List<Figure> everyKind(Language language) {
		ScoreCharts charts = new ScoreCharts(CARD, language);
		List<Figure> all = new ArrayList<>(charts.overview(20));
		all.addAll(charts.firm(JIA));
		return all;
	}

	@Test
	void overviewAndFirm_giveEveryKindOfChartUnderItsFileName() {
		assertThat(everyKind(Language.ZH)).extracting(Figure::name).containsExactly("ranking-2024", "heatmap-2024", "tiers-2024",
				"甲律师事务所-radar-2024", "甲律师事务所-contributions-2024", "甲律师事务所-a-2024", "甲律师事务所-c-2024");
	}

	@Test
	void radar_plotsTheFirmAgainstThePeersMedianAndTopQuartile() {
		Figure radar = new ScoreCharts(CARD, Language.EN).radar(JIA, new ScoreCharts(CARD, Language.EN).scoredFirms());
		CategoryDataset data = ((RingedSpiderWebPlot) radar.chart().getPlot()).getDataset();

		// the five firms scored, per dimension (ChartFixtures): a 100 80 60 0 40, b 50 100 0 75 25, c 0 20 40 100 60;
		// type-7 median and 75th percentile of five sorted values are x[2] and x[3]
		assertThat(row(data, PeerRadar.MEDIAN)).containsExactly(60.0, 50.0, 40.0);
		assertThat(row(data, PeerRadar.TOP_QUARTILE)).containsExactly(80.0, 75.0, 60.0);
		assertThat(row(data, PeerRadar.FIRM)).containsExactly(100.0, 50.0, 0.0);
		assertThat(data.getRowKey(PeerRadar.MEDIAN).toString()).isEqualTo("Median of the 5 firms");
		assertThat(data.getColumnKeys()).extracting(Object::toString).containsExactly("International talent", "Global network",
				"Brand and strength");
	}

	@Test
	void radarOfAPeerGroup_takesItsQuantilesFromThosePeersOnly() {
		// peers 乙 丁 戊: a 80 0 40 → median 40, top quartile 60 (h = 1.5 → 40 + 0.5 · 40)
		int[] peers = { ChartFixtures.firm(CARD, "乙律师事务所"), ChartFixtures.firm(CARD, "丁律师事务所"),
				ChartFixtures.firm(CARD, "戊律师事务所") };
		CategoryDataset data = ((RingedSpiderWebPlot) new ScoreCharts(CARD, Language.EN).radar(JIA, peers).chart().getPlot())
			.getDataset();

		assertThat(data.getValue(PeerRadar.MEDIAN, 0).doubleValue()).isEqualTo(40.0);
		assertThat(data.getValue(PeerRadar.TOP_QUARTILE, 0).doubleValue()).isEqualTo(60.0);
	}

	@Test
	void radar_drawsChineseLabelsWithTheBundledFont() {
		Figure radar = new ScoreCharts(CARD, Language.ZH).firm(JIA).get(0);
		RingedSpiderWebPlot plot = (RingedSpiderWebPlot) radar.chart().getPlot();
		String svg = ChartFormat.svg(radar, false);

		assertThat(plot.getLabelFont().getFamily()).isEqualTo(FONT);
		assertThat(plot.getLabelFont().canDisplayUpTo("国际化人才队伍建设 75")).isEqualTo(-1);
		assertThat(texts(svg)).contains("国际化人才队伍建设", "全球服务网络", "品牌与综合实力", "5 家律所的中位数", "甲律师事务所");
		assertThat(fontFamilies(svg)).containsOnly(FONT);
	}

	@Test
	void longAxisLabel_wrapsBetweenWordsOrChineseCharacters_withinTheLabelWidth() {
		java.awt.FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
			.getFontMetrics(ReportFont.bundled().plain(ChartTheme.LABEL_SIZE));
		String english = "International network and global service capability";
		String chinese = "广泛的国际网络布局和全球服务能力".repeat(2);

		List<String> en = RingedSpiderWebPlot.wrap(english, metrics, 330);
		List<String> zh = RingedSpiderWebPlot.wrap(chinese, metrics, 330);

		assertThat(en).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(metrics.stringWidth(l)).isLessThanOrEqualTo(330));
		assertThat(String.join(" ", en)).isEqualTo(english);
		// 32 characters of 24 px do not fit on one line of 330 px
		assertThat(zh).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(metrics.stringWidth(l)).isLessThanOrEqualTo(330));
		assertThat(String.join("", zh)).isEqualTo(chinese);
	}

	@Test
	void everyTextOfEveryChart_isSetInTheBundledFont() {
		for (Language language : Language.values()) {
			for (Figure figure : everyKind(language)) {
				String svg = ChartFormat.svg(figure, false);
				assertThat(fontFamilies(svg)).as(figure.name()).containsOnly(FONT);
				assertThat(texts(svg)).as(figure.name()).contains(figure.title());
			}
		}
	}

	@Test
	void ranking_listsRankedFirmsBestFirstInTheirTiersColours() {
		Figure ranking = new ScoreCharts(CARD, Language.ZH).ranking(20);
		CategoryPlot plot = (CategoryPlot) ranking.chart().getPlot();
		CategoryDataset data = plot.getDataset();

		assertThat(data.getColumnKeys()).extracting(Object::toString).containsExactly("1. 乙律师事务所", "2. 丁律师事务所",
				"3. 甲律师事务所", "4. 戊律师事务所", "5. 丙律师事务所");
		assertThat(data.getValue(0, 0).doubleValue()).isCloseTo(200 / 3.0, within(1e-9));
		// tiers top (乙), middle (丁 甲 戊), rest (丙): the set's first, second and third tier colours
		ColouredBars bars = (ColouredBars) plot.getRenderer();
		assertThat(bars.getItemPaint(0, 0)).isEqualTo(ChartTheme.tier(0));
		assertThat(bars.getItemPaint(0, 1)).isEqualTo(ChartTheme.tier(1));
		assertThat(bars.getItemPaint(0, 4)).isEqualTo(ChartTheme.tier(2));
		assertThat(ranking.title()).isEqualTo("图表测试（2024 年）排名：5 家参评律所中的前 5 名");
		assertThat(new ScoreCharts(CARD, Language.ZH).ranking(2).chart().getCategoryPlot().getDataset().getColumnCount()).isEqualTo(2);
	}

	@Test
	void contributions_addEachDimensionsIndicatorSharesOfTheComposite() {
		CategoryDataset data = new ScoreCharts(CARD, Language.EN).contributions(JIA).chart().getCategoryPlot().getDataset();

		// 甲: equal weights, scores 100, 50, 0 → shares 100/150, 50/150, 0 of the weighted sum
		assertThat(data.getValue(0, 0).doubleValue()).isCloseTo(200 / 3.0, within(1e-9));
		assertThat(data.getValue(0, 1).doubleValue()).isCloseTo(100 / 3.0, within(1e-9));
		assertThat(data.getValue(0, 2).doubleValue()).isZero();
	}

	@Test
	void distribution_marksTheFirmsValueAndThePeersMedian() {
		ScoreCharts charts = new ScoreCharts(CARD, Language.EN);
		Figure figure = charts.distribution("a", JIA, charts.scoredFirms());
		XYPlot plot = figure.chart().getXYPlot();
		IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();

		// a over the five firms scored: 100 80 60 0 40 (己 failed the gate and is left out);
		// whole numbers spanning 100 → Sturges, ⌈log₂ 5⌉ + 1 = 4, raised to 5 bins of 20
		assertThat(data.getItemCount(0)).isEqualTo(5);
		double[] counts = new double[5];
		for (int i = 0; i < 5; i++) {
			counts[i] = data.getYValue(0, i);
		}
		assertThat(counts).containsExactly(1, 0, 1, 1, 2);
		List<Double> marked = new ArrayList<>();
		for (Object marker : plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
			marked.add(((ValueMarker) marker).getValue());
		}
		assertThat(marked).containsExactlyInAnyOrder(60.0, 100.0);
		assertThat(figure.title()).isEqualTo("Foreign-related lawyers: distribution over 5 firms scored, 2024");
		assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Foreign-related lawyers (lawyers)");
	}

	@Test
	void heatMap_holdsEachRankedFirmsDimensionScoresBestFirst() {
		CategoryDataset data = new ScoreCharts(CARD, Language.EN).heatMap(20).chart().getCategoryPlot().getDataset();

		assertThat(data.getRowKeys()).extracting(Object::toString).startsWith("1. 乙律师事务所", "2. 丁律师事务所");
		assertThat(row(data, 0)).containsExactly(80.0, 100.0, 20.0);
		assertThat(row(data, 4)).containsExactly(60.0, 0.0, 40.0);
	}

	@Test
	void tiers_countEveryFirmOfTheCard() {
		CategoryDataset data = new ScoreCharts(CARD, Language.EN).tiers().chart().getCategoryPlot().getDataset();

		assertThat(data.getColumnKeys()).extracting(Object::toString).containsExactly("Top", "Middle", "Rest", "Not eligible",
				"Screened out");
		assertThat(row(data, 0)).containsExactly(1.0, 3.0, 1.0, 1.0, 0.0);
	}

	@Test
	void strongestAndWeakestIndicator_areChosenAmongThoseTheCompositeWeighs() {
		// a gate dimension, first in the set, whose indicator g 甲 leads (100 against 0): reported and
		// ranked (甲 first, tied with its a, and before a in the set's order) but not weighed
		String set = ChartFixtures.SET.replace("dimensions:\n", """
				dimensions:
				  - id: dg
				    name: {zh: 党建, en: Party building}
				    role: gate
				    rule: g >= 0
				    children:
				      - {id: g, name: {zh: 党建得分, en: Party score}, type: number}
				""");
		String firms = ChartFixtures.FIRMS.replace("a,b,c\n", "a,b,c,g\n").replaceAll("(?m)^(甲律师事务所,.*)$", "$1,100")
			.replaceAll("(?m)^([乙丙丁戊己]律师事务所,.*)$", "$1,0");
		ScoreCard card = ChartFixtures.card(set, firms);
		int jia = ChartFixtures.firm(card, "甲律师事务所");

		assertThat(card.rank("g", jia)).isEqualTo(1);
		assertThat(new ScoreCharts(card, Language.EN).firm(jia)).extracting(Figure::name).containsExactly("甲律师事务所-radar-2024",
				"甲律师事务所-contributions-2024", "甲律师事务所-a-2024", "甲律师事务所-c-2024");
	}

	@Test
	void firmThatWasNotScored_hasNoFirmCharts() {
		int ji = ChartFixtures.firm(CARD, "己律师事务所");

		assertThatThrownBy(() -> new ScoreCharts(CARD, Language.EN).firm(ji)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyChart_isWrittenAsAPngOfItsSize_andAnSvgThatParsesWithItsTitle() throws Exception {
		List<Figure> figures = everyKind(Language.ZH);

		List<Path> written = new FigureFiles(this.folder).write(figures, EnumSet.allOf(ChartFormat.class));

		assertThat(written).hasSize(2 * figures.size());
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			BufferedImage png = ImageIO.read(written.get(2 * i).toFile());
			assertThat(png).as(figure.name()).isNotNull();
			assertThat(png.getWidth()).isEqualTo(1600);
			assertThat(png.getHeight()).isEqualTo(900);
			Path svg = written.get(2 * i + 1);
			assertThat(svg.getFileName().toString()).isEqualTo(figure.name() + ".svg");
			Element root = parse(Files.readAllBytes(svg)).getDocumentElement();
			assertThat(root.getTagName()).isEqualTo("svg");
			assertThat(root.getAttribute("viewBox")).isEqualTo("0.0 0.0 1600.0 900.0");
			assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(figure.title()).contains("年");
			// text drawn as outlines: no <text>, and at least a path per label
			assertThat(root.getElementsByTagName("text").getLength()).isZero();
			assertThat(root.getElementsByTagName("path").getLength()).as(figure.name()).isGreaterThan(10);
		}
	}

	@Test
	void sameChart_givesTheSameSvgBytes() {
		Figure one = new ScoreCharts(CARD, Language.ZH).tiers();
		Figure two = new ScoreCharts(CARD, Language.ZH).tiers();

		assertThat(ChartFormat.svg(one, true)).isEqualTo(ChartFormat.svg(two, true));
	}

	@Test
	void titleWithMarkupAndControlCharacters_staysWellFormedXml() throws Exception {
		assertThat(ChartFormat.xml("<甲&乙>\u0001\"'")).isEqualTo("&lt;甲&amp;乙&gt;&quot;&apos;");
		Figure figure = new Figure("x", new ScoreCharts(CARD, Language.ZH).tiers().chart(), 400, 300);
		figure.chart().setTitle("</title><script>alert(1)</script>\u0000");

		Document svg = parse(ChartFormat.svg(figure, true).getBytes(StandardCharsets.UTF_8));

		assertThat(svg.getElementsByTagName("script").getLength()).isZero();
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("</title><script>alert(1)</script>");
	}

	@Test
	void figureNameThatIsAPath_isRefused() {
		Figure tiers = new ScoreCharts(CARD, Language.EN).tiers();

		assertThatThrownBy(() -> new Figure("../x", tiers.chart(), 10, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Figure("a/b", tiers.chart(), 10, 10)).isInstanceOf(IllegalArgumentException.class);
	}

	static double[] row(CategoryDataset data, int row) {
		double[] out = new double[data.getColumnCount()];
		for (int c = 0; c < out.length; c++) {
			out[c] = data.getValue(row, c).doubleValue();
		}
		return out;
	}

	/** An SVG parsed with the JDK's parser, refusing any DOCTYPE and never fetching anything. */
	static Document parse(byte[] svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
	}

	/** The text of every {@code <text>} element (SVG written with text kept as text). */
	static List<String> texts(String svg) {
		try {
			org.w3c.dom.NodeList nodes = parse(svg.getBytes(StandardCharsets.UTF_8)).getElementsByTagName("text");
			List<String> out = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				out.add(nodes.item(i).getTextContent());
			}
			return out;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every font family named in the SVG's text styles. */
	static List<String> fontFamilies(String svg) {
		Matcher m = Pattern.compile("font-family: *\"?([^\";]+)\"?;").matcher(svg);
		List<String> out = new ArrayList<>();
		while (m.find()) {
			out.add(m.group(1));
		}
		assertThat(out).isNotEmpty();
		return out;
	}

}
