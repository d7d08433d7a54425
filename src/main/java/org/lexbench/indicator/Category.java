package org.lexbench.indicator;

import java.util.List;

/**
 * One entry of a category lookup (for example a Chambers band): its code, label, other spellings
 * found in data, and the score it stands for.
 */
public record Category(String code, Bilingual label, List<String> aliases, double score) {

	public Category {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("category code must not be blank");
		}
		if (!Double.isFinite(score)) {
			throw new IllegalArgumentException("category score must be finite, got " + score);
		}
		aliases = List.copyOf(aliases);
	}

}
