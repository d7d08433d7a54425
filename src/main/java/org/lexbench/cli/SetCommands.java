package org.lexbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lexbench.files.AtomicOutput;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Problem;
import org.lexbench.files.Text;
import org.lexbench.indicator.CoinrTableWriter;
import org.lexbench.indicator.IndicatorCatalogue;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.indicator.LoadedSet;
import org.lexbench.indicator.SetYamlWriter;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The commands about indicator sets: list, show, check, use, export, schema. */
@Component
class SetCommands {

	/** The formats a set can be exported in. */
	enum ExportFormat {
		/** lexbench's own YAML. */
		YAML,
		/** A COINr-style framework table (CSV or xlsx). */
		COINR
	}

	static final String SCHEMA = "indicators/schema/indicator-set.schema.json";

	/** The default of a set argument: the session's current set (no set id or file starts with @). */
	static final String CURRENT = "@current";

	private final Session session;

	SetCommands(Session session) {
		this.session = session;
	}

	@Command(name = "sets", group = "sets", description = "List the indicator sets")
	public void sets(CommandContext context) {
		PrintWriter out = context.outputWriter();
		IndicatorCatalogue catalogue = this.session.catalogue();
		List<List<String>> rows = new ArrayList<>();
		for (IndicatorCatalogue.Entry e : catalogue.entries()) {
			String origin = e.origin().equals(IndicatorCatalogue.BUILT_IN) ? this.session.text("sets.built-in") : e.origin();
			if (e.replaces().isPresent()) {
				origin += " " + this.session.text("sets.replaces", e.replaces().get().equals(IndicatorCatalogue.BUILT_IN)
						? this.session.text("sets.built-in") : e.replaces().get());
			}
			rows.add(List.of(e.loaded().set().id(), e.loaded().set().name().in(this.session.language()),
					e.loaded().set().version(), String.valueOf(e.loaded().set().indicators().size()), origin));
		}
		out.print(this.session.table(List.of(ConsoleTable.Column.fixed(this.session.text("sets.col.id"), 5),
				ConsoleTable.Column.main(this.session.text("sets.col.name"), 24, 4),
				ConsoleTable.Column.fixed(this.session.text("sets.col.version"), 2),
				ConsoleTable.Column.number(this.session.text("sets.col.indicators"), 3),
				ConsoleTable.Column.text(this.session.text("sets.col.origin"), 1)), rows));
		for (IndicatorCatalogue.Broken broken : catalogue.broken()) {
			out.println(this.session.text("sets.broken", broken.file(), broken.errors()));
			broken.first().ifPresent(p -> out.println("  " + p.render(this.session.language())));
		}
	}

	@Command(name = { "set", "show" }, group = "sets", description = "Show a set's tree",
			completionProvider = "setReferenceCompletion")
	public void show(CommandContext context, @Argument(index = 0, defaultValue = CURRENT) String reference,
			@Option(longName = "nodes") String[] nodes, @Option(longName = "depth", defaultValue = "" + SetView.ALL_LEVELS) Integer depth) {
		LoadedSet loaded = resolve(reference, "set show");
		if (depth < 1) {
			throw LexbenchException.usage("cli.bad-value", "set show", depth, "depth", Text.of("type.positive"));
		}
		Set<String> only = nodes == null ? Set.of() : Set.of(nodes);
		for (String id : only) {
			if (loaded.set().find(id).isEmpty()) {
				throw LexbenchException.usage("show.no-node", id, loaded.set().id(),
						org.lexbench.files.NearestWord.hint(id, loaded.set().nodes().stream().map(n -> n.id()).toList()));
			}
		}
		PrintWriter out = context.outputWriter();
		out.print(new SetView(this.session).render(loaded.set(), only, depth));
		warnings(loaded, out);
	}

	@Command(name = { "set", "check" }, group = "sets", description = "Validate set files",
			completionProvider = "setReferenceCompletion")
	public void check(CommandContext context, @Arguments String[] files) {
		if (files == null || files.length == 0) {
			throw LexbenchException.usage("cli.missing-args", "set check", Text.of("cmd.set.check.usage"));
		}
		PrintWriter out = context.outputWriter();
		int invalid = 0;
		for (String file : files) {
			try {
				LoadedSet loaded = IndicatorSetLoader.load(Path.of(file));
				out.println(this.session.text("check.valid", file, loaded.set().id(), loaded.set().version(),
						loaded.set().indicators().size(), loaded.warnings().size()));
				warnings(loaded, out);
			}
			catch (LexbenchException failure) {
				if (failure.failure() != org.lexbench.files.Failure.INVALID_INPUT) {
					throw failure;
				}
				invalid++;
				out.println(failure.text().in(this.session.language()));
				for (Problem problem : failure.problems()) {
					out.println("  " + problem.render(this.session.language()));
				}
			}
		}
		if (invalid > 0) {
			throw LexbenchException.invalidInput("check.failed", invalid, files.length);
		}
	}

	@Command(name = { "set", "use" }, group = "sets", description = "Make a set the session's current set",
			completionProvider = "setReferenceCompletion")
	public void use(CommandContext context, @Argument(index = 0, defaultValue = CURRENT) String reference) {
		if (reference.equals(CURRENT)) {
			context.outputWriter().println(this.session.currentSet()
				.map(s -> this.session.text("use.current", s.set().id(), s.set().name().in(this.session.language())))
				.orElseGet(() -> this.session.text("use.none")));
			return;
		}
		LoadedSet loaded = this.session.catalogue().resolve(reference);
		this.session.currentSet(loaded);
		context.outputWriter().println(this.session.text("use.done", loaded.set().id(),
				loaded.set().name().in(this.session.language()), loaded.set().indicators().size()));
		warnings(loaded, context.outputWriter());
	}

	@Command(name = { "set", "export" }, group = "sets", description = "Write a set as YAML or a COINr table",
			completionProvider = "setReferenceCompletion")
	public void export(CommandContext context, @Argument(index = 0, defaultValue = CURRENT) String reference,
			@Option(longName = "format") ExportFormat format, @Option(longName = "out") String out) {
		LoadedSet loaded = resolve(reference, "set export");
		ExportFormat chosen = format != null ? format : out != null && out.toLowerCase(Locale.ROOT).matches(".*\\.(csv|xlsx)")
				? ExportFormat.COINR : ExportFormat.YAML;
		Path target = out != null ? Path.of(out)
				: OutputFolder.file(loaded.set().id() + (chosen == ExportFormat.YAML ? ".yaml" : "-coinr.csv"));
		PrintWriter writer = context.outputWriter();
		String extension = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT);
		if (chosen == ExportFormat.YAML) {
			if (extension.endsWith(".csv") || extension.endsWith(".xlsx")) {
				throw LexbenchException.usage("export.yaml-extension", target);
			}
			SetYamlWriter.write(loaded.set(), target);
		}
		else {
			String name = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT);
			if (!(name.endsWith(".csv") || name.endsWith(".xlsx"))) {
				throw LexbenchException.usage("export.coinr-extension", target);
			}
			CoinrTableWriter.write(loaded.set(), target);
			CoinrTableWriter.losses(loaded.set())
				.forEach(loss -> writer.println(this.session.text("export.loss", loss)));
		}
		writer.println(this.session.text("export.written", target));
	}

	@Command(name = { "set", "schema" }, group = "sets", description = "Print or write the JSON Schema of set files")
	public void schema(CommandContext context, @Option(longName = "out") String out) {
		byte[] schema;
		try (InputStream in = SetCommands.class.getClassLoader().getResourceAsStream(SCHEMA)) {
			if (in == null) {
				throw new IllegalStateException("schema missing from the jar: " + SCHEMA);
			}
			schema = in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new IllegalStateException(unreadable);
		}
		if (out == null) {
			context.outputWriter().print(new String(schema, java.nio.charset.StandardCharsets.UTF_8));
			return;
		}
		AtomicOutput.write(Path.of(out), o -> o.write(schema));
		context.outputWriter().println(this.session.text("export.written", out));
	}

	/** The set a command names, or the session's current set when it names none. */
	private LoadedSet resolve(String reference, String command) {
		if (!reference.equals(CURRENT)) {
			return this.session.catalogue().resolve(reference);
		}
		return this.session.currentSet().orElseThrow(() -> LexbenchException.usage("use.needed", command));
	}

	private void warnings(LoadedSet loaded, PrintWriter out) {
		for (Problem warning : loaded.warnings()) {
			out.println("  " + warning.render(this.session.language()));
		}
	}

}
