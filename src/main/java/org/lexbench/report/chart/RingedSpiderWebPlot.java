package org.lexbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * A radar plot with grid rings and their values, which JFreeChart's {@link SpiderWebPlot} lacks.
 * The values it is given are positions on the {@link ScoreScale} in percent (0 at the centre, 100
 * at the rim); the rings are labelled with the scale's own values. The rings are drawn from the
 * first axis label's hook, which runs after the axis lines and before the series' polygons.
 */
final class RingedSpiderWebPlot extends SpiderWebPlot {

	private static final long serialVersionUID = 1L;

	static final int RINGS = 5;

	/** The widest line of an axis label, in pixels. */
	static final int LABEL_WIDTH = 330;

	private final ScoreScale scale;

	private final Font ringFont;

	RingedSpiderWebPlot(CategoryDataset dataset, ScoreScale scale, Font ringFont) {
		super(dataset);
		this.scale = scale;
		this.ringFont = ringFont;
		setMaxValue(100);
	}

	/**
	 * Draws the rings before the first axis label, then each axis label wrapped to lines of at most
	 * {@link #LABEL_WIDTH} pixels (JFreeChart's own label is one line, cut off at the chart's edge
	 * when a dimension's name is long), set outward from the axis end: to its right on the right
	 * half, to its left on the left half, centred at the top and bottom.
	 */
	@Override
	protected void drawLabel(Graphics2D g2, Rectangle2D plotArea, double value, int cat, double startAngle, double extent) {
		if (cat == 0) {
			drawRings(g2, plotArea);
		}
		String label = getLabelGenerator().generateColumnLabel(getDataset(), cat);
		g2.setFont(getLabelFont());
		g2.setPaint(getLabelPaint());
		FontMetrics metrics = g2.getFontMetrics();
		List<String> lines = wrap(label, metrics, LABEL_WIDTH);
		Point2D end = getWebPoint(plotArea, startAngle, 1);
		double dx = end.getX() - plotArea.getCenterX();
		double dy = end.getY() - plotArea.getCenterY();
		double x = end.getX() + dx * getAxisLabelGap();
		double y = end.getY() + dy * getAxisLabelGap();
		double radius = plotArea.getWidth() / 2;
		int lineHeight = metrics.getHeight();
		double top = Math.abs(dy) < radius * 0.2 ? y - lines.size() * lineHeight / 2.0 : dy < 0 ? y - lines.size() * lineHeight : y;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int width = metrics.stringWidth(line);
			double left = Math.abs(dx) < radius * 0.05 ? x - width / 2.0 : dx < 0 ? x - width : x;
			g2.drawString(line, (float) left, (float) (top + i * lineHeight + metrics.getAscent()));
		}
	}

	/** {@code text} broken into lines no wider than {@code width} where a line may break (between words, or between Chinese characters). */
	static List<String> wrap(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		BreakIterator breaks = BreakIterator.getLineInstance();
		breaks.setText(text);
		int start = 0;
		int last = 0;
		for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
			if (metrics.stringWidth(text.substring(start, end).stripTrailing()) > width && last > start) {
				lines.add(text.substring(start, last).strip());
				start = last;
			}
			last = end;
		}
		if (start < text.length()) {
			lines.add(text.substring(start).strip());
		}
		return lines;
	}

	private void drawRings(Graphics2D g2, Rectangle2D plotArea) {
		int axes = getDataset().getColumnCount();
		g2.setStroke(new BasicStroke(1f));
		for (int ring = 1; ring <= RINGS; ring++) {
			double length = ring / (double) RINGS;
			Path2D polygon = new Path2D.Double();
			for (int cat = 0; cat < axes; cat++) {
				Point2D p = getWebPoint(plotArea, angle(cat, axes), length);
				if (cat == 0) {
					polygon.moveTo(p.getX(), p.getY());
				}
				else {
					polygon.lineTo(p.getX(), p.getY());
				}
			}
			polygon.closePath();
			g2.setPaint(ChartTheme.GRID);
			g2.draw(polygon);
		}
		g2.setFont(this.ringFont);
		g2.setPaint(ChartTheme.MUTED);
		for (int ring = 0; ring <= RINGS; ring++) {
			double length = ring / (double) RINGS;
			Point2D p = getWebPoint(plotArea, angle(0, axes), length);
			String label = ChartText.number(this.scale.at(length), this.scale.percent() ? 0 : 1);
			g2.drawString(label, (float) p.getX() + 6, (float) p.getY() - 4);
		}
	}

	private double angle(int cat, int axes) {
		return getStartAngle() + getDirection().getFactor() * cat * 360.0 / axes;
	}

}
