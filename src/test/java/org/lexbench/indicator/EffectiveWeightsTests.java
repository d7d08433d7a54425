package org.lexbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class EffectiveWeightsTests {

	/*
	 * Hand-worked three-level example. Weights are relative among scored siblings:
	 *   composite: P (3), Q (1)                 -> P 3/4, Q 1/4
	 *   P: P1 (1, a dimension), p2 (1)          -> 1/2 each: P1 = 3/8, p2 = 3/8
	 *   P1: a (2), b (1), c (5, role info)      -> c is left out: a 2/3, b 1/3: a = 1/4, b = 1/8
	 *   Q: x, y with equal weighting            -> 1/2 each: x = y = 1/8
	 * Indicators: a 1/4 + b 1/8 + p2 3/8 + x 1/8 + y 1/8 = 1. (Ids differ in more than case, as
	 * the loader requires.)
	 */
	static final String THREE_LEVELS = """
			id: hand
			version: "1"
			name: Hand-worked
			dimensions:
			  - id: P
			    name: P
			    weight: 3
			    children:
			      - id: P1
			        name: P1
			        weight: 1
			        children:
			          - {id: a, name: a, type: count, weight: 2}
			          - {id: b, name: b, type: count, weight: 1}
			          - {id: c, name: c, type: count, weight: 5, role: info}
			      - {id: p2, name: p2, type: count, weight: 1}
			  - id: Q
			    name: Q
			    weight: 1
			    method: {weights: equal}
			    children:
			      - {id: x, name: x, type: count}
			      - {id: y, name: y, type: count}
			""";

	@Test
	void threeLevelSet_effectiveWeightsAreTheProductsOfNormalisedSiblingWeights() {
		Map<String, NodeWeight> w = EffectiveWeights.of(SetFixtures.load(THREE_LEVELS));

		assertThat(w.get("P").normalised()).isCloseTo(3.0 / 4, within(1e-12));
		assertThat(w.get("P1").effective()).isCloseTo(3.0 / 8, within(1e-12));
		assertThat(w.get("a").normalised()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(w.get("a").effective()).isCloseTo(1.0 / 4, within(1e-12));
		assertThat(w.get("b").effective()).isCloseTo(1.0 / 8, within(1e-12));
		assertThat(w.get("p2").effective()).isCloseTo(3.0 / 8, within(1e-12));
		assertThat(w.get("x").effective()).isCloseTo(1.0 / 8, within(1e-12));
		assertThat(w.get("x").basis()).isEqualTo(NodeWeight.Basis.EQUAL);
		assertThat(w.get("c").basis()).isEqualTo(NodeWeight.Basis.EXCLUDED);
		assertThat(w.get("c").known()).isFalse();
	}

	@Test
	void threeLevelSet_effectiveWeightsOfScoredIndicatorsSumToOne() {
		IndicatorSet set = SetFixtures.load(THREE_LEVELS);
		Map<String, NodeWeight> w = EffectiveWeights.of(set);

		double sum = set.indicators().stream().map(i -> w.get(i.id())).filter(NodeWeight::known)
			.mapToDouble(NodeWeight::effective).sum();
		assertThat(sum).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void weightsDerivedFromData_areUnknownUntilScoring_andTheChoiceIsInheritedByDescendants() {
		IndicatorSet set = SetFixtures.load(THREE_LEVELS.replace("    weight: 3\n", "    weight: 3\n    method: {weights: entropy}\n"));
		Map<String, NodeWeight> w = EffectiveWeights.of(set);

		assertThat(w.get("P1").basis()).isEqualTo(NodeWeight.Basis.DERIVED);
		assertThat(w.get("P1").known()).isFalse();
		assertThat(w.get("a").basis()).isEqualTo(NodeWeight.Basis.DERIVED);
		assertThat(w.get("a").known()).isFalse();
		assertThat(w.get("x").effective()).isCloseTo(1.0 / 8, within(1e-12));
	}

	@Test
	void nodesUnderAGate_areExcludedFromTheComposite() {
		IndicatorSet set = SetFixtures.load(THREE_LEVELS.replace("    weight: 3\n", "    weight: 3\n    role: gate\n    rule: a >= 1\n"));
		Map<String, NodeWeight> w = EffectiveWeights.of(set);

		assertThat(w.get("P").basis()).isEqualTo(NodeWeight.Basis.EXCLUDED);
		assertThat(w.get("a").basis()).isEqualTo(NodeWeight.Basis.EXCLUDED);
		assertThat(w.get("x").effective()).isCloseTo(1.0 / 2, within(1e-12));
	}

}
