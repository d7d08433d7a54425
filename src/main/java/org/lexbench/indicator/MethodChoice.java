package org.lexbench.indicator;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A method chosen for one pipeline step, with its parameters (numbers as {@code Double}, choices
 * and references as {@code String}) in the order {@link MethodVocabulary} lists them, defaults
 * filled in.
 */
public record MethodChoice(MethodStep step, String method, Map<String, Object> parameters) {

	public MethodChoice {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(method, "method");
		parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
	}

	public static MethodChoice of(MethodStep step, String method) {
		return new MethodChoice(step, method, Map.of());
	}

	public double number(String parameter) {
		Object v = this.parameters.get(parameter);
		return v instanceof Double d ? d : Double.NaN;
	}

	public String text(String parameter) {
		Object v = this.parameters.get(parameter);
		return v == null ? "" : v.toString();
	}

	/** {@code minmax(high=100, low=0)}: the method and its parameters in one line. */
	public String describe() {
		if (this.parameters.isEmpty()) {
			return this.method;
		}
		return this.method + this.parameters.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + show(e.getValue()))
			.collect(Collectors.joining(", ", "(", ")"));
	}

	/** A number as people write it: {@code 100}, {@code 0.5}, never {@code 100.0}. */
	public static String describeNumber(double value) {
		return show(value);
	}

	static String show(Object value) {
		if (value instanceof Double d) {
			return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue())
					: String.format(Locale.ROOT, "%s", d);
		}
		return String.valueOf(value);
	}

}
