package org.lexbench.files;

import java.util.Objects;

/**
 * One thing wrong with an input: how bad, where, what was expected, and the raw text found there
 * (empty when the problem is not about one cell or token).
 */
public record Problem(Severity severity, Location location, Text message, String raw) {

	public Problem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(message, "message");
		raw = raw == null ? "" : raw;
	}

	public Problem(Severity severity, Location location, Text message) {
		this(severity, location, message, "");
	}

	/** The same problem, recording the raw text of the cell it is about. */
	public Problem withRaw(String text) {
		return new Problem(this.severity, this.location, this.message, text);
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
