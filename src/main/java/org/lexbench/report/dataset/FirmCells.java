package org.lexbench.report.dataset;

import java.io.IOException;

import org.lexbench.scoring.CellFlags;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/** Cells every table writes alike: a record's year, a firm's status as a code, a cell's treatment flag. */
final class FirmCells {

	private FirmCells() {
	}

	/** The card's year; empty for data without years. */
	static void year(ScoreCard card, Cells out) throws IOException {
		if (card.year().isPresent()) {
			out.number(card.year().getAsInt());
		}
		else {
			out.text(null);
		}
	}

	/** {@code scored}, {@code ineligible} (failed a gate) or {@code screened_out} (too few values). */
	static String status(FirmStatus status) {
		if (status instanceof FirmStatus.Ineligible) {
			return "ineligible";
		}
		return status instanceof FirmStatus.ScreenedOut ? "screened_out" : "scored";
	}

	/** Whether the outlier treatment changed the value: winsorised, or log-transformed. */
	static boolean treated(byte flags) {
		return CellFlags.has(flags, CellFlags.WINSORISED) || CellFlags.has(flags, CellFlags.TRANSFORMED);
	}

}
