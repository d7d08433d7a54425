package org.lexbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.report.dataset.DatasetFormat;

/**
 * Where a dataset is written and in which format: {@code --out FILE} (its extension names the
 * format), {@code --out FOLDER} (an existing folder, or a path ending in a separator: the default
 * name in it), or the default name in {@code ./reports/}. The format is {@code --format}, else
 * the extension, else CSV. Never a file the loaded data was read from.
 */
record DatasetTarget(Path path, DatasetFormat format) {

	static DatasetTarget of(String out, DatasetFormat format, Function<DatasetFormat, String> defaultName, Session session) {
		DatasetFormat chosen = format != null ? format : DatasetFormat.CSV;
		DatasetTarget target;
		if (out == null || out.isBlank()) {
			target = new DatasetTarget(OutputFolder.file(defaultName.apply(chosen)), chosen);
		}
		else if (Files.isDirectory(Path.of(out.strip())) || out.strip().endsWith("/") || out.strip().endsWith(java.io.File.separator)) {
			target = new DatasetTarget(Path.of(out.strip()).resolve(defaultName.apply(chosen)), chosen);
		}
		else {
			Path file = Path.of(out.strip());
			DatasetFormat named = DatasetFormat.of(file).orElseThrow(() -> LexbenchException.usage("export.data.out-extension", out));
			if (format != null && format != named) {
				throw LexbenchException.usage("export.data.format-conflict", format.extension(), file);
			}
			target = new DatasetTarget(file, named);
		}
		target.notAnInput(session);
		return target;
	}

	/** Refuses a path the loaded data was read from: inputs are never written to. */
	void notAnInput(Session session) {
		if (!Files.exists(this.path) || session.data().isEmpty()) {
			return;
		}
		List<Path> inputs;
		try {
			inputs = DataLoader.dataFiles(session.data().get().files().stream().map(Path::of).toList());
		}
		catch (LexbenchException gone) {
			return;
		}
		for (Path input : inputs) {
			try {
				if (Files.exists(input) && Files.isSameFile(input, this.path)) {
					throw LexbenchException.usage("export.data.input", this.path);
				}
			}
			catch (IOException unreadable) {
				// a file that cannot be compared is not the one being written
			}
		}
	}

}
