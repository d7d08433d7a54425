package org.lexbench.report.council;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.AtomicOutput;
import org.lexbench.files.Language;
import org.lexbench.files.Problem;
import org.lexbench.files.Severity;
import org.lexbench.files.Text;
import org.lexbench.indicator.Citation;
import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;
import org.lexbench.indicator.Tier;
import org.lexbench.report.MethodSummary;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/**
 * The report for a bar association's council, as an editable Word document: the indicator set
 * and its dimensions with their weights, the method in prose, the results (tier distribution,
 * the ranking with every dimension's score), the charts, and notes on data quality — firms not
 * eligible and why, firms screened out, values imputed and treated, problems found on import.
 */
public final class CouncilReport {

	private CouncilReport() {
	}

	public static void write(Path target, CouncilInput in) {
		DocxPages doc = build(in);
		AtomicOutput.write(target, doc::writeTo);
	}

	static DocxPages build(CouncilInput in) {
		Language lang = in.language();
		ScoreCard card = in.card();
		String year = card.year().isPresent() ? String.valueOf(card.year().getAsInt()) : "—";
		DocxPages doc = new DocxPages(Text.of("council.page-of", "{0}", "{1}").in(lang));
		doc.title(text(lang, "council.title", card.set().name().in(lang), year),
				text(lang, "council.subtitle", card.set().id(), card.set().version(), in.lexbench()));

		doc.heading(text(lang, "council.h.set"));
		if (!card.set().description().isEmpty()) {
			doc.paragraph(card.set().description().in(lang));
		}
		doc.table(List.of(text(lang, "council.col.dimension"), text(lang, "council.col.weight"), text(lang, "council.col.indicators")),
				dimensionRows(card, lang), new boolean[] { false, true, true });
		for (Citation source : card.set().sources()) {
			doc.bullet(source.text().in(lang) + source.url().map(u -> " " + u).orElse(""));
		}

		doc.heading(text(lang, "council.h.method"));
		Map<String, Double> effective = card.effectiveWeights();
		long weighed = card.indicators().stream().filter(i -> effective.getOrDefault(i.id(), 0.0) > 0).count();
		doc.paragraph(text(lang, "council.method", weighed, card.size(), year,
				MethodSummary.of(card, MethodStep.IMPUTE), MethodSummary.of(card, MethodStep.SCREEN),
				MethodSummary.of(card, MethodStep.TREAT), MethodSummary.of(card, MethodStep.NORMALISE),
				MethodSummary.of(card, MethodStep.WEIGHTS), MethodSummary.of(card, MethodStep.AGGREGATE),
				MethodSummary.of(card, MethodStep.RANKS)));
		if (!card.set().tiers().isEmpty()) {
			doc.paragraph(text(lang, "council.tiers", String.join(text(lang, "list.separator"),
					card.set().tiers().stream().map(t -> tierRule(t, lang)).toList())));
		}

		doc.heading(text(lang, "council.h.results"));
		doc.table(List.of(text(lang, "council.col.tier"), text(lang, "council.col.firms")), tierRows(card, lang),
				new boolean[] { false, true });
		for (ChartPicture chart : in.charts()) {
			doc.picture(chart);
		}
		doc.heading(text(lang, "council.h.ranking"));
		List<String> header = new ArrayList<>(List.of(text(lang, "council.col.rank"), text(lang, "council.col.firm"),
				text(lang, "council.col.composite"), text(lang, "council.col.tier")));
		List<Dimension> dimensions = card.set().root().children().stream().filter(Dimension.class::isInstance)
			.map(Dimension.class::cast).filter(d -> card.scores().containsKey(d.id())).toList();
		dimensions.forEach(d -> header.add(d.name().in(lang)));
		boolean[] numeric = new boolean[header.size()];
		java.util.Arrays.fill(numeric, true);
		numeric[1] = false;
		numeric[3] = false;
		List<Integer> order = ranked(card);
		List<List<String>> rows = new ArrayList<>();
		for (int f : order.subList(0, Math.min(order.size(), in.maxRankingRows()))) {
			List<String> row = new ArrayList<>(List.of(rank(card.compositeRank()[f]), card.firms().get(f).name(),
					number(card.composite()[f]), card.tiers().get(f).map(t -> t.name().in(lang)).orElse("")));
			dimensions.forEach(d -> row.add(number(card.score(d.id(), f))));
			rows.add(row);
		}
		doc.table(header, rows, numeric);
		if (order.size() > in.maxRankingRows()) {
			doc.paragraph(text(lang, "council.more", order.size() - in.maxRankingRows()));
		}

		doc.heading(text(lang, "council.h.quality"));
		qualityNotes(card, in.problems(), lang).forEach(doc::bullet);
		return doc;
	}

	private static List<List<String>> dimensionRows(ScoreCard card, Language lang) {
		Map<String, Double> weights = card.weights().getOrDefault(card.rootId(), Map.of());
		List<List<String>> rows = new ArrayList<>();
		for (Node child : card.set().root().children()) {
			if (child instanceof Dimension d && weights.containsKey(d.id())) {
				long indicators = card.indicators().stream().filter(i -> isUnder(card, i, d)).count();
				rows.add(List.of(d.name().in(lang), percent(weights.get(d.id())), String.valueOf(indicators)));
			}
		}
		return rows;
	}

	private static boolean isUnder(ScoreCard card, Node node, Dimension d) {
		Map<String, Dimension> parents = card.set().parents();
		for (Dimension p = parents.get(node.id()); p != null; p = parents.get(p.id())) {
			if (p.id().equals(d.id())) {
				return true;
			}
		}
		return false;
	}

	private static List<List<String>> tierRows(ScoreCard card, Language lang) {
		Map<String, Integer> count = new LinkedHashMap<>();
		card.set().tiers().forEach(t -> count.put(t.name().in(lang), 0));
		int ineligible = 0;
		int screened = 0;
		for (int f = 0; f < card.size(); f++) {
			Optional<Tier> t = card.tiers().get(f);
			if (t.isPresent()) {
				count.merge(t.get().name().in(lang), 1, Integer::sum);
			}
			ineligible += card.statuses().get(f) instanceof FirmStatus.Ineligible ? 1 : 0;
			screened += card.statuses().get(f) instanceof FirmStatus.ScreenedOut ? 1 : 0;
		}
		List<List<String>> rows = new ArrayList<>();
		count.forEach((name, n) -> rows.add(List.of(name, String.valueOf(n))));
		rows.add(List.of(text(lang, "council.ineligible"), String.valueOf(ineligible)));
		rows.add(List.of(text(lang, "council.screened"), String.valueOf(screened)));
		return rows;
	}

	private static List<Integer> ranked(ScoreCard card) {
		List<Integer> order = new ArrayList<>();
		for (int f = 0; f < card.size(); f++) {
			if (!Double.isNaN(card.compositeRank()[f])) {
				order.add(f);
			}
		}
		order.sort(java.util.Comparator.comparingDouble((Integer f) -> card.compositeRank()[f])
			.thenComparing(f -> card.firms().get(f).name()));
		return order;
	}

	private static List<String> qualityNotes(ScoreCard card, List<Problem> problems, Language lang) {
		List<String> notes = new ArrayList<>();
		long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
		notes.add(text(lang, "council.problems", errors, problems.size() - errors));
		int imputed = card.steps().imputed().stream().mapToInt(f -> f.filled()).sum();
		int treated = (int) card.steps().treated().values().stream().filter(t -> t.winsorisedPoints() > 0 || t.logFallback()).count();
		notes.add(text(lang, "council.steps", imputed, treated, card.steps().droppedIndicators().size()));
		for (int f = 0; f < card.size(); f++) {
			if (card.statuses().get(f) instanceof FirmStatus.Ineligible in) {
				notes.add(text(lang, "council.firm-ineligible", card.firms().get(f).name(), String.join(text(lang, "list.separator"),
						in.failed().stream().map(x -> x.describe().in(lang)).toList())));
			}
			else if (card.statuses().get(f) instanceof FirmStatus.ScreenedOut s) {
				notes.add(text(lang, "council.firm-screened", card.firms().get(f).name(), percent(s.coverage()), percent(s.threshold())));
			}
		}
		return notes;
	}

	private static String tierRule(Tier t, Language lang) {
		if (t.min().isPresent()) {
			return text(lang, "council.tier-min", t.name().in(lang), number(t.min().getAsDouble()));
		}
		if (t.top().isPresent()) {
			return text(lang, "council.tier-top", t.name().in(lang), percent(t.top().getAsDouble()));
		}
		return text(lang, "council.tier-rest", t.name().in(lang));
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
	}

	private static String rank(double r) {
		return Double.isNaN(r) ? "—" : (r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r));
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", 100 * share);
	}

	private static String text(Language lang, String key, Object... args) {
		return Text.of(key, args).in(lang);
	}

}
