package org.lexbench.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

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
		Map<String, double[]> ranks = new LinkedHashMap<>();
		scores.forEach((node, s) -> ranks.put(node, mask.spread(Ranking.ranks(mask.gather(s), rule, breaker))));
		return ranks;
	}

}
