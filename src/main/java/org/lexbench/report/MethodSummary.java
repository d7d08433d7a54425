package org.lexbench.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.lexbench.indicator.MethodResolution;
import org.lexbench.indicator.MethodStep;
import org.lexbench.scoring.ScoreCard;

/**
 * A scoring run's method for one step in a few words: the root's choice for the steps chosen at
 * the root (aggregate, weights, screen, ranks), else the choice every node made, or the choices
 * with how many nodes made each, the most common first ("minmax(low=0, high=100) (31), yesno (6)").
 */
public final class MethodSummary {

	private MethodSummary() {
	}

	public static String of(ScoreCard card, MethodStep step) {
		Map<MethodStep, MethodResolution.Resolved> root = card.methods().get(card.rootId());
		if (root != null && root.containsKey(step)) {
			return root.get(step).choice().describe();
		}
		Map<String, Integer> count = new LinkedHashMap<>();
		for (Map<MethodStep, MethodResolution.Resolved> m : card.methods().values()) {
			if (m.containsKey(step)) {
				count.merge(m.get(step).choice().describe(), 1, Integer::sum);
			}
		}
		if (count.isEmpty()) {
			return step == MethodStep.SCREEN ? card.steps().screened().method() : "—";
		}
		if (count.size() == 1) {
			return count.keySet().iterator().next();
		}
		return count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
	}

}
