package org.lexbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lexbench.files.LexbenchException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code run --set ID --data FILE… [--out DIR]}: the whole job in one command — load, score,
 * then the workbook, the council report, the charts, every scorecard and the research dataset,
 * each with its manifest — into one folder, with a numbered line before each step.
 */
@Component
class RunCommands {

	static final int STEPS = 7;

	private final Session session;

	private final DataCommands data;

	private final ScoringCommands scoring;

	private final WholeJob job;

	RunCommands(Session session, DataCommands data, ScoringCommands scoring, ReportCommands report, ChartCommands charts,
			ScorecardCommands scorecards, ExportCommands export) {
		this.session = session;
		this.data = data;
		this.scoring = scoring;
		this.job = new WholeJob(session, report, charts, scorecards, export);
	}

	@Command(name = "run", group = "reports", description = "Load, score and write every report in one go")
	public void run(CommandContext context, @Option(longName = "set") String set, @Option(longName = "data") String[] files,
			@Option(longName = "out") String out) {
		if (set == null || set.isBlank() || files == null || files.length == 0) {
			throw LexbenchException.usage("cli.missing-args", "run", org.lexbench.files.Text.of("cmd.run.usage"));
		}
		List<String> load = new ArrayList<>(List.of("load"));
		for (String f : files) {
			load.addAll(List.of(f.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
		}
		String[] paths = load.subList(1, load.size()).toArray(String[]::new);
		load.addAll(List.of("--set", set.strip()));
		this.job.step(context.outputWriter(), 1, STEPS, "run.step.load", load);
		this.data.load(context, paths, set.strip(), null, null, null, null, false, false, null, null, null, null);
		this.job.step(context.outputWriter(), 2, STEPS, "run.step.score", List.of("score"));
		this.scoring.score(context, null, null, null, null, null, null, null, null, null, null, null, 10, null);
		this.job.outputs(context, Path.of(out == null || out.isBlank() ? "reports" : out.strip()), 3, STEPS);
	}

}
