package org.lexbench.analysis;

import org.lexbench.scoring.Pearson;

/** Something the audit of an indicator set points out about a dimension's children. */
public sealed interface AuditFlag {

	/** Two children correlate above {@link SetAudit#DOUBLE_COUNTING} in absolute value: likely double counting. */
	record DoubleCounting(String first, String second, Pearson correlation) implements AuditFlag {
	}

	/** A child correlates at most {@link SetAudit#WEAK} (or negatively) with its dimension's score. */
	record WeakWithDimension(String child, Pearson correlation) implements AuditFlag {
	}

	/** An indicator whose normalised values barely vary (see {@link IndicatorAudit#almostConstant()}). */
	record AlmostConstant(String indicator, double sd, double modalShare) implements AuditFlag {
	}

}
