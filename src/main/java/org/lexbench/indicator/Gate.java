package org.lexbench.indicator;

/** A set-level eligibility rule: a firm that fails it is kept in the results but not ranked. */
public record Gate(String id, Bilingual name, Node.Rule rule) {

	public Gate {
		Ids.require(id);
	}

}
