package org.lexbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.report.dataset.DatasetExport;
import org.lexbench.report.dataset.DatasetFormat;
import org.lexbench.report.dataset.Layout;
import org.lexbench.report.dataset.Salt;
import org.lexbench.scoring.ScoreCard;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The command that writes the last score as a dataset for researchers, with its codebook. */
@Component
class ExportCommands {

	private final Session session;

	ExportCommands(Session session) {
		this.session = session;
	}

	@Command(name = "export", group = "reports", description = "Write the last score as a dataset for researchers")
	public void export(CommandContext context, @Option(longName = "format") DatasetFormat format,
			@Option(longName = "tidy", defaultValue = "false") Boolean tidy,
			@Option(longName = "pseudonymise", defaultValue = "false") Boolean pseudonymise,
			@Option(longName = "salt") String salt, @Option(longName = "year") Integer year,
			@Option(longName = "out") String out) {
		boolean pseudonymised = Boolean.TRUE.equals(pseudonymise);
		if (salt != null && !pseudonymised) {
			throw LexbenchException.usage("export.data.salt-alone");
		}
		List<ScoreCard> cards = LastScore.cards(this.session, year);
		Layout layout = Boolean.TRUE.equals(tidy) ? Layout.TIDY : Layout.WIDE;
		DatasetTarget target = DatasetTarget.of(out, format,
				chosen -> DatasetExport.defaultName(cards, layout, chosen, pseudonymised), this.session);
		Optional<Salt> secret = pseudonymised ? Optional.of(salt(salt, target.path())) : Optional.empty();
		DatasetExport.Result result = DatasetExport.write(cards,
				new DatasetExport.Request(layout, target.format(), target.path(), secret, true));
		PrintWriter writer = context.outputWriter();
		DatasetExport.WrittenFile data = result.data();
		writer.println(this.session.text("export.data.written", data.path(), data.rows(), data.columns(), layout.keyword(),
				years(cards)));
		if (data.sheets().size() > 1) {
			writer.println(this.session.text("export.data.sheets", data.sheets().size(), String.join(", ", data.sheets())));
		}
		result.codebook().ifPresent(c -> writer.println(this.session.text("export.data.codebook", c.path(), c.rows())));
		secret.ifPresent(s -> writer.println(this.session.text("export.data.pseudonymised", result.pseudonymDigits(), s.file(),
				s.created() ? this.session.text("export.data.salt-created") : "")));
		List<Path> outputs = new java.util.ArrayList<>(List.of(data.path()));
		result.codebook().ifPresent(c -> outputs.add(c.path()));
		Path manifest = this.session.provenance().orElseThrow().writeBeside(data.path(), data.path(), this.session.commandWords(),
				outputs, this.session.scoreRun(), this.session.language(), this.session.clock());
		writer.println(this.session.text("manifest.written", manifest));
	}

	/** The salt, from {@code --salt} or its default place — never the folder the dataset goes to. */
	private static Salt salt(String given, Path target) {
		Path file = given != null ? Path.of(given.strip()) : Salt.defaultFile();
		Path folder = target.toAbsolutePath().normalize().getParent();
		if (folder != null && folder.equals(file.toAbsolutePath().normalize().getParent())) {
			throw LexbenchException.usage("export.data.salt-beside", file, folder);
		}
		return Salt.readOrCreate(file);
	}

	private String years(List<ScoreCard> cards) {
		List<Integer> years = cards.stream().filter(c -> c.year().isPresent()).map(c -> c.year().getAsInt()).toList();
		return years.isEmpty() ? this.session.text("export.data.undated")
				: DataView.years(this.session, years.get(0), years.get(years.size() - 1));
	}

}
