package org.lexbench.report.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lexbench.files.AtomicOutput;
import org.lexbench.files.LexbenchException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@code NAME.manifest.json}: UTF-8 JSON, indented, fields in the order of
 * {@link RunManifest}, written atomically beside the output it describes.
 */
public final class ManifestFile {

	/** The suffix that makes an output's manifest name: {@code scores.csv} → {@code scores.csv.manifest.json}. */
	public static final String SUFFIX = ".manifest.json";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private ManifestFile() {
	}

	/** Where the manifest of {@code output} (a file, or a folder of files) goes. */
	public static Path beside(Path output) {
		Path name = output.toAbsolutePath().normalize().getFileName();
		Path folder = output.toAbsolutePath().normalize().getParent();
		return folder.resolve(name + SUFFIX);
	}

	public static void write(Path target, RunManifest manifest) {
		byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
		AtomicOutput.write(target, out -> {
			out.write(json);
			out.write('\n');
		});
	}

	/** The manifest in {@code file}; a file that is not one is one clear line naming where it is wrong. */
	public static RunManifest read(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException unreadable) {
			throw LexbenchException.invalidInput("file.unreadable", file, unreadable.getMessage());
		}
		try {
			RunManifest manifest = JSON.readValue(bytes, RunManifest.class);
			if (manifest.manifest() < 1 || manifest.commands().isEmpty() || manifest.outputs().isEmpty()) {
				throw LexbenchException.invalidInput("manifest.incomplete", file);
			}
			if (manifest.manifest() > RunManifest.FORMAT) {
				throw LexbenchException.invalidInput("manifest.later-format", file, manifest.manifest(), RunManifest.FORMAT);
			}
			return manifest;
		}
		catch (JacksonException bad) {
			var where = bad.getLocation();
			throw LexbenchException.invalidInput("manifest.not-json", file, where == null ? 0 : where.getLineNr(),
					where == null ? 0 : where.getColumnNr(), bad.getOriginalMessage());
		}
	}

}
