package org.lexbench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.lexbench.analysis.PeerComparison;
import org.lexbench.analysis.PeerGroup;
import org.lexbench.files.LexbenchException;
import org.lexbench.scoring.FirmLookup;
import org.lexbench.scoring.ScoreCard;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code compare FIRM}: the firm against a peer group — by rule, by names, or the N nearest in
 * one indicator; every ranked firm when none is given — at every node: its value, the group's
 * median and quartiles, its percentile, and what would bring it to the median and to the better
 * quartile. Peers' own values are listed only with {@code --show-peers}.
 */
@Component
class CompareCommands {

	private final Session session;

	CompareCommands(Session session) {
		this.session = session;
	}

	@Command(name = "compare", group = "scoring", description = "Compare a firm with its peers")
	public void compare(CommandContext context, @Argument(index = 0) String firm, @Option(longName = "peers") String rule,
			@Option(longName = "peer-list") String[] names, @Option(longName = "nearest") Integer nearest,
			@Option(longName = "by") String by, @Option(longName = "show-peers", defaultValue = "false") Boolean showPeers,
			@Option(longName = "year") Integer year, @Option(longName = "out") String out) {
		if (firm == null || firm.isBlank()) {
			throw LexbenchException.usage("firm.name-needed");
		}
		int chosen = (rule != null ? 1 : 0) + (names != null && names.length > 0 ? 1 : 0) + (nearest != null ? 1 : 0);
		if (chosen > 1) {
			throw LexbenchException.usage("compare.one-way");
		}
		if (nearest != null && (by == null || by.isBlank())) {
			throw LexbenchException.usage("compare.nearest-by");
		}
		ScoreCard card = LastScore.card(this.session, year);
		int f = FirmLookup.find(card, firm.strip());
		if (Double.isNaN(card.composite()[f])) {
			throw LexbenchException.usage("compare.not-ranked", card.firms().get(f).name(), new ScoreView(this.session).status(card, f));
		}
		PeerGroup group;
		if (rule != null) {
			group = PeerGroup.byRule(card, f, rule);
		}
		else if (names != null && names.length > 0) {
			group = PeerGroup.byNames(card, f, Arrays.stream(names).flatMap(n -> Arrays.stream(n.split("[,，]")))
				.map(String::strip).filter(n -> !n.isEmpty()).toList());
		}
		else if (nearest != null) {
			group = PeerGroup.nearest(card, f, ShellConversions.natural(nearest, "compare", "nearest"), by.strip());
		}
		else {
			group = new PeerGroup(f, IntStream.range(0, card.size())
				.filter(g -> g != f && !Double.isNaN(card.compositeRank()[g])).toArray(), this.session.text("compare.all-ranked"));
		}
		PeerComparison comparison = PeerComparison.of(card, group);
		this.session.compared(card, comparison);
		context.outputWriter().print(render(card, comparison, Boolean.TRUE.equals(showPeers)));
		if (out != null) {
			charts(context, card, comparison, OutputFolder.ensure(java.nio.file.Path.of(out.strip())));
		}
	}

	/** The firm's radar against the group's median and top quartile, and its gaps to the median, as PNG and SVG. */
	private void charts(CommandContext context, ScoreCard card, PeerComparison comparison, java.nio.file.Path folder) {
		org.lexbench.report.chart.ScoreCharts charts = new org.lexbench.report.chart.ScoreCharts(card, this.session.language());
		List<java.nio.file.Path> written = new ArrayList<>();
		new org.lexbench.report.chart.FigureFiles(folder).write(
				List.of(charts.radar(comparison.group().firm(), comparison.group().peers()), charts.peerGaps(comparison)),
				java.util.EnumSet.allOf(org.lexbench.report.chart.ChartFormat.class), file -> {
					written.add(file);
					context.outputWriter().println(this.session.text("chart.written", file));
				});
		java.nio.file.Path manifest = this.session.provenance().orElseThrow().writeBeside(written.get(0), folder,
				this.session.commandWords(), written, this.session.scoreRun(), this.session.language(), this.session.clock());
		context.outputWriter().println(this.session.text("manifest.written", manifest));
	}

	private String render(ScoreCard card, PeerComparison comparison, boolean showPeers) {
		StringBuilder out = new StringBuilder();
		PeerGroup group = comparison.group();
		out.append(this.session.text("compare.head", card.firms().get(group.firm()).name(),
				card.year().isPresent() ? card.year().getAsInt() : "—", group.peers().length, group.how())).append('\n');
		List<List<String>> rows = new ArrayList<>();
		List<PeerComparison.Row> all = comparison.rows();
		for (int k = 0; k < all.size(); k++) {
			PeerComparison.Row r = all.get(k);
			rows.add(List.of(prefix(all, k).label(r.node().name().in(this.session.language())), value(r.value()), value(r.median()),
					Double.isNaN(r.lowerQuartile()) ? "—" : value(r.lowerQuartile()) + " – " + value(r.upperQuartile()),
					Double.isNaN(r.percentile()) ? "—" : ScoreView.number(r.percentile(), 0), change(r.toMedian()),
					change(r.toBetterQuartile())));
		}
		out.append(this.session.table(List.of(ConsoleTable.Column.main(this.session.text("firm.col.node"), 16, 9),
				ConsoleTable.Column.number(this.session.text("compare.col.firm"), 8),
				ConsoleTable.Column.number(this.session.text("compare.col.median"), 8),
				ConsoleTable.Column.number(this.session.text("compare.col.quartiles"), 6),
				ConsoleTable.Column.number(this.session.text("compare.col.percentile"), 6),
				ConsoleTable.Column.number(this.session.text("compare.col.to-median"), 5),
				ConsoleTable.Column.number(this.session.text("compare.col.to-quartile"), 5)), rows));
		out.append(this.session.text("compare.legend")).append('\n');
		if (showPeers) {
			List<List<String>> peers = new ArrayList<>();
			int[] byRank = java.util.stream.IntStream.of(group.peers()).boxed()
				.sorted(java.util.Comparator.comparingDouble((Integer g) -> card.compositeRank()[g])).mapToInt(Integer::intValue).toArray();
			for (int g : byRank) {
				peers.add(List.of(ScoreView.rank(card.compositeRank()[g]), card.firms().get(g).name(),
						ScoreView.number(card.composite()[g], 2)));
			}
			out.append(this.session.text("compare.peers")).append('\n');
			out.append(this.session.table(List.of(ConsoleTable.Column.number(this.session.text("ranking.col.rank"), 9),
					ConsoleTable.Column.main(this.session.text("load.col.firm"), 14, 9),
					ConsoleTable.Column.number(this.session.text("ranking.col.score"), 9)), peers));
		}
		return out.toString();
	}

	/** The tree prefix of row {@code k}: last among its siblings when no later row at its depth comes before a shallower one. */
	private static TreePrefix prefix(List<PeerComparison.Row> rows, int k) {
		TreePrefix p = TreePrefix.ofRoot();
		for (int d = 1; d <= rows.get(k).depth(); d++) {
			int ancestor = k;
			while (rows.get(ancestor).depth() > d) {
				ancestor--;
			}
			p = p.child(isLast(rows, ancestor));
		}
		return p;
	}

	private static boolean isLast(List<PeerComparison.Row> rows, int k) {
		int depth = rows.get(k).depth();
		for (int j = k + 1; j < rows.size(); j++) {
			if (rows.get(j).depth() < depth) {
				return true;
			}
			if (rows.get(j).depth() == depth) {
				return false;
			}
		}
		return true;
	}

	private static String value(double v) {
		if (Double.isNaN(v)) {
			return "—";
		}
		if (v == Math.rint(v) || Math.abs(v) >= 10_000) {
			return String.format(java.util.Locale.ROOT, "%,.0f", v); // counts and large amounts as whole numbers
		}
		return ScoreView.number(v, 2);
	}

	private static String change(double v) {
		return Double.isNaN(v) ? "—" : v == 0 ? "✓" : (v > 0 ? "+" : "") + value(v);
	}

}
