package org.lexbench.analysis;

import org.lexbench.scoring.Pearson;

import java.util.List;

/**
 * The audit of one dimension (or the composite): its scored children, in the set's order, their
 * correlations with each other and with the dimension's score, their Cronbach's alpha and the flags.
 *
 * @param id the dimension
 * @param children the ids of its scored children (indicators or dimensions)
 * @param correlations children × children, Pearson's r of their normalised scores (a sub-dimension's
 *        aggregate score) over the pairwise-complete firms scored; 1 on the diagonal when defined
 * @param withDimension each child's correlation with the dimension's score
 * @param alpha Cronbach's alpha of the children
 * @param flags double counting, weak correlation with the dimension, almost no variance
 */
public record DimensionAudit(String id, List<String> children, List<List<Pearson>> correlations,
		List<Pearson> withDimension, CronbachAlpha alpha, List<AuditFlag> flags) {

	public DimensionAudit {
		children = List.copyOf(children);
		correlations = correlations.stream().map(List::copyOf).toList();
		withDimension = List.copyOf(withDimension);
		flags = List.copyOf(flags);
	}

	/** Pearson's r of children {@code i} and {@code j} (by position in {@link #children}). */
	public Pearson correlation(int i, int j) {
		return this.correlations.get(i).get(j);
	}

}
