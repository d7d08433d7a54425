package org.lexbench.report.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.lexbench.files.SheetTextWidth;
import org.lexbench.indicator.Citation;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Tier;
import org.lexbench.report.MethodSummary;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/**
 * The first sheet: the indicator set, the method in one paragraph, how many firms were scored, the
 * tier distribution and the top ten, each table with a native bar chart beside it.
 */
final class OverviewSheet implements WorkbookSheet {

	/** Firms in the top table and chart. */
	static final int TOP = 10;

	/**
	 * Columns B to E hold the paragraphs, merged: 76 digits wide together, which hold about a fifth
	 * more characters of proportional Latin text (a Chinese character counts as two digits).
	 */
	private static final int TEXT_WIDTH = 90;

	private static final int[] WIDTHS = { 24, 36, 12, 16, 12 };

	@Override
	public String name(Book book) {
		return book.text("sheet.overview");
	}

	@Override
	public void lay(Book book, SheetFrame frame) {
		ScoreCard card = book.card();
		IndicatorSet set = card.set();
		Looks looks = frame.looks();
		for (int c = 0; c < WIDTHS.length; c++) {
			frame.width(c, WIDTHS[c]);
		}
		SmallRows rows = new SmallRows();
		rows.row(0, 24, 0, List.of(book.text("overview.title", book.in(set.name()), book.year())), looks.title());
		rows.row(1, Double.NaN, 0, List.of(book.text("overview.subtitle", book.input().run().version(),
				book.input().run().written().toLocalDate())), looks.plain());
		int r = 3;
		r = paragraph(rows, frame, r, book.text("overview.set"), book.text("overview.set-value", book.in(set.name()), set.id(),
				set.version()));
		r = paragraph(rows, frame, r, book.text("overview.description"), book.in(set.description()));
		List<String> sources = new ArrayList<>();
		for (Citation c : set.sources()) {
			sources.add(book.in(c.text()) + c.url().map(u -> " " + u).orElse(""));
		}
		r = paragraph(rows, frame, r, book.text("overview.sources"), String.join("; ", sources));
		r = paragraph(rows, frame, r, book.text("overview.method"), method(book));
		r = paragraph(rows, frame, r, book.text("overview.firms"), firms(book));
		r++;

		Map<String, Integer> tiers = tiers(book);
		int tierHeader = r;
		rows.row(r++, Double.NaN, 0, List.of(book.text("overview.tier"), book.text("overview.count"), book.text("overview.share")),
				looks.header());
		int firstTier = r;
		for (Map.Entry<String, Integer> t : tiers.entrySet()) {
			rows.cell(r, 0, t.getKey(), looks.plain());
			rows.cell(r, 1, t.getValue(), looks.number(Looks.Format.WHOLE));
			rows.cell(r++, 2, card.size() == 0 ? Double.NaN : (double) t.getValue() / card.size(), looks.number(Looks.Format.SHARE));
		}
		int lastTier = r - 1;
		r++;
		int topHeader = r;
		rows.row(r++, Double.NaN, 0, List.of(book.text("col.rank"), book.text("col.firm"), book.text("col.composite"),
				book.text("col.tier")), looks.header());
		int firstTop = r;
		List<String> names = new ArrayList<>();
		List<Double> composites = new ArrayList<>();
		for (int f : book.byRank()) {
			if (names.size() == TOP || Double.isNaN(card.compositeRank()[f])) {
				break;
			}
			rows.cell(r, 0, card.compositeRank()[f], looks.plain());
			rows.cell(r, 1, card.firms().get(f).name(), looks.plain());
			rows.cell(r, 2, card.composite()[f], looks.number(Looks.Format.SCORE));
			rows.cell(r++, 3, book.standing(f), looks.plain());
			names.add(card.firms().get(f).name());
			composites.add(card.composite()[f]);
		}
		frame.rows(rows);
		frame.extent(r, WIDTHS.length);
		frame.header(0, 0);
		frame.onePage();
		if (!names.isEmpty()) {
			frame.chart(new BarChart(book.text("overview.top-chart", names.size()), book.text("col.composite"), names,
					composites.stream().mapToDouble(Double::doubleValue).toArray(),
					new CellRangeAddress(firstTop, firstTop + names.size() - 1, 1, 1),
					new CellRangeAddress(firstTop, firstTop + names.size() - 1, 2, 2), true, "4472C4",
					new int[] { 6, 0, 15, Math.max(18, topHeader) }));
		}
		frame.chart(new BarChart(book.text("overview.tier-chart"), book.text("overview.count"), List.copyOf(tiers.keySet()),
				tiers.values().stream().mapToDouble(Integer::doubleValue).toArray(),
				new CellRangeAddress(firstTier, lastTier, 0, 0), new CellRangeAddress(firstTier, lastTier, 1, 1), false, "ED7D31",
				new int[] { 6, Math.max(19, tierHeader + 1), 15, Math.max(37, tierHeader + 19) }));
	}

	/** A label in column A and a paragraph merged over B to E, its row as high as its wrapped lines. */
	private static int paragraph(SmallRows rows, SheetFrame frame, int r, String label, String text) {
		int lines = Math.min(27, SheetTextWidth.lines(text, TEXT_WIDTH - 2));
		rows.row(r, Math.max(15, 15.0 * lines), 0, List.of(label), frame.looks().label());
		rows.cell(r, 1, text, frame.looks().paragraph());
		frame.merge(r, 1, WIDTHS.length - 1);
		return r + 1;
	}

	/** Firms by tier, in the set's order of tiers, then those not ranked. */
	private static Map<String, Integer> tiers(Book book) {
		ScoreCard card = book.card();
		Map<String, Integer> out = new LinkedHashMap<>();
		for (Tier t : card.set().tiers()) {
			out.put(book.in(t.name()), 0);
		}
		int unranked = 0;
		for (int f = 0; f < card.size(); f++) {
			if (card.tiers().get(f).isPresent()) {
				out.merge(book.in(card.tiers().get(f).get().name()), 1, Integer::sum);
			}
			else {
				unranked++;
			}
		}
		out.put(book.text("overview.unranked"), unranked);
		return out;
	}

	private static String firms(Book book) {
		int scored = 0;
		int gated = 0;
		int screened = 0;
		for (FirmStatus s : book.card().statuses()) {
			scored += s instanceof FirmStatus.Scored ? 1 : 0;
			gated += s instanceof FirmStatus.Ineligible ? 1 : 0;
			screened += s instanceof FirmStatus.ScreenedOut ? 1 : 0;
		}
		return book.text("overview.firms-value", book.card().size(), scored, gated, screened);
	}

	/** The method in one paragraph, from the methods the score resolved. */
	static String method(Book book) {
		ScoreCard card = book.card();
		IndicatorSet set = card.set();
		List<String> gates = new ArrayList<>();
		set.gates().forEach(g -> gates.add(book.in(g.name()) + " (" + g.rule().text() + ")"));
		set.nodes().stream().filter(n -> n.role() == org.lexbench.indicator.Role.GATE && n.rule().isPresent())
			.forEach(n -> gates.add(book.in(n.name()) + " (" + n.rule().get().text() + ")"));
		List<String> tiers = new ArrayList<>();
		for (Tier t : set.tiers()) {
			String rule = t.min().isPresent() ? "≥ " + Book.number(t.min().getAsDouble())
					: t.top().isPresent() ? book.text("overview.tier-top", Book.percent(t.top().getAsDouble()))
							: book.text("overview.tier-rest");
			tiers.add(book.in(t.name()) + " " + rule);
		}
		String none = book.text("overview.none");
		return book.text("overview.method-value", gates.isEmpty() ? none : String.join("; ", gates),
				card.steps().denominated().isEmpty() ? none : String.valueOf(card.steps().denominated().size()),
				MethodSummary.of(card, MethodStep.IMPUTE), MethodSummary.of(card, MethodStep.SCREEN),
				MethodSummary.of(card, MethodStep.TREAT), MethodSummary.of(card, MethodStep.NORMALISE),
				MethodSummary.of(card, MethodStep.WEIGHTS), MethodSummary.of(card, MethodStep.AGGREGATE),
				MethodSummary.of(card, MethodStep.RANKS), tiers.isEmpty() ? none : String.join(", ", tiers));
	}

}
