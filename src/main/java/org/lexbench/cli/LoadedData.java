package org.lexbench.cli;

import java.util.List;

import org.lexbench.firmdata.FirmDataset;
import org.lexbench.indicator.LoadedSet;

/** Firm data a session has loaded: the set it was read against, the dataset, and the files as the user named them. */
record LoadedData(LoadedSet set, FirmDataset dataset, List<String> files) {

	LoadedData {
		files = List.copyOf(files);
	}

}
