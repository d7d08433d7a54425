package org.lexbench.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.NearestWord;
import org.lexbench.firmdata.FirmNames;
import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.Node;
import org.lexbench.indicator.Tier;
import org.lexbench.scoring.CellFlags;
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
		int f = find(card, name);
		ScoreView view = new ScoreView(this.session);
		StringBuilder out = new StringBuilder();
		int ranked = 0;
		for (double r : card.compositeRank()) {
			ranked += Double.isNaN(r) ? 0 : 1;
		}
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
		nextTier(card, f).ifPresent(line -> out.append(line).append('\n'));
		List<List<String>> rows = new ArrayList<>();
		tree(card, card.set().root(), f, "", rows);
		out.append(this.session.table(List.of(ConsoleTable.Column.main(text("firm.col.node"), 16, 9),
				ConsoleTable.Column.number(text("ranking.col.score"), 9), ConsoleTable.Column.number(text("ranking.col.rank"), 8),
				ConsoleTable.Column.text(text("firm.col.flags"), 3)), rows));
		if (!Double.isNaN(card.composite()[f])) {
			List<Indicator> ranked2 = card.indicators().stream().filter(i -> !Double.isNaN(card.rank(i.id(), f)))
				.sorted(Comparator.comparingDouble((Indicator i) -> card.rank(i.id(), f)).thenComparing(Indicator::id)).toList();
			// best and worst five; with fewer than ten indicators the better half are strengths, the
			// rest weaknesses, so no indicator is listed as both
			int strengths = Math.min(5, (ranked2.size() + 1) / 2);
			int weaknesses = Math.min(5, ranked2.size() - strengths);
			out.append(text("firm.strengths", names(ranked2.subList(0, strengths), card, f))).append('\n');
			if (weaknesses > 0) {
				List<Indicator> worst = new ArrayList<>(ranked2.subList(ranked2.size() - weaknesses, ranked2.size()));
				java.util.Collections.reverse(worst);
				out.append(text("firm.weaknesses", names(worst, card, f))).append('\n');
			}
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

	private void tree(ScoreCard card, Node node, int f, String indent, List<List<String>> rows) {
		if (!card.scores().containsKey(node.id())) {
			return;
		}
		String flags = "";
		if (node instanceof Indicator) {
			int j = card.indicators().indexOf(node);
			flags = flags(card.flags()[j][f]);
		}
		rows.add(List.of(indent + node.name().in(this.session.language()), ScoreView.number(card.score(node.id(), f), 2),
				ScoreView.rank(card.rank(node.id(), f)), flags));
		if (node instanceof Dimension d) {
			for (Node child : d.children()) {
				tree(card, child, f, indent.isEmpty() ? "└ " : "  " + indent, rows);
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

	/** How far the firm is from the tier above its own: points of composite to gain. */
	private Optional<String> nextTier(ScoreCard card, int f) {
		Optional<Tier> own = card.tiers().get(f);
		double score = card.composite()[f];
		if (own.isEmpty() || Double.isNaN(score)) {
			return Optional.empty();
		}
		int at = card.set().tiers().indexOf(own.get());
		if (at <= 0) {
			return Optional.empty();
		}
		Tier next = card.set().tiers().get(at - 1);
		double needed = Double.NaN;
		if (next.min().isPresent()) {
			needed = next.min().getAsDouble() - score;
		}
		else {
			double lowest = Double.POSITIVE_INFINITY;
			for (int g = 0; g < card.size(); g++) {
				if (card.tiers().get(g).filter(t -> t.id().equals(next.id())).isPresent()) {
					lowest = Math.min(lowest, card.composite()[g]);
				}
			}
			needed = Double.isInfinite(lowest) ? Double.NaN : lowest - score;
		}
		return Double.isNaN(needed) ? Optional.empty()
				: Optional.of(text("firm.next-tier", next.name().in(this.session.language()), ScoreView.number(needed, 2)));
	}

	/** The firm {@code name} names in the card: exactly, by normalised name or credit code, else by a unique part of its name. */
	int find(ScoreCard card, String name) {
		java.util.OptionalInt exact = card.find(name);
		if (exact.isPresent()) {
			return exact.getAsInt();
		}
		String key = FirmNames.PLAIN.key(name);
		List<Integer> matches = new ArrayList<>();
		for (int f = 0; f < card.size(); f++) {
			String folded = FirmNames.PLAIN.key(card.firms().get(f).name());
			if (folded.equals(key) || card.firms().get(f).code().filter(c -> c.equalsIgnoreCase(name)).isPresent()) {
				return f;
			}
			if (folded.contains(key)) {
				matches.add(f);
			}
		}
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.size() > 1) {
			throw LexbenchException.usage("firm.ambiguous", name, matches.size(), String.join(text("list.separator"),
					matches.stream().limit(5).map(g -> card.firms().get(g).name()).toList()));
		}
		List<String> names = card.firms().stream().map(r -> r.name()).toList();
		throw LexbenchException.usage("firm.unknown", name, NearestWord.hint(name, names));
	}

	private String text(String key, Object... args) {
		return this.session.text(key, args);
	}

}
