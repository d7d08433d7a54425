package org.lexbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import org.lexbench.analysis.Quantile;
import org.lexbench.indicator.Indicator;
import org.lexbench.scoring.ScoreCard;

/**
 * A histogram of one indicator's values over a group of firms ({@link Bins}), with a solid line
 * at the firm's own value and a dashed one at the group's median. The values are the indicator's
 * own, in its unit: after division by a denominator, before imputation, treatment and
 * normalisation, so a missing value is left out rather than shown as what imputation filled in.
 */
final class IndicatorDistribution {

	static final ScoreCard.Stage STAGE = ScoreCard.Stage.DENOMINATED;

	private final ScoreCharts charts;

	IndicatorDistribution(ScoreCharts charts) {
		this.charts = charts;
	}

	Figure figure(String indicatorId, int firm, int[] peers) {
		ScoreCard card = this.charts.card();
		ChartText text = this.charts.text();
		ChartTheme theme = this.charts.theme();
		int j = -1;
		for (int i = 0; i < card.indicators().size(); i++) {
			j = card.indicators().get(i).id().equals(indicatorId) ? i : j;
		}
		if (j < 0) {
			throw new IllegalArgumentException("indicator " + indicatorId + " was not scored in this card");
		}
		Indicator indicator = card.indicators().get(j);
		double[] column = card.stages().get(STAGE)[j];
		double[] values = Arrays.stream(peers).mapToDouble(f -> column[f]).filter(v -> !Double.isNaN(v)).toArray();
		double own = column[firm];
		HistogramDataset data = new HistogramDataset();
		NumberAxis x = new NumberAxis(axisLabel(indicator, text));
		NumberAxis y = new NumberAxis(text.text("chart.firms"));
		XYBarRenderer bars = new XYBarRenderer(0.08);
		XYPlot plot = new XYPlot(data, x, y, bars);
		String name = card.firms().get(firm).name();
		JFreeChart chart = theme.chart(text.text("chart.distribution.title", text.name(indicator), values.length, text.year(card)),
				plot, false);
		plot.setNoDataMessage(text.text("chart.no-data"));
		plot.setNoDataMessageFont(theme.font(ChartTheme.LABEL_SIZE));
		plot.setDomainGridlinesVisible(false);
		y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		bars.setSeriesPaint(0, ChartTheme.tier(3));
		bars.setDrawBarOutline(true);
		bars.setSeriesOutlinePaint(0, Color.WHITE);
		bars.setShadowVisible(false);
		if (values.length > 0) {
			Bins bins = Bins.of(values);
			data.addSeries("values", values, bins.count(), bins.low(), bins.high());
			double low = Double.isNaN(own) ? bins.low() : Math.min(bins.low(), own);
			double high = Double.isNaN(own) ? bins.high() : Math.max(bins.high(), own);
			double pad = (high - low) * 0.03;
			x.setRange(low - pad, high + pad);
			int most = 0;
			for (int i = 0; i < bins.count(); i++) {
				most = Math.max(most, data.getY(0, i).intValue());
			}
			ChartTheme.spaceTicks(y, most, 1);
			ChartTheme.spaceTicks(x, high - low, bins.low() + 0.5 == Math.rint(bins.low() + 0.5) ? 1 : 0);
			double median = Quantile.of(values, 0.5);
			ValueMarker middle = marker(median, ChartTheme.MEDIAN, PeerRadar.dashed(2.5f),
					text.text("chart.distribution.median", value(median)), theme, x, false);
			plot.addDomainMarker(middle, Layer.FOREGROUND);
		}
		if (Double.isNaN(own)) {
			chart.addSubtitle(theme.subtitle(text.text("chart.distribution.no-value", name)));
		}
		else {
			plot.addDomainMarker(marker(own, ChartTheme.MARKER, new BasicStroke(3.5f), name + ": " + value(own), theme,
					x, true), Layer.FOREGROUND);
		}
		return new Figure(this.charts.fileName(indicator.id(), firm), chart, ChartTheme.WIDTH, ChartTheme.HEIGHT);
	}

	/** A whole number as such, anything else with two decimals. */
	static String value(double v) {
		return ChartText.number(v, v == Math.rint(v) ? 0 : 2);
	}

	private static String axisLabel(Indicator indicator, ChartText text) {
		String unit = indicator.unit().in(text.language());
		return unit.isEmpty() ? text.name(indicator) : text.text("chart.with-unit", text.name(indicator), unit);
	}

	/** A vertical line with its label at the top (the firm) or lower down (the median), on the side with more room. */
	private static ValueMarker marker(double value, Color colour, BasicStroke stroke, String label, ChartTheme theme, NumberAxis x,
			boolean top) {
		ValueMarker marker = new ValueMarker(value, colour, stroke);
		marker.setLabel(label);
		marker.setLabelFont(top ? theme.bold(ChartTheme.LABEL_SIZE) : theme.font(ChartTheme.TICK_SIZE));
		marker.setLabelPaint(colour.darker());
		marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
		boolean right = value <= (x.getLowerBound() + x.getUpperBound()) / 2;
		marker.setLabelAnchor(top ? (right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT)
				: (right ? RectangleAnchor.RIGHT : RectangleAnchor.LEFT));
		marker.setLabelTextAnchor(top ? (right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT)
				: (right ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT));
		marker.setLabelOffset(new RectangleInsets(8, 8, 8, 8));
		return marker;
	}

}
