package org.lexbench.scoring;

/**
 * The firms a step works on (those eligible and not screened out), as a mask over the run's firms;
 * the methods work on the values of those firms only, gathered, and their results are spread
 * back with NaN for the others.
 */
record FirmMask(boolean[] scored, int count) {

	static FirmMask of(boolean[] scored) {
		int n = 0;
		for (boolean s : scored) {
			n += s ? 1 : 0;
		}
		return new FirmMask(scored.clone(), n);
	}

	double[] gather(double[] x) {
		double[] out = new double[this.count];
		int k = 0;
		for (int f = 0; f < x.length; f++) {
			if (this.scored[f]) {
				out[k++] = x[f];
			}
		}
		return out;
	}

	double[] spread(double[] y) {
		double[] out = new double[this.scored.length];
		int k = 0;
		for (int f = 0; f < out.length; f++) {
			out[f] = this.scored[f] ? y[k++] : Double.NaN;
		}
		return out;
	}

	/** The run's number of the {@code k}-th scored firm. */
	int firm(int k) {
		int seen = -1;
		for (int f = 0; f < this.scored.length; f++) {
			if (this.scored[f] && ++seen == k) {
				return f;
			}
		}
		throw new IndexOutOfBoundsException(k);
	}

}
