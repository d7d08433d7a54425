package org.lexbench.report.chart;

import java.util.Locale;

import org.lexbench.files.Language;
import org.lexbench.files.Text;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.ScoreCard;

/** The words and numbers on a chart, in the reader's language; numbers always with a dot and no grouping ambiguity. */
final class ChartText {

	private final Language language;

	ChartText(Language language) {
		this.language = language;
	}

	Language language() {
		return this.language;
	}

	String text(String key, Object... args) {
		return Text.of(key, args).in(this.language);
	}

	String name(Node node) {
		return node.name().in(this.language);
	}

	/** {@code " (2024)"} or {@code "（2024 年）"} after a title; nothing for undated data. */
	String year(ScoreCard card) {
		return card.year().isPresent() ? text("chart.in-year", card.year().getAsInt()) : "";
	}

	/** {@code value} with {@code decimals} decimals and thousands separated by commas; NaN as a dash. */
	static String number(double value, int decimals) {
		return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

}
