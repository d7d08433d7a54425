package org.lexbench.analysis;

/**
 * One scored indicator in the audit: its data availability and the spread of its normalised values.
 *
 * @param id the indicator
 * @param present the firms of the card (every record of the year, scored or not) with a raw value
 * @param firms the firms of the card
 * @param values the firms scored with a normalised value
 * @param sd the sample standard deviation (n − 1) of those normalised values; NaN with fewer than 2
 * @param modalShare the share of those values equal to the most frequent one; NaN with none
 * @param almostConstant sd ≈ 0 or at least {@link SetAudit#IDENTICAL_SHARE} of the values identical
 *        (never with fewer than 2 values)
 */
public record IndicatorAudit(String id, int present, int firms, int values, double sd, double modalShare,
		boolean almostConstant) {

	/** The share of firms with a raw value; NaN for a card without firms. */
	public double availability() {
		return this.firms == 0 ? Double.NaN : (double) this.present / this.firms;
	}

}
