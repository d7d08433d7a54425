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

	/**
	 * {@code folder}, created with its parents when missing; a folder that cannot be made (a file
	 * in the way, no permission) or written into is one clear line, exit status 4.
	 */
	static Path ensure(Path folder) {
		try {
			Files.createDirectories(folder);
		}
		catch (java.nio.file.FileAlreadyExistsException file) {
			throw LexbenchException.cannotWrite(file, "output.folder-is-file", folder, file.getFile());
		}
		catch (java.nio.file.AccessDeniedException denied) {
			throw LexbenchException.cannotWrite(denied, "output.folder-denied", folder);
		}
		catch (IOException | SecurityException failed) {
			throw LexbenchException.cannotWrite(failed, "output.cannot-create", folder, String.valueOf(failed.getMessage()));
		}
		if (!Files.isWritable(folder)) {
			throw LexbenchException.cannotWrite(null, "output.folder-denied", folder);
		}
		return folder;
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
