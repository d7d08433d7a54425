package org.lexbench.report.chart;

import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lexbench.analysis.PeerComparison;
import org.lexbench.scoring.ScoreCard;

/**
 * A firm's gap to its peers' median on each dimension, in points of score: a bar to the right
 * (ahead of the median) in the firm's colour, to the left (behind) in the marker colour. Drawn
 * from a {@link PeerComparison}, so only aggregates of the peers appear.
 */
final class PeerGaps {

	private final ScoreCharts charts;

	PeerGaps(ScoreCharts charts) {
		this.charts = charts;
	}

	Figure figure(PeerComparison comparison) {
		ScoreCard card = this.charts.card();
		ChartText text = this.charts.text();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<Paint> paints = new ArrayList<>();
		double low = 0;
		double high = 0;
		int d = 0;
		for (PeerComparison.Row row : comparison.rows()) {
			if (row.depth() != 1 || Double.isNaN(row.value()) || Double.isNaN(row.median())) {
				continue;
			}
			double gap = row.value() - row.median();
			data.addValue(gap, "gap", new Label(d++, text.name(row.node())));
			paints.add(gap >= 0 ? ChartTheme.FIRM : ChartTheme.MARKER);
			low = Math.min(low, gap);
			high = Math.max(high, gap);
		}
		NumberAxis value = new NumberAxis(text.text("chart.gaps.axis"));
		CategoryAxis names = new CategoryAxis();
		ColouredBars bars = new ColouredBars(paints.toArray(Paint[]::new));
		CategoryPlot plot = new CategoryPlot(data, names, value, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		int firm = comparison.group().firm();
		ChartTheme theme = this.charts.theme();
		JFreeChart chart = theme.chart(text.text("chart.gaps.title", card.firms().get(firm).name(), text.year(card)), plot, false);
		chart.addSubtitle(theme.subtitle(text.text("chart.gaps.subtitle", comparison.group().peers().length, comparison.group().how())));
		names.setCategoryMargin(0.3);
		names.setMaximumCategoryLabelWidthRatio(0.3f);
		names.setMaximumCategoryLabelLines(2);
		value.setAutoRangeIncludesZero(true);
		value.setUpperMargin(0.15);
		value.setLowerMargin(0.15);
		ChartTheme.spaceTicks(value, high - low, 1);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		bars.setMaximumBarWidth(0.1);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				new DecimalFormat("+0.0;−0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(theme.font(ChartTheme.TICK_SIZE));
		bars.setDefaultItemLabelPaint(ChartTheme.TEXT);
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
		bars.setItemLabelAnchorOffset(6);
		return new Figure(this.charts.fileName("peer-gaps", firm), chart, ChartTheme.WIDTH, ChartTheme.HEIGHT);
	}

}
