package org.lexbench.firmdata.synthetic;

import java.util.random.RandomGenerator;

/**
 * A firm's position on one quantity in each year: a standard normal score that mixes a latent
 * trait of the firm (size, international orientation) with the firm's own lasting level and a
 * small yearly wander. Every year's position is again standard normal, so a quantity keeps its
 * distribution across firms while each firm's value moves only a little from year to year.
 */
final class Positions {

	/** Year-to-year correlation of the wander (AR(1)). */
	static final double PERSISTENCE = 0.8;

	/** Shares of the non-latent variance that last (the firm's own level) and that wander. */
	static final double LASTING = Math.sqrt(0.9);

	static final double WANDER = Math.sqrt(0.1);

	private Positions() {
	}

	/**
	 * Fills {@code into[0..years)} with the positions of {@code years} consecutive years, where
	 * {@code loading} (−1 to 1) is how far the quantity follows {@code latent}.
	 */
	static void fill(RandomGenerator random, double latent, double loading, double[] into, int years) {
		double own = Math.sqrt(1 - loading * loading);
		double lasting = random.nextGaussian();
		double wander = random.nextGaussian();
		double fresh = Math.sqrt(1 - PERSISTENCE * PERSISTENCE);
		for (int t = 0; t < years; t++) {
			if (t > 0) {
				wander = PERSISTENCE * wander + fresh * random.nextGaussian();
			}
			into[t] = loading * latent + own * (LASTING * lasting + WANDER * wander);
		}
	}

}
