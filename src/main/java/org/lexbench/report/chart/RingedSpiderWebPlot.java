package org.lexbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

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

	private final ScoreScale scale;

	private final Font ringFont;

	RingedSpiderWebPlot(CategoryDataset dataset, ScoreScale scale, Font ringFont) {
		super(dataset);
		this.scale = scale;
		this.ringFont = ringFont;
		setMaxValue(100);
	}

	@Override
	protected void drawLabel(Graphics2D g2, Rectangle2D plotArea, double value, int cat, double startAngle, double extent) {
		if (cat == 0) {
			drawRings(g2, plotArea);
		}
		super.drawLabel(g2, plotArea, value, cat, startAngle, extent);
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
