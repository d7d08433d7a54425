package org.lexbench.indicator;

import java.util.regex.Pattern;

/** The form of ids: nodes, attributes, tiers and gates use letters, digits and underscores. */
final class Ids {

	static final Pattern NODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	static final Pattern SET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

	static final Pattern TIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

	private Ids() {
	}

	static void require(String id) {
		if (id == null || !NODE.matcher(id).matches()) {
			throw new IllegalArgumentException("id must match " + NODE + ", got " + id);
		}
	}

}
