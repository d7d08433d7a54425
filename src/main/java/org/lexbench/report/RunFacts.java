package org.lexbench.report;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lexbench.indicator.MethodStep;
import org.lexbench.scoring.ScoreCard;

/**
 * What is known about the run an output comes from: lexbench's version ({@code dev} outside a
 * built jar), the set's id and version, the input files as the user named them, the method each
 * step resolved to at the root (by step keyword), the command that wrote the output, the JDK, and
 * when it was written. One record, so that a run manifest can fill it later.
 */
public record RunFacts(String version, String setId, String setVersion, List<String> inputs, Map<String, String> methods,
		String command, String jdk, ZonedDateTime written) {

	public RunFacts {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(setId, "setId");
		Objects.requireNonNull(setVersion, "setVersion");
		Objects.requireNonNull(command, "command");
		Objects.requireNonNull(jdk, "jdk");
		Objects.requireNonNull(written, "written");
		inputs = List.copyOf(inputs);
		methods = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(methods));
	}

	/** The facts of {@code card}'s run, written now by {@code command}. */
	public static RunFacts of(ScoreCard card, String version, List<String> inputs, String command, Clock clock) {
		Map<String, String> methods = new LinkedHashMap<>();
		for (MethodStep step : MethodStep.values()) {
			methods.put(step.keyword(), MethodSummary.of(card, step));
		}
		return new RunFacts(version, card.set().id(), card.set().version(), inputs, methods, command, card.jdk(),
				ZonedDateTime.now(clock));
	}

}
