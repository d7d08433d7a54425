package org.lexbench.report.workbook;

import java.util.Objects;

import org.lexbench.files.Language;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.report.RunFacts;
import org.lexbench.scoring.ScoreCard;

/**
 * What the workbook is written from: one year's score, the firm data it was scored from (for the
 * values as imported and the import's problems), the facts of the run, and the language of its
 * sheet names, headers and labels; and the analyses run on it, each giving the workbook its sheet
 * (a peer comparison: the Peers sheet).
 */
public record WorkbookInput(ScoreCard card, FirmDataset data, RunFacts run, Language language,
		java.util.Optional<org.lexbench.analysis.PeerComparison> peers) {

	public WorkbookInput {
		Objects.requireNonNull(card, "card");
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(run, "run");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(peers, "peers");
	}

	/** A workbook with no analysis sheets. */
	public WorkbookInput(ScoreCard card, FirmDataset data, RunFacts run, Language language) {
		this(card, data, run, language, java.util.Optional.empty());
	}

}
