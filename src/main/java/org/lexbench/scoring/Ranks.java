package org.lexbench.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodStep;

/**
 * The rank step: every node's scores ranked among the firms being scored by the set's tie rule
 * ({@code competition} by default), equal scores ordered by the tie-break indicator's raw value
 * when the set names one.
 */
final class Ranks {

	private Ranks() {
	}

	static Map<String, double[]> of(IndicatorSet set, MethodPlan plan, Map<String, double[]> scores, FirmMask mask,
			FirmSlice firms) {
		MethodChoice choice = plan.choice(set.root().id(), MethodStep.RANKS);
		TieRule rule = switch (choice.method()) {
			case "dense" -> TieRule.DENSE;
			case "fractional" -> TieRule.FRACTIONAL;
			default -> TieRule.COMPETITION;
		};
		String tieBreak = choice.text("tie_break");
		double[] breaker = tieBreak.isEmpty() ? null
				: mask.gather(firms.raw((Indicator) set.find(tieBreak).orElseThrow()));
		// nodes are ranked independently, so in parallel; the map keeps the nodes' order
		List<String> nodes = List.copyOf(scores.keySet());
		double[][] ranked = new double[nodes.size()][];
		IntStream.range(0, nodes.size()).parallel().forEach(k -> ranked[k] = mask
			.spread(Ranking.ranks(mask.gather(scores.get(nodes.get(k))), rule, breaker)));
		Map<String, double[]> ranks = new LinkedHashMap<>();
		for (int k = 0; k < nodes.size(); k++) {
			ranks.put(nodes.get(k), ranked[k]);
		}
		return ranks;
	}

}
