package org.lexbench.report.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.ScoreCard;

/**
 * Each dimension's share of one firm's composite, in percent: the sum of
 * {@link ScoreCard#contributions(int)} over the dimension's indicators (at an arithmetic node a
 * child's weighted score over the node's weighted sum, elsewhere its weight share), so the bars
 * add up to 100%.
 */
final class ContributionBars {

	private final ScoreCharts charts;

	ContributionBars(ScoreCharts charts) {
		this.charts = charts;
	}

	/** The share of each dimension, in the set's order; a dimension the firm has no score on has none. */
	static Map<String, Double> byDimension(ScoreCard card, List<Node> dimensions, int firm) {
		Map<String, Dimension> parents = card.set().parents();
		Map<String, Double> out = new LinkedHashMap<>();
		dimensions.forEach(d -> out.put(d.id(), 0.0));
		card.contributions(firm).forEach((node, share) -> {
			String top = node;
			while (parents.containsKey(top) && !parents.get(top).id().equals(card.rootId())) {
				top = parents.get(top).id();
			}
			out.computeIfPresent(top, (d, sum) -> sum + share);
		});
		return out;
	}

	Figure figure(int firm) {
		ScoreCard card = this.charts.card();
		ChartText text = this.charts.text();
		List<Node> dimensions = this.charts.dimensions();
		Map<String, Double> shares = byDimension(card, dimensions, firm);
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int d = 0; d < dimensions.size(); d++) {
			data.addValue(100 * shares.get(dimensions.get(d).id()), "share", new Label(d, text.name(dimensions.get(d))));
		}
		NumberAxis value = new NumberAxis(text.text("chart.contributions.axis"));
		CategoryAxis names = new CategoryAxis();
		BarRenderer bars = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(data, names, value, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		String firmName = card.firms().get(firm).name();
		ChartTheme theme = this.charts.theme();
		JFreeChart chart = theme.chart(text.text("chart.contributions.title", firmName, text.year(card)), plot, false);
		int ranked = this.charts.ranked(0).length;
		chart.addSubtitle(theme.subtitle(text.text("chart.contributions.subtitle", ChartText.number(card.composite()[firm], 2),
				ChartText.number(card.compositeRank()[firm], 0), ranked)));
		names.setCategoryMargin(0.3);
		names.setMaximumCategoryLabelWidthRatio(0.3f);
		names.setMaximumCategoryLabelLines(2);
		// shares of a composite of negative scores (z-scores) can be negative or pass 100%
		value.setUpperMargin(0.15);
		value.setAutoRangeIncludesZero(true);
		double low = Math.min(0, shares.values().stream().mapToDouble(Double::doubleValue).min().orElse(0));
		double high = Math.max(0, shares.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
		ChartTheme.spaceTicks(value, 100 * (high - low), 1);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		bars.setSeriesPaint(0, ChartTheme.FIRM);
		bars.setMaximumBarWidth(0.1);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%",
				new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(theme.font(ChartTheme.TICK_SIZE));
		bars.setDefaultItemLabelPaint(ChartTheme.TEXT);
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		bars.setItemLabelAnchorOffset(6);
		return new Figure(this.charts.fileName("contributions", firm), chart, ChartTheme.WIDTH, ChartTheme.HEIGHT);
	}

}
