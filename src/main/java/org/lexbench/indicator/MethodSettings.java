package org.lexbench.indicator;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The methods a set or a node chooses explicitly; steps it leaves out are inherited. */
public record MethodSettings(Map<MethodStep, MethodChoice> choices) {

	public static final MethodSettings NONE = new MethodSettings(Map.of());

	public MethodSettings {
		EnumMap<MethodStep, MethodChoice> copy = new EnumMap<>(MethodStep.class);
		copy.putAll(choices);
		copy.forEach((step, choice) -> {
			if (choice.step() != step) {
				throw new IllegalArgumentException("choice for " + step + " is for step " + choice.step());
			}
		});
		choices = java.util.Collections.unmodifiableMap(copy);
	}

	public Optional<MethodChoice> get(MethodStep step) {
		return Optional.ofNullable(this.choices.get(step));
	}

	public boolean isEmpty() {
		return this.choices.isEmpty();
	}

}
