package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lexbench.files.LexbenchException;
import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;
import org.lexbench.indicator.Role;

/**
 * The weight and aggregate steps, level by level from the indicators up: each dimension's scored
 * children (those with scores: an indicator screened out takes no part) are weighted by the
 * node's weighting method and aggregated by its aggregation method, on the firms being scored.
 */
final class TreeAggregation {

	private final MethodPlan plan;

	private final FirmMask mask;

	private final FirmSlice firms;

	private final Map<String, Map<String, Double>> weights = new LinkedHashMap<>();

	private final Map<String, AhpWeights> ahp = new LinkedHashMap<>();

	private final Map<String, Map<String, double[]>> details = new LinkedHashMap<>();

	TreeAggregation(MethodPlan plan, FirmMask mask, FirmSlice firms) {
		this.plan = plan;
		this.mask = mask;
		this.firms = firms;
	}

	/** Adds the score of {@code node} and of every dimension below it to {@code scores}. */
	void aggregate(Dimension node, Map<String, double[]> scores) {
		List<Node> children = new ArrayList<>();
		for (Node child : node.children()) {
			if (child.role() != Role.SCORE) {
				continue;
			}
			if (child instanceof Dimension d) {
				aggregate(d, scores);
			}
			if (scores.containsKey(child.id())) {
				children.add(child);
			}
		}
		if (children.isEmpty()) {
			return;
		}
		double[][] columns = new double[children.size()][];
		for (int c = 0; c < columns.length; c++) {
			columns[c] = this.mask.gather(scores.get(children.get(c).id()));
		}
		double[] w = weigh(node, children, columns);
		Map<String, Double> used = new LinkedHashMap<>();
		for (int c = 0; c < w.length; c++) {
			used.put(children.get(c).id(), w[c]);
		}
		this.weights.put(node.id(), used);
		MethodChoice method = this.plan.choice(node.id(), MethodStep.AGGREGATE);
		Aggregation aggregation = switch (method.method()) {
			case "geometric" -> new Aggregation.Geometric();
			case "harmonic" -> new Aggregation.Harmonic();
			case "topsis" -> new Aggregation.Topsis(method.text("normalisation").equals("vector"));
			case "vikor" -> new Aggregation.Vikor(method.number("v"));
			default -> new Aggregation.Arithmetic();
		};
		try {
			Aggregated result = aggregation.aggregate(columns, w);
			scores.put(node.id(), this.mask.spread(result.scores()));
			if (!result.details().isEmpty()) {
				Map<String, double[]> spread = new LinkedHashMap<>();
				result.details().forEach((k, v) -> spread.put(k, this.mask.spread(v)));
				this.details.put(node.id(), spread);
			}
		}
		catch (NonPositiveValueException bad) {
			throw LexbenchException.invalidInput("score.not-positive", node.id(), method.method(),
					this.firms.firm(this.mask.firm(bad.firm())).name(), children.get(bad.child()).id(),
					MethodChoice.describeNumber(bad.value()));
		}
	}

	/** The children's weights by the node's method, normalised to sum 1. */
	private double[] weigh(Dimension node, List<Node> children, double[][] columns) {
		String method = this.plan.choice(node.id(), MethodStep.WEIGHTS).method();
		double[] w = new double[children.size()];
		switch (method) {
			case "equal" -> java.util.Arrays.fill(w, 1);
			case "entropy", "critic" -> {
				try {
					w = method.equals("entropy") ? EntropyWeights.of(columns) : CriticWeights.of(columns);
				}
				catch (IllegalArgumentException bad) {
					throw LexbenchException.invalidInput("score.derived-weights", method, node.id(), bad.getMessage());
				}
			}
			case "ahp" -> {
				AhpWeights result = AhpWeights.of(node.ahp().orElseThrow(
						() -> LexbenchException.invalidInput("score.ahp-missing", node.id())));
				this.ahp.put(node.id(), result);
				List<String> order = node.ahp().get().order();
				for (int c = 0; c < w.length; c++) {
					int at = order.indexOf(children.get(c).id());
					w[c] = at < 0 ? 0 : result.weights()[at];
				}
			}
			default -> {
				for (int c = 0; c < w.length; c++) {
					w[c] = children.get(c).weight().orElse(0);
				}
			}
		}
		double sum = 0;
		for (double v : w) {
			sum += v;
		}
		if (!(sum > 0)) {
			throw LexbenchException.invalidInput("score.no-weight", node.id(), method);
		}
		for (int c = 0; c < w.length; c++) {
			w[c] /= sum;
		}
		return w;
	}

	Map<String, Map<String, Double>> weights() {
		return this.weights;
	}

	Map<String, AhpWeights> ahp() {
		return this.ahp;
	}

	/** TOPSIS's D+, D− and C and VIKOR's S, R and Q, by node. */
	Map<String, Map<String, double[]>> details() {
		return this.details;
	}

}
