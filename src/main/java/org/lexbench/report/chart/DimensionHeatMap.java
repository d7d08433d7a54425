package org.lexbench.report.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.ScoreCard;

/**
 * A heat map of the best-ranked firms (rows, best at the top) by dimension (columns, names
 * wrapped over up to three lines at the top): each cell coloured by the firm's score on the
 * dimension, 0–100 or the scores' own range, with the value printed where it is readable.
 */
final class DimensionHeatMap {

	/** The longest firm name shown in full; longer ones are cut with an ellipsis (axis labels do not wrap). */
	static final int NAME_LENGTH = 24;

	private final ScoreCharts charts;

	DimensionHeatMap(ScoreCharts charts) {
		this.charts = charts;
	}

	Figure figure(int top) {
		ScoreCard card = this.charts.card();
		ChartText text = this.charts.text();
		ChartTheme theme = this.charts.theme();
		int[] shown = this.charts.ranked(top);
		List<Node> dimensions = this.charts.dimensions();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String[] names = new String[shown.length];
		double[] all = new double[shown.length * dimensions.size()];
		for (int r = 0; r < shown.length; r++) {
			int f = shown[r];
			names[r] = ChartText.number(card.compositeRank()[f], 0) + ". " + cut(card.firms().get(f).name());
			for (int d = 0; d < dimensions.size(); d++) {
				double v = card.score(dimensions.get(d).id(), f);
				all[r * dimensions.size() + d] = v;
				data.addValue(Double.isNaN(v) ? null : Double.valueOf(v), new Label(r, names[r]), new Label(d, text.name(dimensions.get(d))));
			}
		}
		ScoreColours colours = new ScoreColours(ScoreScale.of(all));
		CategoryAxis columns = new CategoryAxis();
		SymbolAxis rows = new SymbolAxis(null, names);
		HeatCells cells = new HeatCells(colours, theme.font(ChartTheme.TICK_SIZE));
		CategoryPlot plot = new CategoryPlot(data, columns, rows, cells);
		JFreeChart chart = theme.chart(text.text("chart.heatmap.title", shown.length, text.year(card)), plot, false);
		plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
		plot.setRangeGridlinesVisible(false);
		plot.setDomainGridlinesVisible(false);
		plot.setOutlineVisible(false);
		columns.setCategoryMargin(0);
		columns.setLowerMargin(0);
		columns.setUpperMargin(0);
		columns.setMaximumCategoryLabelLines(3);
		columns.setTickLabelFont(theme.font(ChartTheme.SMALL_SIZE));
		// wrap each dimension's name within 75% of its column, so neighbours' names never touch
		columns.setCategoryLabelPositions(CategoryLabelPositions.replaceTopPosition(CategoryLabelPositions.STANDARD,
				new CategoryLabelPosition(RectangleAnchor.BOTTOM, TextBlockAnchor.BOTTOM_CENTER, CategoryLabelWidthType.CATEGORY, 0.75f)));
		columns.setTickMarksVisible(false);
		columns.setAxisLineVisible(false);
		rows.setGridBandsVisible(false);
		rows.setInverted(true);
		rows.setAutoRange(false);
		rows.setRange(-0.5, Math.max(1, shown.length) - 0.5);
		rows.setTickMarksVisible(false);
		rows.setAxisLineVisible(false);
		NumberAxis legendAxis = new NumberAxis(text.text("chart.heatmap.scale"));
		legendAxis.setRange(colours.getLowerBound(), colours.getUpperBound());
		ChartTheme.spaceTicks(legendAxis, colours.getUpperBound() - colours.getLowerBound(), 0);
		legendAxis.setTickLabelFont(theme.font(ChartTheme.SMALL_SIZE));
		legendAxis.setLabelFont(theme.font(ChartTheme.TICK_SIZE));
		PaintScaleLegend legend = new PaintScaleLegend(colours, legendAxis);
		legend.setPosition(RectangleEdge.RIGHT);
		legend.setStripWidth(24);
		legend.setSubdivisionCount(100);
		legend.setAxisOffset(6);
		legend.setMargin(new RectangleInsets(60, 24, 60, 0));
		chart.addSubtitle(legend);
		return new Figure(this.charts.fileName("heatmap", -1), chart, ChartTheme.WIDTH, RankingBars.height(shown.length));
	}

	static String cut(String name) {
		return name.codePointCount(0, name.length()) <= NAME_LENGTH ? name
				: name.substring(0, name.offsetByCodePoints(0, NAME_LENGTH - 1)) + "…";
	}

}
