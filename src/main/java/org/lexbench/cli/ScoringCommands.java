package org.lexbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.MethodText;
import org.lexbench.indicator.LoadedSet;
import org.lexbench.report.dataset.DatasetExport;
import org.lexbench.report.dataset.DatasetFormat;
import org.lexbench.report.dataset.Layout;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.ScoreRun;
import org.lexbench.scoring.ScoringOptions;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The scoring commands: score, ranking, firm, method. */
@Component
class ScoringCommands {

	private final Session session;

	ScoringCommands(Session session) {
		this.session = session;
	}

	@Command(name = "score", group = "scoring", description = "Score the loaded firms")
	public void score(CommandContext context, @Option(longName = "set") String set,
			@Option(longName = "normalise") String normalise, @Option(longName = "aggregate") String aggregate,
			@Option(longName = "weights") String weights, @Option(longName = "impute") String impute,
			@Option(longName = "treat") String treat, @Option(longName = "screen") String screen,
			@Option(longName = "ranks") String ranks, @Option(longName = "node") String[] node,
			@Option(longName = "year") Integer year, @Option(longName = "denominate") String denominate,
			@Option(longName = "top", defaultValue = "10") Integer top, @Option(longName = "out") String out) {
		Path target = out == null ? null : target(out);
		FirmDataset data = data(set, context.outputWriter());
		IndicatorSet s = data.set();
		ScoringOptions options = ScoringOptions.defaults().inYear(year == null ? OptionalInt.empty() : OptionalInt.of(year));
		String[][] chosen = { { "normalise", normalise }, { "aggregate", aggregate }, { "weights", weights },
				{ "impute", impute }, { "treat", treat }, { "screen", screen }, { "ranks", ranks } };
		for (String[] c : chosen) {
			if (c[1] != null && !c[1].isBlank()) {
				options = options.with(MethodText.parse(MethodStep.parse(c[0]).orElseThrow(), c[1], s));
			}
		}
		if (node != null && node.length > 0) {
			Set<String> nodes = new LinkedHashSet<>();
			for (String n : node) {
				String id = n.strip();
				if (!id.equals(s.root().id()) && s.find(id).isEmpty()) {
					throw LexbenchException.usage("score.unknown-node", id, s.id());
				}
				nodes.add(id);
			}
			options = options.atNodes(nodes);
		}
		if (denominate != null) {
			options = options.denominating(yes(denominate, "denominate"));
		}
		int shown = ShellConversions.natural(top, "score", "top");
		ScoreRun run = ScoreRun.of(data, options);
		this.session.scored(run);
		List<String> words = this.session.commandWords();
		if (!words.isEmpty() && words.get(0).equals("score")) {
			this.session.provenance(this.session.provenance().orElseThrow().scored(words, this.session.data().orElseThrow().set()));
		}
		ScoreCard card = run.latest();
		ScoreView view = new ScoreView(this.session);
		context.outputWriter().print(view.summary(card));
		if (run.cards().size() > 1) {
			context.outputWriter().println(this.session.text("score.years", run.years().stream().map(String::valueOf)
				.collect(java.util.stream.Collectors.joining(", ")), card.year().getAsInt()));
		}
		context.outputWriter().print(view.ranking(card, s.root().id(), shown, null, null, false));
		if (target != null) {
			scores(run.cards(), target);
			context.outputWriter().println(this.session.text("score.written", target,
					run.cards().stream().mapToInt(ScoreCard::size).sum()));
			manifest(context, target);
		}
	}

	@Command(name = "ranking", group = "scoring", description = "Show the ranking of the last score")
	public void ranking(CommandContext context, @Option(longName = "top", defaultValue = "20") Integer top,
			@Option(longName = "node") String node, @Option(longName = "tier") String tier,
			@Option(longName = "by") String by, @Option(longName = "year") Integer year,
			@Option(longName = "all", defaultValue = "false") Boolean all, @Option(longName = "out") String out) {
		ScoreCard card = LastScore.card(this.session, year);
		String at = node == null ? card.rootId() : node.strip();
		if (!card.scores().containsKey(at)) {
			throw LexbenchException.usage("score.unknown-node", at, card.set().id());
		}
		if (out != null) {
			Path target = target(out);
			scores(List.of(card), target);
			context.outputWriter().println(this.session.text("score.written", target, card.size()));
			manifest(context, target);
			return;
		}
		context.outputWriter().print(new ScoreView(this.session).ranking(card, at, ShellConversions.natural(top, "ranking", "top"), tier, by,
				Boolean.TRUE.equals(all)));
	}

	@Command(name = "firm", group = "scoring", description = "One firm's profile in the last score")
	public void firm(CommandContext context, @Argument(index = 0) String name, @Option(longName = "year") Integer year) {
		if (name == null || name.isBlank()) {
			throw LexbenchException.usage("firm.name-needed");
		}
		ScoreCard card = LastScore.card(this.session, year);
		context.outputWriter().print(new FirmProfile(this.session).render(card, name.strip()));
	}

	@Command(name = "method", group = "scoring", description = "The resolved methods and weights of the last score")
	public void method(CommandContext context, @Option(longName = "year") Integer year) {
		ScoreCard card = LastScore.card(this.session, year);
		context.outputWriter().print(new MethodView(this.session).render(card));
	}

	/** Writes the manifest beside {@code output} and says where. */
	private void manifest(CommandContext context, Path output) {
		Path written = this.session.provenance().orElseThrow().writeBeside(output, output, this.session.commandWords(), List.of(output),
				this.session.scoreRun(), this.session.language(), this.session.clock());
		context.outputWriter().println(this.session.text("manifest.written", written));
	}

	/** Where {@code --out} writes: the path as given; xlsx or CSV by its extension, anything else refused; never an input. */
	private Path target(String out) {
		Path target = Path.of(out.strip());
		if (!org.lexbench.files.TableOutput.isTableFile(target)) {
			throw LexbenchException.usage("score.out-extension", out);
		}
		new DatasetTarget(target, DatasetFormat.of(target).orElseThrow()).notAnInput(this.session);
		return target;
	}

	/** Every firm's status, tier, and score and rank at every node, for every card: the scores layout of a dataset. */
	private static void scores(List<ScoreCard> cards, Path target) {
		DatasetExport.write(cards, new DatasetExport.Request(Layout.SCORES, DatasetFormat.of(target).orElseThrow(), target,
				java.util.Optional.empty(), false));
	}

	/**
	 * The loaded data, read again against {@code set} when that names another set than the one
	 * it was loaded against (which then becomes the session's data and set).
	 */
	private FirmDataset data(String set, java.io.PrintWriter out) {
		LoadedData loaded = this.session.data().orElseThrow(() -> LexbenchException.usage("load.none"));
		if (set != null && !set.isBlank() && !set.strip().equals(loaded.dataset().set().id())
				&& !set.strip().equals(loaded.set().origin())) {
			LoadedSet other = this.session.catalogue().resolve(set.strip());
			if (!other.set().id().equals(loaded.dataset().set().id())) {
				loaded = loaded.against(other);
				this.session.data(loaded);
				this.session.currentSet(other);
				out.println(this.session.text("score.reloaded", String.join(", ", loaded.files()),
						other.set().id(), loaded.dataset().firms(), loaded.dataset().errors()));
			}
		}
		return LastScore.scorable(loaded);
	}

	static boolean yes(String text, String option) {
		String t = text.strip().toLowerCase(java.util.Locale.ROOT);
		if (List.of("yes", "true", "on", "是").contains(t)) {
			return true;
		}
		if (List.of("no", "false", "off", "否").contains(t)) {
			return false;
		}
		throw LexbenchException.usage("cli.bad-value", "score", text, option, org.lexbench.files.Text.of("type.choice", "yes | no"));
	}

}
