package org.lexbench.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Problem;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

/**
 * Runs one command line and turns whatever happens into an exit status and, on failure, clear
 * lines on the error writer: one line for the failure, one per problem of an invalid input, the
 * stack trace only in debug mode. Every failure of every mode goes through here.
 */
final class Dispatcher {

	private final CommandLine commandLine;

	private final CommandDirectory directory;

	private final Session session;

	private final HelpText help;

	Dispatcher(CommandLine commandLine, CommandDirectory directory, Session session, HelpText help) {
		this.commandLine = commandLine;
		this.directory = directory;
		this.session = session;
		this.help = help;
	}

	/** Runs {@code words} (a command and its options and arguments); returns the exit status. */
	int run(List<String> words, PrintWriter out, PrintWriter err, InputReader input) {
		boolean debug = this.session.debug() || words.contains("--debug");
		try {
			CommandLine.Parsed parsed = this.commandLine.parse(words);
			if (parsed.helpRequested()) {
				this.help.command(parsed.spec(), out);
				out.flush();
				return ExitStatuses.OK;
			}
			this.session.commandWords(words.stream().filter(w -> !w.equals("--debug")).toList());
			this.session.startCommand();
			CommandContext context = new CommandContext(parsed.input(), this.directory.registry(), out, input);
			ExitStatus status = parsed.spec().command().execute(context);
			out.flush();
			return ExitStatuses.of(status);
		}
		catch (CommandLine.GroupNamed group) {
			PrintWriter to = group.helpRequested() ? out : err;
			this.help.group(group.group(), to);
			to.flush();
			return group.helpRequested() ? ExitStatuses.OK : ExitStatuses.USAGE;
		}
		catch (Throwable failure) {
			out.flush();
			return report(failure, err, debug);
		}
	}

	/** Splits a typed line, then runs it. */
	int run(String line, PrintWriter out, PrintWriter err, InputReader input) {
		try {
			return run(CommandLine.split(line), out, err, input);
		}
		catch (LexbenchException usage) {
			return report(usage, err, this.session.debug());
		}
	}

	int report(Throwable failure, PrintWriter err) {
		return report(failure, err, this.session.debug());
	}

	int report(Throwable failure, PrintWriter err, boolean debug) {
		Throwable cause = unwrap(failure);
		int status;
		if (cause instanceof LexbenchException known) {
			status = ExitStatuses.of(known.failure());
			err.println(known.text().in(this.session.language()));
			for (Problem problem : known.problems()) {
				err.println("  " + problem.render(this.session.language()));
			}
		}
		else {
			status = ExitStatuses.UNEXPECTED;
			String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
					: cause.getClass().getSimpleName() + ": " + cause.getMessage();
			err.println(this.session.text("cli.unexpected", message.lines().findFirst().orElse("")));
		}
		if (debug) {
			cause.printStackTrace(err);
		}
		err.flush();
		return status;
	}

	/** The failure itself, out of the wrappers Spring Shell and reflection put around it. */
	static Throwable unwrap(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null && t != t.getCause() && !(t instanceof LexbenchException)
				&& (t instanceof InvocationTargetException
						|| t instanceof org.springframework.shell.core.command.CommandExecutionException
						|| t.getClass().getName().startsWith("org.springframework"))) {
			t = t.getCause();
		}
		return t;
	}

}
