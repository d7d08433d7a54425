package org.lexbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lexbench.files.TableOutput;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.ScoreCard;

/**
 * Every firm's results, for every year scored, as one table (xlsx, or CSV with a byte-order mark): name, code, year,
 * status, tier, coverage, then the score and rank at the composite and at every dimension, in
 * tree order. Scores are written unrounded (the shortest text that reads back as the same double),
 * so a researcher can replay and compare them.
 */
final class ScoreExport {

	private final Session session;

	ScoreExport(Session session) {
		this.session = session;
	}

	/** Writes the cards (one per year scored, same set), one row per firm and year. */
	void write(List<ScoreCard> cards, Path target) {
		ScoreCard first = cards.get(0);
		List<String> nodes = new ArrayList<>();
		nodes.add(first.rootId());
		for (Node n : first.set().nodes()) {
			if (!(n instanceof org.lexbench.indicator.Indicator)
					&& cards.stream().anyMatch(c -> c.scores().containsKey(n.id()))) {
				nodes.add(n.id());
			}
		}
		List<String> header = new ArrayList<>(List.of(text("load.col.firm"), text("firms.col.code"), text("load.col.year"),
				text("export.col.status"), text("ranking.col.tier"), text("load.col.coverage")));
		for (String n : nodes) {
			header.add(n);
			header.add(n + ".rank");
		}
		List<List<Object>> rows = new ArrayList<>();
		for (ScoreCard card : cards) {
			addRows(card, nodes, rows);
		}
		TableOutput.write(target, text("export.sheet"), header, rows);
	}

	private void addRows(ScoreCard card, List<String> nodes, List<List<Object>> rows) {
		ScoreView view = new ScoreView(this.session);
		for (int f = 0; f < card.size(); f++) {
			FirmRecord firm = card.firms().get(f);
			List<Object> row = new ArrayList<>();
			row.add(firm.name());
			row.add(firm.code().orElse(""));
			row.add(firm.year().isPresent() ? (Object) firm.year().getAsInt() : "");
			row.add(view.status(card, f).equals("—") ? text("status.scored") : view.status(card, f));
			int at = f;
			row.add(card.tiers().get(f).map(t -> t.id()).orElse(""));
			row.add(card.coverage()[f]);
			for (String n : nodes) {
				row.add(cell(card.score(n, at)));
				row.add(cell(card.rank(n, at)));
			}
			rows.add(row);
		}
	}

	private static Object cell(double v) {
		return Double.isNaN(v) ? "" : (Object) v;
	}

	private String text(String key) {
		return this.session.text(key);
	}

}
