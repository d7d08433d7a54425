package org.lexbench.scoring;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodResolution;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;

/**
 * The method every node uses for every step in one run, and where each choice comes from, in the
 * documented order: command option, then the node, its ancestors nearest first, the set, and
 * lexbench's default. A yes/no, ordinal or category indicator keeps its level scores against a
 * command-line normalisation unless that option names the indicator (or a dimension above it)
 * with {@code --node}: min-max of a 0/1 column is rarely what a whole-set option means.
 */
public final class MethodPlan {

	/** Where a choice made on the command line is recorded as coming from. */
	public static final String COMMAND = "command";

	private final MethodResolution set;

	private final ScoringOptions options;

	private final Set<String> overridden;

	private final Set<String> named;

	private final Set<String> levelScored = new HashSet<>();

	private MethodPlan(MethodResolution set, ScoringOptions options, Set<String> overridden, Set<String> named) {
		this.set = set;
		this.options = options;
		this.overridden = overridden;
		this.named = named;
	}

	public static MethodPlan of(IndicatorSet set, ScoringOptions options) {
		Set<String> overridden = new HashSet<>();
		Set<String> named = new HashSet<>();
		collect(set.root(), options.nodes().isEmpty(), false, options.nodes(), overridden, named);
		MethodPlan plan = new MethodPlan(MethodResolution.of(set), options, overridden, named);
		set.indicators().stream().filter(i -> i.type().scoredByLevels()).forEach(i -> plan.levelScored.add(i.id()));
		return plan;
	}

	private static void collect(Node node, boolean inside, boolean byName, Set<String> nodes, Set<String> overridden,
			Set<String> named) {
		boolean here = inside || nodes.contains(node.id());
		boolean nameHere = byName || nodes.contains(node.id());
		if (here) {
			overridden.add(node.id());
		}
		if (nameHere) {
			named.add(node.id());
		}
		for (Node child : node.children()) {
			collect(child, here, nameHere, nodes, overridden, named);
		}
	}

	public MethodChoice choice(String nodeId, MethodStep step) {
		return resolved(nodeId, step).choice();
	}

	public MethodResolution.Resolved resolved(String nodeId, MethodStep step) {
		MethodResolution.Resolved fromSet = this.set.resolved(nodeId, step);
		if (step == MethodStep.TREAT && this.levelScored.contains(nodeId)) {
			// levels (yes/no, ordinal, category) are codes, not amounts: they have no outliers
			return new MethodResolution.Resolved(MethodChoice.of(MethodStep.TREAT, "none"), "type");
		}
		MethodChoice command = this.options.overrides().get(step).orElse(null);
		if (command == null) {
			return fromSet;
		}
		if (!step.perNode()) {
			return new MethodResolution.Resolved(command, COMMAND);
		}
		if (!this.overridden.contains(nodeId)) {
			return fromSet;
		}
		if (step == MethodStep.NORMALISE && fromSet.origin().equals("type") && !this.named.contains(nodeId)) {
			return fromSet;
		}
		return new MethodResolution.Resolved(command, COMMAND);
	}

	/** Every node's resolved choice of every step, in tree order, for reports and {@code method}. */
	public Map<String, Map<MethodStep, MethodResolution.Resolved>> all(IndicatorSet set) {
		Map<String, Map<MethodStep, MethodResolution.Resolved>> out = new LinkedHashMap<>();
		java.util.List<Node> every = new java.util.ArrayList<>();
		every.add(set.root());
		every.addAll(set.nodes());
		for (Node node : every) {
			Map<MethodStep, MethodResolution.Resolved> steps = new LinkedHashMap<>();
			for (MethodStep step : MethodStep.values()) {
				if (step.perNode() ? applies(node, step) : node == set.root()) {
					steps.put(step, resolved(node.id(), step));
				}
			}
			out.put(node.id(), steps);
		}
		return out;
	}

	/** Normalising, imputing and treating are about indicators; weighting and aggregating about dimensions. */
	static boolean applies(Node node, MethodStep step) {
		return switch (step) {
			case NORMALISE, IMPUTE, TREAT -> node instanceof Indicator;
			case WEIGHTS, AGGREGATE -> node instanceof Dimension;
			default -> false;
		};
	}

}
