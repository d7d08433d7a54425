package org.lexbench.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Text;
import org.lexbench.firmdata.synthetic.GenerationResult;
import org.lexbench.firmdata.synthetic.GenerationSpec;
import org.lexbench.firmdata.synthetic.SyntheticFirms;
import org.lexbench.indicator.LoadedSet;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The command that writes synthetic firm data, for demos, tests and benchmarks. */
@Component
class GenerateCommands {

	static final String DEFAULT_SEED = "1";

	/** The last year of generated data unless given: fixed, so a seed alone decides the output. */
	static final String DEFAULT_LAST_YEAR = "2024";

	private final Session session;

	GenerateCommands(Session session) {
		this.session = session;
	}

	@Command(name = "generate", group = "data", description = "Write synthetic firm data",
			completionProvider = "setReferenceCompletion")
	public void generate(CommandContext context, @Option(longName = "set") String set,
			@Option(longName = "firms") Integer firms, @Option(longName = "years", defaultValue = "1") Integer years,
			@Option(longName = "last-year", defaultValue = DEFAULT_LAST_YEAR) Integer lastYear,
			@Option(longName = "seed", defaultValue = DEFAULT_SEED) Long seed,
			@Option(longName = "missing", defaultValue = "0") Double missing, @Option(longName = "out") String out) {
		LoadedSet loaded = set != null ? this.session.catalogue().resolve(set)
				: this.session.currentSet().orElseThrow(() -> LexbenchException.usage("use.needed", "generate"));
		if (firms == null || out == null) {
			throw LexbenchException.usage("cli.missing-args", "generate", Text.of("cmd.generate.usage"));
		}
		check(firms >= 1 && firms <= GenerationSpec.MAX_FIRMS, firms, "firms", Text.of("generate.range", 1, GenerationSpec.MAX_FIRMS));
		check(years >= 1 && years <= GenerationSpec.MAX_YEARS, years, "years", Text.of("generate.range", 1, GenerationSpec.MAX_YEARS));
		check(lastYear >= GenerationSpec.FIRST_LAST_YEAR && lastYear <= GenerationSpec.LAST_LAST_YEAR, lastYear, "last-year",
				Text.of("generate.range", GenerationSpec.FIRST_LAST_YEAR, GenerationSpec.LAST_LAST_YEAR));
		check(missing >= 0 && missing < 1, missing, "missing", Text.of("generate.share"));
		String name = String.valueOf(Path.of(out).getFileName()).toLowerCase(Locale.ROOT);
		if (!(name.endsWith(".xlsx") || name.endsWith(".csv"))) {
			throw LexbenchException.usage("generate.extension", out);
		}
		if (name.endsWith(".xlsx") && (long) firms * years > 1_048_575) {
			throw LexbenchException.usage("generate.too-many-for-xlsx", (long) firms * years);
		}
		GenerationResult result = SyntheticFirms.write(loaded.set(), new GenerationSpec(firms, years, lastYear, seed, missing),
				Path.of(out));
		context.outputWriter().println(this.session.text("generate.written", result.file(), result.records(),
				result.indicators(), DataView.years(this.session, lastYear - years + 1, lastYear), seed, result.missingCells(),
				result.cells(), loaded.set().id()));
	}

	private static void check(boolean ok, Object value, String option, Text expected) {
		if (!ok) {
			throw LexbenchException.usage("cli.bad-value", "generate", value, option, expected);
		}
	}

}
