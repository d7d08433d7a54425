package org.lexbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lexbench.files.LexbenchException;
import org.lexbench.report.chart.ChartFormat;
import org.lexbench.report.chart.Figure;
import org.lexbench.report.chart.FigureFiles;
import org.lexbench.report.chart.ScoreCharts;
import org.lexbench.scoring.ScoreCard;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The charts command: the last score drawn as PNG and SVG files. */
@Component
class ChartCommands {

	/** What {@code --format} accepts. */
	enum Formats {
		PNG(EnumSet.of(ChartFormat.PNG)), SVG(EnumSet.of(ChartFormat.SVG)), BOTH(EnumSet.allOf(ChartFormat.class));

		private final Set<ChartFormat> formats;

		Formats(Set<ChartFormat> formats) {
			this.formats = formats;
		}
	}

	/** Where charts go without {@code --out}. */
	static final Path DEFAULT = Path.of("reports", "charts");

	private final Session session;

	ChartCommands(Session session) {
		this.session = session;
	}

	@Command(name = "charts", group = "reports", description = "Draw the last score as charts")
	public void charts(CommandContext context, @Option(longName = "firm") String firm,
			@Option(longName = "format", defaultValue = "both") Formats format, @Option(longName = "out") String out,
			@Option(longName = "top", defaultValue = "20") Integer top, @Option(longName = "year") Integer year) {
		ScoreCard card = LastScore.card(this.session, year);
		int shown = ShellConversions.natural(top, "charts", "top");
		ScoreCharts charts = new ScoreCharts(card, this.session.language());
		if (charts.scoredFirms().length == 0) {
			throw LexbenchException.usage("chart.none-ranked");
		}
		int f = -1;
		if (firm != null && !firm.isBlank()) {
			f = org.lexbench.scoring.FirmLookup.find(card, firm.strip());
			if (Double.isNaN(card.composite()[f])) {
				throw LexbenchException.usage("chart.firm-not-scored", card.firms().get(f).name(),
						new ScoreView(this.session).status(card, f));
			}
		}
		Path folder = folder(out);
		List<Figure> figures = new ArrayList<>(charts.overview(shown));
		if (f >= 0) {
			figures.addAll(charts.firm(f));
		}
		PrintWriter writer = context.outputWriter();
		List<Path> outputs = new ArrayList<>();
		new FigureFiles(folder).write(figures, (format == null ? Formats.BOTH : format).formats, written -> {
			outputs.add(written);
			writer.println(this.session.text("chart.written", written));
			writer.flush();
		});
		Path manifest = this.session.provenance().orElseThrow().writeBeside(folder, folder, this.session.commandWords(), outputs,
				this.session.scoreRun(), this.session.language(), this.session.clock());
		writer.println(this.session.text("manifest.written", manifest));
	}

	/** The folder {@code --out} names, else {@code reports/charts}; created with its parents when missing. */
	private static Path folder(String out) {
		return OutputFolder.ensure(out == null || out.isBlank() ? DEFAULT : Path.of(out.strip()));
	}

}
