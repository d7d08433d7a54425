package org.lexbench.indicator;

import java.util.List;

/**
 * The AHP pairwise comparisons for a node's children: the order of children the matrices use, and
 * one matrix per expert (combined later by the element-wise geometric mean).
 */
public record AhpJudgements(List<String> order, List<PairwiseMatrix> experts) {

	public AhpJudgements {
		order = List.copyOf(order);
		experts = List.copyOf(experts);
		if (experts.isEmpty()) {
			throw new IllegalArgumentException("AHP judgements need at least one matrix");
		}
		for (PairwiseMatrix m : experts) {
			if (m.size() != order.size()) {
				throw new IllegalArgumentException("matrix of " + m.expert() + " is " + m.size() + "x" + m.size()
						+ " but " + order.size() + " children are compared");
			}
		}
	}

}
