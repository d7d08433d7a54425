package org.lexbench.files;

import java.util.Objects;

/** One thing wrong with an input: how bad, where, and what was expected. */
public record Problem(Severity severity, Location location, Text message) {

	public Problem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(message, "message");
	}

	public static Problem error(Location location, String key, Object... args) {
		return new Problem(Severity.ERROR, location, Text.of(key, args));
	}

	public static Problem warning(Location location, String key, Object... args) {
		return new Problem(Severity.WARNING, location, Text.of(key, args));
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/** One line: {@code set.yaml:12:7: error: unknown key "wieght" (did you mean "weight"?)}. */
	public String render(Language language) {
		String label = Text.of(this.severity == Severity.ERROR ? "severity.error" : "severity.warning").in(language);
		return this.location.render() + ": " + label + ": " + this.message.in(language);
	}

}
