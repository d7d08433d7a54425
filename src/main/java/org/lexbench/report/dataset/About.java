package org.lexbench.report.dataset;

import java.util.List;

import org.lexbench.indicator.IndicatorSet;

/** What a dataset is about, as its JSON says at the top: the set it was scored by, the years, whether firms are pseudonymised. */
record About(IndicatorSet set, List<Integer> years, boolean pseudonymised) {

	About {
		years = List.copyOf(years);
	}

}
