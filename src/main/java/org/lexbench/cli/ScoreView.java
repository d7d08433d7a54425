package org.lexbench.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;
import org.lexbench.indicator.Role;
import org.lexbench.indicator.Tier;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.Ranking;
import org.lexbench.scoring.TieRule;
import org.lexbench.scoring.ScoreCard;

/** The summary of a scoring run and its rankings, as console tables. */
final class ScoreView {

	private final Session session;

	ScoreView(Session session) {
		this.session = session;
	}

	String summary(ScoreCard card) {
		int scored = 0;
		int gated = 0;
		int screened = 0;
		for (FirmStatus s : card.statuses()) {
			scored += s instanceof FirmStatus.Scored ? 1 : 0;
			gated += s instanceof FirmStatus.Ineligible ? 1 : 0;
			screened += s instanceof FirmStatus.ScreenedOut ? 1 : 0;
		}
		StringBuilder out = new StringBuilder();
		out.append(text("score.summary", card.set().id(), card.year().isPresent() ? card.year().getAsInt() : "—", card.size(),
				scored, gated, screened)).append('\n');
		List<String> steps = new ArrayList<>();
		for (MethodStep step : MethodStep.values()) {
			steps.add(step.keyword() + " " + MethodView.rootChoice(card, step));
		}
		out.append(text("score.methods", String.join(" · ", steps))).append('\n');
		int imputed = card.steps().imputed().stream().mapToInt(f -> f.filled()).sum();
		int treatedIndicators = 0;
		int points = 0;
		for (var t : card.steps().treated().values()) {
			treatedIndicators += t.winsorisedPoints() > 0 || t.logFallback() ? 1 : 0;
			points += t.winsorisedPoints();
		}
		out.append(text("score.steps", card.steps().denominated().size(), imputed, treatedIndicators, points,
				card.steps().droppedIndicators().size())).append('\n');
		card.steps().ahp().forEach((node, ahp) -> out.append(text(ahp.inconsistent() ? "score.ahp-inconsistent" : "score.ahp",
				node, number(ahp.consistencyRatio(), 3), number(ahp.lambdaMax(), 3))).append('\n'));
		return out.toString();
	}

	/** The firms ranked at {@code node}, best first; within groups of an attribute with {@code by}. */
	String ranking(ScoreCard card, String node, int top, String tier, String by, boolean all) {
		double[] scores = card.scores().get(node);
		double[] ranks = card.ranks().get(node);
		List<Integer> order = new ArrayList<>();
		for (int f = 0; f < card.size(); f++) {
			if (all || !Double.isNaN(ranks[f])) {
				order.add(f);
			}
		}
		if (tier != null) {
			Tier wanted = card.set().tiers().stream().filter(t -> t.id().equals(tier.strip()) || t.name().zh().equals(tier.strip())
					|| t.name().en().equalsIgnoreCase(tier.strip())).findFirst()
				.orElseThrow(() -> LexbenchException.usage("ranking.unknown-tier", tier, String.join(", ",
						card.set().tiers().stream().map(Tier::id).toList())));
			order.removeIf(f -> card.tiers().get(f).filter(t -> t.id().equals(wanted.id())).isEmpty());
		}
		double[] shownRanks = ranks;
		Map<Integer, String> group = new LinkedHashMap<>();
		if (by != null) {
			shownRanks = groupRanks(card, scores, by.strip(), group);
		}
		double[] r = shownRanks;
		Comparator<Integer> byRank = Comparator.comparingDouble((Integer f) -> Double.isNaN(r[f]) ? Double.MAX_VALUE : r[f])
			.thenComparing(f -> card.firms().get(f).name());
		order.sort(by == null ? byRank : Comparator.comparing((Integer f) -> group.get(f)).thenComparing(byRank));
		List<Node> parts = node.equals(card.rootId()) ? card.set().root().children().stream()
			.filter(c -> c.role() == Role.SCORE && card.scores().containsKey(c.id())).limit(8).toList() : List.of();
		List<List<String>> rows = new ArrayList<>();
		int shown = 0;
		String lastGroup = null;
		for (int f : order) {
			if (by != null && !group.get(f).equals(lastGroup)) {
				lastGroup = group.get(f);
				shown = 0;
			}
			boolean unranked = Double.isNaN(r[f]);
			if (top > 0 && shown >= top && !unranked) {
				continue; // --all lists every unranked firm after the top N
			}
			shown += unranked ? 0 : 1;
			FirmRecord firm = card.firms().get(f);
			List<String> row = new ArrayList<>();
			if (by != null) {
				row.add(group.get(f));
			}
			row.add(rank(r[f]));
			row.add(firm.name());
			row.add(number(scores[f], 2));
			row.add(card.tiers().get(f).map(t -> t.name().in(this.session.language())).orElse(status(card, f)));
			for (Node p : parts) {
				row.add(number(card.score(p.id(), f), 1));
			}
			if (all) {
				row.add(reason(card, f));
			}
			rows.add(row);
		}
		List<ConsoleTable.Column> columns = new ArrayList<>();
		if (by != null) {
			columns.add(ConsoleTable.Column.text(by, 6));
		}
		columns.add(ConsoleTable.Column.number(text("ranking.col.rank"), 9));
		columns.add(ConsoleTable.Column.main(text("load.col.firm"), 14, 9));
		columns.add(ConsoleTable.Column.number(text("ranking.col.score"), 9));
		columns.add(ConsoleTable.Column.text(text("ranking.col.tier"), 7));
		for (Node p : parts) {
			columns.add(ConsoleTable.Column.number(p.name().in(this.session.language()), 3));
		}
		if (all) {
			columns.add(ConsoleTable.Column.text(text("ranking.col.why"), 12));
		}
		String title = text("ranking.title", nodeName(card, node), card.year().isPresent() ? card.year().getAsInt() : "—");
		return title + "\n" + (rows.isEmpty() ? text("ranking.empty") + "\n" : this.session.table(columns, rows));
	}

	/** Competition ranks within each group of firms sharing the attribute's value ({@code —} for none). */
	private static double[] groupRanks(ScoreCard card, double[] scores, String attribute, Map<Integer, String> group) {
		Map<String, List<Integer>> members = new LinkedHashMap<>();
		boolean seen = false;
		for (int f = 0; f < card.size(); f++) {
			String g = card.firms().get(f).attributes().get(attribute);
			seen |= g != null;
			String key = g == null || g.isBlank() ? "—" : g.strip();
			group.put(f, key);
			members.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
		}
		if (!seen) {
			throw LexbenchException.usage("ranking.unknown-attribute", attribute);
		}
		double[] out = new double[card.size()];
		members.forEach((g, firms) -> {
			double[] s = new double[firms.size()];
			for (int k = 0; k < s.length; k++) {
				s[k] = Double.isNaN(card.compositeRank()[firms.get(k)]) ? Double.NaN : scores[firms.get(k)];
			}
			double[] r = Ranking.ranks(s, TieRule.COMPETITION, null);
			for (int k = 0; k < s.length; k++) {
				out[firms.get(k)] = r[k];
			}
		});
		return out;
	}

	/** Why a firm is not ranked: the rules it failed (or could not be checked on), or its coverage; "" when ranked. */
	String reason(ScoreCard card, int f) {
		FirmStatus s = card.statuses().get(f);
		if (s instanceof FirmStatus.Ineligible in) {
			return String.join("; ", in.failed().stream().map(x -> x.describe().in(this.session.language())).toList());
		}
		if (s instanceof FirmStatus.ScreenedOut out) {
			return text("ranking.why-screened", DataView.percent(out.coverage()), DataView.percent(out.threshold()));
		}
		return "";
	}

	String status(ScoreCard card, int f) {
		FirmStatus s = card.statuses().get(f);
		if (s instanceof FirmStatus.Ineligible) {
			return card.set().ineligible().in(this.session.language());
		}
		if (s instanceof FirmStatus.ScreenedOut) {
			return text("status.screened");
		}
		return "—";
	}

	String nodeName(ScoreCard card, String node) {
		if (node.equals(card.rootId())) {
			return card.set().name().in(this.session.language());
		}
		Optional<Node> n = card.set().find(node);
		return n.map(x -> x.name().in(this.session.language()) + " (" + x.id() + ")").orElse(node);
	}

	static String rank(double r) {
		if (Double.isNaN(r)) {
			return "—";
		}
		return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
	}

	static String number(double v, int decimals) {
		return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%." + decimals + "f", v);
	}

	private String text(String key, Object... args) {
		return this.session.text(key, args);
	}

}
