package org.lexbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Problem;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.firmdata.LookupFile;
import org.lexbench.firmdata.ReadLimits;
import org.lexbench.firmdata.SourceSummary;
import org.lexbench.firmdata.TemplateMark;
import org.lexbench.indicator.IndicatorCatalogue;
import org.lexbench.indicator.LoadedSet;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The commands about firm data: load, data, problems, firms. */
@Component
class DataCommands {

	private final Session session;

	DataCommands(Session session) {
		this.session = session;
	}

	@Command(name = "load", group = "data", description = "Load firm data files against an indicator set",
			completionProvider = "setReferenceCompletion")
	public void load(CommandContext context, @Arguments String[] files, @Option(longName = "set") String set,
			@Option(longName = "sheet") String sheet, @Option(longName = "layout") SourceSummary.Layout layout,
			@Option(longName = "encoding") String encoding, @Option(longName = "year") Integer year,
			@Option(longName = "strict", defaultValue = "false") Boolean strict,
			@Option(longName = "supersede", defaultValue = "false") Boolean supersede,
			@Option(longName = "mapping") String mapping, @Option(longName = "aliases") String aliases,
			@Option(longName = "rates") String rates, @Option(longName = "max-rows") Integer maxRows) {
		if (files == null || files.length == 0) {
			throw LexbenchException.usage("cli.missing-args", "load", org.lexbench.files.Text.of("cmd.load.usage"));
		}
		if (maxRows != null && maxRows < 1) {
			throw LexbenchException.usage("cli.bad-value", "load", maxRows, "max-rows", org.lexbench.files.Text.of("type.positive"));
		}
		List<Path> paths = java.util.Arrays.stream(files).map(Path::of).toList();
		for (Path path : paths) {
			if (!java.nio.file.Files.exists(path)) {
				throw LexbenchException.invalidInput("file.not-found", path);
			}
		}
		LoadedSet loaded = chooseSet(set, paths);
		LoadedData.Reading reading = against -> read(against, files, paths, sheet, layout, encoding, year, strict, supersede,
				mapping, aliases, rates, maxRows);
		LoadedData result = reading.against(loaded);
		context.outputWriter().print(new DataView(this.session).render(result, false));
		this.session.data(result);
		this.session.currentSet(loaded);
		List<String> lookups = java.util.stream.Stream.of(mapping, aliases, rates).filter(java.util.Objects::nonNull).toList();
		this.session.provenance(Provenance.loaded(this.session.commandWords(), List.of(files), lookups, loaded));
		if (result.refused()) {
			throw LexbenchException.invalidInput("load.strict", result.dataset().errors());
		}
	}

	private static LoadedData read(LoadedSet loaded, String[] files, List<Path> paths, String sheet,
			SourceSummary.Layout layout, String encoding, Integer year, Boolean strict, Boolean supersede, String mapping,
			String aliases, String rates, Integer maxRows) {
		String currency = loaded.set().currency();
		LoadOptions options = LoadOptions.defaults(currency).withSheet(sheet).withLayout(layout).withEncoding(encoding)
			.withYear(year == null ? OptionalInt.empty() : OptionalInt.of(year)).withSupersede(Boolean.TRUE.equals(supersede))
			.withLimits(maxRows == null ? ReadLimits.DEFAULT : ReadLimits.DEFAULT.withMaxRows(maxRows));
		if (mapping != null) {
			options = options.withMapping(LookupFile.mapping(Path.of(mapping), mapping, loaded.set()));
		}
		if (aliases != null) {
			options = options.withNames(LookupFile.aliases(Path.of(aliases), aliases));
		}
		if (rates != null) {
			options = options.withRates(LookupFile.rates(Path.of(rates), rates, currency));
		}
		FirmDataset data = DataLoader.load(loaded.set(), paths, options);
		boolean refused = Boolean.TRUE.equals(strict) && data.errors() > 0;
		return new LoadedData(loaded, data, List.of(files), refused, against -> read(against, files, paths, sheet, layout,
				encoding, year, strict, supersede, mapping, aliases, rates, maxRows));
	}

	/** The sample workbook bundled in the jar, and how messages name it. */
	static final String SAMPLE = "seeds/demo-firms.xlsx";

	/**
	 * Loads the bundled sample workbook against {@code set} (from the jar, so the demo runs in any
	 * folder; a temporary copy is read and deleted), prints its summary and keeps it as the
	 * session's data.
	 */
	void loadSample(CommandContext context, LoadedSet set) {
		LoadedData result = readSample(set);
		context.outputWriter().print(new DataView(this.session).render(result, false));
		this.session.data(result);
		this.session.currentSet(set);
	}

	private static LoadedData readSample(LoadedSet set) {
		Path copy;
		try {
			copy = java.nio.file.Files.createTempFile("lexbench-demo-", ".xlsx");
			java.nio.file.Files.write(copy, sampleBytes());
		}
		catch (java.io.IOException unwritable) {
			throw new java.io.UncheckedIOException(unwritable);
		}
		try {
			FirmDataset data = DataLoader.load(set.set(), List.of(copy), LoadOptions.defaults(set.set().currency()), p -> SAMPLE);
			return new LoadedData(set, data, List.of(SAMPLE), false, DataCommands::readSample);
		}
		finally {
			try {
				java.nio.file.Files.deleteIfExists(copy);
			}
			catch (java.io.IOException ignored) {
				// a temporary file the system cleans up anyway
			}
		}
	}

	/** The bytes of the sample workbook bundled in the jar. */
	static byte[] sampleBytes() {
		try (java.io.InputStream in = DataCommands.class.getClassLoader().getResourceAsStream(SAMPLE)) {
			if (in == null) {
				throw new IllegalStateException("the sample workbook is missing from the jar: " + SAMPLE);
			}
			return in.readAllBytes();
		}
		catch (java.io.IOException unreadable) {
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

	/** The set named, else the one a returned template names, else the session's current set. */
	private LoadedSet chooseSet(String reference, List<Path> paths) {
		IndicatorCatalogue catalogue = this.session.catalogue();
		if (reference != null) {
			return catalogue.resolve(reference);
		}
		for (Path path : DataLoader.dataFiles(paths)) {
			if (java.nio.file.Files.isRegularFile(path)) {
				Optional<TemplateMark> mark = TemplateMark.read(path, path.toString());
				if (mark.isPresent()) {
					return catalogue.resolve(mark.get().setId());
				}
			}
		}
		return this.session.currentSet().orElseThrow(() -> LexbenchException.usage("load.no-set",
				String.join(", ", catalogue.entries().stream().filter(e -> e.origin().equals(IndicatorCatalogue.BUILT_IN))
					.map(e -> e.loaded().set().id()).toList())));
	}

	@Command(name = "data", group = "data", description = "Show the summary of the loaded firm data")
	public void data(CommandContext context) {
		context.outputWriter().print(new DataView(this.session).render(loaded(), true));
	}

	@Command(name = "problems", group = "data", description = "List or export the problems of the loaded data")
	public void problems(CommandContext context, @Option(longName = "severity") org.lexbench.files.Severity severity,
			@Option(longName = "out") String out, @Option(longName = "limit", defaultValue = "50") Integer limit) {
		ShellConversions.natural(limit, "problems", "limit");
		if (out != null && !org.lexbench.files.TableOutput.isTableFile(Path.of(out))) {
			throw LexbenchException.usage("problems.extension", out);
		}
		FirmDataset data = loaded().dataset();
		List<Problem> problems = data.problems().stream()
			.filter(p -> severity == null || p.severity() == severity).toList();
		ProblemsView view = new ProblemsView(this.session);
		if (out != null) {
			Path target = Path.of(out);
			view.write(problems, data, target);
			context.outputWriter().println(this.session.text("problems.written", target, problems.size()));
			Path manifest = this.session.provenance().orElseThrow().writeBeside(target, target, this.session.commandWords(), List.of(target),
					java.util.Optional.empty(), this.session.language(), this.session.clock());
			context.outputWriter().println(this.session.text("manifest.written", manifest));
			return;
		}
		context.outputWriter().print(view.render(problems, limit));
	}

	@Command(name = "firms", group = "data", description = "List the loaded firms")
	public void firms(CommandContext context, @Option(longName = "where") String[] where,
			@Option(longName = "show") String[] show, @Option(longName = "limit", defaultValue = "50") Integer limit) {
		ShellConversions.natural(limit, "firms", "limit");
		context.outputWriter().print(new FirmsView(this.session).render(loaded().dataset(),
				where == null ? List.of() : new ArrayList<>(List.of(where)), show == null ? List.of() : List.of(show), limit));
	}

	private LoadedData loaded() {
		return this.session.data().orElseThrow(() -> LexbenchException.usage("load.none"));
	}

}
