package org.lexbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Draws a category dataset as a grid of coloured cells: a column per category (dimension), a row
 * per series (firm) at positions 0, 1, 2 … of the range axis, each cell's colour its value on a
 * {@link ScoreColours} scale and its value printed on it when the cell is large enough to read
 * (at least 22 px high and as wide as the text). A missing value is a pale grey cell with a dash.
 */
final class HeatCells extends AbstractCategoryItemRenderer {

	private static final long serialVersionUID = 1L;

	static final Color MISSING = new Color(0xEE, 0xEE, 0xEE);

	private final ScoreColours colours;

	private final Font valueFont;

	HeatCells(ScoreColours colours, Font valueFont) {
		this.colours = colours;
		this.valueFont = valueFont;
	}

	@Override
	public Range findRangeBounds(CategoryDataset dataset) {
		return new Range(-0.5, Math.max(1, dataset.getRowCount()) - 0.5);
	}

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		double x0 = domainAxis.getCategoryStart(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
		double x1 = domainAxis.getCategoryEnd(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
		double y0 = rangeAxis.valueToJava2D(row - 0.5, dataArea, plot.getRangeAxisEdge());
		double y1 = rangeAxis.valueToJava2D(row + 0.5, dataArea, plot.getRangeAxisEdge());
		Rectangle2D cell = new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
		Number value = dataset.getValue(row, column);
		Paint fill = value == null ? MISSING : this.colours.getPaint(value.doubleValue());
		g2.setPaint(fill);
		g2.fill(cell);
		g2.setPaint(Color.WHITE);
		g2.setStroke(new BasicStroke(2f));
		g2.draw(cell);
		String text = value == null ? "—" : ChartText.number(value.doubleValue(), 1);
		g2.setFont(this.valueFont);
		FontMetrics metrics = g2.getFontMetrics();
		if (cell.getHeight() >= 22 && cell.getWidth() >= metrics.stringWidth(text) + 8) {
			g2.setPaint(ChartTheme.textOn(fill));
			g2.drawString(text, (float) (cell.getCenterX() - metrics.stringWidth(text) / 2.0),
					(float) (cell.getCenterY() + (metrics.getAscent() - metrics.getDescent()) / 2.0));
		}
	}

}
