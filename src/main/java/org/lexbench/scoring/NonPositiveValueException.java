package org.lexbench.scoring;

/**
 * A child's score of zero or less met by the geometric or harmonic mean, which are defined only
 * for scores above zero: the first such score in firm order, then child order (indices from 0).
 */
public final class NonPositiveValueException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int firm;

	private final int child;

	private final double value;

	NonPositiveValueException(String mean, int firm, int child, double value) {
		super("the " + mean + " mean needs scores above 0, but child " + child + " has " + value + " for firm "
				+ firm + "; normalise its children to a positive range such as 1–100");
		this.firm = firm;
		this.child = child;
		this.value = value;
	}

	public int firm() {
		return this.firm;
	}

	public int child() {
		return this.child;
	}

	public double value() {
		return this.value;
	}

}
