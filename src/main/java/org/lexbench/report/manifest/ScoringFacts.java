package org.lexbench.report.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodResolution;
import org.lexbench.indicator.MethodStep;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.ScoreRun;

/**
 * The scoring part of a manifest: the options the run was asked for, and per year scored every
 * node's resolved method for every step (with where it was chosen) and the weights it used —
 * derived weights (entropy, CRITIC, AHP) differ by year. Maps keep a fixed order (the set's tree
 * order, steps in their declared order), so the same run gives the same JSON.
 */
public final class ScoringFacts {

	private ScoringFacts() {
	}

	public static Map<String, Object> of(ScoreRun run) {
		Map<String, Object> out = new LinkedHashMap<>();
		Map<String, Object> options = new LinkedHashMap<>();
		Map<String, Object> overrides = new LinkedHashMap<>();
		new TreeMap<>(run.options().overrides().choices()).forEach((step, choice) -> overrides.put(step.keyword(), choice(choice)));
		options.put("methods", overrides);
		options.put("nodes", run.options().nodes().stream().sorted().toList());
		options.put("year", run.options().year().isPresent() ? run.options().year().getAsInt() : null);
		options.put("denominate", run.options().denominate());
		out.put("options", options);
		List<Object> years = new ArrayList<>();
		for (ScoreCard card : run.cards()) {
			Map<String, Object> year = new LinkedHashMap<>();
			year.put("year", card.year().isPresent() ? card.year().getAsInt() : null);
			year.put("firms", card.size());
			Map<String, Object> methods = new LinkedHashMap<>();
			card.methods().forEach((node, steps) -> {
				Map<String, Object> byStep = new LinkedHashMap<>();
				new TreeMap<MethodStep, MethodResolution.Resolved>(steps).forEach((step, resolved) -> {
					Map<String, Object> r = choice(resolved.choice());
					r.put("from", resolved.origin());
					byStep.put(step.keyword(), r);
				});
				methods.put(node, byStep);
			});
			year.put("methods", methods);
			year.put("weights", card.weights());
			year.put("droppedIndicators", card.steps().droppedIndicators());
			years.add(year);
		}
		out.put("years", years);
		return out;
	}

	private static Map<String, Object> choice(MethodChoice choice) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("method", choice.method());
		c.put("parameters", new TreeMap<>(choice.parameters()));
		return c;
	}

}
