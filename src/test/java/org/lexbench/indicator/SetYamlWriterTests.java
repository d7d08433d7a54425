package org.lexbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SetYamlWriterTests {

	@ParameterizedBuiltIn
	void builtInSet_writtenAsYamlAndReadBack_isEqual(String id) {
		IndicatorSet set = IndicatorSetLoader.load(Path.of("indicators", id + ".yaml")).set();

		String yaml = SetYamlWriter.toYaml(set);
		IndicatorSet back = IndicatorSetLoader.loadYaml(yaml.getBytes(StandardCharsets.UTF_8), "back.yaml", "back.yaml").set();

		assertThat(back).isEqualTo(set);
	}

	@Test
	void asemTable_convertedToYamlAndReadBack_isEqual() {
		IndicatorSet set = IndicatorSetLoader.load(CoinrTableTests.ASEM).set();

		String yaml = SetYamlWriter.toYaml(set);

		assertThat(IndicatorSetLoader.loadYaml(yaml.getBytes(StandardCharsets.UTF_8), "asem.yaml", "asem.yaml").set())
			.isEqualTo(set);
		assertThat(yaml).contains("root: Index").contains("denominator: Population");
	}

	@Test
	void ahpJudgementsAndMethodParameters_surviveTheRoundTrip() {
		IndicatorSet set = SetFixtures.load("""
				id: t
				version: "2.0"
				name: {zh: 测试, en: Test}
				method:
				  normalise: {method: zscore, mean: 10, sd: 2}
				  impute: {method: group-median, by: province}
				dimensions:
				  - id: d
				    name: D
				    weight: 1
				    method: {weights: ahp, aggregate: {method: topsis, normalisation: minmax}}
				    ahp:
				      experts:
				        - {name: one, matrix: [[1, 3], [1/3, 1]]}
				        - {name: two, matrix: [[1, 5], [0.2, 1]]}
				      order: [a, b]
				    children:
				      - {id: a, name: A, type: count}
				      - {id: b, name: B, type: number, direction: target, target: 2.5}
				""");

		String yaml = SetYamlWriter.toYaml(set);

		assertThat(SetFixtures.load(yaml)).isEqualTo(set);
		assertThat(yaml).contains("version: '2.0'").contains("normalise: {method: zscore, mean: 10, sd: 2}");
	}

}
