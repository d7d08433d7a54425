package org.lexbench.report.chart;

import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lexbench.indicator.Tier;
import org.lexbench.scoring.ScoreCard;

/** Horizontal bars of the best-ranked firms' composites, best at the top, each in its tier's colour, value at the bar's end. */
final class RankingBars {

	private final ScoreCharts charts;

	RankingBars(ScoreCharts charts) {
		this.charts = charts;
	}

	Figure figure(int top) {
		ScoreCard card = this.charts.card();
		ChartText text = this.charts.text();
		int[] shown = this.charts.ranked(top);
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Paint[] paints = new Paint[shown.length];
		Map<Integer, LegendItem> legend = new TreeMap<>();
		for (int i = 0; i < shown.length; i++) {
			int f = shown[i];
			data.addValue(card.composite()[f], "composite",
					new Label(i, ChartText.number(card.compositeRank()[f], 0) + ". " + card.firms().get(f).name()));
			Optional<Tier> tier = card.tiers().get(f);
			int index = tier.map(t -> card.set().tiers().indexOf(t)).orElse(-1);
			paints[i] = index < 0 ? ChartTheme.NO_TIER : ChartTheme.tier(index);
			String name = tier.map(t -> t.name().in(text.language())).orElse(text.text("chart.no-tier"));
			legend.putIfAbsent(index < 0 ? Integer.MAX_VALUE : index, new LegendItem(name, paints[i]));
		}
		NumberAxis value = new NumberAxis(text.text("chart.composite"));
		CategoryAxis firms = new CategoryAxis();
		ColouredBars bars = new ColouredBars(paints);
		CategoryPlot plot = new CategoryPlot(data, firms, value, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		int ranked = this.charts.ranked(0).length;
		JFreeChart chart = this.charts.theme().chart(text.text("chart.ranking.title", card.set().name().in(text.language()),
				text.year(card), shown.length, ranked), plot, true);
		firms.setCategoryMargin(0.25);
		firms.setMaximumCategoryLabelWidthRatio(0.32f);
		firms.setMaximumCategoryLabelLines(2);
		firms.setLowerMargin(0.01);
		firms.setUpperMargin(0.01);
		ScoreScale scale = ScoreScale.of(card.composite());
		if (scale.percent()) {
			// room after the longest bar for its value
			value.setRange(0, 112);
			value.setTickUnit(new NumberTickUnit(20));
		}
		else {
			value.setUpperMargin(0.12);
			ChartTheme.spaceTicks(value, scale.high() - Math.min(0, scale.low()), 0);
		}
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		plot.setRangeGridlinesVisible(true);
		plot.setDomainGridlinesVisible(false);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(this.charts.theme().font(ChartTheme.TICK_SIZE));
		bars.setDefaultItemLabelPaint(ChartTheme.TEXT);
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
		bars.setItemLabelAnchorOffset(6);
		bars.setMaximumBarWidth(0.08);
		LegendItemCollection items = new LegendItemCollection();
		legend.values().forEach(items::add);
		plot.setFixedLegendItems(items);
		return new Figure(this.charts.fileName("ranking", -1), chart, ChartTheme.WIDTH, height(shown.length));
	}

	/** 16:9 up to 20 firms; taller beyond, so that every name keeps a readable line. */
	static int height(int rows) {
		return Math.max(ChartTheme.HEIGHT, 220 + 36 * rows);
	}

}
