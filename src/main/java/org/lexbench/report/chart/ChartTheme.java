package org.lexbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.lexbench.report.ReportFont;

/**
 * How every chart looks: the bundled font at sizes readable on a slide (a 1600 × 900 chart shown
 * on a projector or shrunk into a report), white backgrounds, light grid lines, flat bars, the
 * Okabe–Ito palette (told apart by colour-blind readers) and one fixed colour per tier, from
 * dark blue for the first tier to pale blue, so that a tier has the same colour in every chart.
 */
final class ChartTheme {

	/** The size of a chart, in pixels for PNG and user units for SVG: a 16:9 slide. */
	static final int WIDTH = 1600;

	static final int HEIGHT = 900;

	static final Color TEXT = new Color(0x22, 0x22, 0x22);

	static final Color MUTED = new Color(0x66, 0x66, 0x66);

	static final Color GRID = new Color(0xD9, 0xD9, 0xD9);

	/** Okabe & Ito (2008): blue, orange, bluish green, vermilion, sky blue, reddish purple, yellow, black. */
	static final Color[] PALETTE = { new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
			new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0xCC, 0x79, 0xA7), new Color(0xF0, 0xE4, 0x42),
			Color.BLACK };

	/** The firm a chart is about. */
	static final Color FIRM = PALETTE[0];

	/** Its peers' top quartile and median. */
	static final Color TOP_QUARTILE = PALETTE[1];

	static final Color MEDIAN = new Color(0x7F, 0x7F, 0x7F);

	/** The marker of the firm's own value on a distribution. */
	static final Color MARKER = PALETTE[3];

	/** Tiers in the set's order, first (best) tier darkest; a seventh tier and beyond take the last. */
	private static final Color[] TIERS = { new Color(0x08, 0x30, 0x6B), new Color(0x21, 0x71, 0xB5), new Color(0x42, 0x92, 0xC6),
			new Color(0x6B, 0xAE, 0xD6), new Color(0x9E, 0xCA, 0xE1), new Color(0xC6, 0xDB, 0xEF) };

	/** Scored firms without a tier (a set with no tiers), firms that failed a gate, firms screened out. */
	static final Color NO_TIER = new Color(0x9E, 0x9E, 0x9E);

	static final Color NOT_ELIGIBLE = new Color(0xD5, 0x5E, 0x00);

	static final Color SCREENED_OUT = new Color(0xBD, 0xBD, 0xBD);

	static final float TITLE_SIZE = 34;

	static final float LABEL_SIZE = 24;

	static final float TICK_SIZE = 20;

	static final float SMALL_SIZE = 17;

	private final ReportFont font;

	private final StandardChartTheme theme;

	ChartTheme(ReportFont font) {
		this.font = font;
		StandardChartTheme t = new StandardChartTheme("lexbench");
		t.setExtraLargeFont(font.bold(TITLE_SIZE));
		t.setLargeFont(font.plain(LABEL_SIZE));
		t.setRegularFont(font.plain(TICK_SIZE));
		t.setSmallFont(font.plain(SMALL_SIZE));
		t.setTitlePaint(TEXT);
		t.setSubtitlePaint(MUTED);
		t.setChartBackgroundPaint(Color.WHITE);
		t.setLegendBackgroundPaint(Color.WHITE);
		t.setLegendItemPaint(TEXT);
		t.setPlotBackgroundPaint(Color.WHITE);
		t.setPlotOutlinePaint(GRID);
		t.setDomainGridlinePaint(GRID);
		t.setRangeGridlinePaint(GRID);
		t.setBaselinePaint(MUTED);
		t.setAxisLabelPaint(TEXT);
		t.setTickLabelPaint(TEXT);
		t.setItemLabelPaint(TEXT);
		t.setShadowVisible(false);
		t.setBarPainter(new StandardBarPainter());
		t.setXYBarPainter(new StandardXYBarPainter());
		t.setAxisOffset(RectangleInsets.ZERO_INSETS);
		t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE, PALETTE,
				new Stroke[] { new BasicStroke(2.5f) }, new Stroke[] { new BasicStroke(1f) },
				DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
		this.theme = t;
	}

	/** The colour of the tier at {@code index} in the set's list of tiers. */
	static Color tier(int index) {
		return TIERS[Math.min(Math.max(index, 0), TIERS.length - 1)];
	}

	/** Black or white, whichever reads better on {@code background} (by its relative luminance). */
	static Color textOn(Paint background) {
		if (!(background instanceof Color c)) {
			return TEXT;
		}
		double luminance = (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
		return luminance < 0.5 ? Color.WHITE : TEXT;
	}

	Font font(float size) {
		return this.font.plain(size);
	}

	Font bold(float size) {
		return this.font.bold(size);
	}

	/**
	 * Ticks about a tenth of {@code span} apart, at 1, 2 or 5 times a power of ten (never below
	 * {@code least}): JFreeChart's own choice packs as many labels as fit, which crowds a slide.
	 */
	static void spaceTicks(NumberAxis axis, double span, double least) {
		double raw = Math.max(least, span / 10);
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
		axis.setTickUnit(new NumberTickUnit(step));
	}

	/** A line under the title, in the muted text colour (added after the theme was applied, so styled here). */
	TextTitle subtitle(String text) {
		TextTitle title = new TextTitle(text, font(LABEL_SIZE));
		title.setPaint(MUTED);
		title.setPadding(new RectangleInsets(0, 4, 12, 4));
		return title;
	}

	/**
	 * A chart of {@code plot} with this theme applied; settings that must outlive the theme (a
	 * plot's own label font, series colours) are made by the caller afterwards, since applying a
	 * theme resets them.
	 */
	JFreeChart chart(String title, Plot plot, boolean legend) {
		JFreeChart chart = new JFreeChart(title, font(TITLE_SIZE), plot, legend);
		this.theme.apply(chart);
		plot.setOutlineVisible(false);
		chart.setPadding(new RectangleInsets(16, 24, 16, 32));
		chart.getTitle().setPadding(new RectangleInsets(4, 4, 16, 4));
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		LegendTitle l = chart.getLegend();
		if (l != null) {
			l.setPosition(RectangleEdge.BOTTOM);
			l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
			l.setItemFont(font(LABEL_SIZE));
			l.setItemLabelPadding(new RectangleInsets(2, 6, 2, 24));
		}
		return chart;
	}

}
