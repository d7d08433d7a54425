package org.lexbench.report.chart;

/**
 * A category or series of a chart's dataset: shown as its text, told apart and ordered by its
 * position, so that two firms with the same name are still two bars.
 */
record Label(int order, String text) implements Comparable<Label> {

	@Override
	public int compareTo(Label other) {
		return Integer.compare(this.order, other.order);
	}

	@Override
	public String toString() {
		return this.text;
	}

}
