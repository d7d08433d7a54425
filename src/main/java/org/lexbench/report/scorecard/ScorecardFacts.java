package org.lexbench.report.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lexbench.files.Language;
import org.lexbench.files.Text;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;
import org.lexbench.report.MethodSummary;
import org.lexbench.analysis.Quantile;
import org.lexbench.scoring.FirmStanding;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/**
 * What one firm's scorecard says, in one language: the firm's own values and, of the others,
 * only aggregates — the median and quartiles of its peers (type-7 quantiles) — never another
 * firm's value or name.
 *
 * @param standing composite, rank, tier, next tier, strengths and weaknesses
 * @param dimensions one row per dimension of the composite
 * @param strengths its best indicators by rank, with the peers' median
 * @param weaknesses its worst indicators by rank, with the peers' median
 * @param status empty when scored, else why not (not eligible, screened out)
 */
public record ScorecardFacts(String firm, String year, String setName, String methodLine, FirmStanding standing,
		String tier, List<Row> dimensions, List<Row> strengths, List<Row> weaknesses, int peers, Optional<String> status) {

	/**
	 * A node's score for the firm against its peers: median and interquartile range; for an
	 * indicator, {@code value} is the firm's own value as reported, with its unit ("" for a dimension).
	 */
	public record Row(String name, String value, double firm, double median, double lowerQuartile, double upperQuartile,
			String rank) {
	}

	public ScorecardFacts {
		dimensions = List.copyOf(dimensions);
		strengths = List.copyOf(strengths);
		weaknesses = List.copyOf(weaknesses);
	}

	public static ScorecardFacts of(ScoreCard card, int firm, int[] peers, Language lang) {
		return of(card, FirmStanding.in(card), firm, peers, lang);
	}

	/** The facts of one firm, the card's standings computed once for every firm ({@link FirmStanding#in}). */
	public static ScorecardFacts of(ScoreCard card, FirmStanding.Standings standings, int firm, int[] peers, Language lang) {
		FirmStanding standing = standings.of(firm);
		List<Row> dimensions = new ArrayList<>();
		for (Node n : card.set().root().children()) {
			if (card.scores().containsKey(n.id())) {
				dimensions.add(row(card, n, firm, peers, lang));
			}
		}
		List<Row> strengths = standing.strengths().stream().map(i -> row(card, i, firm, peers, lang)).toList();
		List<Row> weaknesses = standing.weaknesses().stream().map(i -> row(card, i, firm, peers, lang)).toList();
		String method = Text.of("scorecard.method", MethodSummary.of(card, MethodStep.NORMALISE),
				MethodSummary.of(card, MethodStep.WEIGHTS), MethodSummary.of(card, MethodStep.AGGREGATE)).in(lang);
		FirmStatus s = card.statuses().get(firm);
		Optional<String> status = s instanceof FirmStatus.Ineligible in
				? Optional.of(Text.of("scorecard.ineligible",
						String.join("; ", in.failed().stream().map(x -> x.describe().in(lang)).toList())).in(lang))
				: s instanceof FirmStatus.ScreenedOut out
						? Optional.of(Text.of("scorecard.screened", Math.round(100 * out.coverage()), Math.round(100 * out.threshold())).in(lang))
						: Optional.empty();
		return new ScorecardFacts(card.firms().get(firm).name(),
				card.year().isPresent() ? String.valueOf(card.year().getAsInt()) : "", card.set().name().in(lang), method, standing,
				standing.tier().map(t -> t.name().in(lang)).orElse(""), dimensions, strengths, weaknesses, peers.length, status);
	}

	/** A value as the firm reported it: yes or no, a level's or category's label, else the number and its unit. */
	static String reported(Indicator i, double raw, Language lang) {
		if (i.type() instanceof org.lexbench.indicator.IndicatorType.YesNoType) {
			return Text.of(raw != 0 ? "scorecard.yes" : "scorecard.no").in(lang);
		}
		if (i.type() instanceof org.lexbench.indicator.IndicatorType.OrdinalType o) {
			for (var level : o.levels()) {
				if (level.value() == raw) {
					return level.label().in(lang);
				}
			}
		}
		return (plain(raw) + (i.unit().isEmpty() ? "" : " " + i.unit().in(lang))).strip();
	}

	/** A reported value as written: thousands grouped, at most four decimal places. */
	static String plain(double v) {
		java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.####",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
		return format.format(v);
	}

	private static Row row(ScoreCard card, Node node, int firm, int[] peers, Language lang) {
		double[] scores = card.scores().get(node.id());
		double[] ofPeers = new double[peers.length];
		for (int p = 0; p < peers.length; p++) {
			ofPeers[p] = scores[peers[p]];
		}
		double rank = card.rank(node.id(), firm);
		String value = "";
		if (node instanceof Indicator i) {
			double raw = card.stages().get(ScoreCard.Stage.RAW)[card.indicators().indexOf(i)][firm];
			value = Double.isNaN(raw) ? "—" : reported(i, raw, lang);
		}
		return new Row(node.name().in(lang), value, scores[firm], Quantile.of(ofPeers, 0.5), Quantile.of(ofPeers, 0.25), Quantile.of(ofPeers, 0.75),
				Double.isNaN(rank) ? "—" : "#" + (rank == Math.rint(rank) ? String.valueOf((long) rank) : String.valueOf(rank)));
	}

}
