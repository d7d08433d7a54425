package org.lexbench.cli;

import java.util.ArrayList;
import java.util.List;

import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.CellFlags;
import org.lexbench.scoring.FirmLookup;
import org.lexbench.scoring.FirmStanding;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/**
 * One firm's profile in a score: composite, rank and tier, the distance to the next tier, its
 * score and rank at every node of the tree, its strengths and weaknesses (best and worst five
 * indicators by rank among the firms scored), coverage and every flagged value.
 */
final class FirmProfile {

	private final Session session;

	FirmProfile(Session session) {
		this.session = session;
	}

	String render(ScoreCard card, String name) {
		int f = FirmLookup.find(card, name);
		FirmStanding standing = FirmStanding.of(card, f);
		ScoreView view = new ScoreView(this.session);
		StringBuilder out = new StringBuilder();
		int ranked = standing.ranked();
		out.append(text("firm.head", card.firms().get(f).name(), card.year().isPresent() ? card.year().getAsInt() : "—",
				ScoreView.number(card.composite()[f], 2), ScoreView.rank(card.compositeRank()[f]), ranked,
				card.tiers().get(f).map(t -> t.name().in(this.session.language())).orElse(view.status(card, f)),
				DataView.percent(card.coverage()[f]))).append('\n');
		FirmStatus status = card.statuses().get(f);
		if (status instanceof FirmStatus.Ineligible in) {
			in.failed().forEach(x -> out.append(text(x.missingValue() ? "firm.gate-missing" : "firm.gate-failed",
					x.name().in(this.session.language()), x.text())).append('\n'));
		}
		else if (status instanceof FirmStatus.ScreenedOut s) {
			out.append(text("firm.screened", DataView.percent(s.coverage()), DataView.percent(s.threshold()))).append('\n');
		}
		standing.nextTier().ifPresent(next -> out.append(text("firm.next-tier", next.tier().name().in(this.session.language()),
				ScoreView.number(next.points(), 2))).append('\n'));
		List<List<String>> rows = new ArrayList<>();
		tree(card, card.set().root(), f, TreePrefix.ofRoot(), rows);
		out.append(this.session.table(List.of(ConsoleTable.Column.main(text("firm.col.node"), 16, 9),
				ConsoleTable.Column.number(text("ranking.col.score"), 9), ConsoleTable.Column.number(text("ranking.col.rank"), 8),
				ConsoleTable.Column.text(text("firm.col.flags"), 3)), rows));
		if (!standing.strengths().isEmpty()) {
			out.append(text("firm.strengths", names(standing.strengths(), card, f))).append('\n');
		}
		if (!standing.weaknesses().isEmpty()) {
			out.append(text("firm.weaknesses", names(standing.weaknesses(), card, f))).append('\n');
		}
		return out.toString();
	}

	private String names(List<Indicator> indicators, ScoreCard card, int f) {
		List<String> out = new ArrayList<>();
		for (Indicator i : indicators) {
			out.add(i.name().in(this.session.language()) + " #" + ScoreView.rank(card.rank(i.id(), f)));
		}
		return String.join(text("list.separator"), out);
	}

	private void tree(ScoreCard card, Node node, int f, TreePrefix at, List<List<String>> rows) {
		if (!card.scores().containsKey(node.id())) {
			return;
		}
		String flags = "";
		if (node instanceof Indicator) {
			int j = card.indicators().indexOf(node);
			flags = flags(card.flags()[j][f]);
		}
		rows.add(List.of(at.label(node.name().in(this.session.language())), ScoreView.number(card.score(node.id(), f), 2),
				ScoreView.rank(card.rank(node.id(), f)), flags));
		if (node instanceof Dimension d) {
			List<Node> shown = d.children().stream().filter(c -> card.scores().containsKey(c.id())).toList();
			for (int c = 0; c < shown.size(); c++) {
				tree(card, shown.get(c), f, at.child(c == shown.size() - 1), rows);
			}
		}
	}

	private String flags(byte flags) {
		List<String> out = new ArrayList<>();
		if (CellFlags.has(flags, CellFlags.IMPUTED)) {
			out.add(text("flag.imputed"));
		}
		if (CellFlags.has(flags, CellFlags.WINSORISED)) {
			out.add(text("flag.winsorised"));
		}
		if (CellFlags.has(flags, CellFlags.TRANSFORMED)) {
			out.add(text("flag.transformed"));
		}
		if (CellFlags.has(flags, CellFlags.OUT_OF_RANGE)) {
			out.add(text("flag.out-of-range"));
		}
		return String.join(", ", out);
	}

	private String text(String key, Object... args) {
		return this.session.text(key, args);
	}

}
