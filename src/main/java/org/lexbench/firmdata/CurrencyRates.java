package org.lexbench.firmdata;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Exchange rates a user supplies: how many units of the set's currency one unit of each other
 * currency is worth (ALM converts at the year's average rate). Without a rate, an amount in a
 * foreign currency cannot be read.
 */
public record CurrencyRates(String base, Map<String, Double> perUnit) {

	public static final CurrencyRates NONE = new CurrencyRates("CNY", Map.of());

	public CurrencyRates {
		perUnit = java.util.Collections.unmodifiableMap(new TreeMap<>(perUnit));
		perUnit.forEach((code, rate) -> {
			if (!(rate > 0) || !Double.isFinite(rate)) {
				throw new IllegalArgumentException("rate of " + code + " must be finite and > 0, got " + rate);
			}
		});
	}

	/** The factor taking an amount in {@code from} to {@code to}; empty when a rate is missing. */
	public Optional<Double> factor(String from, String to) {
		if (from.equals(to)) {
			return Optional.of(1.0);
		}
		Optional<Double> fromBase = from.equals(this.base) ? Optional.of(1.0) : Optional.ofNullable(this.perUnit.get(from));
		Optional<Double> toBase = to.equals(this.base) ? Optional.of(1.0) : Optional.ofNullable(this.perUnit.get(to));
		if (fromBase.isEmpty() || toBase.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(fromBase.get() / toBase.get());
	}

}
