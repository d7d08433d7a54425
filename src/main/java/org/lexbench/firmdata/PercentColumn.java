package org.lexbench.firmdata;

/** The values of a percent column not written with a % sign: whether they all lie in 0–1. */
final class PercentColumn {

	final int column;

	final org.lexbench.indicator.Indicator indicator;

	int count;

	boolean allWithinOne = true;

	boolean someFraction;

	PercentColumn(int column, org.lexbench.indicator.Indicator indicator) {
		this.column = column;
		this.indicator = indicator;
	}

	void add(double value) {
		this.count++;
		this.allWithinOne &= value >= 0 && value <= 1;
		this.someFraction |= value > 0 && value < 1;
	}

	boolean looksLikeFractions() {
		return this.count >= 3 && this.allWithinOne && this.someFraction;
	}

}
