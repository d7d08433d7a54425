package org.lexbench.firmdata.synthetic;

/**
 * The standard normal distribution and the logistic function: the two maps from a firm's normal
 * "position" on an indicator to a probability or a share.
 */
final class StandardNormal {

	private StandardNormal() {
	}

	/** Φ(x), to about 1e-7 (Numerical Recipes' erfc, fractional error below 1.2e-7). */
	static double cdf(double x) {
		double z = Math.abs(x) / Math.sqrt(2);
		double t = 1 / (1 + 0.5 * z);
		double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
				+ t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223
						+ t * 0.17087277)))))))));
		return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
	}

	/** 1 / (1 + e^-x). */
	static double logistic(double x) {
		return 1 / (1 + Math.exp(-x));
	}

	/** ln(p / (1 - p)). */
	static double logit(double p) {
		return Math.log(p / (1 - p));
	}

}
