package org.lexbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.lexbench.report.dataset.DatasetFormat;
import org.lexbench.scoring.ScoreCard;
import org.springframework.shell.core.command.CommandContext;

/**
 * The outputs of the whole job, after a load and a score, into one folder: the Excel workbook,
 * the council report, the charts, every firm's scorecard and the research dataset — each written
 * by its own command, as if typed (so each output's manifest records a command {@code replay} can
 * run again), with a numbered progress line before each.
 */
final class WholeJob {

	private final Session session;

	private final ReportCommands report;

	private final ChartCommands charts;

	private final ScorecardCommands scorecards;

	private final ExportCommands export;

	WholeJob(Session session, ReportCommands report, ChartCommands charts, ScorecardCommands scorecards, ExportCommands export) {
		this.session = session;
		this.report = report;
		this.charts = charts;
		this.scorecards = scorecards;
		this.export = export;
	}

	/** Writes every output into {@code folder} (created if missing); steps are numbered from {@code first} of {@code total}. */
	void outputs(CommandContext context, Path folder, int first, int total) {
		OutputFolder.ensure(folder);
		ScoreCard card = this.session.scoreRun().orElseThrow().latest();
		String stem = org.lexbench.files.SafeFileName.stem("lexbench-" + card.set().id()
				+ card.year().stream().mapToObj(y -> "-" + y).findFirst().orElse(""));
		PrintWriter out = context.outputWriter();
		int step = first;
		String workbook = folder.resolve(stem + ".xlsx").toString();
		step(out, step++, total, "run.step.workbook", List.of("report", "--out", workbook));
		this.report.report(context, workbook, null, null, null);
		String council = folder.resolve(stem + ".docx").toString();
		step(out, step++, total, "run.step.council", List.of("report", "--format", "docx", "--out", council));
		this.report.report(context, council, null, null, "docx");
		String chartFolder = folder.resolve("charts").toString();
		step(out, step++, total, "run.step.charts", List.of("charts", "--out", chartFolder));
		this.charts.charts(context, null, ChartCommands.Formats.BOTH, chartFolder, 20, null);
		Path cardFolder = folder.resolve("scorecards");
		step(out, step++, total, "run.step.scorecards", List.of("scorecards", "--all", "--out", cardFolder.toString()));
		this.scorecards.scorecards(context, null, true, null, cardFolder.toString());
		String dataset = folder + java.io.File.separator; // the folder: the dataset takes its default name, with the years it covers
		step(out, step, total, "run.step.export", List.of("export", "--format", "csv", "--out", dataset));
		this.export.export(context, DatasetFormat.CSV, false, false, null, null, dataset);
		out.println(this.session.text("run.done", folder));
	}

	/** Says which step starts, and records the command it stands for (for its outputs' manifests). */
	void step(PrintWriter out, int step, int total, String key, List<String> words) {
		out.println();
		out.println(this.session.text("run.step", step, total, this.session.text(key)));
		out.flush();
		this.session.commandWords(words);
	}

}
