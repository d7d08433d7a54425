package org.lexbench.indicator;

import java.util.List;

import org.lexbench.files.Problem;

/**
 * An indicator set as loaded from one file: the set, the warnings its file raised, where it came
 * from (a path, or {@code built-in}), and the SHA-256 of the file's bytes (for run manifests).
 */
public record LoadedSet(IndicatorSet set, List<Problem> warnings, String origin, String sha256) {

	public LoadedSet {
		warnings = List.copyOf(warnings);
	}

}
