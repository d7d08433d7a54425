package org.lexbench.report.manifest;

import java.util.List;
import java.util.Map;

/**
 * What produced an output, written beside it as {@code NAME.manifest.json}: the lexbench and JDK
 * versions, the session's language and working folder, the commands that built the session's
 * state and wrote the output (in order; the last one wrote it), the indicator set with its
 * SHA-256, every input file with its SHA-256, the scoring options and every resolved method and
 * weight per year, the random seeds, and a digest of each output. {@code replay} re-runs the
 * commands and compares the digests.
 *
 * @param manifest the format's version (1)
 * @param created when the output was written (ISO-8601, UTC); the only field a replay ignores
 */
public record RunManifest(int manifest, String lexbench, String jdk, String created, String language,
		String workingFolder, List<List<String>> commands, SetFacts set, List<InputFile> inputs,
		Map<String, Object> scoring, Map<String, Long> seeds, List<OutputFile> outputs) {

	/** The version of this format; a replay refuses a manifest of a later one. */
	public static final int FORMAT = 1;

	public RunManifest {
		commands = (commands == null) ? List.of() : commands.stream().map(List::copyOf).toList();
		inputs = (inputs == null) ? List.of() : List.copyOf(inputs);
		outputs = (outputs == null) ? List.of() : List.copyOf(outputs);
		seeds = (seeds == null) ? Map.of() : Map.copyOf(seeds);
		scoring = (scoring == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scoring));
	}

	/** The indicator set: id, version, where it came from (a path or {@code built-in}), SHA-256 of its file. */
	public record SetFacts(String id, String version, String origin, String sha256) {
	}

	/**
	 * An input file: the path as the commands name it ({@code typed}; for a file found in a folder
	 * the folder as typed plus the name), where it was, its SHA-256 and size.
	 */
	public record InputFile(String typed, String absolute, String sha256, long bytes) {
	}

	/**
	 * An output: its path relative to the manifest's folder and its digest, {@code sha256:HEX} of
	 * the bytes, or {@code cells-sha256:HEX} of an xlsx workbook's cell contents (its zip carries
	 * timestamps, so the bytes differ between identical runs).
	 */
	public record OutputFile(String path, String digest) {
	}

}
