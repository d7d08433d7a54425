package org.lexbench.report.workbook;

import java.util.List;

import org.lexbench.indicator.Indicator;
import org.lexbench.scoring.CellFlags;
import org.lexbench.scoring.ScoreCard;

/**
 * Data quality, three tables side by side: every problem of the import and every finding of the
 * score with its place (filtered); the coverage of each indicator scored, with how many values were
 * imputed and treated; the coverage of each firm (the share of scored indicators it has values
 * for, as the screening counts it) and its standing.
 */
final class DataQualitySheet implements WorkbookSheet {

	/** First columns of the indicator and firm tables; the problems take columns A to H. */
	private static final int INDICATORS = 9;

	private static final int FIRMS = 16;

	@Override
	public String name(Book book) {
		return book.text("sheet.quality");
	}

	@Override
	public void lay(Book book, SheetFrame frame) {
		ScoreCard card = book.card();
		List<QualityFinding> findings = QualityFinding.all(book);
		List<Indicator> indicators = card.indicators();
		int rowsLeft = RowStream.LAST_ROW - 1;
		int problems = Math.min(findings.size(), rowsLeft);
		double[] widths = { 8, 9, 18, 10, 8, 24, 60, 16, 3, 18, 30, 10, 9, 9, 9, 3, 30, 10, 22 };
		for (int c = 0; c < widths.length; c++) {
			frame.width(c, widths[c]);
		}
		List<String> problemHeader = List.of(book.text("quality.stage"), book.text("quality.severity"), book.text("quality.file"),
				book.text("quality.sheet"), book.text("quality.place"), book.text("col.firm"), book.text("quality.message"),
				book.text("quality.raw"));
		List<String> indicatorHeader = List.of(book.text("quality.indicator"), book.text("quality.name"),
				book.text("col.coverage"), book.message("flag.imputed"), book.text("quality.treated"));
		List<String> firmHeader = List.of(book.text("col.firm"), book.text("col.coverage"), book.text("col.tier"));
		Looks looks = frame.looks();
		Look text = looks.plain();
		Look share = looks.number(Looks.Format.SHARE);
		Look whole = looks.number(Looks.Format.WHOLE);
		int last = 1 + Math.max(problems, Math.max(indicators.size(), card.size()));
		frame.rows(rows -> {
			rows.row(0, 20);
			rows.text(book.text("quality.problems", findings.size()), looks.label());
			rows.at(INDICATORS);
			rows.text(book.text("quality.by-indicator"), looks.label());
			rows.at(FIRMS);
			rows.text(book.text("quality.by-firm"), looks.label());
			rows.row(1, 32);
			cells(rows, 0, problemHeader, looks.header());
			cells(rows, INDICATORS, indicatorHeader, looks.header());
			cells(rows, FIRMS, firmHeader, looks.header());
			for (int r = 0; r + 2 <= last; r++) {
				rows.row();
				if (r < problems) {
					QualityFinding q = findings.get(r);
					rows.text(book.text(q.scoring() ? "quality.scoring" : "quality.import"), text);
					rows.text(book.message(q.error() ? "severity.error" : "severity.warning"), text);
					for (String s : List.of(q.file(), q.sheet(), q.place(), q.firm(), q.message(), q.raw())) {
						rows.text(s, text);
					}
				}
				if (r < indicators.size()) {
					Indicator i = indicators.get(r);
					rows.at(INDICATORS);
					rows.text(i.id(), text);
					rows.text(book.both(i.name()).replace('\n', ' '), text);
					int[] counts = counts(card, r);
					rows.number(card.size() == 0 ? Double.NaN : (double) counts[0] / card.size(), share);
					rows.number(counts[1], whole);
					rows.number(counts[2], whole);
				}
				if (r < card.size()) {
					int f = book.byRank()[r];
					rows.at(FIRMS);
					rows.text(card.firms().get(f).name(), text);
					rows.number(card.coverage()[f], share);
					rows.text(book.standing(f), text);
				}
			}
		});
		frame.extent(last + 1, FIRMS + firmHeader.size());
		frame.header(2, 0);
		frame.filter(1, Math.max(1, problems + 1), 0, problemHeader.size() - 1);
	}

	/** Of indicator {@code j}: values as imported, values imputed, values winsorised or log-transformed. */
	private static int[] counts(ScoreCard card, int j) {
		double[] raw = card.stages().get(ScoreCard.Stage.RAW)[j];
		byte[] flags = card.flags()[j];
		int[] out = new int[3];
		for (int f = 0; f < raw.length; f++) {
			out[0] += Double.isNaN(raw[f]) ? 0 : 1;
			out[1] += CellFlags.has(flags[f], CellFlags.IMPUTED) ? 1 : 0;
			out[2] += CellFlags.has(flags[f], (byte) (CellFlags.WINSORISED | CellFlags.TRANSFORMED)) ? 1 : 0;
		}
		return out;
	}

	private static void cells(Cells rows, int first, List<String> texts, Look look) throws java.io.IOException {
		rows.at(first);
		for (String t : texts) {
			rows.text(t, look);
		}
	}

}
