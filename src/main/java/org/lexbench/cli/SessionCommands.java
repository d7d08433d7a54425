package org.lexbench.cli;

import java.io.PrintWriter;

import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;
import org.lexbench.files.NearestWord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The commands about the session itself: help, language, version, the demo, quitting. */
@Component
class SessionCommands {

	/** The set the demo shows, reads the sample against and scores by. */
	static final String DEMO_SET = "cn-first-class-7";

	/** {@code lang current} (or plain {@code lang}) shows the language without changing it. */
	static final String CURRENT = "current";

	private final Session session;

	private final ObjectProvider<CommandDirectory> directory;

	private final ObjectProvider<HelpText> help;

	private final SetCommands sets;

	private final DataCommands data;

	private final ScoringCommands scoring;

	/** The directory and help are looked up when needed: the directory itself creates this bean. */
	private final WholeJob job;

	SessionCommands(Session session, ObjectProvider<CommandDirectory> directory, ObjectProvider<HelpText> help,
			SetCommands sets, DataCommands data, ScoringCommands scoring, ReportCommands report, ChartCommands charts,
			ScorecardCommands scorecards, ExportCommands export) {
		this.session = session;
		this.scoring = scoring;
		this.job = new WholeJob(session, report, charts, scorecards, export);
		this.directory = directory;
		this.help = help;
		this.sets = sets;
		this.data = data;
	}

	@Command(name = "help", group = "session", description = "List commands, or explain one",
			completionProvider = "commandNameCompletion")
	public void help(CommandContext context, @Arguments String[] command) {
		PrintWriter out = context.outputWriter();
		if (command == null || command.length == 0) {
			this.help.getObject().overview(out);
			return;
		}
		String name = String.join(" ", command);
		CommandDirectory directory = this.directory.getObject();
		if (command.length == 1 && directory.find(name).isEmpty()
				&& directory.namesLongestFirst().stream().anyMatch(n -> n.startsWith(name + " "))) {
			this.help.getObject().group(name, out);
			return;
		}
		CommandDirectory.Spec spec = directory.find(name)
			.orElseThrow(() -> LexbenchException.usage("cli.unknown-command", name,
					NearestWord.hint(name, this.directory.getObject().namesLongestFirst())));
		this.help.getObject().command(spec, out);
	}

	@Command(name = "lang", group = "session", description = "Show or switch the language (zh, en)")
	public void lang(CommandContext context, @Argument(index = 0, defaultValue = CURRENT) String language) {
		if (!language.equals(CURRENT)) {
			this.session.language(Language.parse(language)
				.orElseThrow(() -> LexbenchException.usage("cli.lang.unknown", language)));
		}
		context.outputWriter().println(this.session.text("lang.now", this.session.text("lang." + this.session.language().code())));
	}

	@Command(name = "version", group = "session", description = "Show lexbench's version")
	public void version(CommandContext context) {
		context.outputWriter().println(this.session.text("version.line", Version.current(),
				System.getProperty("java.version"), System.getProperty("java.vendor", "")));
	}

	/** Where {@code demo} writes the whole job's outputs. */
	static final java.nio.file.Path DEMO_OUTPUT = java.nio.file.Path.of("reports", "demo");

	@Command(name = "demo", group = "session", description = "Show the built-in frameworks, read the sample data and score it")
	public void demo(CommandContext context, @Option(longName = "out") String folder,
			@Option(longName = "outputs", defaultValue = "true") Boolean outputs) {
		PrintWriter out = context.outputWriter();
		out.println(this.session.text("demo.intro"));
		out.println();
		this.sets.sets(context);
		out.println();
		this.sets.show(context, DEMO_SET, null, 1);
		out.println();
		out.println(this.session.text("demo.sample"));
		this.data.loadSample(context, this.session.catalogue().resolve(DEMO_SET));
		out.println();
		this.scoring.score(context, null, null, null, null, null, null, null, null, null, null, null, 10, null);
		this.session.provenance(Provenance.demo(this.session.data().orElseThrow().set(), DataCommands.sampleBytes()));
		if (!Boolean.FALSE.equals(outputs)) {
			this.job.outputs(context, folder == null || folder.isBlank() ? DEMO_OUTPUT : java.nio.file.Path.of(folder.strip()), 1, 5);
		}
		out.println();
		out.println(this.session.text("demo.next"));
	}

	@Command(name = "quit", alias = "exit", group = "session", description = "Leave the shell")
	public void quit(CommandContext context) {
		this.session.quit();
	}


}
