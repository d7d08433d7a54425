package org.lexbench.indicator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.lexbench.indicator.expression.Expression;

/**
 * A node of an indicator set's tree: a {@link Dimension} that aggregates its children, or an
 * {@link Indicator} that holds raw values.
 */
public sealed interface Node permits Dimension, Indicator {

	String id();

	Bilingual name();

	Bilingual description();

	/** The unit of the node's values (an indicator's raw values, a dimension's score). */
	Bilingual unit();

	/** The relative weight among siblings as written; empty when the set gives none. */
	OptionalDouble weight();

	Role role();

	/** The eligibility rule of a node whose role is {@code gate}. */
	Optional<Rule> rule();

	/** The methods this node chooses for itself and, unless they override, its descendants. */
	MethodSettings method();

	List<Citation> sources();

	/** The children of a dimension; an indicator has none. */
	List<Node> children();

	/** A rule together with the text it was written as. */
	record Rule(String text, Expression expression) {
	}

}
