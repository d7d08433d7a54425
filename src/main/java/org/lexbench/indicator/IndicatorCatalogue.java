package org.lexbench.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Problem;

/**
 * The indicator sets a session can use by id: the built-in sets packaged in the jar, then the sets
 * in each user folder ({@code ./indicators/}, {@code ~/.lexbench/indicators/}) in that order. A
 * user's set with the id of an earlier one replaces it, unless its file is byte-for-byte the same
 * as the built-in set of that id (running from the repository, {@code ./indicators/} holds the
 * built-in files themselves), whatever order the files are read in. A user file that does not load
 * is listed as broken; it never hides the others.
 */
public final class IndicatorCatalogue {

	/** Where one set of the catalogue comes from. */
	public record Entry(LoadedSet loaded, String origin, Optional<String> replaces) {
	}

	/** A set file in a user folder that did not load, with its first problem. */
	public record Broken(Path file, int errors, Optional<Problem> first) {
	}

	static final String BUILT_IN_INDEX = "indicators/builtin.txt";

	public static final String BUILT_IN = "built-in";

	private final Map<String, Entry> entries;

	private final List<Broken> broken;

	private IndicatorCatalogue(Map<String, Entry> entries, List<Broken> broken) {
		this.entries = entries;
		this.broken = broken;
	}

	/** The built-in sets, then the sets found in {@code userFolders} (missing folders are skipped). */
	public static IndicatorCatalogue load(List<Path> userFolders) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (String file : builtInFiles()) {
			LoadedSet set = IndicatorSetLoader.loadYaml(resource("indicators/" + file), BUILT_IN + ":" + file, BUILT_IN);
			entries.put(set.set().id(), new Entry(set, BUILT_IN, Optional.empty()));
		}
		Map<String, String> builtInHashes = new LinkedHashMap<>();
		entries.forEach((id, e) -> builtInHashes.put(id, e.loaded().sha256()));
		List<Broken> broken = new ArrayList<>();
		for (Path folder : userFolders) {
			for (Path file : setFiles(folder)) {
				try {
					LoadedSet set = IndicatorSetLoader.load(file);
					if (set.sha256().equals(builtInHashes.get(set.set().id()))) {
						continue;
					}
					Entry earlier = entries.get(set.set().id());
					Optional<String> replaces = earlier == null ? Optional.empty() : Optional.of(earlier.origin());
					entries.put(set.set().id(), new Entry(set, file.toString(), replaces));
				}
				catch (LexbenchException invalid) {
					List<Problem> errors = invalid.problems().stream().filter(Problem::isError).toList();
					broken.add(new Broken(file, Math.max(1, errors.size()), errors.stream().findFirst()));
				}
			}
		}
		return new IndicatorCatalogue(entries, broken);
	}

	/** The folders users keep their own sets in: {@code ./indicators} and {@code ~/.lexbench/indicators}. */
	public static List<Path> defaultUserFolders() {
		List<Path> folders = new ArrayList<>();
		folders.add(Path.of("indicators"));
		String home = System.getProperty("user.home");
		if (home != null && !home.isBlank()) {
			folders.add(Path.of(home, ".lexbench", "indicators"));
		}
		return folders;
	}

	public List<Entry> entries() {
		return List.copyOf(this.entries.values());
	}

	public List<Broken> broken() {
		return List.copyOf(this.broken);
	}

	public Optional<Entry> find(String id) {
		return Optional.ofNullable(this.entries.get(id));
	}

	public List<String> ids() {
		return List.copyOf(this.entries.keySet());
	}

	/** A set by id, else by file path; a reference that is neither fails with a clear message. */
	public LoadedSet resolve(String reference) {
		Entry entry = this.entries.get(reference);
		if (entry != null) {
			return entry.loaded();
		}
		Path path = Path.of(reference);
		if (Files.exists(path) || looksLikeFile(reference)) {
			return IndicatorSetLoader.load(path);
		}
		throw LexbenchException.invalidInput("catalogue.unknown", reference, String.join(", ", ids()),
				org.lexbench.files.NearestWord.hint(reference, ids()));
	}

	private static boolean looksLikeFile(String reference) {
		String r = reference.toLowerCase(Locale.ROOT);
		return r.contains("/") || r.contains("\\") || r.endsWith(".yaml") || r.endsWith(".yml") || r.endsWith(".csv")
				|| r.endsWith(".xlsx");
	}

	static List<String> builtInFiles() {
		String index = new String(resource(BUILT_IN_INDEX), StandardCharsets.UTF_8);
		return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
	}

	private static byte[] resource(String name) {
		try (InputStream in = IndicatorCatalogue.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("built-in resource missing from the jar: " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static List<Path> setFiles(Path folder) {
		List<Path> files = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
			stream.forEach(files::add);
		}
		catch (IOException unreadable) {
			return files;
		}
		files.sort(null);
		return files;
	}

}
