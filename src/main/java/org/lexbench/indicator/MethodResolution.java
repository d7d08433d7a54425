package org.lexbench.indicator;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The method every node uses for every step, and where that choice comes from. Order of
 * precedence: the node itself, then its ancestors nearest first, then the set's {@code method},
 * then lexbench's built-in default. One exception: yes/no, ordinal and category indicators are
 * normalised by their level scores ({@code yesno} / {@code ordinal}) unless the indicator itself
 * chooses otherwise. (Command-line options, added by the scoring commands, take precedence over
 * all of these.)
 */
public final class MethodResolution {

	/** A resolved choice and where it was made: a node id, {@code set}, {@code type} or {@code default}. */
	public record Resolved(MethodChoice choice, String origin) {
	}

	private final Map<String, Map<MethodStep, Resolved>> byNode;

	private MethodResolution(Map<String, Map<MethodStep, Resolved>> byNode) {
		this.byNode = byNode;
	}

	public static MethodResolution of(IndicatorSet set) {
		Map<String, Map<MethodStep, Resolved>> out = new LinkedHashMap<>();
		Map<MethodStep, Resolved> inherited = new EnumMap<>(MethodStep.class);
		for (MethodStep step : MethodStep.values()) {
			inherited.put(step, set.method().get(step).map(c -> new Resolved(c, "set"))
				.orElseGet(() -> new Resolved(MethodVocabulary.defaultChoice(step), "default")));
		}
		resolve(set.root(), inherited, out);
		return new MethodResolution(out);
	}

	private static void resolve(Node node, Map<MethodStep, Resolved> inherited,
			Map<String, Map<MethodStep, Resolved>> out) {
		Map<MethodStep, Resolved> here = new EnumMap<>(inherited);
		for (MethodStep step : MethodStep.values()) {
			node.method().get(step).ifPresent(c -> here.put(step, new Resolved(c, node.id())));
		}
		if (node instanceof Indicator indicator && indicator.type().scoredByLevels()
				&& indicator.method().get(MethodStep.NORMALISE).isEmpty()) {
			String method = indicator.type() instanceof IndicatorType.YesNoType ? "yesno" : "ordinal";
			here.put(MethodStep.NORMALISE, new Resolved(MethodChoice.of(MethodStep.NORMALISE, method), "type"));
		}
		out.put(node.id(), here);
		for (Node child : node.children()) {
			resolve(child, here, out);
		}
	}

	/** The resolved choice of {@code step} at node {@code nodeId}. */
	public MethodChoice choice(String nodeId, MethodStep step) {
		return resolved(nodeId, step).choice();
	}

	public Resolved resolved(String nodeId, MethodStep step) {
		Map<MethodStep, Resolved> node = this.byNode.get(nodeId);
		if (node == null) {
			throw new IllegalArgumentException("no node " + nodeId);
		}
		return node.get(step);
	}

}
