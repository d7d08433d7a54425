package org.lexbench.cli;

import java.util.List;

import org.lexbench.firmdata.FirmDataset;
import org.lexbench.indicator.LoadedSet;

/**
 * Firm data a session has loaded: the set it was read against, the dataset, the files as the user
 * named them, whether {@code --strict} refused it (it is kept to be inspected — firms, problems —
 * but is not to be scored), and how to read the same files, with the same options, against
 * another set ({@code score --set}).
 */
record LoadedData(LoadedSet set, FirmDataset dataset, List<String> files, boolean refused, Reading reading) {

	/** One load, repeatable against another set. */
	@FunctionalInterface
	interface Reading {

		LoadedData against(LoadedSet set);

	}

	LoadedData {
		files = List.copyOf(files);
	}

	/** The same files read again, with the same options, against {@code other}. */
	LoadedData against(LoadedSet other) {
		return this.reading.against(other);
	}

}
