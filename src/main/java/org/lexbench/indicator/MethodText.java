package org.lexbench.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.NearestWord;

/**
 * A method written on the command line: {@code minmax}, {@code minmax:low=1,high=100} or
 * {@code minmax(low=1, high=100)} (the form lexbench prints). Parameters not given take their
 * defaults; every parameter is checked as in a set file, and a mistake is one line naming the
 * step, the method and what was expected.
 */
public final class MethodText {

	private MethodText() {
	}

	public static MethodChoice parse(MethodStep step, String text, IndicatorSet set) {
		String t = text.strip();
		String name = t;
		String params = "";
		int colon = t.indexOf(':');
		int paren = t.indexOf('(');
		if (paren > 0 && t.endsWith(")") && (colon < 0 || paren < colon)) {
			name = t.substring(0, paren);
			params = t.substring(paren + 1, t.length() - 1);
		}
		else if (colon > 0) {
			name = t.substring(0, colon);
			params = t.substring(colon + 1);
		}
		String method = name.strip().toLowerCase(Locale.ROOT);
		Optional<List<MethodVocabulary.Parameter>> known = MethodVocabulary.parameters(step, method);
		if (known.isEmpty()) {
			throw LexbenchException.usage("method.unknown-name", step.keyword(), name.strip(),
					String.join(", ", MethodVocabulary.methods(step)), NearestWord.hint(method, MethodVocabulary.methods(step)));
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (MethodVocabulary.Parameter p : known.get()) {
			if (p.defaultValue() != null) {
				values.put(p.name(), p.defaultValue());
			}
		}
		for (String pair : params.isBlank() ? new String[0] : params.split(",")) {
			int eq = pair.indexOf('=');
			String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
			String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
			MethodVocabulary.Parameter p = known.get().stream().filter(q -> q.name().equals(key)).findFirst()
				.orElseThrow(() -> LexbenchException.usage("method.unknown-parameter", step.keyword(), method, key,
						known.get().isEmpty() ? "-" : String.join(", ", known.get().stream().map(MethodVocabulary.Parameter::name).toList())));
			values.put(key, value(step, method, p, value, set));
		}
		for (MethodVocabulary.Parameter p : known.get()) {
			if (p.required() && !values.containsKey(p.name())) {
				throw LexbenchException.usage("method.missing-parameter", step.keyword(), method, p.name());
			}
		}
		return new MethodChoice(step, method, values);
	}

	private static Object value(MethodStep step, String method, MethodVocabulary.Parameter p, String value, IndicatorSet set) {
		switch (p.kind()) {
			case NUMBER -> {
				try {
					double v = Double.parseDouble(value);
					if (p.accepts(v)) {
						return v;
					}
				}
				catch (NumberFormatException notNumber) {
					// reported below
				}
				throw LexbenchException.usage("method.bad-number", step.keyword(), method, p.name(), value,
						MethodChoice.describeNumber(p.min()), p.max() == Double.MAX_VALUE ? "∞" : MethodChoice.describeNumber(p.max()));
			}
			case CHOICE -> {
				if (p.choices().contains(value)) {
					return value;
				}
				throw LexbenchException.usage("method.bad-choice", step.keyword(), method, p.name(), value,
						String.join(" | ", p.choices()));
			}
			case ATTRIBUTE -> {
				if (value.isEmpty()) {
					throw LexbenchException.usage("method.missing-parameter", step.keyword(), method, p.name());
				}
				return value;
			}
			default -> {
				if (set.indicators().stream().noneMatch(i -> i.id().equals(value))) {
					throw LexbenchException.usage("method.bad-indicator", step.keyword(), method, p.name(), value, set.id());
				}
				return value;
			}
		}
	}

}
