package org.lexbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.Text;
import org.lexbench.report.RunFacts;
import org.lexbench.report.workbook.ExcelWorkbook;
import org.lexbench.report.workbook.WorkbookInput;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.ScoreRun;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The reports of the last score: the Excel workbook. */
@Component
class ReportCommands {

	private final Session session;

	ReportCommands(Session session) {
		this.session = session;
	}

	@Command(name = "report", group = "reports", description = "Write the Excel workbook of the last score")
	public void report(CommandContext context, @Option(longName = "out") String out, @Option(longName = "lang") String lang,
			@Option(longName = "year") Integer year, @Option(longName = "format") String format) {
		boolean docx = format != null && format.strip().equalsIgnoreCase("docx");
		if (format != null && !docx && !format.strip().equalsIgnoreCase("xlsx")) {
			throw LexbenchException.usage("cli.bad-value", "report", format, "format", Text.of("type.choice", "xlsx | docx"));
		}
		Language language = lang == null ? this.session.language()
				: Language.parse(lang).orElseThrow(() -> LexbenchException.usage("cli.bad-value", "report", lang, "lang",
						Text.of("type.choice", "zh | en")));
		Path target = out == null ? null : Path.of(out.strip());
		String extension = docx ? ".docx" : ".xlsx";
		if (target != null && !String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(extension)) {
			throw LexbenchException.usage(docx ? "council.out-extension" : "workbook.out-extension", out);
		}
		LoadedData loaded = this.session.data().orElseThrow(() -> LexbenchException.usage("workbook.none"));
		ScoreRun run = this.session.scoreRun().orElseThrow(() -> LexbenchException.usage("workbook.none"));
		if (year != null) {
			if (run.latest().year().isEmpty()) {
				throw LexbenchException.usage("score.undated", year);
			}
			run = run.including(loaded.dataset(), year);
			this.session.scored(run);
		}
		ScoreCard card = year == null ? run.latest() : run.year(year).orElseThrow();
		if (target == null) {
			target = OutputFolder.file("lexbench-" + card.set().id()
					+ (card.year().isPresent() ? "-" + card.year().getAsInt() : "") + extension);
		}
		if (docx) {
			council(context, card, loaded, language, target);
			return;
		}
		List<String> inputs = this.session.provenance().map(p -> p.inputs().stream()
			.map(i -> i.typed() + " · SHA-256 " + i.sha256()).toList()).orElse(loaded.files());
		RunFacts facts = RunFacts.of(card, Version.current(), inputs, command(out, lang, year), this.session.clock());
		ExcelWorkbook.Written written = ExcelWorkbook.write(new WorkbookInput(card, loaded.dataset(), facts, language,
				this.session.comparison(card)), target);
		context.outputWriter().println(this.session.text("workbook.written", written.file(), written.sheets().size(),
				String.join(this.session.text("list.separator"), written.sheets()), written.firms()));
		manifest(context, written.file());
	}

	/** The council report of {@code card}: the set, the method, the results with the ranking and tier charts, data quality. */
	private void council(CommandContext context, ScoreCard card, LoadedData loaded, Language language, Path target) {
		org.lexbench.report.chart.ScoreCharts charts = new org.lexbench.report.chart.ScoreCharts(card, language);
		List<org.lexbench.report.council.ChartPicture> pictures = new ArrayList<>();
		if (charts.scoredFirms().length > 0) {
			for (org.lexbench.report.chart.Figure figure : List.of(charts.ranking(20), charts.tiers())) {
				pictures.add(new org.lexbench.report.council.ChartPicture(org.lexbench.report.chart.ChartFormat.PNG.bytes(figure),
						figure.width(), figure.height(), figure.title()));
			}
		}
		org.lexbench.report.council.CouncilReport.write(target, new org.lexbench.report.council.CouncilInput(card,
				loaded.dataset().problems(), pictures, language, Version.current(), 500));
		context.outputWriter().println(this.session.text("council.written", target));
		manifest(context, target);
	}

	private void manifest(CommandContext context, Path output) {
		Path written = this.session.provenance().orElseThrow().writeBeside(output, output, this.session.commandWords(),
				List.of(output), this.session.scoreRun(), this.session.language(), this.session.clock());
		context.outputWriter().println(this.session.text("manifest.written", written));
	}

	/**
	 * The command as the user could type it again, less its {@code --out} (the workbook is where it
	 * went; leaving it out keeps a replayed workbook, written elsewhere, identical).
	 */
	private static String command(String out, String lang, Integer year) {
		List<String> words = new ArrayList<>(List.of("report"));
		if (lang != null) {
			words.add("--lang " + lang.strip());
		}
		if (year != null) {
			words.add("--year " + year);
		}
		return String.join(" ", words);
	}

}
