package org.lexbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.NearestWord;
import org.springframework.core.convert.ConversionService;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Turns a command line into Spring Shell's {@link ParsedInput}, refusing what Spring Shell 4.0.1
 * silently accepts: unknown options (with "did you mean"), a missing option value, an option
 * given twice, too few or too many arguments, a value of the wrong type. Options are
 * {@code --name value}, {@code --name=value} or {@code -n value}; a flag needs no value; list
 * options may be repeated and their values are joined with commas, so {@code --x a --x b} equals
 * {@code --x a,b} (the conversion service splits them, in one place). {@code --} ends options.
 */
final class CommandLine {

	/** A parsed command line: the command's spec and its input, or a request for its help. */
	record Parsed(CommandDirectory.Spec spec, ParsedInput input, boolean helpRequested, boolean debug) {
	}

	/** A line naming a group of commands ({@code set}) but not one of them: the group's commands. */
	static final class GroupNamed extends RuntimeException {

		private final String group;

		private final boolean helpRequested;

		GroupNamed(String group, boolean helpRequested) {
			super(group, null, false, false);
			this.group = group;
			this.helpRequested = helpRequested;
		}

		String group() {
			return this.group;
		}

		boolean helpRequested() {
			return this.helpRequested;
		}

	}

	private final CommandDirectory directory;

	private final ConversionService conversions;

	/** The command a line names, and how many of its words the name takes. */
	private record Match(CommandDirectory.Spec spec, int words) {
	}

	CommandLine(CommandDirectory directory, ConversionService conversions) {
		this.directory = directory;
		this.conversions = conversions;
	}

	/**
	 * Splits a typed line into words: whitespace separates, '…' and "…" quote (inside "…", \" and
	 * \\ escape), a word starting with # begins a comment. Backslashes elsewhere are kept, for
	 * Windows paths.
	 */
	static List<String> split(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				else if (quote == '"' && c == '\\' && i + 1 < line.length()
						&& (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
					word.append(line.charAt(++i));
				}
				else {
					word.append(c);
				}
			}
			else if (c == '#' && !inWord) {
				break;
			}
			else if (c == '\'' || c == '"') {
				quote = c;
				inWord = true;
			}
			else if (Character.isWhitespace(c) || c == '\u3000') {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			}
			else {
				word.append(c);
				inWord = true;
			}
		}
		if (quote != 0) {
			throw LexbenchException.usage("cli.bad-quote", line);
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	Parsed parse(List<String> words) {
		Match match = command(words);
		CommandDirectory.Spec spec = match.spec();
		List<String> rest = words.subList(match.words(), words.size());
		Map<String, List<String>> options = new LinkedHashMap<>();
		List<String> arguments = new ArrayList<>();
		boolean onlyArguments = false;
		boolean help = false;
		boolean debug = false;
		for (int i = 0; i < rest.size(); i++) {
			String w = rest.get(i);
			if (onlyArguments || !w.startsWith("-") || w.equals("-") || isNegativeNumber(w)) {
				arguments.add(w);
				continue;
			}
			if (w.equals("--")) {
				onlyArguments = true;
				continue;
			}
			if (w.equals("--help") || w.equals("-h")) {
				help = true;
				continue;
			}
			if (w.equals("--debug")) {
				debug = true;
				continue;
			}
			String name = w.startsWith("--") ? w.substring(2) : w.substring(1);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			CommandOption option = option(spec, name, w.startsWith("--"));
			if (value == null) {
				if (isFlag(option) && (i + 1 >= rest.size() || !isBoolean(rest.get(i + 1)))) {
					value = "true";
				}
				else if (i + 1 < rest.size() && !(rest.get(i + 1).startsWith("--") && rest.get(i + 1).length() > 2)) {
					value = rest.get(++i);
				}
				else {
					throw LexbenchException.usage("cli.option-needs-value", spec.name(), option.longName());
				}
			}
			List<String> values = options.computeIfAbsent(option.longName(), k -> new ArrayList<>());
			if (!values.isEmpty() && !option.type().isArray()) {
				throw LexbenchException.usage("cli.option-twice", spec.name(), option.longName());
			}
			values.add(value);
		}
		if (help) {
			return new Parsed(spec, ParsedInput.builder().commandName(spec.name()).build(), true, debug);
		}
		if (arguments.size() < spec.minArguments()) {
			throw LexbenchException.usage("cli.missing-args", spec.name(), org.lexbench.files.Text.of(spec.key() + ".usage"));
		}
		if (arguments.size() > spec.maxArguments()) {
			throw LexbenchException.usage("cli.too-many-args", spec.name(), arguments.get(spec.maxArguments()),
					org.lexbench.files.Text.of(spec.key() + ".usage"));
		}
		ParsedInput.Builder input = ParsedInput.builder();
		String[] nameWords = spec.name().split(" ");
		input.commandName(nameWords[0]);
		for (int i = 1; i < nameWords.length; i++) {
			input.addSubCommand(nameWords[i]);
		}
		for (Map.Entry<String, List<String>> e : options.entrySet()) {
			CommandOption declared = spec.option(e.getKey()).orElseThrow();
			String value = String.join(",", e.getValue());
			check(spec, declared, value);
			input.addOption(CommandOption.with().longName(e.getKey()).value(value).type(declared.type()).build());
		}
		for (int i = 0; i < arguments.size(); i++) {
			input.addArgument(new CommandArgument(i, arguments.get(i)));
		}
		return new Parsed(spec, input.build(), false, debug);
	}

	private Match command(List<String> words) {
		if (words.isEmpty()) {
			throw LexbenchException.usage("cli.no-command");
		}
		for (String name : this.directory.namesLongestFirst()) {
			String[] parts = name.split(" ");
			if (parts.length <= words.size() && String.join(" ", words.subList(0, parts.length)).equals(name)) {
				return new Match(this.directory.find(name).orElseThrow(), parts.length);
			}
		}
		List<String> names = this.directory.namesLongestFirst();
		if (names.stream().anyMatch(n -> n.startsWith(words.get(0) + " "))
				&& (words.size() == 1 || words.get(1).equals("--help") || words.get(1).equals("-h"))) {
			throw new GroupNamed(words.get(0), words.size() > 1);
		}
		String typed = words.size() > 1 && names.contains(words.get(0) + " " + words.get(1)) ? words.get(0)
				: words.size() > 1 && names.stream().anyMatch(n -> n.startsWith(words.get(0) + " "))
						? words.get(0) + " " + words.get(1) : words.get(0);
		List<String> candidates = names.stream().filter(n -> n.split(" ").length == typed.split(" ").length).toList();
		throw LexbenchException.usage("cli.unknown-command", typed, NearestWord.hint(typed, candidates));
	}

	private static CommandOption option(CommandDirectory.Spec spec, String name, boolean longForm) {
		Optional<CommandOption> found = longForm ? spec.option(name)
				: name.length() == 1 ? spec.option(name.charAt(0)) : Optional.empty();
		if (found.isPresent()) {
			return found.get();
		}
		List<String> known = spec.options().stream().map(CommandOption::longName).toList();
		List<String> spelled = known.stream().map(k -> "--" + k).toList();
		throw LexbenchException.usage("cli.unknown-option", spec.name(), (longForm ? "--" : "-") + name,
				NearestWord.hint((longForm ? "--" : "-") + name, spelled), options(known));
	}

	private static Object options(List<String> known) {
		return known.isEmpty() ? org.lexbench.files.Text.of("cli.no-options")
				: String.join(", ", known.stream().map(k -> "--" + k).toList());
	}

	private void check(CommandDirectory.Spec spec, CommandOption option, String value) {
		try {
			this.conversions.convert(value, option.type());
		}
		catch (RuntimeException bad) {
			throw LexbenchException.usage("cli.bad-value", spec.name(), value, option.longName(), expected(option.type()));
		}
	}

	static org.lexbench.files.Localised expected(Class<?> type) {
		Class<?> t = type.isArray() ? type.getComponentType() : type;
		if (t.isEnum()) {
			List<String> names = new ArrayList<>();
			for (Object constant : t.getEnumConstants()) {
				names.add(ShellConversions.keyword((Enum<?>) constant));
			}
			return org.lexbench.files.Text.of("type.choice", String.join(", ", names));
		}
		if (t == Integer.class || t == Long.class) {
			return org.lexbench.files.Text.of("type.integer");
		}
		if (t == Double.class) {
			return org.lexbench.files.Text.of("type.number");
		}
		if (t == Boolean.class) {
			return org.lexbench.files.Text.of("type.boolean");
		}
		return org.lexbench.files.Text.of("type.text");
	}

	private static boolean isFlag(CommandOption option) {
		return option.type() == Boolean.class || option.type() == boolean.class;
	}

	private static boolean isBoolean(String word) {
		return word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false");
	}

	private static boolean isNegativeNumber(String word) {
		return word.length() > 1 && word.charAt(0) == '-' && (Character.isDigit(word.charAt(1)) || word.charAt(1) == '.');
	}

}
