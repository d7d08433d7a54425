package org.lexbench.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every method a set may choose for each step, with its parameters, their defaults and bounds.
 * The single source for the loader's checks, the documentation and the built-in defaults.
 */
public final class MethodVocabulary {

	/** How a parameter is written and checked. */
	public enum Kind {
		/** A finite number within bounds. */
		NUMBER,
		/** One of a fixed list of words. */
		CHOICE,
		/** The id of a firm attribute (for example {@code province}). */
		ATTRIBUTE,
		/** The id of an indicator of the set. */
		INDICATOR
	}

	/** One parameter of a method. A {@code null} default means the parameter is required. */
	public record Parameter(String name, Kind kind, Object defaultValue, double min, double max, boolean minExclusive,
			List<String> choices, boolean optional) {

		static Parameter number(String name, Double defaultValue, double min, double max, boolean minExclusive) {
			return new Parameter(name, Kind.NUMBER, defaultValue, min, max, minExclusive, List.of(), false);
		}

		static Parameter choice(String name, String defaultValue, String... choices) {
			return new Parameter(name, Kind.CHOICE, defaultValue, 0, 0, false, List.of(choices), false);
		}

		static Parameter reference(String name, Kind kind, boolean optional) {
			return new Parameter(name, kind, null, 0, 0, false, List.of(), optional);
		}

		public boolean required() {
			return this.defaultValue == null && !this.optional;
		}

		/** Whether {@code value} is within this number parameter's bounds. */
		public boolean accepts(double value) {
			return Double.isFinite(value) && (this.minExclusive ? value > this.min : value >= this.min)
					&& value <= this.max;
		}

	}

	private static final double INF = Double.MAX_VALUE;

	private static final Map<MethodStep, Map<String, List<Parameter>>> METHODS = new LinkedHashMap<>();

	private static final Map<MethodStep, MethodChoice> DEFAULTS = new LinkedHashMap<>();

	static {
		define(MethodStep.NORMALISE, "minmax", Parameter.number("low", 0.0, -INF, INF, false),
				Parameter.number("high", 100.0, -INF, INF, false));
		define(MethodStep.NORMALISE, "zscore", Parameter.number("mean", 0.0, -INF, INF, false),
				Parameter.number("sd", 1.0, 0, INF, true));
		define(MethodStep.NORMALISE, "goalposts", Parameter.number("low", null, -INF, INF, false),
				Parameter.number("high", null, -INF, INF, false), Parameter.number("scale", 100.0, 0, INF, true));
		define(MethodStep.NORMALISE, "target", Parameter.choice("cap", "yes", "yes", "no"));
		define(MethodStep.NORMALISE, "rank");
		define(MethodStep.NORMALISE, "percentile");
		define(MethodStep.NORMALISE, "ordinal");
		define(MethodStep.NORMALISE, "yesno");
		define(MethodStep.NORMALISE, "none");

		define(MethodStep.AGGREGATE, "arithmetic");
		define(MethodStep.AGGREGATE, "geometric");
		define(MethodStep.AGGREGATE, "harmonic");
		define(MethodStep.AGGREGATE, "topsis", Parameter.choice("normalisation", "vector", "vector", "minmax"));
		define(MethodStep.AGGREGATE, "vikor", Parameter.number("v", 0.5, 0, 1, false));

		define(MethodStep.WEIGHTS, "explicit");
		define(MethodStep.WEIGHTS, "equal");
		define(MethodStep.WEIGHTS, "entropy");
		define(MethodStep.WEIGHTS, "critic");
		define(MethodStep.WEIGHTS, "ahp");

		define(MethodStep.IMPUTE, "none");
		define(MethodStep.IMPUTE, "mean");
		define(MethodStep.IMPUTE, "median");
		define(MethodStep.IMPUTE, "group-mean", Parameter.reference("by", Kind.ATTRIBUTE, false));
		define(MethodStep.IMPUTE, "group-median", Parameter.reference("by", Kind.ATTRIBUTE, false));
		define(MethodStep.IMPUTE, "zero");
		define(MethodStep.IMPUTE, "min");

		define(MethodStep.TREAT, "none");
		define(MethodStep.TREAT, "winsorise", Parameter.number("max_points", 5.0, 1, 1_000_000, false),
				Parameter.number("skew", 2.0, 0, INF, true), Parameter.number("kurtosis", 3.5, -INF, INF, false));
		define(MethodStep.TREAT, "log");

		define(MethodStep.SCREEN, "none");
		define(MethodStep.SCREEN, "coverage", Parameter.number("firms", 0.0, 0, 1, false),
				Parameter.number("indicators", 0.0, 0, 1, false), Parameter.choice("on", "imputed", "imputed", "raw"));

		define(MethodStep.RANKS, "competition", Parameter.reference("tie_break", Kind.INDICATOR, true));
		define(MethodStep.RANKS, "dense", Parameter.reference("tie_break", Kind.INDICATOR, true));
		define(MethodStep.RANKS, "fractional");

		DEFAULTS.put(MethodStep.NORMALISE, withDefaults(MethodStep.NORMALISE, "minmax"));
		DEFAULTS.put(MethodStep.AGGREGATE, withDefaults(MethodStep.AGGREGATE, "arithmetic"));
		DEFAULTS.put(MethodStep.WEIGHTS, withDefaults(MethodStep.WEIGHTS, "explicit"));
		DEFAULTS.put(MethodStep.IMPUTE, withDefaults(MethodStep.IMPUTE, "none"));
		DEFAULTS.put(MethodStep.TREAT, withDefaults(MethodStep.TREAT, "none"));
		DEFAULTS.put(MethodStep.SCREEN, withDefaults(MethodStep.SCREEN, "none"));
		DEFAULTS.put(MethodStep.RANKS, withDefaults(MethodStep.RANKS, "competition"));
	}

	private MethodVocabulary() {
	}

	private static void define(MethodStep step, String method, Parameter... parameters) {
		METHODS.computeIfAbsent(step, s -> new LinkedHashMap<>()).put(method, List.of(parameters));
	}

	private static MethodChoice withDefaults(MethodStep step, String method) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Parameter p : METHODS.get(step).get(method)) {
			if (p.defaultValue() != null) {
				values.put(p.name(), p.defaultValue());
			}
		}
		return new MethodChoice(step, method, values);
	}

	/** The methods of a step, in the order the documentation lists them. */
	public static List<String> methods(MethodStep step) {
		return List.copyOf(METHODS.get(step).keySet());
	}

	/** The parameters of one method, or empty if the step has no such method. */
	public static Optional<List<Parameter>> parameters(MethodStep step, String method) {
		return Optional.ofNullable(METHODS.get(step).get(method));
	}

	/** What a step does when neither the set nor any node chooses: the built-in default. */
	public static MethodChoice defaultChoice(MethodStep step) {
		return DEFAULTS.get(step);
	}

}
