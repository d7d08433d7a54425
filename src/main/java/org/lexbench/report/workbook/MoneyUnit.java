package org.lexbench.report.workbook;

import java.util.Arrays;

import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;

/**
 * The unit money in yuan is shown in: 万元 (10⁴) or 亿元 (10⁸), as Chinese readers count, chosen
 * per column by the median amount (a firm's revenue in 亿元, revenue per lawyer in 万元). The
 * values are written divided, with the unit in the header: an Excel number format can only
 * divide by powers of 1,000 (each trailing comma), so no format shows 10⁴ correctly.
 */
enum MoneyUnit {

	YUAN(1, "unit.yuan"), WAN(1e4, "unit.wan"), YI(1e8, "unit.yi");

	private final double divisor;

	private final String key;

	MoneyUnit(double divisor, String key) {
		this.divisor = divisor;
		this.key = key;
	}

	/** The unit of an indicator's column: 万元 or 亿元 for money in CNY, none (null) otherwise. */
	static MoneyUnit of(Indicator indicator, double[] values) {
		if (!(indicator.type() instanceof IndicatorType.MoneyType money) || !money.currency().equals("CNY")) {
			return null;
		}
		double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).map(Math::abs).sorted().toArray();
		double median = present.length == 0 ? 0 : present[present.length / 2];
		return median >= 1e8 ? YI : median >= 1e4 ? WAN : YUAN;
	}

	double shown(double yuan) {
		return yuan / this.divisor;
	}

	/** The catalogue key of the unit's name ({@code workbook.} prefixed by the caller). */
	String key() {
		return this.key;
	}

}
