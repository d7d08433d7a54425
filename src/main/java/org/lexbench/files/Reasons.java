package org.lexbench.files;

/**
 * What a library's exception says, fit for one line of a message: the first line of the
 * innermost message, without the exception class names libraries prefix to it.
 */
public final class Reasons {

	private Reasons() {
	}

	public static String of(Throwable failure) {
		String message = null;
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				message = t.getMessage();
			}
		}
		if (message == null) {
			return failure.getClass().getSimpleName();
		}
		String line = message.lines().findFirst().orElse("").strip();
		return line.replaceAll("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "");
	}

}
