package org.lexbench.firmdata.synthetic;

import java.util.Map;
import java.util.Optional;

import org.lexbench.firmdata.UnitScale;
import org.lexbench.indicator.Bilingual;

/**
 * How many of a money indicator's units one yuan is: its currency at a fixed rate, and the
 * magnitude its unit names (元, 万元, 亿元, CNY m, USD bn …). Synthetic money is drawn in yuan and
 * written in the indicator's own unit.
 */
final class MoneyUnits {

	/**
	 * Yuan per unit of each currency: rounded annual averages (USD/CNY averaged 6.45–7.19 in
	 * 2016–2024; HKD is pegged at about 7.8 per USD). Synthetic data need a plausible scale, not
	 * a day's rate.
	 */
	static final Map<String, Double> YUAN_PER = Map.of("CNY", 1.0, "RMB", 1.0, "USD", 7.0, "HKD", 0.9, "EUR", 7.7,
			"GBP", 8.9);

	private MoneyUnits() {
	}

	/** Units of the indicator per yuan; empty for a currency without a rate here. */
	static Optional<Double> perYuan(String currency, Bilingual unit) {
		Double rate = YUAN_PER.get(currency);
		return rate == null ? Optional.empty() : Optional.of(1 / (rate * magnitude(unit)));
	}

	/** What one unit counts: 1e8 for 亿元, 1e4 for 万元, 1e6 for "CNY m", 1 for 元 or no unit. */
	static double magnitude(Bilingual unit) {
		return UnitScale.magnitude(unit);
	}

}
