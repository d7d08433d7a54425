package org.lexbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.TextInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.jline.JLineInputReader;

/**
 * Decides what a run does, replacing Spring Shell 4.0.1's runner (which ignores program arguments
 * in interactive mode and exits 0 after a failed command): with a command, run it and exit with
 * its status; with {@code @FILE}, run the file's commands (blank lines and {@code #} comments
 * skipped) and stop at the first failure; with nothing and a terminal, the interactive shell;
 * with nothing and piped input, the commands read from standard input, with no prompt.
 */
final class ShellRunner implements ApplicationRunner {

	/** Largest script accepted. */
	static final long MAX_SCRIPT_BYTES = 5_000_000;

	private static final InputReader NO_INPUT = new InputReader() {
	};

	private final GlobalOptions options;

	private final Console console;

	private final Dispatcher dispatcher;

	private final Session session;

	private final ObjectProvider<InteractiveTerminal> terminal;

	private final ObjectProvider<LocalisedCompleter> completer;

	private int exitStatus;

	ShellRunner(GlobalOptions options, Console console, Dispatcher dispatcher, Session session,
			ObjectProvider<InteractiveTerminal> terminal, ObjectProvider<LocalisedCompleter> completer) {
		this.options = options;
		this.console = console;
		this.dispatcher = dispatcher;
		this.session = session;
		this.terminal = terminal;
		this.completer = completer;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> command = this.options.command();
		if (command.isEmpty()) {
			InteractiveTerminal terminal = this.terminal.getIfAvailable();
			this.exitStatus = terminal != null ? interactive(terminal) : script(this.console.in(), "stdin");
		}
		else if (command.get(0).startsWith("@")) {
			this.exitStatus = command.size() == 1 ? scriptFile(command.get(0).substring(1))
					: this.dispatcher.report(LexbenchException.usage("cli.script.alone", command.get(0)), this.console.err());
		}
		else {
			this.exitStatus = this.dispatcher.run(command, this.console.out(), this.console.err(), NO_INPUT);
		}
		this.console.out().flush();
		this.console.err().flush();
	}

	int exitStatus() {
		return this.exitStatus;
	}

	private int scriptFile(String file) {
		try {
			String text = TextInput.readUtf8(Path.of(file), file, MAX_SCRIPT_BYTES);
			return script(new StringReader(text), file);
		}
		catch (LexbenchException unreadable) {
			return this.dispatcher.report(unreadable, this.console.err());
		}
	}

	/** Runs every command of a script; stops at the first that fails and returns its status. */
	private int script(Reader source, String name) {
		PrintWriter out = this.console.out();
		PrintWriter err = this.console.err();
		try (BufferedReader reader = new BufferedReader(source)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null && !this.session.quitRequested()) {
				number++;
				String command = line.strip();
				if (command.isEmpty() || command.startsWith("#")) {
					continue;
				}
				int status = this.dispatcher.run(command, out, err, NO_INPUT);
				if (status != ExitStatuses.OK) {
					err.println(this.session.text("cli.script.stopped", name, number, command));
					err.flush();
					return status;
				}
			}
			return ExitStatuses.OK;
		}
		catch (IOException unreadable) {
			return this.dispatcher.report(LexbenchException.invalidInput("file.unreadable", name,
					String.valueOf(unreadable.getMessage())), err);
		}
	}

	private int interactive(InteractiveTerminal interactiveTerminal) {
		LineReader reader = interactiveTerminal.lineReader(this.completer.getObject());
		Thread commandThread = Thread.currentThread();
		reader.getTerminal().handle(org.jline.terminal.Terminal.Signal.INT, signal -> commandThread.interrupt());
		PrintWriter terminal = reader.getTerminal().writer();
		terminal.println(this.session.text("shell.welcome", Version.current()));
		terminal.flush();
		InputReader input = new JLineInputReader(reader);
		while (!this.session.quitRequested()) {
			String line;
			try {
				line = reader.readLine(prompt());
			}
			catch (UserInterruptException interrupted) {
				continue;
			}
			catch (EndOfFileException endOfInput) {
				break;
			}
			String command = line.strip();
			if (command.isEmpty() || command.startsWith("#")) {
				continue;
			}
			this.dispatcher.run(command, terminal, terminal, input);
			Thread.interrupted();
			terminal.flush();
		}
		try {
			reader.getHistory().save();
			reader.getTerminal().close();
		}
		catch (java.io.IOException ignored) {
			// leaving anyway; the history is a convenience
		}
		return ExitStatuses.OK;
	}

	private String prompt() {
		return this.session.currentSet().map(s -> "lexbench[" + s.set().id() + "]> ").orElse("lexbench> ");
	}

}
