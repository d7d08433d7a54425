package org.lexbench.report.chart;

import java.awt.BasicStroke;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lexbench.analysis.Quantile;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.ScoreCard;

/**
 * A radar of one firm's score on each dimension (the composite's children) against its peers'
 * median and top quartile (type-7 quantiles, see {@link Quantile}) on that dimension. The scale is
 * 0–100 when every score shown is, else the range of the scores shown; grid rings at fifths.
 */
final class PeerRadar {

	/** Series in drawing order: the firm's polygon last, on top. */
	static final int MEDIAN = 0;

	static final int TOP_QUARTILE = 1;

	static final int FIRM = 2;

	private final ScoreCharts charts;

	PeerRadar(ScoreCharts charts) {
		this.charts = charts;
	}

	Figure figure(int firm, int[] peers) {
		ScoreCard card = this.charts.card();
		ChartText text = this.charts.text();
		List<Node> dimensions = this.charts.dimensions();
		double[][] rows = new double[3][dimensions.size()];
		double[] all = new double[3 * dimensions.size()];
		for (int d = 0; d < dimensions.size(); d++) {
			double[] scores = card.scores().get(dimensions.get(d).id());
			double[] ofPeers = new double[peers.length];
			for (int p = 0; p < peers.length; p++) {
				ofPeers[p] = scores[peers[p]];
			}
			rows[MEDIAN][d] = Quantile.of(ofPeers, 0.5);
			rows[TOP_QUARTILE][d] = Quantile.of(ofPeers, 0.75);
			rows[FIRM][d] = scores[firm];
			for (int r = 0; r < 3; r++) {
				all[r * dimensions.size() + d] = rows[r][d];
			}
		}
		ScoreScale scale = ScoreScale.of(all);
		String name = card.firms().get(firm).name();
		Label[] series = { new Label(MEDIAN, text.text("chart.radar.median", peers.length)),
				new Label(TOP_QUARTILE, text.text("chart.radar.top-quartile", peers.length)), new Label(FIRM, name) };
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int r = 0; r < 3; r++) {
			for (int d = 0; d < dimensions.size(); d++) {
				double v = rows[r][d];
				data.addValue(Double.isNaN(v) ? null : Double.valueOf(100 * scale.fraction(v)), series[r],
						new Label(d, text.name(dimensions.get(d))));
			}
		}
		ChartTheme theme = this.charts.theme();
		RingedSpiderWebPlot plot = new RingedSpiderWebPlot(data, scale, theme.font(ChartTheme.SMALL_SIZE));
		JFreeChart chart = theme.chart(text.text("chart.radar.title", name, peers.length, text.year(card)), plot, true);
		plot.setLabelFont(theme.font(ChartTheme.LABEL_SIZE));
		plot.setLabelPaint(ChartTheme.TEXT);
		plot.setInteriorGap(0.22);
		plot.setAxisLabelGap(0.06);
		plot.setAxisLinePaint(ChartTheme.GRID);
		plot.setStartAngle(90);
		plot.setHeadPercent(0.008);
		plot.setWebFilled(true);
		plot.setWebFillAlpha(0.12f);
		plot.setOutlineVisible(false);
		plot.setSeriesPaint(FIRM, ChartTheme.FIRM);
		plot.setSeriesOutlinePaint(FIRM, ChartTheme.FIRM);
		plot.setSeriesOutlineStroke(FIRM, new BasicStroke(4f));
		plot.setSeriesPaint(TOP_QUARTILE, ChartTheme.TOP_QUARTILE);
		plot.setSeriesOutlinePaint(TOP_QUARTILE, ChartTheme.TOP_QUARTILE);
		plot.setSeriesOutlineStroke(TOP_QUARTILE, dashed(2.5f));
		plot.setSeriesPaint(MEDIAN, ChartTheme.MEDIAN);
		plot.setSeriesOutlinePaint(MEDIAN, ChartTheme.MEDIAN);
		plot.setSeriesOutlineStroke(MEDIAN, dashed(2.5f));
		return new Figure(this.charts.fileName("radar", firm), chart, ChartTheme.WIDTH, ChartTheme.HEIGHT);
	}

	static BasicStroke dashed(float width) {
		return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] { 10f, 6f }, 0f);
	}

}
