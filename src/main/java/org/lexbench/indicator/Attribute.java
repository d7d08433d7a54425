package org.lexbench.indicator;

import java.util.List;

/**
 * A property of a firm that is not scored: used by rules, peer groups, group imputation and
 * denominators (for example {@code province}, or a denominator such as population).
 */
public record Attribute(String id, Bilingual name, AttributeType type, Bilingual unit, List<String> aliases) {

	public Attribute {
		Ids.require(id);
		aliases = List.copyOf(aliases);
	}

}
