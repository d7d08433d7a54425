package org.lexbench.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TOPSIS (Hwang and Yoon 1981) on the children's scores: each firm's relative closeness to the
 * ideal, with the rules {@link Aggregation.Topsis} states.
 *
 * <p>Two passes per child over its contiguous column: its statistics (minimum, maximum, sum of
 * squares of the present values), then each firm's squared distances to the ideal and anti-ideal
 * value, added in child order.
 */
final class TopsisCloseness {

	private TopsisCloseness() {
	}

	static Aggregated of(ChildScores in, boolean vectorNormalisation) {
		double[] toIdeal = new double[in.firms];
		double[] toAntiIdeal = new double[in.firms];
		boolean[] present = new boolean[in.firms];
		for (int c = 0; c < in.values.length; c++) {
			double w = in.weights[c];
			if (w == 0) {
				continue;
			}
			double[] column = in.values[c];
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			double squares = 0;
			for (int f = 0; f < column.length; f++) {
				double x = column[f];
				if (Math.abs(x) <= Double.MAX_VALUE) {
					// branches rather than Math.min/max: rarely taken, they keep the loop fast
					if (x < min) {
						min = x;
					}
					if (x > max) {
						max = x;
					}
					squares += x * x;
				}
				else if (x == x) {
					throw ChildScores.infinite(c, f, x);
				}
			}
			if (min > max) {
				continue; // no firm has this child
			}
			// weighted normalised value v = (x - offset) * scale; a column that cannot be
			// normalised (all zero for vector, a single value for min-max) gets v = 0 throughout
			double offset = vectorNormalisation ? 0 : min;
			double spread = vectorNormalisation ? Math.sqrt(squares) : max - min;
			double scale = spread > 0 ? w / spread : 0;
			double ideal = (max - offset) * scale;
			double antiIdeal = (min - offset) * scale;
			for (int f = 0; f < column.length; f++) {
				double x = column[f];
				if (x == x) {
					double v = (x - offset) * scale;
					toIdeal[f] += (v - ideal) * (v - ideal);
					toAntiIdeal[f] += (v - antiIdeal) * (v - antiIdeal);
					present[f] = true;
				}
			}
		}
		double[] closeness = new double[in.firms];
		double[] scores = new double[in.firms];
		for (int f = 0; f < in.firms; f++) {
			if (!present[f]) {
				toIdeal[f] = Double.NaN;
				toAntiIdeal[f] = Double.NaN;
				closeness[f] = Double.NaN;
				scores[f] = Double.NaN;
				continue;
			}
			double plus = Math.sqrt(toIdeal[f]);
			double minus = Math.sqrt(toAntiIdeal[f]);
			toIdeal[f] = plus;
			toAntiIdeal[f] = minus;
			closeness[f] = plus + minus > 0 ? minus / (plus + minus) : 0.5;
			scores[f] = 100 * closeness[f];
		}
		Map<String, double[]> details = new LinkedHashMap<>();
		details.put(Aggregation.Topsis.DISTANCE_TO_IDEAL, toIdeal);
		details.put(Aggregation.Topsis.DISTANCE_TO_ANTI_IDEAL, toAntiIdeal);
		details.put(Aggregation.Topsis.CLOSENESS, closeness);
		return new Aggregated(scores, details);
	}

}
