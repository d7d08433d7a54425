package org.lexbench.indicator;

import java.util.Locale;
import java.util.Optional;

/**
 * A step of the scoring pipeline whose method a set chooses. The first five can be overridden at
 * any node; {@code screen} and {@code ranks} apply to the whole set.
 */
public enum MethodStep {
	NORMALISE("normalise", true), AGGREGATE("aggregate", true), WEIGHTS("weights", true), IMPUTE("impute", true),
	TREAT("treat", true), SCREEN("screen", false), RANKS("ranks", false);

	private final String keyword;

	private final boolean perNode;

	MethodStep(String keyword, boolean perNode) {
		this.keyword = keyword;
		this.perNode = perNode;
	}

	public String keyword() {
		return this.keyword;
	}

	/** Whether a node may override the set's choice for this step. */
	public boolean perNode() {
		return this.perNode;
	}

	public static Optional<MethodStep> parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		for (MethodStep s : values()) {
			if (s.keyword.equals(t)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

}
