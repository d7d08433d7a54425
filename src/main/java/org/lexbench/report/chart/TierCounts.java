package org.lexbench.report.chart;

import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lexbench.indicator.Tier;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/**
 * How many firms fall in each tier, in the set's order and colours, then those scored without a
 * tier (a set with no tiers), those that failed a gate and those screened out, so that the bars
 * account for every firm of the card.
 */
final class TierCounts {

	private final ScoreCharts charts;

	TierCounts(ScoreCharts charts) {
		this.charts = charts;
	}

	Figure figure() {
		ScoreCard card = this.charts.card();
		ChartText text = this.charts.text();
		List<Tier> tiers = card.set().tiers();
		int[] inTier = new int[tiers.size()];
		int noTier = 0;
		int ineligible = 0;
		int screened = 0;
		for (int f = 0; f < card.size(); f++) {
			FirmStatus status = card.statuses().get(f);
			if (status instanceof FirmStatus.Ineligible) {
				ineligible++;
			}
			else if (status instanceof FirmStatus.ScreenedOut) {
				screened++;
			}
			else if (card.tiers().get(f).isPresent()) {
				inTier[tiers.indexOf(card.tiers().get(f).get())]++;
			}
			else {
				noTier++;
			}
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<Paint> paints = new ArrayList<>();
		for (int t = 0; t < tiers.size(); t++) {
			data.addValue(inTier[t], "firms", new Label(t, tiers.get(t).name().in(text.language())));
			paints.add(ChartTheme.tier(t));
		}
		if (noTier > 0 || tiers.isEmpty()) {
			data.addValue(noTier, "firms", new Label(tiers.size(), text.text("chart.no-tier")));
			paints.add(ChartTheme.NO_TIER);
		}
		data.addValue(ineligible, "firms", new Label(tiers.size() + 1, card.set().ineligible().isEmpty() ? text.text("chart.ineligible")
				: card.set().ineligible().in(text.language())));
		paints.add(ChartTheme.NOT_ELIGIBLE);
		data.addValue(screened, "firms", new Label(tiers.size() + 2, text.text("status.screened")));
		paints.add(ChartTheme.SCREENED_OUT);
		NumberAxis count = new NumberAxis(text.text("chart.firms"));
		CategoryAxis names = new CategoryAxis();
		ColouredBars bars = new ColouredBars(paints.toArray(Paint[]::new));
		CategoryPlot plot = new CategoryPlot(data, names, count, bars);
		ChartTheme theme = this.charts.theme();
		JFreeChart chart = theme.chart(text.text("chart.tiers.title", text.year(card), card.size()), plot, false);
		count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		count.setUpperMargin(0.12);
		names.setMaximumCategoryLabelLines(2);
		names.setCategoryMargin(0.3);
		plot.setDomainGridlinesVisible(false);
		bars.setMaximumBarWidth(0.12);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(theme.bold(ChartTheme.LABEL_SIZE));
		bars.setDefaultItemLabelPaint(ChartTheme.TEXT);
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		bars.setItemLabelAnchorOffset(6);
		return new Figure(this.charts.fileName("tiers", -1), chart, ChartTheme.WIDTH, ChartTheme.HEIGHT);
	}

}
