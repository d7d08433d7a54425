package org.lexbench.cli;

import java.nio.file.Path;
import java.time.Clock;
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
			@Option(longName = "year") Integer year) {
		Language language = lang == null ? this.session.language()
				: Language.parse(lang).orElseThrow(() -> LexbenchException.usage("cli.bad-value", "report", lang, "lang",
						Text.of("type.choice", "zh | en")));
		Path target = out == null ? null : Path.of(out.strip());
		if (target != null && !String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			throw LexbenchException.usage("workbook.out-extension", out);
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
					+ (card.year().isPresent() ? "-" + card.year().getAsInt() : "") + ".xlsx");
		}
		RunFacts facts = RunFacts.of(card, Version.current(), loaded.files(), command(out, lang, year), Clock.systemDefaultZone());
		ExcelWorkbook.Written written = ExcelWorkbook.write(new WorkbookInput(card, loaded.dataset(), facts, language), target);
		context.outputWriter().println(this.session.text("workbook.written", written.file(), written.sheets().size(),
				String.join(this.session.text("list.separator"), written.sheets()), written.firms()));
	}

	/** The command as the user could type it again. */
	private static String command(String out, String lang, Integer year) {
		List<String> words = new ArrayList<>(List.of("report"));
		if (out != null) {
			words.add("--out " + out.strip());
		}
		if (lang != null) {
			words.add("--lang " + lang.strip());
		}
		if (year != null) {
			words.add("--year " + year);
		}
		return String.join(" ", words);
	}

}
