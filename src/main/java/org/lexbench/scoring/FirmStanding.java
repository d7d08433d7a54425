package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.Tier;

/**
 * Where one firm stands in a score, as its profile and its scorecard show it: composite, rank
 * among how many ranked firms, tier, the points of composite it needs for the tier above, and its
 * strengths and weaknesses — its best and worst five indicators by rank among the firms scored
 * (with fewer than ten ranked indicators, the better half and the rest, so none is listed twice).
 *
 * @param nextTier the tier above the firm's own and the points needed, if there is one
 */
public record FirmStanding(int firm, double composite, double rank, int ranked, Optional<Tier> tier,
		Optional<NextTier> nextTier, List<Indicator> strengths, List<Indicator> weaknesses, double coverage) {

	/**
	 * The tier above and how many points of composite reach it: its {@code min} less the firm's
	 * composite, or for a quantile tier the lowest composite among the firms in it less the firm's.
	 */
	public record NextTier(Tier tier, double points) {
	}

	public FirmStanding {
		strengths = List.copyOf(strengths);
		weaknesses = List.copyOf(weaknesses);
	}

	public static FirmStanding of(ScoreCard card, int f) {
		int ranked = 0;
		for (double r : card.compositeRank()) {
			ranked += Double.isNaN(r) ? 0 : 1;
		}
		List<Indicator> byRank = card.indicators().stream().filter(i -> !Double.isNaN(card.rank(i.id(), f)))
			.sorted(Comparator.comparingDouble((Indicator i) -> card.rank(i.id(), f)).thenComparing(Indicator::id)).toList();
		List<Indicator> strengths = List.of();
		List<Indicator> weaknesses = List.of();
		if (!Double.isNaN(card.composite()[f])) {
			int best = Math.min(5, (byRank.size() + 1) / 2);
			int worst = Math.min(5, byRank.size() - best);
			strengths = byRank.subList(0, best);
			weaknesses = new ArrayList<>(byRank.subList(byRank.size() - worst, byRank.size()));
			java.util.Collections.reverse(weaknesses);
		}
		return new FirmStanding(f, card.composite()[f], card.compositeRank()[f], ranked, card.tiers().get(f),
				nextTier(card, f), strengths, weaknesses, card.coverage()[f]);
	}

	private static Optional<NextTier> nextTier(ScoreCard card, int f) {
		Optional<Tier> own = card.tiers().get(f);
		double score = card.composite()[f];
		if (own.isEmpty() || Double.isNaN(score)) {
			return Optional.empty();
		}
		int at = card.set().tiers().indexOf(own.get());
		if (at <= 0) {
			return Optional.empty();
		}
		Tier next = card.set().tiers().get(at - 1);
		double needed;
		if (next.min().isPresent()) {
			needed = next.min().getAsDouble() - score;
		}
		else {
			double lowest = Double.POSITIVE_INFINITY;
			for (int g = 0; g < card.size(); g++) {
				if (card.tiers().get(g).filter(t -> t.id().equals(next.id())).isPresent()) {
					lowest = Math.min(lowest, card.composite()[g]);
				}
			}
			needed = Double.isInfinite(lowest) ? Double.NaN : lowest - score;
		}
		return Double.isNaN(needed) ? Optional.empty() : Optional.of(new NextTier(next, needed));
	}

}
