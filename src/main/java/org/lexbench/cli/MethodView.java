package org.lexbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.MethodResolution;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.Treated;
import org.lexbench.scoring.ScoreCard;

/**
 * The methods a score resolved, as a tree: at each dimension how it weighs and aggregates and the
 * weights it used; at each indicator how it was imputed, treated and normalised; each with where
 * the choice comes from (command, a node id, set, type or default).
 */
final class MethodView {

	private final Session session;

	MethodView(Session session) {
		this.session = session;
	}

	static String rootChoice(ScoreCard card, MethodStep step) {
		return org.lexbench.report.MethodSummary.of(card, step);
	}

	String render(ScoreCard card) {
		StringBuilder out = new StringBuilder();
		out.append(this.session.text("method.head", card.set().id(), card.set().version(),
				card.year().isPresent() ? card.year().getAsInt() : "—", card.jdk())).append('\n');
		var s = card.steps().screened();
		out.append(this.session.text("method.screen", s.method(), ScoreView.number(s.firmThreshold(), 2),
				ScoreView.number(s.indicatorThreshold(), 2), s.on(), s.firms().size(), s.indicators().size())).append('\n');
		List<List<String>> rows = new ArrayList<>();
		walk(card, card.set().root(), TreePrefix.ofRoot(), card.effectiveWeights(), rows);
		out.append(this.session.table(List.of(ConsoleTable.Column.main(this.session.text("firm.col.node"), 16, 9),
				ConsoleTable.Column.number(this.session.text("method.col.weight"), 8),
				ConsoleTable.Column.main(this.session.text("method.col.methods"), 20, 9)), rows));
		return out.toString();
	}

	private void walk(ScoreCard card, Node node, TreePrefix at, Map<String, Double> effective, List<List<String>> rows) {
		Map<MethodStep, MethodResolution.Resolved> m = card.methods().get(node.id());
		List<String> parts = new ArrayList<>();
		for (var e : m.entrySet()) {
			parts.add(e.getKey().keyword() + " " + e.getValue().choice().describe() + " [" + e.getValue().origin() + "]");
		}
		if (node instanceof Indicator && card.steps().treated().containsKey(node.id())) {
			Treated t = card.steps().treated().get(node.id());
			if (t.winsorisedPoints() > 0 || t.logFallback()) {
				parts.add(this.session.text("method.treated", t.winsorisedPoints(), t.logFallback() ? "ln" : "—",
						ScoreView.number(t.skewBefore(), 2), ScoreView.number(t.kurtosisBefore(), 2),
						ScoreView.number(t.skewAfter(), 2), ScoreView.number(t.kurtosisAfter(), 2)));
			}
		}
		if (card.steps().droppedIndicators().contains(node.id())) {
			parts.add(this.session.text("method.dropped"));
		}
		rows.add(List.of(at.label(node.name().in(this.session.language()) + " (" + node.id() + ")"),
				card.scores().containsKey(node.id()) ? ScoreView.number(100 * effective.getOrDefault(node.id(), Double.NaN), 1) + "%"
						: "—", String.join(" · ", parts)));
		if (node instanceof Dimension d) {
			for (int c = 0; c < d.children().size(); c++) {
				walk(card, d.children().get(c), at.child(c == d.children().size() - 1), effective, rows);
			}
		}
	}

}
