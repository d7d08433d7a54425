package org.lexbench.report.workbook;

import java.util.ArrayList;
import java.util.List;

import org.lexbench.files.Location;
import org.lexbench.files.Problem;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.scoring.AhpWeights;
import org.lexbench.scoring.Denomination;
import org.lexbench.scoring.Eligibility;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.Imputation;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Screening;

/**
 * One line of the data-quality list: a problem the import found (with its file, sheet and cell or
 * line), or something scoring did not do as asked — a firm not eligible or screened out, an
 * indicator screened out, values a denominator or imputation could not give, inconsistent AHP
 * judgements, a column winsorising could not tame — placed at the firm's row where it has one.
 */
record QualityFinding(boolean scoring, boolean error, String file, String sheet, String place, String firm, String message,
		String raw) {

	/** Every problem of the import, then every finding of the score, in the workbook's language. */
	static List<QualityFinding> all(Book book) {
		List<QualityFinding> out = new ArrayList<>();
		java.util.function.Function<Location, String> firmAt = book.data().firmAtRow();
		for (Problem p : book.data().problems()) {
			Location l = p.location();
			out.add(new QualityFinding(false, p.isError(), l.file(), l.sheet(), l.place(), firmAt.apply(l), book.in(p.message()), p.raw()));
		}
		scoring(book, out);
		return out;
	}

	private static void scoring(Book book, List<QualityFinding> out) {
		ScoreCard card = book.card();
		for (int f = 0; f < card.size(); f++) {
			FirmRecord firm = card.firms().get(f);
			FirmStatus status = card.statuses().get(f);
			if (status instanceof FirmStatus.Ineligible in) {
				for (Eligibility.Failure x : in.failed()) {
					out.add(atFirm(firm, book.message(x.missingValue() ? "firm.gate-missing" : "firm.gate-failed", book.in(x.name()),
							x.text())));
				}
			}
			else if (status instanceof FirmStatus.ScreenedOut s) {
				out.add(atFirm(firm, book.message("firm.screened", Book.percent(s.coverage()), Book.percent(s.threshold()))));
			}
		}
		for (Screening.DroppedIndicator d : card.steps().screened().indicators()) {
			out.add(general(book.text("finding.indicator-screened", d.indicator(), Book.percent(d.coverage()),
					Book.percent(card.steps().screened().indicatorThreshold()))));
		}
		for (Denomination.Divided d : card.steps().denominated()) {
			if (d.lost() > 0) {
				out.add(general(book.text("finding.denominator", d.lost(), d.indicator(), d.denominator())));
			}
		}
		for (Imputation.Filled i : card.steps().imputed()) {
			if (i.unfilled() > 0 && !i.method().equals("none")) {
				out.add(general(book.text("finding.unimputed", i.unfilled(), i.indicator(), i.method())));
			}
		}
		card.steps().ahp().forEach((node, a) -> {
			if (a.inconsistent()) {
				out.add(general(book.text("finding.ahp", node, Book.number(a.consistencyRatio()),
						Book.number(AhpWeights.CONSISTENCY_RATIO_LIMIT))));
			}
		});
		card.steps().treated().forEach((id, t) -> {
			if (t.logFallback()) {
				out.add(general(book.text("finding.log", id, Book.number(t.skewBefore()), Book.number(t.kurtosisBefore()))));
			}
		});
	}

	private static QualityFinding atFirm(FirmRecord firm, String message) {
		return new QualityFinding(true, false, firm.file(), "", firm.row() > 0 ? String.valueOf(firm.row()) : "", firm.name(),
				message, "");
	}

	private static QualityFinding general(String message) {
		return new QualityFinding(true, false, "", "", "", "", message, "");
	}

}
