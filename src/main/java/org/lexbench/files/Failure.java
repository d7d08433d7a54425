package org.lexbench.files;

/** The kinds of failure a user can act on; the shell maps each to one exit status. */
public enum Failure {
	/** The command line itself is wrong: unknown command or option, missing argument. */
	USAGE,
	/** An input (indicator set, data file) is unreadable or invalid. */
	INVALID_INPUT,
	/** An output cannot be written. */
	CANNOT_WRITE
}
