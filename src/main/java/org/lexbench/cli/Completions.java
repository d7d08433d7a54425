package org.lexbench.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * What the shell proposes on TAB for command arguments: set ids and set files where a set is
 * expected, the choices of an enum option, file names for other options, command names for help.
 */
final class Completions {

	private Completions() {
	}

	/** Set ids of the catalogue, then files in the folder being typed. */
	static CompletionProvider setReferences(Session session) {
		return context -> {
			CommandOption option = context.getCommandOption();
			if (option != null) {
				return optionValue(context, option);
			}
			List<CompletionProposal> out = new ArrayList<>();
			String typed = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
			for (String id : session.catalogue().ids()) {
				if (id.startsWith(typed)) {
					out.add(new CompletionProposal(id).description(
							session.catalogue().find(id).orElseThrow().loaded().set().name().in(session.language())));
				}
			}
			out.addAll(files(typed, SET_FILES));
			return out;
		};
	}

	/** Extensions of files that hold an indicator set. */
	static final List<String> SET_FILES = List.of(".yaml", ".yml", ".csv", ".xlsx");

	/**
	 * Entries of the folder being typed whose names start with what is typed: sub-folders (ending
	 * in the separator, so completion can go on) and files with one of {@code extensions} (any file
	 * when empty). Hidden entries are left out unless a dot is typed.
	 */
	static List<CompletionProposal> files(String typed, List<String> extensions) {
		int slash = typed.lastIndexOf(java.io.File.separatorChar);
		java.nio.file.Path folder = java.nio.file.Path.of(slash >= 0 ? typed.substring(0, slash + 1) : ".");
		String prefix = slash >= 0 ? typed.substring(slash + 1) : typed;
		String shownFolder = slash >= 0 ? typed.substring(0, slash + 1) : "";
		List<CompletionProposal> out = new ArrayList<>();
		try (java.util.stream.Stream<java.nio.file.Path> entries = java.nio.file.Files.list(folder)) {
			entries.sorted().forEach(p -> {
				String name = p.getFileName().toString();
				if (!name.startsWith(prefix) || (name.startsWith(".") && !prefix.startsWith("."))) {
					return;
				}
				boolean directory = java.nio.file.Files.isDirectory(p);
				String lower = name.toLowerCase(java.util.Locale.ROOT);
				if (directory) {
					out.add(new CompletionProposal(shownFolder + name + java.io.File.separator).complete(false));
				}
				else if (extensions.isEmpty() || extensions.stream().anyMatch(lower::endsWith)) {
					out.add(new CompletionProposal(shownFolder + name));
				}
			});
		}
		catch (java.io.IOException | java.io.UncheckedIOException unreadable) {
			return out;
		}
		return out;
	}

	/** Command names (for {@code help}). */
	static CompletionProvider commandNames(CommandDirectory directory, Session session) {
		return context -> {
			String typed = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
			List<CompletionProposal> out = new ArrayList<>();
			for (CommandDirectory.Spec spec : directory.all()) {
				String first = spec.name().split(" ")[0];
				if (first.startsWith(typed) && out.stream().noneMatch(p -> p.value().equals(first))) {
					out.add(new CompletionProposal(first).description(session.text(spec.key())));
				}
			}
			return out;
		};
	}

	private static List<CompletionProposal> optionValue(CompletionContext context, CommandOption option) {
		Class<?> type = option.type().isArray() ? option.type().getComponentType() : option.type();
		if (type.isEnum()) {
			List<CompletionProposal> out = new ArrayList<>();
			String typed = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
			for (Object constant : type.getEnumConstants()) {
				String keyword = ShellConversions.keyword((Enum<?>) constant);
				if (keyword.startsWith(typed)) {
					out.add(new CompletionProposal(keyword));
				}
			}
			return out;
		}
		if (type == String.class) {
			return files(context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor(), List.of());
		}
		if (type == Boolean.class) {
			return List.of(new CompletionProposal("true"), new CompletionProposal("false"));
		}
		return List.of();
	}

}
