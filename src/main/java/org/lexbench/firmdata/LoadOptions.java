package org.lexbench.firmdata;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to read data files: which sheet (a name or a 1-based number; default the first with a
 * header the set recognises), which layout (default detected), which encoding for CSV (default
 * detected), the year of rows without one, whether a later file may replace an earlier one's
 * firm-years, a user's column mapping (header → indicator or attribute id), firm-name aliases,
 * exchange rates, and the read limits.
 */
public record LoadOptions(Optional<String> sheet, Optional<SourceSummary.Layout> layout, Optional<String> encoding,
		OptionalInt year, boolean supersede, Map<String, String> mapping, FirmNames names, CurrencyRates rates,
		ReadLimits limits) {

	public static LoadOptions defaults(String currency) {
		return new LoadOptions(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), false, Map.of(),
				FirmNames.PLAIN, new CurrencyRates(currency, Map.of()), ReadLimits.DEFAULT);
	}

	public LoadOptions {
		mapping = Map.copyOf(mapping);
	}

	public LoadOptions withSheet(String value) {
		return new LoadOptions(Optional.ofNullable(value), this.layout, this.encoding, this.year, this.supersede,
				this.mapping, this.names, this.rates, this.limits);
	}

	public LoadOptions withLayout(SourceSummary.Layout value) {
		return new LoadOptions(this.sheet, Optional.ofNullable(value), this.encoding, this.year, this.supersede,
				this.mapping, this.names, this.rates, this.limits);
	}

	public LoadOptions withEncoding(String value) {
		return new LoadOptions(this.sheet, this.layout, Optional.ofNullable(value), this.year, this.supersede,
				this.mapping, this.names, this.rates, this.limits);
	}

	public LoadOptions withYear(OptionalInt value) {
		return new LoadOptions(this.sheet, this.layout, this.encoding, value, this.supersede, this.mapping, this.names,
				this.rates, this.limits);
	}

	public LoadOptions withSupersede(boolean value) {
		return new LoadOptions(this.sheet, this.layout, this.encoding, this.year, value, this.mapping, this.names,
				this.rates, this.limits);
	}

	public LoadOptions withMapping(Map<String, String> value) {
		return new LoadOptions(this.sheet, this.layout, this.encoding, this.year, this.supersede, value, this.names,
				this.rates, this.limits);
	}

	public LoadOptions withNames(FirmNames value) {
		return new LoadOptions(this.sheet, this.layout, this.encoding, this.year, this.supersede, this.mapping, value,
				this.rates, this.limits);
	}

	public LoadOptions withRates(CurrencyRates value) {
		return new LoadOptions(this.sheet, this.layout, this.encoding, this.year, this.supersede, this.mapping,
				this.names, value, this.limits);
	}

	public LoadOptions withLimits(ReadLimits value) {
		return new LoadOptions(this.sheet, this.layout, this.encoding, this.year, this.supersede, this.mapping,
				this.names, this.rates, value);
	}

}
