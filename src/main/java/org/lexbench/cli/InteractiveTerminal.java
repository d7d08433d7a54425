package org.lexbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.shell.jline.ExtendedDefaultParser;

/**
 * The terminal of an interactive session. Opening a system terminal takes a tenth of a second
 * (native library, terminal modes), so it starts on a background thread as soon as the process
 * knows it will be interactive, while Spring builds the application; the line reader (history,
 * completion, quoting) is put together when the prompt is first needed.
 */
final class InteractiveTerminal {

	private final CompletableFuture<Terminal> opening;

	private InteractiveTerminal(CompletableFuture<Terminal> opening) {
		this.opening = opening;
	}

	static InteractiveTerminal open() {
		CompletableFuture<Terminal> opening = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				opening.complete(TerminalBuilder.builder().system(true).name("lexbench").build());
			}
			catch (IOException | RuntimeException failed) {
				opening.completeExceptionally(failed);
			}
		}, "lexbench-terminal");
		thread.setDaemon(true);
		thread.start();
		return new InteractiveTerminal(opening);
	}

	Terminal terminal() {
		try {
			return this.opening.join();
		}
		catch (java.util.concurrent.CompletionException failed) {
			Throwable cause = failed.getCause();
			throw cause instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(cause);
		}
	}

	/** A line reader with lexbench's completion and a history kept in {@code ~/.lexbench/history}. */
	LineReader lineReader(LocalisedCompleter completer) {
		ExtendedDefaultParser parser = new ExtendedDefaultParser();
		parser.setEofOnUnclosedQuote(true);
		parser.setEofOnEscapedNewLine(true);
		LineReader reader = LineReaderBuilder.builder()
			.terminal(terminal())
			.appName("lexbench")
			.completer(completer)
			.parser(parser)
			.history(new DefaultHistory())
			.build();
		reader.unsetOpt(LineReader.Option.INSERT_TAB);
		historyFile().ifPresent(file -> reader.setVariable(LineReader.HISTORY_FILE, file));
		return reader;
	}

	private static java.util.Optional<Path> historyFile() {
		String home = System.getProperty("user.home");
		if (home == null || home.isBlank()) {
			return java.util.Optional.empty();
		}
		Path folder = Path.of(home, ".lexbench");
		try {
			Files.createDirectories(folder);
			return java.util.Optional.of(folder.resolve("history"));
		}
		catch (IOException | SecurityException unwritable) {
			return java.util.Optional.empty();
		}
	}

}
