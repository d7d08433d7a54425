package org.lexbench.cli;

import java.util.List;
import java.util.Optional;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.jline.CommandCompleter;

/**
 * TAB completion in the session's language: command names (including two-word commands such as
 * {@code set show}) with their summaries, a command's options with their descriptions, then
 * whatever the command's completion provider proposes for arguments and option values.
 */
final class LocalisedCompleter extends CommandCompleter {

	private final CommandDirectory directory;

	private final Session session;

	LocalisedCompleter(CommandDirectory directory, Session session) {
		super(directory.registry());
		this.directory = directory;
		this.session = session;
	}

	@Override
	public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
		List<String> words = line.words();
		int index = line.wordIndex();
		String current = index < words.size() ? words.get(index).substring(0, Math.min(line.wordCursor(),
				words.get(index).length())) : "";
		List<String> before = words.subList(0, Math.min(index, words.size()));
		Optional<CommandDirectory.Spec> spec = commandOf(before);
		if (spec.isEmpty()) {
			commandNames(before, current, candidates);
			return;
		}
		if (current.startsWith("-")) {
			for (CommandOption option : spec.get().options()) {
				if (!before.contains("--" + option.longName())) {
					candidates.add(new Candidate("--" + option.longName(), "--" + option.longName(), null,
							this.session.text(spec.get().key() + ".opt." + option.longName()), null, null, true));
				}
			}
			return;
		}
		CommandOption option = null;
		if (!before.isEmpty() && before.get(before.size() - 1).startsWith("--")) {
			option = spec.get().option(before.get(before.size() - 1).substring(2)).orElse(null);
			if (option != null && (option.type() == Boolean.class)) {
				option = null;
			}
		}
		CompletionProvider provider = spec.get().command().getCompletionProvider();
		CompletionContext context = new CompletionContext(words, index, line.wordCursor(), spec.get().command(), option);
		for (CompletionProposal p : provider.apply(context)) {
			candidates.add(new Candidate(p.value(), p.displayText(), p.category(), p.description(), null, null,
					p.complete(), 0));
		}
	}

	/** The command the completed words name, if they name one exactly. */
	private Optional<CommandDirectory.Spec> commandOf(List<String> before) {
		for (String name : this.directory.namesLongestFirst()) {
			String[] parts = name.split(" ");
			if (parts.length <= before.size() && String.join(" ", before.subList(0, parts.length)).equals(name)) {
				return this.directory.find(name);
			}
		}
		return Optional.empty();
	}

	private void commandNames(List<String> before, String current, List<Candidate> candidates) {
		String prefix = before.isEmpty() ? "" : String.join(" ", before) + " ";
		for (String name : this.directory.namesLongestFirst()) {
			if (!(name + " ").startsWith(prefix) || name.equals(prefix.strip())) {
				continue;
			}
			String[] parts = name.split(" ");
			if (parts.length <= before.size()) {
				continue;
			}
			String word = parts[before.size()];
			if (!word.startsWith(current)) {
				continue;
			}
			boolean complete = parts.length == before.size() + 1;
			String description = complete ? this.session.text(this.directory.find(name).orElseThrow().key()) : null;
			if (candidates.stream().noneMatch(c -> c.value().equals(word))) {
				candidates.add(new Candidate(word, word, null, description, null, null, complete));
			}
		}
	}

}
