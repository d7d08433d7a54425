package org.lexbench.report.chart;

import org.jfree.chart.JFreeChart;

/**
 * One chart ready to be written: the file name it is written under, without extension (already
 * safe: see {@link org.lexbench.files.SafeFileName}), the chart, and its size in pixels (PNG) or
 * user units (SVG).
 */
public record Figure(String name, JFreeChart chart, int width, int height) {

	public Figure {
		if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("..")) {
			throw new IllegalArgumentException("a figure's name is a plain file name, got " + name);
		}
		if (width < 1 || height < 1) {
			throw new IllegalArgumentException("a figure's size is positive, got " + width + " × " + height);
		}
	}

	/** The chart's title: what the figure shows, in the language it was drawn in. */
	public String title() {
		return this.chart.getTitle() == null ? this.name : this.chart.getTitle().getText();
	}

}
