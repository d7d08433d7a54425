package org.lexbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.lexbench.files.LexbenchException;
import org.lexbench.report.scorecard.Scorecards;
import org.lexbench.scoring.FirmLookup;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.ScoreRun;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code scorecards}: one-page scorecards (PDF and 150-dpi PNG) of one firm or of every firm of
 * the last score, with a progress line, and with {@code --all} one PDF of every card.
 */
@Component
class ScorecardCommands {

	/** Where cards go without {@code --out}: under the current folder, created if missing. */
	static final String DEFAULT_FOLDER = "reports/scorecards";

	private final Session session;

	ScorecardCommands(Session session) {
		this.session = session;
	}

	@Command(name = "scorecards", group = "reports", description = "Write one-page scorecards of one firm or every firm")
	public void scorecards(CommandContext context, @Option(longName = "firm") String firm,
			@Option(longName = "all", defaultValue = "false") Boolean all, @Option(longName = "year") Integer year,
			@Option(longName = "out") String out) {
		boolean every = Boolean.TRUE.equals(all);
		if ((firm == null) == !every) {
			throw LexbenchException.usage("scorecards.firm-or-all");
		}
		ScoreRun run = this.session.scoreRun().orElseThrow(() -> LexbenchException.usage("score.none"));
		ScoreCard card = year == null ? run.latest()
				: run.year(year).orElseThrow(() -> LexbenchException.usage("scorecards.no-year", year, run.years().toString()));
		int[] firms = every ? IntStream.range(0, card.size()).toArray() : new int[] { FirmLookup.find(card, firm.strip()) };
		Path folder = folder(out);
		String stem = "scorecards-" + card.set().id() + card.year().stream().mapToObj(y -> "-" + y).findFirst().orElse("");
		Path combined = every ? folder.resolve(org.lexbench.files.SafeFileName.stem(stem) + ".pdf") : null;
		PrintWriter printer = context.outputWriter();
		Progress progress = new Progress(printer, firms.length, this.session);
		String note = this.session.text("scorecard.footer", Version.current());
		List<Scorecards.Written> written = new Scorecards(card, this.session.language(), note).write(folder, firms, combined,
				progress::done);
		progress.finish();
		if (!every) {
			printer.println(this.session.text("scorecards.written-one", written.get(0).pdf(), written.get(0).png()));
		}
		else {
			printer.println(this.session.text("scorecards.written-all", written.size(), folder, combined));
		}
		Path main = every ? combined : written.get(0).pdf();
		List<Path> outputs = new java.util.ArrayList<>();
		written.forEach(w -> {
			outputs.add(w.pdf());
			outputs.add(w.png());
		});
		if (combined != null) {
			outputs.add(combined);
		}
		Path manifest = this.session.provenance().orElseThrow().writeBeside(main, folder, this.session.commandWords(), outputs,
				this.session.scoreRun(), this.session.language(), this.session.clock());
		printer.println(this.session.text("manifest.written", manifest));
	}

	/** The folder {@code --out} names, else reports/scorecards; created with its parents when missing. */
	private static Path folder(String out) {
		return OutputFolder.ensure(Path.of(out == null || out.isBlank() ? DEFAULT_FOLDER : out.strip()));
	}

	/** "Scorecards 120/1,000" redrawn in place on a terminal; quarter marks otherwise. */
	private static final class Progress {

		private final PrintWriter out;

		private final int total;

		private final Session session;

		private int shown;

		Progress(PrintWriter out, int total, Session session) {
			this.out = out;
			this.total = total;
			this.session = session;
		}

		synchronized void done(int count) {
			if (this.total < 2) {
				return;
			}
			if (this.session.width() > 0) {
				this.out.print("\r" + this.session.text("scorecards.progress", count, this.total));
				this.out.flush();
			}
			else if (count * 4 / this.total > this.shown) {
				this.shown = count * 4 / this.total;
				this.out.println(this.session.text("scorecards.progress", count, this.total));
				this.out.flush();
			}
		}

		void finish() {
			if (this.total >= 2 && this.session.width() > 0) {
				this.out.println();
			}
		}

	}

}
