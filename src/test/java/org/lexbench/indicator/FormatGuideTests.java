package org.lexbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The examples in indicators/README.md are real: each complete set in it loads, as documented. */
class FormatGuideTests {

	static List<String> completeSets() throws IOException {
		String guide = Files.readString(Path.of("indicators/README.md"));
		Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(guide);
		List<String> sets = new ArrayList<>();
		while (block.find()) {
			if (block.group(1).startsWith("id: ")) {
				sets.add(block.group(1));
			}
		}
		return sets;
	}

	@Test
	void guide_holdsTheMinimalAndTheFullExample_andBothLoad() throws IOException {
		List<String> sets = completeSets();

		assertThat(sets).hasSize(2);
		assertThat(sets).allSatisfy(yaml -> assertThat(SetFixtures.load(yaml).indicators()).isNotEmpty());
	}

	@Test
	void minimalExample_hasTheEffectiveWeightsTheGuideStates() throws IOException {
		IndicatorSet set = SetFixtures.load(completeSets().get(0));
		Map<String, NodeWeight> w = EffectiveWeights.of(set);

		assertThat(w.get("lawyers").effective()).isCloseTo(0.5, within(1e-12));
		assertThat(w.get("overseas_offices").effective()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(w.get("lawyers_abroad_share").effective()).isCloseTo(1.0 / 6, within(1e-12));
	}

	@Test
	void fullExample_usesEveryTopLevelKeyAndEveryIndicatorKey() throws IOException {
		String full = completeSets().get(1);

		for (String key : SetYamlReader.TOP_KEYS) {
			assertThat(full).as(key).containsPattern("(?m)^" + key + ":");
		}
		for (String key : NodeYamlReader.INDICATOR_KEYS) {
			if (!List.of("description", "currency", "rule", "source", "evidence").contains(key)) {
				assertThat(full).as(key).contains(key + ":");
			}
		}
	}

	@Test
	void fullExample_isValidAgainstTheSchema() throws IOException {
		assertThat(IndicatorSetSchemaTests.validate(completeSets().get(1))).isEmpty();
	}

}
