package org.lexbench.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lexbench.files.LexbenchException;
import org.lexbench.indicator.Category;
import org.lexbench.indicator.Direction;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.Level;
import org.lexbench.indicator.MethodChoice;

/** Turns a resolved method choice (a name and parameters) into the method value that does the work. */
final class Methods {

	private Methods() {
	}

	static OutlierTreatment treatment(MethodChoice choice) {
		return switch (choice.method()) {
			case "winsorise" -> new OutlierTreatment.Winsorise((int) choice.number("max_points"), choice.number("skew"),
					choice.number("kurtosis"));
			case "log" -> new OutlierTreatment.Log();
			default -> new OutlierTreatment.None();
		};
	}

	/**
	 * The normalisation of one indicator. {@code ordinal} and {@code yesno} give the set's level
	 * scores: yes 100 and no 0; an ordinal level its {@code score}; a category its score rescaled
	 * so the lowest category scores 0 and the highest 100.
	 */
	static Normalisation normalisation(Indicator indicator, MethodChoice choice) {
		return switch (choice.method()) {
			case "minmax" -> new Normalisation.MinMax(choice.number("low"), choice.number("high"));
			case "zscore" -> new Normalisation.ZScore(choice.number("mean"), choice.number("sd"));
			case "goalposts" -> new Normalisation.Goalposts(choice.number("low"), choice.number("high"), choice.number("scale"));
			case "target" -> new Normalisation.Target(indicator.target().orElseThrow(
					() -> LexbenchException.invalidInput("score.target-missing", indicator.id())), choice.text("cap").equals("yes"));
			case "rank" -> new Normalisation.Rank();
			case "percentile" -> new Normalisation.Percentile();
			case "ordinal", "yesno" -> new Normalisation.Levels(levels(indicator));
			case "none" -> new Normalisation.None();
			default -> throw new IllegalArgumentException("no normalisation " + choice.method());
		};
	}

	static Map<Double, Double> levels(Indicator indicator) {
		Map<Double, Double> scores = new LinkedHashMap<>();
		IndicatorType type = indicator.type();
		if (type instanceof IndicatorType.OrdinalType ordinal) {
			for (Level level : ordinal.levels()) {
				scores.put(level.value(), level.score());
			}
		}
		else if (type instanceof IndicatorType.CategoryType categories) {
			double low = categories.categories().stream().mapToDouble(Category::score).min().orElseThrow();
			double high = categories.categories().stream().mapToDouble(Category::score).max().orElseThrow();
			for (Category c : categories.categories()) {
				scores.put(c.score(), high == low ? 100 : 100 * (c.score() - low) / (high - low));
			}
		}
		else {
			scores.put(0.0, 0.0);
			scores.put(1.0, 100.0);
		}
		return scores;
	}

	/**
	 * For an indicator whose direction is {@code target} normalised by another method than
	 * {@code target}: its distance from the target, negated (−|x − target|), so that closer is
	 * higher; other values are returned as they are.
	 */
	static double[] towardsTarget(Indicator indicator, MethodChoice choice, double[] x) {
		if (indicator.direction() != Direction.TARGET || choice.method().equals("target") || indicator.target().isEmpty()) {
			return x;
		}
		double target = indicator.target().getAsDouble();
		double[] out = new double[x.length];
		for (int f = 0; f < x.length; f++) {
			out[f] = -Math.abs(x[f] - target);
		}
		return out;
	}

	/** {@code lower} reverses the scale; {@code target} is turned into "closer is better" by the caller's values. */
	static boolean higherIsBetter(Indicator indicator) {
		return indicator.direction() != Direction.LOWER;
	}

}
