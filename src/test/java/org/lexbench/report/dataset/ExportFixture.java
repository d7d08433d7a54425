package org.lexbench.report.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.ScoreRun;
import org.lexbench.scoring.ScoringOptions;

/**
 * The export tests' data, {@code fixtures/export/}: the hand-worked set and firms of
 * ScoringCommandsTests (2023, 2024; 甲 has a credit code, an English name and a contact in an
 * unrecognised column), and 2022 with five firms whose names a spreadsheet would misread — one with
 * a comma, quotes and a line break, four that start like formulas. In 2022 offices, lawyers and
 * partners all rise in steps of a fifth, so every normalised value, dimension score and composite
 * is 0, 25, 50, 75, 100 in name order.
 */
final class ExportFixture {

	static final Path FOLDER = Path.of("src/test/resources/fixtures/export");

	static final Path SET = FOLDER.resolve("t.yaml");

	static final Path FIRMS = FOLDER.resolve("firms.csv");

	static final String QUOTED = "戊, \"国际\"\n律师事务所";

	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)");

	/** Firm records: 5 in 2022, 3 in 2023, 4 in 2024. */
	static final int RECORDS = 12;

	/** Scored indicators: offices, lawyers, partners. */
	static final int INDICATORS = 3;

	private ExportFixture() {
	}

	/** The fixture scored with the set's own methods, every year on its own. */
	static ScoreRun run() {
		IndicatorSet set = IndicatorSetLoader.load(SET).set();
		FirmDataset data = DataLoader.load(set, List.of(FIRMS), LoadOptions.defaults(set.currency()));
		return ScoreRun.of(data, ScoringOptions.defaults());
	}

	/** {@code card} with its firms renamed, in order (names the loader would not keep: a leading tab). */
	static ScoreCard renamed(ScoreCard card, String... names) {
		List<FirmRecord> firms = new ArrayList<>(card.firms());
		for (int f = 0; f < names.length; f++) {
			FirmRecord r = firms.get(f);
			firms.set(f, new FirmRecord(r.key(), names[f], r.code(), r.year(), r.attributes(), r.file(), r.row()));
		}
		return withFirms(card, firms);
	}

	static ScoreCard withFirms(ScoreCard card, List<FirmRecord> firms) {
		return new ScoreCard(card.set(), card.year(), firms, card.indicators(), card.stages(), card.flags(), card.scores(),
				card.ranks(), card.tiers(), card.statuses(), card.coverage(), card.weights(), card.steps(), card.methods(),
				card.jdk());
	}

}
