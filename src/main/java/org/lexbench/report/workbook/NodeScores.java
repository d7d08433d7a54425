package org.lexbench.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.lexbench.indicator.Node;
import org.lexbench.scoring.ScoreCard;

/**
 * A table of per-node scores and ranks, one row per firm by composite rank and two columns per
 * node, with a heat-map colour scale on every score column: what the Dimensions and Indicators
 * sheets show.
 */
final class NodeScores {

	private NodeScores() {
	}

	/** Lays out the table of {@code nodes}, the score columns headed by {@code heading} and the ranks by {@code rankHeading}. */
	static void lay(Book book, SheetFrame frame, List<? extends Node> nodes, Function<Node, String> heading,
			Function<Node, String> rankHeading) {
		ScoreCard card = book.card();
		HeaderRow header = new HeaderRow();
		header.add(book.text("col.firm"), RankingSheet.nameWidth(book));
		for (Node n : nodes) {
			header.fit(heading.apply(n), 10, 24);
			header.fit(rankHeading.apply(n), 7, 12);
		}
		header.widths(frame);
		Looks looks = frame.looks();
		Look text = looks.plain();
		Look score = looks.number(Looks.Format.SCORE);
		double[][] scores = new double[nodes.size()][];
		double[][] ranks = new double[nodes.size()][];
		for (int k = 0; k < nodes.size(); k++) {
			scores[k] = card.scores().get(nodes.get(k).id());
			ranks[k] = card.ranks().get(nodes.get(k).id());
		}
		frame.rows(rows -> {
			header.write(rows, 0, looks.header());
			for (int f : book.byRank()) {
				rows.row();
				rows.text(card.firms().get(f).name(), text);
				for (int k = 0; k < scores.length; k++) {
					rows.number(scores[k][f], score);
					rows.number(ranks[k] == null ? Double.NaN : ranks[k][f], text);
				}
			}
		});
		int last = card.size();
		frame.extent(last + 1, header.size());
		frame.header(1, 1);
		frame.filter(0, last, 0, header.size() - 1);
		List<Integer> scored = new ArrayList<>();
		for (int k = 0; k < nodes.size(); k++) {
			scored.add(1 + 2 * k);
		}
		frame.colourScale(1, last, scored);
	}

}
