package org.lexbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.ContentHash;
import org.lexbench.files.Language;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.indicator.IndicatorCatalogue;
import org.lexbench.indicator.LoadedSet;
import org.lexbench.report.manifest.ManifestFile;
import org.lexbench.report.manifest.OutputDigest;
import org.lexbench.report.manifest.RunManifest;
import org.lexbench.report.manifest.ScoringFacts;
import org.lexbench.scoring.ScoreRun;

/**
 * How the session's state came about, for the manifests written beside outputs: the command that
 * loaded the data (or {@code demo}) with the files it read and their SHA-256, the set, and the
 * last {@code score}. An output command adds itself and the outputs' digests.
 */
record Provenance(List<List<String>> commands, LoadedSet set, List<RunManifest.InputFile> inputs) {

	/** What the bundled sample is recorded as among a manifest's inputs. */
	static final String SAMPLE_INPUT = "lexbench:" + DataCommands.SAMPLE;

	Provenance {
		commands = commands.stream().map(List::copyOf).toList();
		inputs = List.copyOf(inputs);
	}

	/** After {@code load}: the files it read (a folder's data files each), the lookup files and a set read from a file. */
	static Provenance loaded(List<String> words, List<String> typed, List<String> lookups, LoadedSet set) {
		List<RunManifest.InputFile> inputs = new ArrayList<>();
		for (String t : typed) {
			Path path = Path.of(t);
			if (Files.isDirectory(path)) {
				for (Path file : DataLoader.dataFiles(List.of(path))) {
					inputs.add(input(t + "/" + file.getFileName(), file));
				}
			}
			else {
				inputs.add(input(t, path));
			}
		}
		lookups.forEach(t -> inputs.add(input(t, Path.of(t))));
		return new Provenance(List.of(words), set, withSetFile(inputs, set));
	}

	/** After {@code demo}: the bundled sample; replayed as {@code demo --outputs false}, which reads and scores only. */
	static Provenance demo(LoadedSet set, byte[] sample) {
		return new Provenance(List.of(List.of("demo", "--outputs", "false")), set,
				List.of(new RunManifest.InputFile(SAMPLE_INPUT, SAMPLE_INPUT, ContentHash.sha256(sample), sample.length)));
	}

	/** After {@code score}: it replaces an earlier score; {@code --set} may have read the data against another set. */
	Provenance scored(List<String> words, LoadedSet now) {
		List<List<String>> kept = new ArrayList<>(this.commands.stream().filter(c -> !c.get(0).equals("score")).toList());
		kept.add(words);
		List<RunManifest.InputFile> in = new ArrayList<>(this.inputs.stream()
			.filter(i -> this.set == null || !i.typed().equals(this.set.origin())).toList());
		return new Provenance(kept, now, withSetFile(in, now));
	}

	/**
	 * The manifest of {@code outputs} written by {@code words}; {@code folder} is where the
	 * manifest goes (outputs are recorded relative to it).
	 */
	RunManifest manifest(List<String> words, List<Path> outputs, Path folder, Optional<ScoreRun> run, Language language,
			java.time.Clock clock) {
		List<List<String>> all = new ArrayList<>(this.commands);
		if (all.isEmpty() || !all.get(all.size() - 1).equals(words)) {
			all.add(words); // score --out is both the score and the output command
		}
		List<RunManifest.OutputFile> out = new ArrayList<>();
		for (Path o : outputs) {
			String relative = folder.toAbsolutePath().normalize().relativize(o.toAbsolutePath().normalize()).toString();
			out.add(new RunManifest.OutputFile(relative.replace('\\', '/'), OutputDigest.of(o)));
		}
		RunManifest.SetFacts setFacts = this.set == null ? null
				: new RunManifest.SetFacts(this.set.set().id(), this.set.set().version(), this.set.origin(), this.set.sha256());
		return new RunManifest(RunManifest.FORMAT, Version.current(),
				System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
				Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), language.name().toLowerCase(java.util.Locale.ROOT),
				Path.of("").toAbsolutePath().toString(), all, setFacts, this.inputs,
				run.map(ScoringFacts::of).orElse(Map.of()), Map.of(), out);
	}

	/**
	 * Writes the manifest of {@code output} beside it and returns where. {@code out} is where the
	 * command wrote (a file, or the folder of its files): recorded as the command's {@code --out}
	 * when it took its default, so that {@code replay} can send it elsewhere.
	 */
	Path writeBeside(Path output, Path out, List<String> words, List<Path> outputs, Optional<ScoreRun> run,
			Language language, java.time.Clock clock) {
		List<String> recorded = new ArrayList<>(words);
		if (words.stream().noneMatch(w -> w.equals("--out") || w.startsWith("--out="))) {
			recorded.add("--out");
			recorded.add(out.toString());
		}
		Path target = ManifestFile.beside(output);
		ManifestFile.write(target, manifest(recorded, outputs, target.getParent(), run, language, clock));
		return target;
	}

	private static List<RunManifest.InputFile> withSetFile(List<RunManifest.InputFile> inputs, LoadedSet set) {
		List<RunManifest.InputFile> out = new ArrayList<>(inputs);
		if (set != null && !set.origin().equals(IndicatorCatalogue.BUILT_IN) && Files.isRegularFile(Path.of(set.origin()))
				&& out.stream().noneMatch(i -> i.typed().equals(set.origin()))) {
			out.add(input(set.origin(), Path.of(set.origin())));
		}
		return out;
	}

	private static RunManifest.InputFile input(String typed, Path path) {
		try {
			return new RunManifest.InputFile(typed, path.toAbsolutePath().normalize().toString(), ContentHash.sha256(path),
					Files.size(path));
		}
		catch (java.io.IOException unreadable) {
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

}
