package org.lexbench.cli;

import java.util.List;

import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.ScoreRun;

/**
 * The session's last score, as the commands that read it see it: every year it scored, or the
 * card of one year — a year it left out (it ran with {@code --year}) is scored then, with the same
 * options, and kept.
 */
final class LastScore {

	private LastScore() {
	}

	/** The card of {@code year}; the latest when null. */
	static ScoreCard card(Session session, Integer year) {
		ScoreRun run = session.scoreRun().orElseThrow(() -> LexbenchException.usage("score.none"));
		if (year == null) {
			return run.latest();
		}
		if (run.latest().year().isEmpty()) {
			throw LexbenchException.usage("score.undated", year);
		}
		run = run.including(scorable(session.data().orElseThrow(() -> LexbenchException.usage("load.none"))), year);
		session.scored(run);
		return run.year(year).orElseThrow();
	}

	/** Every card of the last score, oldest first; only the card of {@code year} when it is given. */
	static List<ScoreCard> cards(Session session, Integer year) {
		if (year == null) {
			return session.scoreRun().orElseThrow(() -> LexbenchException.usage("score.none")).cards();
		}
		return List.of(card(session, year));
	}

	/** The loaded data, unless {@code --strict} refused it. */
	static FirmDataset scorable(LoadedData loaded) {
		if (loaded.refused()) {
			throw LexbenchException.usage("score.refused");
		}
		return loaded.dataset();
	}

}
