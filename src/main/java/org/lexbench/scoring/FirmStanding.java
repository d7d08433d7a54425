package org.lexbench.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.Tier;

/**
 * Where one firm stands in a score, as its profile and its scorecard show it: composite, rank
 * among how many ranked firms, tier, the points of composite it needs for the tier above, and its
 * strengths and weaknesses: among the indicators the composite weighs, its best five by rank in
 * the top half of the firms ranked, and its worst five in the bottom half — a tie counting at its
 * group's last place (see {@link #position}), so no indicator is both, and sharing the bottom is
 * no strength.
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

	/** One firm's standing; for many firms of one card, {@link #in(ScoreCard)} once and {@link Standings#of} each. */
	public static FirmStanding of(ScoreCard card, int f) {
		return in(card).of(f);
	}

	/** The standings of every firm of {@code card}: each weighted indicator's ranked scores sorted once. */
	public static Standings in(ScoreCard card) {
		return new Standings(card);
	}

	/** Standings of the firms of one card. */
	public static final class Standings {

		private final ScoreCard card;

		private final int ranked;

		private final Map<Indicator, double[]> sorted = new LinkedHashMap<>();

		private Standings(ScoreCard card) {
			this.card = card;
			int n = 0;
			for (double r : card.compositeRank()) {
				n += Double.isNaN(r) ? 0 : 1;
			}
			this.ranked = n;
			Map<String, Double> weights = card.effectiveWeights();
			for (Indicator i : card.indicators()) {
				if (weights.getOrDefault(i.id(), 0.0) > 0) {
					double[] scores = card.scores().get(i.id());
					double[] ranks = card.ranks().get(i.id());
					double[] present = new double[scores.length];
					int k = 0;
					for (int g = 0; g < scores.length; g++) {
						if (!Double.isNaN(ranks[g])) {
							present[k++] = scores[g];
						}
					}
					double[] s = java.util.Arrays.copyOf(present, k);
					java.util.Arrays.sort(s);
					this.sorted.put(i, s);
				}
			}
		}

		public FirmStanding of(int f) {
			List<Indicator> strengths = List.of();
			List<Indicator> weaknesses = List.of();
			if (!Double.isNaN(this.card.composite()[f])) {
				Map<Indicator, Double> standing = new LinkedHashMap<>();
				this.sorted.forEach((i, s) -> {
					if (!Double.isNaN(this.card.rank(i.id(), f))) {
						standing.put(i, position(s, this.card.score(i.id(), f)));
					}
				});
				Comparator<Indicator> best = Comparator.comparingDouble(standing::get);
				strengths = standing.keySet().stream().filter(i -> standing.get(i) <= 0.5)
					.sorted(best.thenComparing(Indicator::id)).limit(5).toList();
				weaknesses = standing.keySet().stream().filter(i -> standing.get(i) > 0.5)
					.sorted(best.reversed().thenComparing(Indicator::id)).limit(5).toList();
			}
			return new FirmStanding(f, this.card.composite()[f], this.card.compositeRank()[f], this.ranked,
					this.card.tiers().get(f), nextTier(this.card, f), strengths, weaknesses, this.card.coverage()[f]);
		}

	}

	/**
	 * The firm's place on one indicator as a share of the firms ranked on it, a tie counting at
	 * its group's last place: the number of ranked firms scoring at least {@code score}, over the
	 * number ranked ({@code ascending}: their scores, sorted). Sharing the bottom with many firms
	 * (a "no" most firms also answered) is then no strength.
	 */
	static double position(double[] ascending, double score) {
		int lo = 0;
		int hi = ascending.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (ascending[mid] < score) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return (double) (ascending.length - lo) / ascending.length;
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
