package org.lexbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lexbench.files.LexbenchException;

/** Where outputs go when no {@code --out} is given: {@code ./reports/}, created when missing. */
final class OutputFolder {

	static final Path DEFAULT = Path.of("reports");

	private OutputFolder() {
	}

	static Path file(String name) {
		try {
			Files.createDirectories(DEFAULT);
		}
		catch (IOException cannot) {
			throw LexbenchException.cannotWrite(cannot, "output.no-folder", DEFAULT.resolve(name), DEFAULT);
		}
		return DEFAULT.resolve(name);
	}

}
