package org.lexbench.cli;

import java.util.List;
import java.util.Optional;

import org.lexbench.files.Language;
import org.lexbench.indicator.IndicatorCatalogue;
import org.lexbench.indicator.LoadedSet;
import org.lexbench.scoring.ScoreRun;

/**
 * What one shell session remembers between commands: its language, whether to show stack traces,
 * the output width, the current indicator set, the catalogue of sets (loaded on first use), and the
 * firm data loaded last, with its last score.
 */
final class Session {

	private Language language;

	private final boolean debug;

	private final int width;

	private LoadedSet currentSet;

	private IndicatorCatalogue catalogue;

	private LoadedData data;

	private boolean quitRequested;

	private final java.time.Clock clock;

	Session(Language language, boolean debug, int width, java.time.Clock clock) {
		this.language = language;
		this.debug = debug;
		this.width = width;
		this.clock = clock;
	}

	private java.time.Instant commandStarted;

	/**
	 * The time outputs record, in UTC: the second the running command started (so an output and its
	 * manifest agree), from the system's clock or from the fixed instant a replay sets (see
	 * {@link GlobalOptions#TIME}), so that a replayed output records the same time.
	 */
	java.time.Clock clock() {
		if (this.commandStarted == null) {
			startCommand();
		}
		return java.time.Clock.fixed(this.commandStarted, java.time.ZoneOffset.UTC);
	}

	/** Notes that a command starts now (called by the dispatcher). */
	void startCommand() {
		this.commandStarted = java.time.Instant.now(this.clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
	}

	Language language() {
		return this.language;
	}

	void language(Language language) {
		this.language = language;
	}

	boolean debug() {
		return this.debug;
	}

	/** Columns available for tables; 0 when output is not a terminal (tables keep their natural width). */
	int width() {
		return this.width;
	}

	Optional<LoadedSet> currentSet() {
		return Optional.ofNullable(this.currentSet);
	}

	void currentSet(LoadedSet set) {
		this.currentSet = set;
	}

	/** The firm data loaded last, if any. */
	Optional<LoadedData> data() {
		return Optional.ofNullable(this.data);
	}

	void data(LoadedData loaded) {
		this.data = loaded;
		this.scoreRun = null;
	}

	private ScoreRun scoreRun;

	/** The last {@code score} of the loaded data, if any: its options and a card per year scored. */
	Optional<ScoreRun> scoreRun() {
		return Optional.ofNullable(this.scoreRun);
	}

	void scored(ScoreRun run) {
		this.scoreRun = run;
	}

	private org.lexbench.analysis.PeerComparison comparison;

	private org.lexbench.scoring.ScoreCard compared;

	/** The last {@code compare}, if it was made on {@code card} (a new score makes new cards), for the workbook's Peers sheet. */
	Optional<org.lexbench.analysis.PeerComparison> comparison(org.lexbench.scoring.ScoreCard card) {
		return card == this.compared ? Optional.ofNullable(this.comparison) : Optional.empty();
	}

	void compared(org.lexbench.scoring.ScoreCard card, org.lexbench.analysis.PeerComparison comparison) {
		this.compared = card;
		this.comparison = comparison;
	}

	private Provenance provenance;

	private List<String> commandWords = List.of();

	/** How the session's data and score came about (for manifests), once data is loaded. */
	Optional<Provenance> provenance() {
		return Optional.ofNullable(this.provenance);
	}

	void provenance(Provenance now) {
		this.provenance = now;
	}

	/** The command running now, as its words (set by the dispatcher): what manifests record. */
	List<String> commandWords() {
		return this.commandWords;
	}

	void commandWords(List<String> words) {
		this.commandWords = List.copyOf(words);
	}

	/** Asks the interactive loop to end after the current command. */
	void quit() {
		this.quitRequested = true;
	}

	boolean quitRequested() {
		return this.quitRequested;
	}

	synchronized IndicatorCatalogue catalogue() {
		if (this.catalogue == null) {
			this.catalogue = IndicatorCatalogue.load(IndicatorCatalogue.defaultUserFolders());
		}
		return this.catalogue;
	}

	/** A table fitted to the output's width, with a note naming any column a narrow terminal left out. */
	String table(java.util.List<ConsoleTable.Column> columns, java.util.List<java.util.List<String>> rows) {
		ConsoleTable.Rendering rendering = ConsoleTable.render(columns, rows, this.width);
		if (rendering.hidden().isEmpty()) {
			return rendering.text();
		}
		return rendering.text() + text("table.hidden", String.join(text("list.separator"), rendering.hidden())) + "\n";
	}

	/** A message of the catalogue in the session's language. */
	String text(String key, Object... args) {
		return org.lexbench.files.Text.of(key, args).in(this.language);
	}

}
