package org.lexbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MethodResolutionTests {

	static final String SET = """
			id: t
			version: "1"
			name: Test
			method: {normalise: {method: minmax, low: 1, high: 100}, aggregate: geometric}
			dimensions:
			  - id: d
			    name: D
			    weight: 1
			    method: {normalise: zscore}
			    children:
			      - {id: a, name: A, type: count, weight: 1}
			      - {id: b, name: B, type: count, weight: 1, method: {normalise: rank}}
			      - {id: c, name: C, type: yesno, weight: 1}
			  - id: e
			    name: E
			    weight: 1
			    children:
			      - {id: f, name: F, type: count, weight: 1}
			""";

	@Test
	void node_overridesParent_overridesSet_overridesDefault() {
		MethodResolution r = MethodResolution.of(SetFixtures.load(SET));

		assertThat(r.resolved("b", MethodStep.NORMALISE).origin()).isEqualTo("b");
		assertThat(r.choice("b", MethodStep.NORMALISE).method()).isEqualTo("rank");
		assertThat(r.resolved("a", MethodStep.NORMALISE).origin()).isEqualTo("d");
		assertThat(r.choice("a", MethodStep.NORMALISE).describe()).isEqualTo("zscore(mean=0, sd=1)");
		assertThat(r.resolved("f", MethodStep.NORMALISE).origin()).isEqualTo("set");
		assertThat(r.choice("f", MethodStep.NORMALISE).describe()).isEqualTo("minmax(low=1, high=100)");
		assertThat(r.resolved("f", MethodStep.AGGREGATE).origin()).isEqualTo("set");
		assertThat(r.resolved("f", MethodStep.IMPUTE).origin()).isEqualTo("default");
		assertThat(r.choice("f", MethodStep.IMPUTE).method()).isEqualTo("none");
	}

	@Test
	void yesNoIndicator_isScoredByItsLevelsUnlessItChoosesOtherwise() {
		MethodResolution r = MethodResolution.of(SetFixtures.load(SET));

		assertThat(r.resolved("c", MethodStep.NORMALISE).origin()).isEqualTo("type");
		assertThat(r.choice("c", MethodStep.NORMALISE).method()).isEqualTo("yesno");
	}

}
