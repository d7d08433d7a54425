package org.lexbench.firmdata;

import java.util.List;
import java.util.Set;

import org.lexbench.files.Problems;
import org.lexbench.indicator.IndicatorSet;

/**
 * What every sheet of one load shares: the set and options, the problems found so far, the
 * records being built, the value reader, which indicators some file had a column for, and the
 * summary of each sheet read.
 */
record LoadContext(IndicatorSet set, LoadOptions options, Problems problems, DatasetBuilder builder, ValueReader reader,
		Set<String> indicatorsWithColumn, List<SourceSummary> sources) {
}
