package org.lexbench.firmdata.synthetic;

import java.util.List;
import java.util.Optional;

import org.lexbench.files.Language;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.PlausibleRange;

/**
 * The column of one indicator in a synthetic data file: its header (the indicator's Chinese
 * name), the shape of its values, the latent trait they follow and how closely ({@code loading},
 * −1 to 1; negative for lower-is-better indicators), the decimals it is written with, the range
 * values are kept in, and for a category indicator the codes it writes.
 */
record SyntheticColumn(Indicator indicator, ValueShape shape, Latent latent, double loading, int decimals,
		Optional<PlausibleRange> range, List<String> codes) {

	SyntheticColumn {
		if (!(loading >= -1 && loading <= 1)) {
			throw new IllegalArgumentException("loading must be −1 to 1, got " + loading + " (" + indicator.id() + ")");
		}
		if (decimals < 0 || decimals > 6) {
			throw new IllegalArgumentException("decimals must be 0 to 6, got " + decimals + " (" + indicator.id() + ")");
		}
		codes = List.copyOf(codes);
	}

	String header() {
		return this.indicator.name().in(Language.ZH);
	}

	/** Whether the column holds text (category codes) rather than numbers. */
	boolean textual() {
		return !this.codes.isEmpty();
	}

	/** The value as written: inside the range and rounded to the column's decimals. */
	double finish(double raw) {
		if (textual()) {
			return raw;
		}
		double scale = Math.pow(10, this.decimals);
		double v = raw;
		if (this.range.isPresent()) {
			v = FirmYears.clamp(v, this.range.get().min(), this.range.get().max());
		}
		v = Math.rint(v * scale) / scale;
		if (this.range.isPresent() && !this.range.get().contains(v)) {
			// rounding stepped over an edge that is not on the decimal grid
			v = v < this.range.get().min() ? Math.ceil(this.range.get().min() * scale) / scale
					: Math.floor(this.range.get().max() * scale) / scale;
		}
		return v;
	}

	/** The text of a finished value: a category code, or the number with at most the column's decimals. */
	String text(double value) {
		return textual() ? this.codes.get((int) value) : decimal(value, this.decimals);
	}

	/** {@code value} with at most {@code decimals} decimals, trailing zeros dropped: 12.5, 3, −0.25. */
	static String decimal(double value, int decimals) {
		long scaled = Math.round(value * Math.pow(10, decimals));
		if (decimals == 0) {
			return Long.toString(scaled);
		}
		StringBuilder digits = new StringBuilder(Long.toString(Math.abs(scaled)));
		while (digits.length() <= decimals) {
			digits.insert(0, '0');
		}
		int point = digits.length() - decimals;
		int end = digits.length();
		while (end > point && digits.charAt(end - 1) == '0') {
			end--;
		}
		String whole = digits.substring(0, point);
		String text = end == point ? whole : whole + "." + digits.substring(point, end);
		return scaled < 0 ? "-" + text : text;
	}

}
