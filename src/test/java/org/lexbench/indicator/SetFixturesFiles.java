package org.lexbench.indicator;

import java.nio.file.Path;
import java.util.List;

import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;

/** The problems of an invalid set file, rendered in English. */
final class SetFixturesFiles {

	private SetFixturesFiles() {
	}

	static List<String> problems(Path file) {
		try {
			IndicatorSetLoader.load(file);
		}
		catch (LexbenchException invalid) {
			return invalid.problems().stream().map(p -> p.render(Language.EN)).toList();
		}
		throw new AssertionError("expected " + file + " to be invalid");
	}

}
