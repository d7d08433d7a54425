package org.lexbench.indicator;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.lexbench.files.ContentHash;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Problems;
import org.lexbench.files.Text;
import org.lexbench.files.TextInput;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads an indicator set from a YAML file, or from a COINr-style framework table (CSV or xlsx),
 * reporting every problem at once: a file with errors fails with all of them (each with file, line
 * and column), a valid file may still carry warnings.
 */
public final class IndicatorSetLoader {

	/** Largest set file accepted; the largest built-in set is about 30 KB. */
	public static final long MAX_SET_BYTES = 5_000_000;

	private IndicatorSetLoader() {
	}

	/** Loads {@code path}, choosing the reader by extension ({@code .yaml}/{@code .yml}, {@code .csv}, {@code .xlsx}). */
	public static LoadedSet load(Path path) {
		String shownAs = path.toString();
		String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
		byte[] bytes = TextInput.read(path, shownAs, MAX_SET_BYTES);
		if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
			return CoinrTableReader.read(bytes, shownAs, CoinrTableReader.setIdFromFileName(name));
		}
		if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) {
			throw LexbenchException.invalidInput("set.file-kind", shownAs);
		}
		return loadYaml(bytes, shownAs, shownAs);
	}

	/** Loads YAML bytes; {@code shownAs} names the file in problems, {@code origin} in listings. */
	public static LoadedSet loadYaml(byte[] bytes, String shownAs, String origin) {
		String text = TextInput.decodeUtf8(bytes, shownAs);
		Problems problems = new Problems();
		Optional<Node> document = YamlDocument.compose(text, shownAs, problems);
		Optional<SetYamlReader.Read> read = document.flatMap(d -> new SetYamlReader(shownAs, problems).read(d));
		read.ifPresent(r -> SetChecks.run(r.set(), r.places(), problems));
		if (problems.hasErrors() || read.isEmpty()) {
			throw LexbenchException.invalidInput(Text.of("set.invalid", shownAs, problems.errors().size()),
					problems.sorted());
		}
		return new LoadedSet(read.get().set(), problems.warnings(), origin, ContentHash.sha256(bytes));
	}

}
