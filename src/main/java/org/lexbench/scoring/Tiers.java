package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lexbench.indicator.Tier;

/**
 * The tier step. Absolute tiers: a firm takes the first tier whose {@code min} its composite
 * reaches. Quantile tiers: with N firms ranked, a firm takes the first tier whose {@code top}
 * share it is within, rank ≤ top·N (so tied firms share a tier). The catch-all last tier takes
 * the rest; a firm that was not scored has no tier (its status says why).
 */
final class Tiers {

	private Tiers() {
	}

	static List<Optional<Tier>> assign(List<Tier> tiers, double[] composite, double[] ranks) {
		int ranked = 0;
		for (double r : ranks) {
			ranked += Double.isNaN(r) ? 0 : 1;
		}
		List<Optional<Tier>> out = new ArrayList<>(composite.length);
		for (int f = 0; f < composite.length; f++) {
			Optional<Tier> tier = Optional.empty();
			if (!Double.isNaN(composite[f])) {
				for (Tier t : tiers) {
					boolean in = t.catchAll() || t.min().isPresent() && composite[f] >= t.min().getAsDouble()
							|| t.top().isPresent() && ranks[f] <= t.top().getAsDouble() * ranked;
					if (in) {
						tier = Optional.of(t);
						break;
					}
				}
			}
			out.add(tier);
		}
		return out;
	}

}
