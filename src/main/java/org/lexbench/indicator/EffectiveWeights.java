package org.lexbench.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes every node's normalised and effective weight from the set alone. Sibling weights are
 * relative: those of the scored siblings are divided by their sum. A node's effective weight is
 * its normalised weight times its parent's effective weight (the root's is 1), so the effective
 * weights of all scored indicators sum to 1 when every node's weights are explicit or equal.
 */
public final class EffectiveWeights {

	private EffectiveWeights() {
	}

	public static Map<String, NodeWeight> of(IndicatorSet set) {
		Map<String, NodeWeight> out = new LinkedHashMap<>();
		out.put(set.root().id(), new NodeWeight(set.root().id(), set.root().weight(), 1.0, 1.0, NodeWeight.Basis.EXPLICIT));
		MethodResolution resolution = MethodResolution.of(set);
		distribute(set.root(), 1.0, resolution, out);
		return out;
	}

	private static void distribute(Dimension parent, double parentEffective, MethodResolution resolution,
			Map<String, NodeWeight> out) {
		boolean parentExcluded = out.get(parent.id()).basis() == NodeWeight.Basis.EXCLUDED;
		List<Node> scored = parent.children().stream().filter(c -> c.role() == Role.SCORE).toList();
		String method = resolution.choice(parent.id(), MethodStep.WEIGHTS).method();
		double sum = 0;
		for (Node child : scored) {
			sum += child.weight().orElse(0);
		}
		for (Node child : parent.children()) {
			NodeWeight weight;
			if (parentExcluded || child.role() != Role.SCORE) {
				weight = new NodeWeight(child.id(), child.weight(), Double.NaN, Double.NaN, NodeWeight.Basis.EXCLUDED);
			}
			else {
				double normalised;
				NodeWeight.Basis basis;
				switch (method) {
					case "explicit" -> {
						normalised = sum > 0 ? child.weight().orElse(0) / sum : Double.NaN;
						basis = NodeWeight.Basis.EXPLICIT;
					}
					case "equal" -> {
						normalised = 1.0 / scored.size();
						basis = NodeWeight.Basis.EQUAL;
					}
					default -> {
						normalised = Double.NaN;
						basis = NodeWeight.Basis.DERIVED;
					}
				}
				weight = new NodeWeight(child.id(), child.weight(), normalised, normalised * parentEffective, basis);
			}
			out.put(child.id(), weight);
			if (child instanceof Dimension d) {
				distribute(d, weight.effective(), resolution, out);
			}
		}
	}

}
