package org.lexbench.files;

import java.util.List;

/**
 * A failure the user can act on, with a message in both languages and, for invalid input, every
 * problem found. Anything else that escapes a command is an unexpected error.
 */
public final class LexbenchException extends RuntimeException {

	private final Failure failure;

	private final Text text;

	private final List<Problem> problems;

	private LexbenchException(Failure failure, Text text, List<Problem> problems, Throwable cause) {
		super(text.in(Language.EN), cause);
		this.failure = failure;
		this.text = text;
		this.problems = List.copyOf(problems);
	}

	public static LexbenchException usage(String key, Object... args) {
		return new LexbenchException(Failure.USAGE, Text.of(key, args), List.of(), null);
	}

	public static LexbenchException invalidInput(Text text, List<Problem> problems) {
		return new LexbenchException(Failure.INVALID_INPUT, text, problems, null);
	}

	public static LexbenchException invalidInput(String key, Object... args) {
		return new LexbenchException(Failure.INVALID_INPUT, Text.of(key, args), List.of(), null);
	}

	public static LexbenchException cannotWrite(Throwable cause, String key, Object... args) {
		return new LexbenchException(Failure.CANNOT_WRITE, Text.of(key, args), List.of(), cause);
	}

	public Failure failure() {
		return this.failure;
	}

	public Text text() {
		return this.text;
	}

	/** Every problem behind an invalid-input failure, in the order found; empty otherwise. */
	public List<Problem> problems() {
		return this.problems;
	}

}
