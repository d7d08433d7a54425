package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lexbench.indicator.MethodChoice;

/**
 * The impute step for one indicator: missing values of the firms being scored are filled by the
 * chosen method, from the present values of the firms being scored. {@code none} leaves them
 * missing (aggregation then skips them and re-normalises the siblings' weights). Medians of an
 * even count are the mean of the two middle values (as R's {@code median}). A group method fills
 * a firm from its own group (firms with the same value of the attribute {@code by}); a firm whose
 * group attribute is blank, or whose group has no value at all, stays missing and is counted.
 */
public final class Imputation {

	/** How many values one indicator had filled, and how many it could not fill. */
	public record Filled(String indicator, String method, int filled, int unfilled) {
	}

	private Imputation() {
	}

	/**
	 * Fills {@code x} in place for the firms with {@code scored[f]}, marking each filled cell in
	 * {@code flags}; {@code groups} holds each firm's group (only read by the group methods).
	 */
	static Filled apply(String indicator, MethodChoice choice, double[] x, boolean[] scored, String[] groups,
			byte[] flags) {
		String method = choice.method();
		if (method.equals("none")) {
			return new Filled(indicator, method, 0, missing(x, scored));
		}
		java.util.function.IntToDoubleFunction fillFor; // the value firm f's gap is filled with; NaN: none
		if (method.startsWith("group-")) {
			Map<String, double[]> byGroup = new HashMap<>();
			Map<String, List<Double>> values = new HashMap<>();
			for (int f = 0; f < x.length; f++) {
				if (scored[f] && !Double.isNaN(x[f]) && groups[f] != null) {
					values.computeIfAbsent(groups[f], k -> new ArrayList<>()).add(x[f]);
				}
			}
			values.forEach((g, v) -> byGroup.put(g, v.stream().mapToDouble(Double::doubleValue).toArray()));
			Map<String, Double> fill = new HashMap<>();
			byGroup.forEach((g, v) -> fill.put(g, statistic(method.substring("group-".length()), v)));
			fillFor = f -> groups[f] == null ? Double.NaN : fill.getOrDefault(groups[f], Double.NaN);
		}
		else {
			double[] present = present(x, scored);
			double v = method.equals("zero") ? 0 : present.length == 0 ? Double.NaN : statistic(method, present);
			fillFor = f -> v;
		}
		int filled = 0;
		int unfilled = 0;
		for (int f = 0; f < x.length; f++) {
			if (scored[f] && Double.isNaN(x[f])) {
				double v = fillFor.applyAsDouble(f);
				if (Double.isNaN(v)) {
					unfilled++;
				}
				else {
					x[f] = v;
					flags[f] |= CellFlags.IMPUTED;
					filled++;
				}
			}
		}
		return new Filled(indicator, method, filled, unfilled);
	}

	/** {@code mean}, {@code median} or {@code min} of values (at least one), summed in firm order. */
	static double statistic(String method, double[] values) {
		switch (method) {
			case "mean" -> {
				double sum = 0;
				for (double v : values) {
					sum += v;
				}
				return sum / values.length;
			}
			case "median" -> {
				double[] sorted = values.clone();
				Arrays.sort(sorted);
				int n = sorted.length;
				return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
			}
			case "min" -> {
				double min = Double.POSITIVE_INFINITY;
				for (double v : values) {
					min = Math.min(min, v);
				}
				return min;
			}
			default -> throw new IllegalArgumentException("no imputation method " + method);
		}
	}

	static double[] present(double[] x, boolean[] scored) {
		int n = 0;
		for (int f = 0; f < x.length; f++) {
			n += scored[f] && !Double.isNaN(x[f]) ? 1 : 0;
		}
		double[] out = new double[n];
		int k = 0;
		for (int f = 0; f < x.length; f++) {
			if (scored[f] && !Double.isNaN(x[f])) {
				out[k++] = x[f];
			}
		}
		return out;
	}

	private static int missing(double[] x, boolean[] scored) {
		int n = 0;
		for (int f = 0; f < x.length; f++) {
			n += scored[f] && Double.isNaN(x[f]) ? 1 : 0;
		}
		return n;
	}

}
