package org.lexbench.indicator;

import java.util.Locale;
import java.util.Optional;

/**
 * What a node does: {@code score} enters the composite with its weight; {@code gate} decides
 * eligibility by its rule and is otherwise only reported; {@code info} is only reported.
 */
public enum Role {
	SCORE("score"), GATE("gate"), INFO("info");

	private final String keyword;

	Role(String keyword) {
		this.keyword = keyword;
	}

	public String keyword() {
		return this.keyword;
	}

	public static Optional<Role> parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		for (Role r : values()) {
			if (r.keyword.equals(t)) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

}
