package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.PlausibleRange;
import org.lexbench.indicator.Role;
import org.lexbench.indicator.Tier;

/**
 * The scoring pipeline: gate → denominate → impute → screen → treat → normalise → weight →
 * aggregate (level by level) → rank → tier, on the firms of one year. Every step works on the
 * firms still being scored and records what it did; loops run in a fixed order, so the same
 * inputs give the same bits on every run.
 */
public final class Scoring {

	private Scoring() {
	}

	public static ScoreCard score(FirmDataset data, ScoringOptions options) {
		IndicatorSet set = data.set();
		MethodPlan plan = MethodPlan.of(set, options);
		FirmSlice firms = FirmSlice.of(data, options.year());
		int n = firms.size();
		List<Indicator> indicators = set.indicators().stream().filter(i -> i.role() == Role.SCORE).toList();
		int m = indicators.size();
		if (m == 0) {
			throw LexbenchException.usage("score.no-indicators", set.id());
		}
		Map<ScoreCard.Stage, double[][]> stages = new EnumMap<>(ScoreCard.Stage.class);
		double[][] raw = new double[m][];
		byte[][] flags = new byte[m][n];
		for (int j = 0; j < m; j++) {
			raw[j] = firms.raw(indicators.get(j));
			outOfRange(indicators.get(j), raw[j], flags[j]);
		}
		stages.put(ScoreCard.Stage.RAW, raw);

		List<List<Eligibility.Failure>> failures = Eligibility.test(set, firms);
		boolean[] scored = new boolean[n];
		for (int f = 0; f < n; f++) {
			scored[f] = failures.get(f).isEmpty();
		}

		double[][] x = copy(raw);
		List<Denomination.Divided> divided = options.denominate() ? Denomination.apply(set, indicators, x, firms) : List.of();
		stages.put(ScoreCard.Stage.DENOMINATED, copy(x));

		List<Imputation.Filled> filled = new ArrayList<>();
		for (int j = 0; j < m; j++) {
			MethodChoice choice = plan.choice(indicators.get(j).id(), MethodStep.IMPUTE);
			String[] groups = choice.method().startsWith("group-") ? groups(firms, choice.text("by")) : null;
			filled.add(Imputation.apply(indicators.get(j).id(), choice, x[j], scored, groups, flags[j]));
			if (indicators.get(j).type().scoredByLevels()) {
				nearestLevels(Methods.levels(indicators.get(j)).keySet(), x[j], flags[j]);
			}
		}
		stages.put(ScoreCard.Stage.IMPUTED, copy(x));

		MethodChoice screen = plan.choice(set.root().id(), MethodStep.SCREEN);
		boolean[] kept = new boolean[m];
		java.util.Arrays.fill(kept, true);
		double[] coverage = new double[n];
		boolean[] beforeScreen = scored.clone();
		Screening.Screened screened = Screening.apply(screen, ids(indicators), screen.text("on").equals("raw")
				? stages.get(ScoreCard.Stage.DENOMINATED) : x, scored, kept, coverage);

		FirmMask mask = FirmMask.of(scored);
		if (mask.count() == 0) {
			throw firms.year().isPresent() ? LexbenchException.invalidInput("score.nobody-left-in", n, firms.year().getAsInt())
					: LexbenchException.invalidInput("score.nobody-left", n);
		}
		double[][] normalised = new double[m][];
		Treated[] treatedColumns = new Treated[m];
		// each indicator is treated and normalised on its own, so in parallel: every column's
		// arithmetic stays in its fixed order, the results are the same bits on any thread count
		IntStream.range(0, m).parallel().forEach(j -> {
			if (kept[j]) {
				treatedColumns[j] = treatAndNormalise(indicators.get(j), plan, mask, x, normalised, flags[j], j);
			}
			else {
				x[j] = new double[n];
				java.util.Arrays.fill(x[j], Double.NaN);
				normalised[j] = x[j].clone();
			}
		});
		Map<String, Treated> treated = new LinkedHashMap<>();
		for (int j = 0; j < m; j++) {
			if (treatedColumns[j] != null) {
				treated.put(indicators.get(j).id(), treatedColumns[j]);
			}
		}
		stages.put(ScoreCard.Stage.TREATED, x);
		stages.put(ScoreCard.Stage.NORMALISED, normalised);

		Map<String, double[]> scores = new LinkedHashMap<>();
		for (int j = 0; j < m; j++) {
			if (kept[j]) {
				scores.put(indicators.get(j).id(), normalised[j]);
			}
		}
		TreeAggregation tree = new TreeAggregation(plan, mask, firms);
		tree.aggregate(set.root(), scores);
		Map<String, double[]> ranks = Ranks.of(set, plan, scores, mask, firms);
		List<FirmStatus> statuses = new ArrayList<>(n);
		for (int f = 0; f < n; f++) {
			statuses.add(!failures.get(f).isEmpty() ? new FirmStatus.Ineligible(failures.get(f))
					: beforeScreen[f] && !scored[f] ? new FirmStatus.ScreenedOut(coverage[f], screened.firmThreshold())
							: new FirmStatus.Scored());
		}
		List<Optional<Tier>> tiers = Tiers.assign(set.tiers(), scores.get(set.root().id()), ranks.get(set.root().id()));
		List<String> dropped = screened.indicators().stream().map(Screening.DroppedIndicator::indicator).toList();
		ScoreCard.Steps steps = new ScoreCard.Steps(divided, filled, screened, treated, tree.ahp(), tree.details(), dropped);
		return new ScoreCard(set, firms.year(), java.util.stream.IntStream.range(0, n).mapToObj(firms::firm).toList(),
				indicators, stages, flags, scores, ranks, tiers, statuses, coverage, tree.weights(), steps, plan.all(set),
				System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
	}

	/** Treats column {@code j} of {@code x} and normalises it into {@code normalised[j]}, flagging changed cells. */
	private static Treated treatAndNormalise(Indicator indicator, MethodPlan plan, FirmMask mask, double[][] x,
			double[][] normalised, byte[] flags, int j) {
		// levels (yes/no, ordinal, category) have no outliers: their values are codes, not amounts
		OutlierTreatment treatment = indicator.type().scoredByLevels() ? new OutlierTreatment.None()
				: Methods.treatment(plan.choice(indicator.id(), MethodStep.TREAT));
		Treated t = treatment.apply(mask.gather(x[j]));
		double[] before = x[j];
		x[j] = mask.spread(t.values());
		markTreated(before, x[j], t.logFallback() || treatment instanceof OutlierTreatment.Log, flags);
		MethodChoice choice = plan.choice(indicator.id(), MethodStep.NORMALISE);
		Normalisation normalisation = Methods.normalisation(indicator, choice);
		normalised[j] = mask.spread(normalisation.apply(Methods.towardsTarget(indicator, choice, mask.gather(x[j])),
				Methods.higherIsBetter(indicator)));
		return t;
	}

	private static void outOfRange(Indicator indicator, double[] x, byte[] flags) {
		Optional<PlausibleRange> range = indicator.plausibleRange();
		if (range.isEmpty()) {
			return;
		}
		for (int f = 0; f < x.length; f++) {
			if (!Double.isNaN(x[f]) && !range.get().contains(x[f])) {
				flags[f] |= CellFlags.OUT_OF_RANGE;
			}
		}
	}

	/**
	 * A yes/no, ordinal or category value filled by a mean or median is moved to the nearest level
	 * (the lower of two equally near), so that it has a score: a mean of 0.6 yes is yes.
	 */
	private static void nearestLevels(java.util.Set<Double> levels, double[] x, byte[] flags) {
		for (int f = 0; f < x.length; f++) {
			if (CellFlags.has(flags[f], CellFlags.IMPUTED) && !levels.contains(x[f])) {
				double best = Double.NaN;
				for (double level : levels) {
					if (Double.isNaN(best) || Math.abs(level - x[f]) < Math.abs(best - x[f])
							|| Math.abs(level - x[f]) == Math.abs(best - x[f]) && level < best) {
						best = level;
					}
				}
				x[f] = best;
			}
		}
	}

	private static void markTreated(double[] before, double[] after, boolean transformed, byte[] flags) {
		for (int f = 0; f < before.length; f++) {
			if (!Double.isNaN(after[f]) && (transformed || Double.compare(before[f], after[f]) != 0)) {
				flags[f] |= transformed ? CellFlags.TRANSFORMED : CellFlags.WINSORISED;
			}
		}
	}

	private static String[] groups(FirmSlice firms, String attribute) {
		String[] out = new String[firms.size()];
		for (int f = 0; f < out.length; f++) {
			String g = firms.firm(f).attributes().get(attribute);
			out[f] = g == null || g.isBlank() ? null : g.strip();
		}
		return out;
	}

	private static List<String> ids(List<Indicator> indicators) {
		return indicators.stream().map(Indicator::id).toList();
	}

	private static double[][] copy(double[][] a) {
		double[][] out = new double[a.length][];
		for (int j = 0; j < a.length; j++) {
			out[j] = a[j].clone();
		}
		return out;
	}

}
