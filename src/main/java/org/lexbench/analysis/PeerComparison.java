package org.lexbench.analysis;

import java.util.ArrayList;
import java.util.List;

import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Direction;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.ScoreCard;

/**
 * A firm against its peer group at every node of the tree: for a dimension (and the composite)
 * its score, for an indicator the value it reported, in the indicator's own units; beside it the
 * group's median and quartiles (type 7, {@link Quantile}), the firm's percentile in the group, and
 * the change that would bring it to the group's median and to its better quartile.
 *
 * <p>The percentile is the mid-rank one: the share of peers below the firm plus half the share
 * equal to it, × 100, counting "below" in the node's direction (a lower value is better for a
 * {@code lower} indicator). The better quartile is Q3, or Q1 for a {@code lower} indicator; a
 * change is target − value, and 0 once the firm is at or beyond the target (NaN when unknown).
 * A {@code target} indicator is compared on its score rather than its value.
 */
public record PeerComparison(PeerGroup group, List<Row> rows) {

	/** One node: its depth in the tree (0 for the composite), the firm's value and the group's statistics. */
	public record Row(Node node, int depth, boolean reported, double value, double median, double lowerQuartile,
			double upperQuartile, double percentile, double toMedian, double toBetterQuartile, int peersWithValue) {
	}

	public PeerComparison {
		rows = List.copyOf(rows);
	}

	public static PeerComparison of(ScoreCard card, PeerGroup group) {
		List<Row> rows = new ArrayList<>();
		walk(card, group, card.set().root(), 0, rows);
		return new PeerComparison(group, rows);
	}

	private static void walk(ScoreCard card, PeerGroup group, Node node, int depth, List<Row> rows) {
		if (!card.scores().containsKey(node.id())) {
			return;
		}
		rows.add(row(card, group, node, depth));
		if (node instanceof Dimension d) {
			for (Node child : d.children()) {
				walk(card, group, child, depth + 1, rows);
			}
		}
	}

	static Row row(ScoreCard card, PeerGroup group, Node node, int depth) {
		boolean reported = node instanceof Indicator i && i.direction() != Direction.TARGET;
		double[] values = reported ? card.stages().get(ScoreCard.Stage.RAW)[card.indicators().indexOf(node)]
				: card.scores().get(node.id());
		boolean lowerIsBetter = reported && ((Indicator) node).direction() == Direction.LOWER;
		int[] peers = group.peers();
		double[] of = new double[peers.length];
		int present = 0;
		for (int p = 0; p < peers.length; p++) {
			of[p] = values[peers[p]];
			present += Double.isNaN(of[p]) ? 0 : 1;
		}
		double value = values[group.firm()];
		double median = Quantile.of(of, 0.5);
		double q1 = Quantile.of(of, 0.25);
		double q3 = Quantile.of(of, 0.75);
		double better = lowerIsBetter ? q1 : q3;
		return new Row(node, depth, reported, value, median, q1, q3, percentile(of, value, lowerIsBetter),
				change(value, median, lowerIsBetter), change(value, better, lowerIsBetter), present);
	}

	/** Mid-rank percentile of {@code value} among the present {@code values}; NaN when either is missing. */
	static double percentile(double[] values, double value, boolean lowerIsBetter) {
		if (Double.isNaN(value)) {
			return Double.NaN;
		}
		int n = 0;
		double below = 0;
		for (double v : values) {
			if (!Double.isNaN(v)) {
				n++;
				boolean worse = lowerIsBetter ? v > value : v < value;
				below += worse ? 1 : v == value ? 0.5 : 0;
			}
		}
		return n == 0 ? Double.NaN : 100 * below / n;
	}

	/** The change from {@code value} to {@code target}; 0 when already there or beyond; NaN when either is unknown. */
	static double change(double value, double target, boolean lowerIsBetter) {
		if (Double.isNaN(value) || Double.isNaN(target)) {
			return Double.NaN;
		}
		boolean reached = lowerIsBetter ? value <= target : value >= target;
		return reached ? 0 : target - value;
	}

}
