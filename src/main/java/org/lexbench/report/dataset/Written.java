package org.lexbench.report.dataset;

import java.util.List;

/** What writing one table gave: its data rows, and the sheets they are on (xlsx; empty otherwise). */
record Written(long rows, List<String> sheets) {

	Written {
		sheets = List.copyOf(sheets);
	}

}
