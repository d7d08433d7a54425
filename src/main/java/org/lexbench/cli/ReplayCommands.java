package org.lexbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.lexbench.files.ContentHash;
import org.lexbench.files.LexbenchException;
import org.lexbench.report.manifest.ManifestFile;
import org.lexbench.report.manifest.OutputDigest;
import org.lexbench.report.manifest.RunManifest;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code replay MANIFEST}: checks that every input still has the SHA-256 the manifest recorded,
 * re-runs the manifest's commands in a fresh session (its own language) with the output sent to
 * a scratch folder, and compares each output's digest with the recorded one — bytes for CSV and
 * JSON, cell contents for xlsx.
 */
@Component
class ReplayCommands {

	private final Session session;

	ReplayCommands(Session session) {
		this.session = session;
	}

	@Command(name = "replay", group = "reports", description = "Re-run the commands of a manifest and check the outputs are the same")
	public void replay(CommandContext context, @Argument(index = 0) String manifestFile, @Option(longName = "keep") String keep) {
		if (manifestFile == null || manifestFile.isBlank()) {
			throw LexbenchException.usage("cli.missing-args", "replay", org.lexbench.files.Text.of("cmd.replay.usage"));
		}
		Path file = Path.of(manifestFile.strip());
		if (!Files.isRegularFile(file)) {
			throw LexbenchException.invalidInput("file.not-found", file);
		}
		RunManifest manifest = ManifestFile.read(file);
		PrintWriter out = context.outputWriter();
		if (!manifest.lexbench().equals(Version.current())) {
			out.println(this.session.text("replay.other-version", manifest.lexbench(), Version.current()));
		}
		String jdk = System.getProperty("java.vendor") + " " + System.getProperty("java.version");
		if (!manifest.jdk().equals(jdk)) {
			out.println(this.session.text("replay.other-jdk", manifest.jdk(), jdk));
		}
		List<String[]> located = locate(manifest);
		Path scratch = scratch(keep);
		try {
			List<List<String>> commands = redirect(substitute(manifest.commands(), located), scratch,
					Path.of(manifest.workingFolder()), file.toAbsolutePath().getParent(), manifest.outputs());
			run(commands, manifest.language(), manifest.created());
			out.println(this.session.text("replay.ran", commands.size(), manifest.inputs().size()));
			int differing = 0;
			for (RunManifest.OutputFile o : manifest.outputs()) {
				Path now = scratch.resolve(o.path()).normalize();
				if (!now.startsWith(scratch)) {
					throw LexbenchException.invalidInput("replay.outside", file, o.path());
				}
				String digest = Files.isRegularFile(now) ? OutputDigest.of(now) : "—";
				boolean same = digest.equals(o.digest());
				differing += same ? 0 : 1;
				out.println(this.session.text(same ? "replay.identical" : "replay.differs", o.path(), o.digest(), digest));
			}
			if (keep != null) {
				out.println(this.session.text("replay.kept", scratch));
			}
			if (differing > 0) {
				throw LexbenchException.invalidInput("replay.not-reproduced", differing, manifest.outputs().size());
			}
			out.println(this.session.text("replay.reproduced", manifest.outputs().size()));
		}
		finally {
			if (keep == null) {
				delete(scratch);
			}
		}
	}

	/** Each input found (recorded place, else as typed from the recorded working folder, else from here) and checked: {typed, path}. */
	private static List<String[]> locate(RunManifest manifest) {
		List<String[]> located = new ArrayList<>();
		for (RunManifest.InputFile input : manifest.inputs()) {
			if (input.typed().equals(Provenance.SAMPLE_INPUT)) {
				check(input, ContentHash.sha256(DataCommands.sampleBytes()), input.typed());
				continue;
			}
			Optional<Path> found = Stream.of(Path.of(input.absolute()), Path.of(manifest.workingFolder()).resolve(input.typed()),
					Path.of(input.typed()).toAbsolutePath()).filter(Files::isRegularFile).findFirst();
			Path path = found.orElseThrow(() -> LexbenchException.invalidInput("replay.input-missing", input.typed(), input.absolute()));
			check(input, ContentHash.sha256(path), path.toString());
			located.add(new String[] { input.typed(), path.toAbsolutePath().normalize().toString() });
		}
		return located;
	}

	private static void check(RunManifest.InputFile input, String sha256, String where) {
		if (!sha256.equals(input.sha256())) {
			throw LexbenchException.invalidInput("replay.input-changed", where, input.sha256(), sha256);
		}
	}

	/** Input paths in the commands replaced by where they were found (a folder by the folder of its files). */
	private static List<List<String>> substitute(List<List<String>> commands, List<String[]> located) {
		List<List<String>> out = new ArrayList<>();
		for (List<String> command : commands) {
			List<String> words = new ArrayList<>();
			for (String w : command) {
				String now = w;
				for (String[] l : located) {
					if (l[0].equals(w)) {
						// as typed when that still names the file from here, so outputs that list their inputs read the same
						now = Path.of(w).toAbsolutePath().normalize().toString().equals(l[1]) ? w : l[1];
						break;
					}
					if (l[0].startsWith(w + "/")) {
						now = Path.of(l[1]).getParent().toString();
					}
				}
				words.add(now);
			}
			out.add(words);
		}
		return out;
	}

	/**
	 * The last command's {@code --out} sent into {@code scratch}, to where it was relative to the
	 * manifest's folder (so the outputs land at the paths the manifest records, relative to
	 * {@code scratch}); a folder the outputs go into is created.
	 */
	private static List<List<String>> redirect(List<List<String>> commands, Path scratch, Path workingFolder, Path manifestFolder,
			List<RunManifest.OutputFile> outputs) {
		List<List<String>> out = new ArrayList<>(commands.subList(0, commands.size() - 1));
		List<String> last = new ArrayList<>(commands.get(commands.size() - 1));
		boolean found = false;
		for (int i = 0; i < last.size(); i++) {
			boolean separate = last.get(i).equals("--out") && i + 1 < last.size();
			if (separate || last.get(i).startsWith("--out=")) {
				String value = separate ? last.get(i + 1) : last.get(i).substring(6);
				Path target = scratch.resolve(relocated(value, workingFolder, manifestFolder)).normalize();
				prepare(target, scratch, outputs);
				if (separate) {
					last.set(i + 1, target.toString());
				}
				else {
					last.set(i, "--out=" + target);
				}
				found = true;
			}
		}
		if (!found) {
			throw LexbenchException.invalidInput("replay.no-out", String.join(" ", last));
		}
		out.add(last);
		return out;
	}

	/** Where {@code --out VALUE} was relative to the manifest's folder; its name alone if that leads outside. */
	private static Path relocated(String value, Path workingFolder, Path manifestFolder) {
		Path written = workingFolder.resolve(value).toAbsolutePath().normalize();
		Path relative = manifestFolder.normalize().relativize(written);
		return relative.startsWith("..") || relative.isAbsolute() ? written.getFileName() : relative;
	}

	/** Creates the folders the replayed outputs go into. */
	private static void prepare(Path target, Path scratch, List<RunManifest.OutputFile> outputs) {
		try {
			String under = scratch.relativize(target).toString().replace('\\', '/');
			boolean folder = under.isEmpty() || outputs.stream().anyMatch(o -> o.path().startsWith(under + "/"));
			Files.createDirectories(folder ? target : target.getParent());
		}
		catch (IOException unwritable) {
			throw LexbenchException.cannotWrite(unwritable, "replay.scratch", target, unwritable.getMessage());
		}
	}

	private void run(List<List<String>> commands, String language, String created) {
		StringBuilder script = new StringBuilder();
		for (List<String> command : commands) {
			for (String w : command) {
				script.append('"').append(w.replace("\\", "\\\\").replace("\"", "\\\"")).append("\" ");
			}
			script.append('\n');
		}
		StringWriter printed = new StringWriter();
		StringWriter errors = new StringWriter();
		Console console = new Console(new PrintWriter(printed), new PrintWriter(errors), new StringReader(script.toString()), false, 0);
		java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
		environment.put(GlobalOptions.TIME, created);
		int status = LexbenchApplication.run(new String[] { "--lang", language }, console, environment);
		if (status != ExitStatuses.OK) {
			String first = errors.toString().lines().findFirst().orElse("");
			throw LexbenchException.invalidInput("replay.failed", status, first);
		}
	}

	private static Path scratch(String keep) {
		try {
			if (keep == null) {
				return Files.createTempDirectory("lexbench-replay-").toAbsolutePath();
			}
			Path folder = Path.of(keep.strip()).toAbsolutePath().normalize();
			Files.createDirectories(folder);
			return folder;
		}
		catch (IOException unwritable) {
			throw LexbenchException.cannotWrite(unwritable, "replay.scratch", keep == null ? "a temporary folder" : keep,
					unwritable.getMessage());
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ignored) {
			// a temporary folder the system cleans up anyway
		}
		catch (UncheckedIOException ignored) {
			// the same, met while walking
		}
	}

}
