package org.lexbench.analysis;

import org.lexbench.scoring.Pearson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.Node;
import org.lexbench.indicator.Role;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/**
 * The statistical audit of an indicator set on one score (OECD/JRC Handbook, step 4): for every
 * dimension whose children were scored (the composite first, then depth first in the set's order),
 * the correlations of its children and with its score, Cronbach's alpha and the flags; for every
 * scored indicator its availability and spread; for every firm its coverage. Everything a table,
 * sheet or heat map shows, so none of them recomputes.
 *
 * <p>Statistics are over the firms scored (not those failing a gate or screened out), on the
 * normalised scores: correlations on pairwise-complete firms, alpha on listwise-complete firms,
 * sample variances throughout. Availability counts raw values among every firm of the card.
 *
 * @param year the card's year, 0 when undated
 * @param scoredFirms how many firms were scored
 * @param dimensions one audit per dimension with scored children
 * @param indicators one audit per scored indicator (not screened out), in the card's order
 * @param firms every firm of the card, in its order
 */
public record SetAudit(int year, int scoredFirms, List<DimensionAudit> dimensions, List<IndicatorAudit> indicators,
		List<FirmAvailability> firms) {

	/** Two children correlating above this (in absolute value) are likely double counting. */
	public static final double DOUBLE_COUNTING = 0.9;

	/** A child correlating at most this with its dimension (or negatively) is flagged. */
	public static final double WEAK = 0.1;

	/** An indicator with at least this share of identical normalised values has almost no variance. */
	public static final double IDENTICAL_SHARE = 0.95;

	/** An sd at most this times (1 + the largest absolute value) counts as zero. */
	public static final double ZERO_SD = 1e-9;

	/** Availability below this is shown as low. */
	public static final double LOW_AVAILABILITY = 0.8;

	public SetAudit {
		dimensions = List.copyOf(dimensions);
		indicators = List.copyOf(indicators);
		firms = List.copyOf(firms);
	}

	/** The audit of {@code card}. */
	public static SetAudit of(ScoreCard card) {
		boolean[] scored = new boolean[card.size()];
		int count = 0;
		for (int f = 0; f < scored.length; f++) {
			scored[f] = card.statuses().get(f) instanceof FirmStatus.Scored;
			count += scored[f] ? 1 : 0;
		}
		Map<String, IndicatorAudit> indicators = new LinkedHashMap<>();
		double[][] raw = card.stages().get(ScoreCard.Stage.RAW);
		for (int j = 0; j < card.indicators().size(); j++) {
			String id = card.indicators().get(j).id();
			if (card.scores().containsKey(id)) {
				indicators.put(id, indicator(id, raw[j], card.scores().get(id), scored));
			}
		}
		List<DimensionAudit> dimensions = new ArrayList<>();
		dimensions(card.set().root(), card, scored, indicators, dimensions);
		List<FirmAvailability> firms = new ArrayList<>();
		for (int f = 0; f < card.size(); f++) {
			firms.add(new FirmAvailability(card.firms().get(f).name(), card.coverage()[f], scored[f]));
		}
		return new SetAudit(card.year().orElse(0), count, dimensions, List.copyOf(indicators.values()), firms);
	}

	/** The audit of dimension {@code id}. */
	public Optional<DimensionAudit> dimension(String id) {
		return this.dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
	}

	/** The audit of indicator {@code id}. */
	public Optional<IndicatorAudit> indicator(String id) {
		return this.indicators.stream().filter(i -> i.id().equals(id)).findFirst();
	}

	private static void dimensions(Dimension node, ScoreCard card, boolean[] scored, Map<String, IndicatorAudit> indicators,
			List<DimensionAudit> out) {
		List<Node> children = node.children().stream()
			.filter(c -> c.role() == Role.SCORE && card.scores().containsKey(c.id())).toList();
		double[] own = card.scores().get(node.id());
		if (!children.isEmpty() && own != null) {
			out.add(dimension(node.id(), children, own, card, scored, indicators));
		}
		for (Node c : children) {
			if (c instanceof Dimension d) {
				dimensions(d, card, scored, indicators, out);
			}
		}
	}

	private static DimensionAudit dimension(String id, List<Node> children, double[] own, ScoreCard card, boolean[] scored,
			Map<String, IndicatorAudit> indicators) {
		int k = children.size();
		List<double[]> columns = children.stream().map(c -> card.scores().get(c.id())).toList();
		List<String> ids = children.stream().map(Node::id).toList();
		List<List<Pearson>> matrix = new ArrayList<>();
		List<AuditFlag> flags = new ArrayList<>();
		for (int a = 0; a < k; a++) {
			List<Pearson> row = new ArrayList<>();
			for (int b = 0; b < k; b++) {
				row.add(b < a ? matrix.get(b).get(a) : Pearson.of(columns.get(a), columns.get(b), scored));
			}
			matrix.add(row);
		}
		for (int a = 0; a < k; a++) {
			for (int b = a + 1; b < k; b++) {
				Pearson r = matrix.get(a).get(b);
				if (r.defined() && Math.abs(r.r()) > DOUBLE_COUNTING) {
					flags.add(new AuditFlag.DoubleCounting(ids.get(a), ids.get(b), r));
				}
			}
		}
		List<Pearson> withDimension = new ArrayList<>();
		for (int a = 0; a < k; a++) {
			Pearson r = Pearson.of(columns.get(a), own, scored);
			withDimension.add(r);
			if (r.defined() && r.r() <= WEAK) {
				flags.add(new AuditFlag.WeakWithDimension(ids.get(a), r));
			}
		}
		for (Node c : children) {
			IndicatorAudit i = c instanceof Indicator ? indicators.get(c.id()) : null;
			if (i != null && i.almostConstant()) {
				flags.add(new AuditFlag.AlmostConstant(i.id(), i.sd(), i.modalShare()));
			}
		}
		return new DimensionAudit(id, ids, matrix, withDimension, CronbachAlpha.of(columns, scored), flags);
	}

	/** Availability (raw values among every firm) and spread (normalised values of the firms scored). */
	static IndicatorAudit indicator(String id, double[] raw, double[] normalised, boolean[] scored) {
		int present = 0;
		for (double v : raw) {
			present += Double.isNaN(v) ? 0 : 1;
		}
		boolean[] valued = new boolean[normalised.length];
		int n = 0;
		double largest = 0;
		Map<Double, Integer> counts = new HashMap<>();
		int modal = 0;
		for (int f = 0; f < normalised.length; f++) {
			valued[f] = scored[f] && !Double.isNaN(normalised[f]);
			if (valued[f]) {
				n++;
				largest = Math.max(largest, Math.abs(normalised[f]));
				// +0.0 for -0.0, so that zeros of either sign count as one value
				modal = Math.max(modal, counts.merge(normalised[f] + 0.0, 1, Integer::sum));
			}
		}
		double sd = n < 2 ? Double.NaN : Math.sqrt(CronbachAlpha.variance(normalised, valued, n));
		double modalShare = n == 0 ? Double.NaN : (double) modal / n;
		boolean almostConstant = n >= 2 && (sd <= ZERO_SD * (1 + largest) || modalShare >= IDENTICAL_SHARE);
		return new IndicatorAudit(id, present, raw.length, n, sd, modalShare, almostConstant);
	}

}
