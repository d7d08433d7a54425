package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.FirmDataset;

/**
 * One {@code score}: the options it ran with and a {@link ScoreCard} per year scored, oldest
 * first. With several years each year is scored on its own — its own imputation statistics,
 * outlier rule, normalisation bounds, derived weights and ranks — unless the options name one
 * year; data without years gives one undated card. Pooling years into one normalisation is the
 * trends work of a later issue.
 */
public record ScoreRun(ScoringOptions options, List<ScoreCard> cards) {

	public ScoreRun {
		cards = List.copyOf(cards);
		if (cards.isEmpty()) {
			throw new IllegalArgumentException("a run scores at least one year");
		}
	}

	/** Scores the year the options name, else every year of the data, each on its own. */
	public static ScoreRun of(FirmDataset data, ScoringOptions options) {
		if (options.year().isPresent() || data.years().size() <= 1) {
			return new ScoreRun(options, List.of(Scoring.score(data, options)));
		}
		List<ScoreCard> cards = new ArrayList<>();
		for (int year : data.years()) {
			cards.add(Scoring.score(data, options.inYear(OptionalInt.of(year))));
		}
		return new ScoreRun(options, cards);
	}

	/** The latest year's card (the only card of undated data): what {@code score} shows. */
	public ScoreCard latest() {
		return this.cards.get(this.cards.size() - 1);
	}

	/** The card of {@code year}, if this run scored it. */
	public Optional<ScoreCard> year(int year) {
		return this.cards.stream().filter(c -> c.year().isPresent() && c.year().getAsInt() == year).findFirst();
	}

	/** The years scored, oldest first; empty for undated data. */
	public List<Integer> years() {
		return this.cards.stream().filter(c -> c.year().isPresent()).map(c -> c.year().getAsInt()).toList();
	}

	/** This run with {@code card} (another year, scored later with the same options) added in year order. */
	public ScoreRun with(ScoreCard card) {
		List<ScoreCard> more = new ArrayList<>(this.cards);
		more.removeIf(c -> c.year().equals(card.year()));
		more.add(card);
		more.sort(java.util.Comparator.comparingInt(c -> c.year().orElse(Integer.MIN_VALUE)));
		return new ScoreRun(this.options, more);
	}

	/** The card of {@code year}, scored now with this run's options if the run did not score it. */
	public ScoreRun including(FirmDataset data, int year) {
		if (year(year).isPresent()) {
			return this;
		}
		if (!data.years().contains(year)) {
			throw LexbenchException.usage("score.no-year", year, data.years().toString());
		}
		return with(Scoring.score(data, this.options.inYear(OptionalInt.of(year))));
	}

}
