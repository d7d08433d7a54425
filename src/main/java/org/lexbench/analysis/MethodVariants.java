package org.lexbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Text;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Scoring;
import org.lexbench.scoring.ScoringOptions;

/**
 * The same data scored through every combination of the methods asked for — one axis per step
 * (normalise: minmax, zscore; aggregate: arithmetic, geometric gives 2 × 2 = 4 variants, the first
 * axis varying slowest) — each variant being the base options with its choices added, scored by
 * {@link Scoring#score} on the base options' year. A variant whose methods cannot score the data (a
 * geometric mean of a zero) is kept as failed, with its reason; the others go on.
 */
public final class MethodVariants {

	private MethodVariants() {
	}

	/** One combination: its choices, and its card or why it could not be scored. */
	public record Variant(List<MethodChoice> choices, Optional<ScoreCard> card, Optional<Text> failure) {

		public Variant {
			choices = List.copyOf(choices);
		}

		/** {@code normalise=zscore(mean=0, sd=1) · aggregate=geometric}; empty for the base options alone. */
		public String name() {
			return this.choices.stream().map(c -> c.step().keyword() + "=" + c.describe()).collect(Collectors.joining(" · "));
		}

		public boolean scored() {
			return this.card.isPresent();
		}

	}

	/**
	 * A firm's ranks across the variants that ranked it: the best (lowest) and worst, and the move
	 * between them (worst − best).
	 */
	public record Mover(int firm, String name, double best, double worst) {

		public double move() {
			return this.worst - this.best;
		}

	}

	/**
	 * Every variant; the firms (those of the first scored card — every variant scores the same
	 * records of the same year, in the same order); each variant's composite ranks by firm (all NaN
	 * for a failed variant); the rank correlations of every pair of variants (null where either
	 * failed); and the firms ranked in at least two variants, the largest move first (then by name).
	 */
	public record Variants(List<Variant> variants, List<FirmRecord> firms, double[][] ranks, RankCorrelation[][] correlations,
			List<Mover> movers) {

		public Variants {
			variants = List.copyOf(variants);
			firms = List.copyOf(firms);
			movers = List.copyOf(movers);
		}

		/** The first variant that scored, whose order the others are shown in. */
		public Optional<Integer> first() {
			for (int v = 0; v < this.variants.size(); v++) {
				if (this.variants.get(v).scored()) {
					return Optional.of(v);
				}
			}
			return Optional.empty();
		}

	}

	/** The combinations of {@code axes} (each a step's methods), in order; one empty combination for no axes. */
	public static List<List<MethodChoice>> combinations(List<List<MethodChoice>> axes) {
		List<List<MethodChoice>> out = new ArrayList<>();
		out.add(List.of());
		for (List<MethodChoice> axis : axes) {
			if (axis.isEmpty()) {
				continue;
			}
			List<List<MethodChoice>> next = new ArrayList<>();
			for (List<MethodChoice> prefix : out) {
				for (MethodChoice c : axis) {
					List<MethodChoice> longer = new ArrayList<>(prefix);
					longer.add(c);
					next.add(longer);
				}
			}
			out = next;
		}
		return out;
	}

	/** Scores {@code data} through every combination of {@code axes} added to {@code base}. */
	public static Variants run(FirmDataset data, ScoringOptions base, List<List<MethodChoice>> axes) {
		List<Variant> variants = new ArrayList<>();
		for (List<MethodChoice> choices : combinations(axes)) {
			ScoringOptions options = base;
			for (MethodChoice c : choices) {
				options = options.with(c);
			}
			try {
				variants.add(new Variant(choices, Optional.of(Scoring.score(data, options)), Optional.empty()));
			}
			catch (LexbenchException failed) {
				variants.add(new Variant(choices, Optional.empty(), Optional.of(failed.text())));
			}
		}
		return compare(variants);
	}

	/** The ranks, correlations and movers of variants already scored (or failed). */
	public static Variants compare(List<Variant> variants) {
		List<FirmRecord> firms = variants.stream().flatMap(v -> v.card().stream()).findFirst().map(ScoreCard::firms)
			.orElse(List.of());
		int n = firms.size();
		int k = variants.size();
		double[][] ranks = new double[k][];
		for (int v = 0; v < k; v++) {
			Optional<ScoreCard> card = variants.get(v).card();
			if (card.isPresent() && card.get().size() != n) {
				throw new IllegalArgumentException("variant " + variants.get(v).name() + " scored " + card.get().size()
						+ " firms, not " + n);
			}
			ranks[v] = card.map(c -> c.compositeRank().clone()).orElseGet(() -> nothing(n));
		}
		RankCorrelation[][] correlations = new RankCorrelation[k][k];
		for (int a = 0; a < k; a++) {
			for (int b = a; b < k; b++) {
				if (variants.get(a).scored() && variants.get(b).scored()) {
					correlations[a][b] = RankCorrelation.of(ranks[a], ranks[b]);
					correlations[b][a] = correlations[a][b];
				}
			}
		}
		List<Mover> movers = new ArrayList<>();
		for (int f = 0; f < n; f++) {
			double best = Double.POSITIVE_INFINITY;
			double worst = Double.NEGATIVE_INFINITY;
			int ranked = 0;
			for (int v = 0; v < k; v++) {
				double r = ranks[v][f];
				if (!Double.isNaN(r)) {
					best = Math.min(best, r);
					worst = Math.max(worst, r);
					ranked++;
				}
			}
			if (ranked >= 2) {
				movers.add(new Mover(f, firms.get(f).name(), best, worst));
			}
		}
		movers.sort(Comparator.comparingDouble(Mover::move).reversed().thenComparing(Mover::name).thenComparingInt(Mover::firm));
		return new Variants(variants, firms, ranks, correlations, movers);
	}

	private static double[] nothing(int n) {
		double[] out = new double[n];
		Arrays.fill(out, Double.NaN);
		return out;
	}

}
