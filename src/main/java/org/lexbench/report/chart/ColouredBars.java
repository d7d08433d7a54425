package org.lexbench.report.chart;

import java.awt.Paint;

import org.jfree.chart.renderer.category.BarRenderer;

/** Bars of one series, each in its own colour (a firm's bar in its tier's colour). */
final class ColouredBars extends BarRenderer {

	private static final long serialVersionUID = 1L;

	private final Paint[] paints;

	ColouredBars(Paint[] paints) {
		this.paints = paints.clone();
	}

	@Override
	public Paint getItemPaint(int row, int column) {
		return column < this.paints.length ? this.paints[column] : super.getItemPaint(row, column);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ColouredBars c && java.util.Arrays.equals(this.paints, c.paints) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
