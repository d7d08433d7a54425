package org.lexbench.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.lexbench.firmdata.FirmRecord;
import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.MethodResolution;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;
import org.lexbench.indicator.Tier;

/**
 * The result of one scoring run, everything reports and analyses need without recomputing: for
 * every firm its composite, its score and rank at every node (NaN when it was not scored), tier,
 * coverage, status (scored, failed a gate, screened out) and each cell's flags; for every step
 * the values it produced and what it did; the resolved methods and the weights used.
 */
public record ScoreCard(IndicatorSet set, OptionalInt year, List<FirmRecord> firms, List<Indicator> indicators,
		Map<Stage, double[][]> stages, byte[][] flags, Map<String, double[]> scores, Map<String, double[]> ranks,
		List<Optional<Tier>> tiers, List<FirmStatus> statuses, double[] coverage, Map<String, Map<String, Double>> weights,
		Steps steps, Map<String, Map<MethodStep, MethodResolution.Resolved>> methods, String jdk) {

	/** The values of the scored indicators after each step, by indicator (in {@link #indicators} order), then firm. */
	public enum Stage {
		RAW, DENOMINATED, IMPUTED, TREATED, NORMALISED
	}

	/** What each step did, beyond its values. */
	public record Steps(List<Denomination.Divided> denominated, List<Imputation.Filled> imputed,
			Screening.Screened screened, Map<String, Treated> treated, Map<String, AhpWeights> ahp,
			Map<String, Map<String, double[]>> aggregationDetails, List<String> droppedIndicators) {
		public Steps {
			denominated = List.copyOf(denominated);
			imputed = List.copyOf(imputed);
			treated = Collections.unmodifiableMap(new LinkedHashMap<>(treated));
			ahp = Collections.unmodifiableMap(new LinkedHashMap<>(ahp));
			aggregationDetails = Collections.unmodifiableMap(new LinkedHashMap<>(aggregationDetails));
			droppedIndicators = List.copyOf(droppedIndicators);
		}
	}

	public ScoreCard {
		firms = List.copyOf(firms);
		indicators = List.copyOf(indicators);
		tiers = List.copyOf(tiers);
		statuses = List.copyOf(statuses);
	}

	public int size() {
		return this.firms.size();
	}

	public String rootId() {
		return this.set.root().id();
	}

	/** The composite score of every firm (NaN: not scored). */
	public double[] composite() {
		return this.scores.get(rootId());
	}

	public double[] compositeRank() {
		return this.ranks.get(rootId());
	}

	/** The firm's number in this card: by exact name, else by normalised key. */
	public OptionalInt find(String name) {
		for (int f = 0; f < this.firms.size(); f++) {
			if (this.firms.get(f).name().equals(name)) {
				return OptionalInt.of(f);
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * Each scored indicator's share of the firm's composite (summing to 1): at an arithmetic node a
	 * child's share is its weighted score over the node's weighted sum (children it has no value for
	 * take none); at other nodes the children share by weight. Empty when the firm has no composite.
	 */
	public Map<String, Double> contributions(int firm) {
		Map<String, Double> out = new LinkedHashMap<>();
		if (Double.isNaN(composite()[firm])) {
			return out;
		}
		share(this.set.root(), firm, 1.0, out);
		return out;
	}

	private void share(Dimension node, int firm, double share, Map<String, Double> out) {
		Map<String, Double> w = this.weights.getOrDefault(node.id(), Map.of());
		boolean arithmetic = this.methods.get(node.id()).get(MethodStep.AGGREGATE).choice().method().equals("arithmetic");
		double total = 0;
		for (Node child : node.children()) {
			Double wc = w.get(child.id());
			double s = score(child.id(), firm);
			if (wc != null && !Double.isNaN(s)) {
				total += arithmetic ? wc * s : wc;
			}
		}
		for (Node child : node.children()) {
			Double wc = w.get(child.id());
			double s = score(child.id(), firm);
			if (wc == null || Double.isNaN(s)) {
				continue;
			}
			double part = total == 0 ? 0 : share * (arithmetic ? wc * s : wc) / total;
			if (child instanceof Dimension d) {
				share(d, firm, part, out);
			}
			else {
				out.put(child.id(), part);
			}
		}
	}

	/**
	 * Each weighted node's share of the composite by the weights this score used: the product of
	 * its weight and its ancestors' weights among their siblings (the composite's is 1), so the
	 * scored indicators' shares sum to 1. A node that was not weighted (a gate or info node, an
	 * indicator screened out) is absent. A firm without a value for some child shares that child's
	 * weight among its siblings (see {@link #contributions}).
	 */
	public Map<String, Double> effectiveWeights() {
		Map<String, Double> out = new LinkedHashMap<>();
		out.put(rootId(), 1.0);
		effective(this.set.root(), 1.0, out);
		return out;
	}

	private void effective(Dimension node, double share, Map<String, Double> out) {
		Map<String, Double> w = this.weights.getOrDefault(node.id(), Map.of());
		for (Node child : node.children()) {
			Double wc = w.get(child.id());
			if (wc != null) {
				out.put(child.id(), share * wc);
				if (child instanceof Dimension d) {
					effective(d, share * wc, out);
				}
			}
		}
	}

	/** The firm's score at a node (a dimension's aggregate, an indicator's normalised value); NaN when none. */
	public double score(String nodeId, int firm) {
		double[] s = this.scores.get(nodeId);
		return s == null ? Double.NaN : s[firm];
	}

	public double rank(String nodeId, int firm) {
		double[] r = this.ranks.get(nodeId);
		return r == null ? Double.NaN : r[firm];
	}

}
