package org.lexbench.indicator;

import java.util.Locale;
import java.util.Optional;

/** Which values of an indicator are better: higher, lower, or those closest to a target. */
public enum Direction {
	HIGHER("higher", "↑"), LOWER("lower", "↓"), TARGET("target", "◎");

	private final String keyword;

	private final String symbol;

	Direction(String keyword, String symbol) {
		this.keyword = keyword;
		this.symbol = symbol;
	}

	public String keyword() {
		return this.keyword;
	}

	public String symbol() {
		return this.symbol;
	}

	public static Optional<Direction> parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		for (Direction d : values()) {
			if (d.keyword.equals(t)) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}

}
