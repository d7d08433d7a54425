package org.lexbench.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Problem;

/** Loads set files written inline in tests, and renders their problems the way users see them. */
final class SetFixtures {

	static final String FILE = "test.yaml";

	private SetFixtures() {
	}

	static IndicatorSet load(String yaml) {
		return IndicatorSetLoader.loadYaml(yaml.getBytes(StandardCharsets.UTF_8), FILE, FILE).set();
	}

	/** The problems of an invalid set, each as {@code test.yaml:LINE:COLUMN: error: …} in English. */
	static List<String> problems(String yaml) {
		return problems(yaml.getBytes(StandardCharsets.UTF_8));
	}

	static List<String> problems(byte[] bytes) {
		try {
			IndicatorSetLoader.loadYaml(bytes, FILE, FILE);
		}
		catch (LexbenchException invalid) {
			List<String> out = invalid.problems().stream().map(p -> p.render(Language.EN)).toList();
			return out.isEmpty() ? List.of(invalid.text().in(Language.EN)) : out;
		}
		throw new AssertionError("expected the set to be invalid");
	}

	/**
	 * Where {@code token} is in line {@code line} of {@code yaml}, as the loader reports places:
	 * {@code test.yaml:LINE:COLUMN}. Tests compute expected columns this way rather than count.
	 */
	static String at(String yaml, int line, String token) {
		String text = yaml.lines().skip(line - 1).findFirst().orElseThrow();
		int index = text.indexOf(token);
		if (index < 0) {
			throw new IllegalArgumentException("no " + token + " in line " + line + ": " + text);
		}
		return FILE + ":" + line + ":" + (index + 1);
	}

	static List<Problem> warnings(String yaml) {
		return IndicatorSetLoader.loadYaml(yaml.getBytes(StandardCharsets.UTF_8), FILE, FILE).warnings();
	}

	/** A valid set whose single dimension holds {@code indicators} (YAML list items, indented 6). */
	static String withIndicators(String indicators) {
		return """
				id: t
				version: "1"
				name: Test
				dimensions:
				  - id: d
				    name: D
				    weight: 1
				    children:
				""" + indicators;
	}

}
