package org.lexbench.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.lexbench.files.Language;
import org.lexbench.files.SafeFileName;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.Node;
import org.lexbench.report.ReportFont;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/**
 * The charts of one score card, labelled in one language: the overview (ranking bars, heat map
 * of dimension scores, tier counts) and, for one firm, its radar against its peers, the shares
 * of its composite by dimension and the distribution of its strongest and weakest indicator.
 * Every number comes from the card; nothing is scored here.
 */
public final class ScoreCharts {

	private final ScoreCard card;

	private final ChartTheme theme;

	private final ChartText text;

	public ScoreCharts(ScoreCard card, Language language) {
		this(card, language, ReportFont.bundled());
	}

	public ScoreCharts(ScoreCard card, Language language, ReportFont font) {
		this.card = card;
		this.theme = new ChartTheme(font);
		this.text = new ChartText(language);
	}

	/** Ranking bars and heat map of the {@code top} best-ranked firms (0: all), and the tier counts. */
	public List<Figure> overview(int top) {
		return List.of(ranking(top), heatMap(top), tiers());
	}

	/**
	 * One firm's charts against the firms scored: its radar, its composite's shares by dimension,
	 * and the distribution of its strongest and its weakest indicator among those the composite
	 * weighs (best and worst rank, ties in the set's order; one chart when it is ranked on a
	 * single indicator).
	 */
	public List<Figure> firm(int firm) {
		requireScored(firm);
		int[] peers = scoredFirms();
		List<Figure> out = new ArrayList<>(List.of(radar(firm, peers), contributions(firm)));
		java.util.Set<String> weighed = weighedIndicators();
		List<Indicator> ranked = this.card.indicators().stream()
			.filter(i -> weighed.contains(i.id()) && !Double.isNaN(this.card.rank(i.id(), firm)))
			.sorted(Comparator.comparingDouble((Indicator i) -> this.card.rank(i.id(), firm))).toList();
		if (!ranked.isEmpty()) {
			out.add(distribution(ranked.get(0).id(), firm, peers));
			if (ranked.size() > 1) {
				out.add(distribution(ranked.get(ranked.size() - 1).id(), firm, peers));
			}
		}
		return out;
	}

	public Figure ranking(int top) {
		return new RankingBars(this).figure(top);
	}

	/** The firm's dimension scores against the median and top quartile of {@code peers} (firm numbers in the card). */
	public Figure radar(int firm, int[] peers) {
		requireScored(firm);
		return new PeerRadar(this).figure(firm, peers);
	}

	/** The firm's gap to its peers' median on each dimension, from a comparison made on this card. */
	public Figure peerGaps(org.lexbench.analysis.PeerComparison comparison) {
		return new PeerGaps(this).figure(comparison);
	}

	public Figure contributions(int firm) {
		requireScored(firm);
		return new ContributionBars(this).figure(firm);
	}

	/** The values of one indicator (after denomination, before imputation) over {@code peers}, the firm's marked. */
	public Figure distribution(String indicator, int firm, int[] peers) {
		return new IndicatorDistribution(this).figure(indicator, firm, peers);
	}

	public Figure heatMap(int top) {
		return new DimensionHeatMap(this).figure(top);
	}

	public Figure tiers() {
		return new TierCounts(this).figure();
	}

	/** The firms scored and ranked, by number in the card: the peer group until peer groups proper exist. */
	public int[] scoredFirms() {
		return IntStream.range(0, this.card.size())
			.filter(f -> this.card.statuses().get(f) instanceof FirmStatus.Scored && !Double.isNaN(this.card.composite()[f]))
			.toArray();
	}

	ScoreCard card() {
		return this.card;
	}

	ChartTheme theme() {
		return this.theme;
	}

	ChartText text() {
		return this.text;
	}

	/** The dimensions a radar or heat map shows: the composite's children that were scored. */
	List<Node> dimensions() {
		return this.card.set().root().children().stream().filter(n -> this.card.scores().containsKey(n.id())).toList();
	}

	/** The indicators under the dimensions drawn: those the composite weighs, not a gate's or an information-only node's. */
	private java.util.Set<String> weighedIndicators() {
		java.util.Set<String> out = new java.util.HashSet<>();
		java.util.ArrayDeque<Node> open = new java.util.ArrayDeque<>(dimensions());
		while (!open.isEmpty()) {
			Node node = open.pop();
			if (node instanceof Indicator && this.card.scores().containsKey(node.id())) {
				out.add(node.id());
			}
			open.addAll(node.children());
		}
		return out;
	}

	/** The ranked firms, best first (ties in the card's order), at most {@code top} of them (0: all). */
	int[] ranked(int top) {
		double[] rank = this.card.compositeRank();
		int[] order = IntStream.range(0, this.card.size()).filter(f -> !Double.isNaN(rank[f])).boxed()
			.sorted(Comparator.comparingDouble((Integer f) -> rank[f]).thenComparingInt(f -> f)).mapToInt(Integer::intValue)
			.toArray();
		return top > 0 && top < order.length ? java.util.Arrays.copyOf(order, top) : order;
	}

	/** A file name: {@code kind} and the year for the whole card, the firm's safe name first for one firm's chart. */
	String fileName(String kind, int firm) {
		String year = this.card.year().isPresent() ? "-" + this.card.year().getAsInt() : "";
		String who = firm < 0 ? "" : SafeFileName.stem(this.card.firms().get(firm).name()) + "-";
		return who + kind + year;
	}

	private void requireScored(int firm) {
		if (firm < 0 || firm >= this.card.size() || Double.isNaN(this.card.composite()[firm])) {
			throw new IllegalArgumentException("firm " + firm + " has no composite in this card");
		}
	}

}
