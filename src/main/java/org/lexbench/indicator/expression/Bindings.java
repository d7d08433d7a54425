package org.lexbench.indicator.expression;

import java.util.Optional;
import java.util.OptionalDouble;

/** The values a rule is evaluated against: one firm's indicators and attributes, by id. */
public interface Bindings {

	/** The numeric value of {@code name}; empty when missing or not a number. */
	OptionalDouble number(String name);

	/** The text value of {@code name}; empty when missing. */
	Optional<String> text(String name);

}
