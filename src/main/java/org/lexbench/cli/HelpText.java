package org.lexbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lexbench.files.MessageCatalogue;
import org.springframework.shell.core.command.CommandOption;

/**
 * The help of every command in the session's language, from the message catalogue
 * ({@code cmd.NAME} summary, {@code cmd.NAME.usage}, {@code cmd.NAME.opt.OPTION}, optional
 * {@code cmd.NAME.example}). Spring Shell 4.0.1's own help is English-only and is switched off.
 */
final class HelpText {

	private final CommandDirectory directory;

	private final Session session;

	HelpText(CommandDirectory directory, Session session) {
		this.directory = directory;
		this.session = session;
	}

	/** Every command, by group, one line each. */
	void overview(PrintWriter out) {
		out.println(this.session.text("help.title"));
		Map<String, List<CommandDirectory.Spec>> groups = new LinkedHashMap<>();
		for (CommandDirectory.Spec spec : this.directory.all()) {
			groups.computeIfAbsent(spec.group(), g -> new ArrayList<>()).add(spec);
		}
		int width = this.directory.all().stream().mapToInt(s -> DisplayWidth.of(s.name())).max().orElse(10) + 2;
		for (Map.Entry<String, List<CommandDirectory.Spec>> group : groups.entrySet()) {
			out.println();
			out.println(this.session.text("group." + group.getKey()));
			for (CommandDirectory.Spec spec : group.getValue()) {
				out.println("  " + DisplayWidth.pad(spec.name(), width) + this.session.text(spec.key()));
			}
		}
		out.println();
		out.println(this.session.text("help.footer"));
	}

	/** The commands of one group such as {@code set}: what to type after {@code set}. */
	void group(String first, PrintWriter out) {
		out.println(this.session.text("help.group", first));
		List<CommandDirectory.Spec> members = this.directory.all().stream().filter(s -> s.name().startsWith(first + " ")).toList();
		int width = members.stream().mapToInt(s -> DisplayWidth.of(s.name())).max().orElse(10) + 2;
		for (CommandDirectory.Spec spec : members) {
			out.println("  " + DisplayWidth.pad(spec.name(), width) + this.session.text(spec.key()));
		}
	}

	/** One command: summary, usage, options, example. */
	void command(CommandDirectory.Spec spec, PrintWriter out) {
		out.println(spec.name() + " — " + this.session.text(spec.key()));
		out.println();
		out.println(this.session.text("help.usage") + this.session.text(spec.key() + ".usage"));
		String details = spec.key() + ".details";
		if (has(details)) {
			out.println();
			this.session.text(details).lines().forEach(l -> out.println("  " + l));
		}
		if (!spec.options().isEmpty()) {
			out.println();
			out.println(this.session.text("help.options"));
			int width = spec.options().stream().mapToInt(o -> label(o).length()).max().orElse(8) + 2;
			for (CommandOption option : spec.options()) {
				String text = this.session.text(spec.key() + ".opt." + option.longName());
				// a flag's default (false) goes without saying
				boolean flag = option.type() == Boolean.class || option.type() == boolean.class;
				String fallback = flag || option.defaultValue() == null || option.defaultValue().isEmpty() ? ""
						: " " + this.session.text("help.default", option.defaultValue());
				boolean saysDefault = text.contains("(") || text.contains("（");
				out.println("  " + DisplayWidth.pad(label(option), width) + text + (saysDefault ? "" : fallback));
			}
		}
		String example = spec.key() + ".example";
		if (has(example)) {
			out.println();
			out.println(this.session.text("help.example"));
			this.session.text(example).lines().forEach(l -> out.println("  " + l));
		}
	}

	private boolean has(String key) {
		return !MessageCatalogue.pattern(key, this.session.language()).equals(key);
	}

	private static String label(CommandOption option) {
		return (option.shortName() != ' ' ? "-" + option.shortName() + ", " : "") + "--" + option.longName();
	}

}
