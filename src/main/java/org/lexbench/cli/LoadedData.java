package org.lexbench.cli;

import java.util.List;

import org.lexbench.firmdata.FirmDataset;
import org.lexbench.indicator.LoadedSet;

/**
 * Firm data a session has loaded: the set it was read against, the dataset, the files as the user
 * named them, and whether {@code --strict} refused it (it is kept to be inspected — firms,
 * problems — but is not to be scored).
 */
record LoadedData(LoadedSet set, FirmDataset dataset, List<String> files, boolean refused) {

	LoadedData {
		files = List.copyOf(files);
	}

}
