package org.lexbench.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lexbench.indicator.Citation;
import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.MethodResolution;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.AhpWeights;
import org.lexbench.scoring.Denomination;
import org.lexbench.scoring.ExpertConsistency;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Screening;
import org.lexbench.scoring.Treated;

/**
 * The method as the score resolved it: every node of the tree with its type, role, direction and
 * unit, its nominal weight (as the set writes it), the weight it had among its siblings and its
 * effective weight (its share of the composite), each step's method and where it was chosen, the
 * outlier treatment of each indicator; then AHP consistency, the screening and the set's sources.
 */
final class MethodSheet implements WorkbookSheet {

	private static final MethodStep[] STEPS = { MethodStep.NORMALISE, MethodStep.AGGREGATE, MethodStep.WEIGHTS,
			MethodStep.IMPUTE, MethodStep.TREAT };

	@Override
	public String name(Book book) {
		return book.text("sheet.method");
	}

	@Override
	public void lay(Book book, SheetFrame frame) {
		Looks looks = frame.looks();
		HeaderRow header = new HeaderRow();
		header.add(book.text("methods.node"), 36).add(book.text("methods.id"), 18).add(book.text("methods.kind"), 12)
			.add(book.text("methods.role"), 8).add(book.text("methods.direction"), 10).add(book.text("methods.unit"), 10)
			.add(book.text("methods.nominal"), 10).add(book.text("methods.used"), 10).add(book.text("methods.effective"), 11);
		for (MethodStep step : STEPS) {
			header.add(step.keyword(), 26);
		}
		header.add(book.text("methods.treatment"), 48).add(book.text("methods.denominator"), 24).add(book.text("methods.sources"), 48);
		header.widths(frame);
		SmallRows rows = new SmallRows();
		List<List<Object>> tree = new ArrayList<>();
		walk(book, book.card().set().root(), "", Double.NaN, 1.0, tree);
		int r = 1;
		for (List<Object> line : tree) {
			List<Look> cells = new ArrayList<>();
			for (int c = 0; c < line.size(); c++) {
				cells.add(c == 7 ? looks.number(Looks.Format.FINE) : c == 8 ? looks.number(Looks.Format.SHARE) : looks.plain());
			}
			rows.row(r++, line, cells);
		}
		r = ahp(book, rows, looks, r + 1);
		r = screening(book, rows, looks, r + 1);
		sources(book, rows, looks, r + 1);
		List<String> texts = header.texts();
		frame.rows(stream -> {
			header.write(stream, 0, looks.header());
			rows.write(stream);
		});
		frame.extent(rows.last() + 1, texts.size());
		frame.header(1, 1);
	}

	private void walk(Book book, Node node, String indent, double used, double effective, List<List<Object>> out) {
		ScoreCard card = book.card();
		List<Object> line = new ArrayList<>();
		line.add(indent + book.in(node.name()));
		line.add(node.id());
		line.add(node instanceof Indicator i ? i.type().keyword() : book.text("methods.dimension"));
		line.add(node.role().keyword());
		line.add(node instanceof Indicator i ? i.direction().keyword() : "");
		line.add(book.in(node.unit()));
		line.add(node.weight().isPresent() ? (Object) node.weight().getAsDouble() : "");
		boolean weighed = card.scores().containsKey(node.id());
		line.add(weighed ? (Object) used : "");
		line.add(weighed ? (Object) effective : "");
		Map<MethodStep, MethodResolution.Resolved> methods = card.methods().getOrDefault(node.id(), Map.of());
		for (MethodStep step : STEPS) {
			MethodResolution.Resolved r = methods.get(step);
			line.add(r == null ? "" : r.choice().describe() + " [" + r.origin() + "]");
		}
		line.add(node instanceof Indicator ? treatment(book, node.id()) : "");
		line.add(denominator(book, node));
		List<String> sources = new ArrayList<>();
		for (Citation c : node.sources()) {
			sources.add(book.in(c.text()) + c.url().map(u -> " " + u).orElse(""));
		}
		line.add(String.join("; ", sources));
		out.add(line);
		if (node instanceof Dimension d) {
			Map<String, Double> w = card.weights().getOrDefault(d.id(), Map.of());
			for (Node child : d.children()) {
				double share = w.getOrDefault(child.id(), Double.NaN);
				walk(book, child, indent + "  ", share, effective * share, out);
			}
		}
	}

	private static String treatment(Book book, String id) {
		if (book.card().steps().droppedIndicators().contains(id)) {
			return book.text("methods.screened-out");
		}
		Treated t = book.card().steps().treated().get(id);
		if (t == null) {
			return "";
		}
		if (t.logFallback()) {
			return book.text("methods.treated-log", t.winsorisedPoints(), Book.number(t.logShift()), Book.number(t.skewBefore()),
					Book.number(t.skewAfter()), Book.number(t.kurtosisBefore()), Book.number(t.kurtosisAfter()));
		}
		if (t.winsorisedPoints() > 0) {
			return book.text("methods.treated", t.winsorisedPoints(), book.text("tail." + t.tail().name().toLowerCase(java.util.Locale.ROOT)),
					Book.number(t.skewBefore()), Book.number(t.skewAfter()), Book.number(t.kurtosisBefore()),
					Book.number(t.kurtosisAfter()));
		}
		return book.text("methods.untreated", Book.number(t.skewBefore()), Book.number(t.kurtosisBefore()));
	}

	private static String denominator(Book book, Node node) {
		for (Denomination.Divided d : book.card().steps().denominated()) {
			if (d.indicator().equals(node.id())) {
				return book.text("methods.divided", d.denominator(), d.lost());
			}
		}
		return node instanceof Indicator i ? i.denominator().orElse("") : "";
	}

	private static int ahp(Book book, SmallRows rows, Looks looks, int r) {
		Map<String, AhpWeights> ahp = book.card().steps().ahp();
		if (ahp.isEmpty()) {
			return r - 1;
		}
		rows.row(r++, Double.NaN, 0, List.of(book.text("methods.ahp"), book.text("methods.expert"), "λmax", "CI", "CR", "RI",
				book.text("methods.consistent")), looks.header());
		Look fine = looks.number(Looks.Format.FINE);
		for (Map.Entry<String, AhpWeights> e : ahp.entrySet()) {
			AhpWeights a = e.getValue();
			rows.row(r++, List.of(e.getKey(), book.text("methods.combined"), a.lambdaMax(), a.consistencyIndex(), a.consistencyRatio(),
					a.randomIndex(), yes(book, !a.inconsistent())), List.of(looks.plain(), looks.plain(), fine, fine, fine, fine, looks.plain()));
			for (ExpertConsistency x : a.experts()) {
				rows.row(r++, List.of(e.getKey(), x.expert(), x.lambdaMax(), x.consistencyIndex(), x.consistencyRatio(), a.randomIndex(),
						yes(book, !x.inconsistent())), List.of(looks.plain(), looks.plain(), fine, fine, fine, fine, looks.plain()));
			}
		}
		return r;
	}

	private static int screening(Book book, SmallRows rows, Looks looks, int r) {
		Screening.Screened s = book.card().steps().screened();
		rows.row(r++, Double.NaN, 0, List.of(book.text("methods.screen"), book.text("methods.firm-threshold"),
				book.text("methods.indicator-threshold"), book.text("methods.counted-on"), book.text("methods.firms-out"),
				book.text("methods.indicators-out")), looks.header());
		Look share = looks.number(Looks.Format.SHARE);
		rows.row(r++, List.of(s.method(), s.firmThreshold(), s.indicatorThreshold(), s.on(), s.firms().size(), s.indicators().size()),
				List.of(looks.plain(), share, share, looks.plain(), looks.plain(), looks.plain()));
		return r;
	}

	private static void sources(Book book, SmallRows rows, Looks looks, int r) {
		rows.row(r++, Double.NaN, 0, List.of(book.text("methods.set-sources")), looks.header());
		for (Citation c : book.card().set().sources()) {
			rows.row(r++, Double.NaN, 0, List.of(book.in(c.text()) + c.url().map(u -> " " + u).orElse("")), looks.plain());
		}
	}

	private static String yes(Book book, boolean yes) {
		return book.text(yes ? "yes" : "no");
	}

}
