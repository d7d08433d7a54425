package org.lexbench.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * VIKOR (Opricovic and Tzeng 2004) on the children's scores: each firm's group utility S,
 * individual regret R and compromise index Q, with the rules {@link Aggregation.Vikor} states.
 *
 * <p>Two passes per child over its contiguous column: its best and worst present value, then each
 * firm's weighted regret on it, added to S and compared with R in child order.
 */
final class VikorCompromise {

	private VikorCompromise() {
	}

	static Aggregated of(ChildScores in, double v) {
		double[] utility = new double[in.firms];
		double[] regret = new double[in.firms];
		double[] present = new double[in.firms];
		for (int c = 0; c < in.values.length; c++) {
			double w = in.weights[c];
			if (w == 0) {
				continue;
			}
			double[] column = in.values[c];
			double worst = Double.POSITIVE_INFINITY;
			double best = Double.NEGATIVE_INFINITY;
			for (int f = 0; f < column.length; f++) {
				double x = column[f];
				if (Math.abs(x) <= Double.MAX_VALUE) {
					// branches rather than Math.min/max: rarely taken, they keep the loop fast
					if (x < worst) {
						worst = x;
					}
					if (x > best) {
						best = x;
					}
				}
				else if (x == x) {
					throw ChildScores.infinite(c, f, x);
				}
			}
			// a child on which all present firms are equal regrets nothing (0/0 is taken as 0)
			double scale = best > worst ? w / (best - worst) : 0;
			for (int f = 0; f < column.length; f++) {
				double x = column[f];
				if (x == x) {
					double term = (best - x) * scale;
					utility[f] += term;
					if (term > regret[f]) {
						regret[f] = term;
					}
					present[f] += w;
				}
			}
		}
		double minS = Double.POSITIVE_INFINITY;
		double maxS = Double.NEGATIVE_INFINITY;
		double minR = Double.POSITIVE_INFINITY;
		double maxR = Double.NEGATIVE_INFINITY;
		for (int f = 0; f < in.firms; f++) {
			if (present[f] > 0) {
				// the present children's weights re-normalised to sum 1
				utility[f] /= present[f];
				regret[f] /= present[f];
				minS = Math.min(minS, utility[f]);
				maxS = Math.max(maxS, utility[f]);
				minR = Math.min(minR, regret[f]);
				maxR = Math.max(maxR, regret[f]);
			}
			else {
				utility[f] = Double.NaN;
				regret[f] = Double.NaN;
			}
		}
		double[] index = new double[in.firms];
		double[] scores = new double[in.firms];
		for (int f = 0; f < in.firms; f++) {
			if (present[f] > 0) {
				double groupPart = maxS > minS ? (utility[f] - minS) / (maxS - minS) : 0;
				double regretPart = maxR > minR ? (regret[f] - minR) / (maxR - minR) : 0;
				index[f] = v * groupPart + (1 - v) * regretPart;
				scores[f] = 100 * (1 - index[f]);
			}
			else {
				index[f] = Double.NaN;
				scores[f] = Double.NaN;
			}
		}
		Map<String, double[]> details = new LinkedHashMap<>();
		details.put(Aggregation.Vikor.GROUP_UTILITY, utility);
		details.put(Aggregation.Vikor.INDIVIDUAL_REGRET, regret);
		details.put(Aggregation.Vikor.COMPROMISE_INDEX, index);
		return new Aggregated(scores, details);
	}

}
