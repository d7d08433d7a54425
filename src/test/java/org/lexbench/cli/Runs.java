package org.lexbench.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * Runs lexbench as the launcher does — {@code LexbenchApplication.run} with the program's
 * arguments — capturing standard output and error, with piped (not terminal) standard input.
 */
final class Runs {

	/** What a run printed and its exit status. */
	record Result(int status, String out, String err) {
	}

	static final Map<String, String> ENGLISH = Map.of("LANG", "en_GB.UTF-8");

	static final Map<String, String> CHINESE = Map.of("LANG", "zh_CN.UTF-8");

	private Runs() {
	}

	static Result run(String... args) {
		return run(ENGLISH, "", args);
	}

	static Result chinese(String... args) {
		return run(CHINESE, "", args);
	}

	static Result withInput(String input, String... args) {
		return run(ENGLISH, input, args);
	}

	static Result run(Map<String, String> environment, String input, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Console console = new Console(new PrintWriter(out), new PrintWriter(err), new StringReader(input), false, 0);
		int status = LexbenchApplication.run(args, console, environment);
		return new Result(status, out.toString(), err.toString());
	}

}
