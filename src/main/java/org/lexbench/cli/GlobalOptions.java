package org.lexbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;

/**
 * The options that apply to a whole run rather than to one command: {@code --lang zh|en} and
 * {@code --debug} (stack traces on failure); {@code --help} and {@code --version} are read as the
 * commands of the same name. {@code --lang} comes before the command; {@code --debug} may appear
 * anywhere. What remains is the command (or {@code @script}) to run.
 */
record GlobalOptions(Language language, boolean debug, List<String> command, java.time.Clock clock) {

	/**
	 * The environment variable that fixes the time outputs record (an ISO-8601 instant):
	 * {@code replay} sets it to the manifest's {@code created}, so that a timestamp written into
	 * an output is the same the second time.
	 */
	static final String TIME = "LEXBENCH_TIME";

	GlobalOptions {
		command = List.copyOf(command);
	}

	static GlobalOptions parse(String[] args, Map<String, String> environment) {
		Language language = Language.fromEnvironment(environment);
		boolean debug = false;
		List<String> rest = new ArrayList<>();
		boolean commandStarted = false;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (a.equals("--debug")) {
				debug = true;
			}
			else if (!commandStarted && (a.equals("--lang") || a.startsWith("--lang="))) {
				String value = a.startsWith("--lang=") ? a.substring(7) : (i + 1 < args.length ? args[++i] : "");
				if (value.isBlank()) {
					throw LexbenchException.usage("cli.lang.missing");
				}
				language = Language.parse(value)
					.orElseThrow(() -> LexbenchException.usage("cli.lang.unknown", value));
			}
			else if (!commandStarted && (a.equals("--version") || a.equals("-V"))) {
				rest.add("version");
				commandStarted = true;
			}
			else if (!commandStarted && (a.equals("--help") || a.equals("-h"))) {
				rest.add("help");
				commandStarted = true;
			}
			else {
				rest.add(a);
				commandStarted = true;
			}
		}
		java.time.Clock clock = java.time.Clock.systemDefaultZone();
		String fixed = environment.get(TIME);
		if (fixed != null && !fixed.isBlank()) {
			try {
				clock = java.time.Clock.fixed(java.time.Instant.parse(fixed.strip()), java.time.ZoneOffset.UTC);
			}
			catch (java.time.format.DateTimeParseException bad) {
				throw LexbenchException.usage("cli.bad-time", TIME, fixed);
			}
		}
		return new GlobalOptions(language, debug, rest, clock);
	}

}
