package org.lexbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;

class IndicatorSetLoaderTests {

	@ParameterizedTest
	@ValueSource(strings = { "cn-first-class-7", "wang-4", "global-reach" })
	void builtInSet_loadsWithoutProblems(String id) {
		LoadedSet loaded = IndicatorSetLoader.load(Path.of("indicators", id + ".yaml"));

		assertThat(loaded.set().id()).isEqualTo(id);
		assertThat(loaded.warnings()).isEmpty();
		assertThat(loaded.set().name().zh()).isNotBlank();
		assertThat(loaded.set().name().en()).isNotBlank();
		assertThat(loaded.set().sources()).isNotEmpty();
		loaded.set().indicators().forEach(i -> {
			assertThat(i.name().zh()).as(i.id()).isNotBlank();
			assertThat(i.name().en()).as(i.id()).isNotBlank();
			assertThat(i.sources()).as(i.id()).isNotEmpty();
		});
	}

	@Test
	void sevenPointSet_hasSevenDimensionsOfThreeToSixIndicatorsAndPartyAsGate() {
		IndicatorSet set = IndicatorSetLoader.load(Path.of("indicators/cn-first-class-7.yaml")).set();

		assertThat(set.root().children()).hasSize(7);
		set.root().children().forEach(d -> assertThat(d.children()).as(d.id()).hasSizeBetween(3, 6));
		Node party = set.find("party").orElseThrow();
		assertThat(party.role()).isEqualTo(Role.GATE);
		assertThat(party.rule().orElseThrow().text()).isEqualTo("party_org_level >= 1");
		assertThat(party.weight()).hasValue(10);
		assertThat(set.tiers()).extracting(t -> t.name().zh()).containsExactly("国际一流", "国际化先进", "发展中", "起步");
	}

	@Test
	void partyDimension_switchesToWeightedByChangingOneLine() throws Exception {
		String yaml = java.nio.file.Files.readString(Path.of("indicators/cn-first-class-7.yaml"));
		String weighted = yaml.replace("    role: gate\n", "    role: score\n");
		assertThat(weighted).isNotEqualTo(yaml);

		IndicatorSet set = SetFixtures.load(weighted);
		assertThat(SetFixtures.warnings(weighted)).extracting(w -> w.render(Language.EN)).singleElement().asString()
			.endsWith("warning: party has a rule but its role is score; the rule applies only while the role is gate");

		double sum = EffectiveWeights.of(set).values().stream().filter(w -> set.find(w.nodeId()).orElseThrow() instanceof Indicator)
			.filter(NodeWeight::known).mapToDouble(NodeWeight::effective).sum();
		assertThat(EffectiveWeights.of(set).get("party").effective()).isEqualTo(10.0 / 100, org.assertj.core.api.Assertions.within(1e-12));
		assertThat(sum).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
	}

	@Test
	void setWithEveryProblem_reportsAllOfThemAtTheirLinesInFileOrder() {
		LexbenchException invalid = (LexbenchException) org.assertj.core.api.Assertions
			.catchThrowable(() -> IndicatorSetLoader.load(Path.of("src/test/resources/fixtures/sets/all-problems.yaml")));

		String f = "src/test/resources/fixtures/sets/all-problems.yaml";
		assertThat(invalid.problems()).extracting(p -> p.render(Language.EN)).containsExactly(
				f + ":8:37: error: tiers out of order: middle (min 60) must be below top above it (min 50)",
				f + ":11:5: error: talent has no weight (weights under the set’s top level are explicit)",
				f + ":13:5: error: unknown key “wieght” (did you mean “weight”?)",
				f + ":18:17: error: weight of lawyers must be a finite number ≥ 0, not -1",
				f + ":19:9: error: duplicate id “lawyers” (first used at " + f + ":15:9)",
				f + ":23:9: error: party_level is ordinal but has fewer than two levels",
				f + ":30:9: error: leverage has direction “target” but no target value",
				f + ":31:17: error: weight must be a finite number, not .nan",
				f + ":35:22: error: denominator of revenue_per_lawyer: “lawyer” is neither an indicator nor an attribute (did you mean “lawyers”?)",
				f + ":37:9: error: share has no weight (weights under talent are explicit)",
				f + ":43:5: error: dimension empty has no children");
		assertThat(invalid.text().in(Language.EN)).isEqualTo(f + " is not a valid indicator set; errors: 11");
	}

	@Test
	void unknownKey_isReportedAtTheKeyWithTheKnownKeysWhenNothingIsClose() {
		List<String> problems = SetFixtures.problems("""
				id: t
				version: "1"
				name: Test
				colour: blue
				dimensions: []
				""");

		assertThat(problems.get(0)).startsWith("test.yaml:4:1: error: unknown key “colour”; expected one of id, version, name");
	}

	@Test
	void duplicateKey_isReportedAtItsSecondUse() {
		List<String> problems = SetFixtures.problems("""
				id: t
				version: "1"
				name: Test
				name: Again
				dimensions: []
				""");

		assertThat(problems).contains("test.yaml:4:1: error: key “name” appears twice (first at test.yaml:3:1)");
	}

	@Test
	void weightOfInfinity_isRefusedOnce() {
		String yaml = SetFixtures.withIndicators("""
				      - {id: a, name: A, type: count, weight: 1e309}
				""");

		assertThat(SetFixtures.problems(yaml))
			.containsExactly(SetFixtures.at(yaml, 9, "1e309") + ": error: weight must be a finite number, not 1e309");
	}

	@Test
	void dimensionWithoutAnyWeights_isOneProblemThatSaysHowToAskForEqualWeights() {
		String yaml = SetFixtures.withIndicators("""
				      - {id: a, name: A, type: count}
				      - {id: b, name: B, type: count}
				""");

		assertThat(SetFixtures.problems(yaml)).containsExactly(SetFixtures.at(yaml, 5, "id: d")
				+ ": error: no weights under d: give each of its nodes a weight, or choose method: {weights: equal} there");
	}

	@Test
	void childrenOfAGateDimension_needNoWeights_becauseNothingBelowAGateIsScored() {
		IndicatorSet set = SetFixtures.load("""
				id: t
				version: "1"
				name: Test
				dimensions:
				  - id: g
				    name: G
				    role: gate
				    rule: a >= 1
				    children:
				      - {id: a, name: A, type: count}
				      - {id: b, name: B, type: count}
				  - id: d
				    name: D
				    weight: 1
				    children:
				      - {id: c, name: C, type: count, weight: 1}
				""");

		assertThat(EffectiveWeights.of(set).get("a").basis()).isEqualTo(NodeWeight.Basis.EXCLUDED);
	}

	@Test
	void topLevelWithoutWeights_isNamedAsSuch_atTheDimensionsKey() {
		String yaml = """
				id: t
				version: "1"
				name: Test
				dimensions:
				  - {id: d, name: D, children: [{id: a, name: A, type: count, weight: 1}]}
				""";

		assertThat(SetFixtures.problems(yaml)).containsExactly(SetFixtures.at(yaml, 4, "dimensions") + ": error: no weights"
				+ " under the set’s top level: give each of its nodes a weight, or choose method: {weights: equal} there");
	}

	@Test
	void ordinalWithoutLevels_targetWithoutTarget_andUnknownDenominator_areEachReported() {
		String yaml = SetFixtures.withIndicators("""
				      - {id: a, name: A, type: ordinal, weight: 1}
				      - {id: b, name: B, type: number, direction: target, weight: 1}
				      - {id: c, name: C, type: number, denominator: population, weight: 1}
				""");

		assertThat(SetFixtures.problems(yaml)).containsExactly(
				SetFixtures.at(yaml, 9, "{id: a") + ": error: a is ordinal but has fewer than two levels",
				SetFixtures.at(yaml, 10, "direction") + ": error: b has direction “target” but no target value",
				SetFixtures.at(yaml, 11, "population")
						+ ": error: denominator of c: “population” is neither an indicator nor an attribute");
	}

	@Test
	void denominatorNamingADeclaredNumericAttribute_isAccepted() {
		IndicatorSet set = SetFixtures.load("""
				id: t
				version: "1"
				name: Test
				attributes:
				  - {id: population, name: Population, type: number}
				dimensions:
				  - id: d
				    name: D
				    weight: 1
				    children:
				      - {id: c, name: C, type: number, denominator: population, weight: 1}
				""");

		assertThat(((Indicator) set.find("c").orElseThrow()).denominator()).hasValue("population");
	}

	@Test
	void tiersOutOfOrder_andQuantilesMixedWithScores_areRefused() {
		String base = """
				id: t
				version: "1"
				name: Test
				tiers:
				%s
				dimensions:
				  - {id: d, name: D, weight: 1, children: [{id: a, name: A, type: count, weight: 1}]}
				""";
		String order = base.formatted("  - {id: a, top: 30%}\n  - {id: b, top: 10%}");
		String mixed = base.formatted("  - {id: a, min: 70}\n  - {id: b, top: 10%}");
		String open = base.formatted("  - {id: a}\n  - {id: b, min: 10}");

		assertThat(SetFixtures.problems(order)).containsExactly(
				SetFixtures.at(order, 6, "10%") + ": error: tiers out of order: b (top 10%) must be wider than a above it (top 30%)");
		assertThat(SetFixtures.problems(mixed)).containsExactly(SetFixtures.at(mixed, 5, "{id: a")
				+ ": error: tiers mix absolute (min) and quantile (top) cut-points; use one kind");
		assertThat(SetFixtures.problems(open)).containsExactly(SetFixtures.at(open, 5, "{id: a")
				+ ": error: tier a has neither min nor top; only the last tier may take the rest");
	}

	@Test
	void ruleWithASyntaxError_pointsAtTheColumnInTheFile() {
		String yaml = SetFixtures.withIndicators("""
				      - {id: s, name: S, type: count, weight: 1}
				      - {id: a, name: A, type: count, role: gate, rule: "a >= and 2"}
				""");

		assertThat(SetFixtures.problems(yaml)).containsExactly(SetFixtures.at(yaml, 10, "and")
				+ ": error: rule: unexpected “and”; expected a number or a quoted text");
	}

	@Test
	void ruleNamingAnUnknownIndicator_suggestsTheNearestName() {
		String yaml = SetFixtures.withIndicators("""
				      - {id: overseas_offices, name: A, type: count, weight: 1}
				      - {id: g, name: G, type: count, role: gate, rule: overseas_ofices >= 1}
				""");

		assertThat(SetFixtures.problems(yaml)).containsExactly(SetFixtures.at(yaml, 10, "overseas_ofices")
				+ ": error: rule: “overseas_ofices” is neither an indicator nor an attribute (did you mean “overseas_offices”?)");
	}

	@Test
	void gateWithoutRule_isRefused_andARuleOnAScoredNodeIsAWarning() {
		String refused = SetFixtures.withIndicators("""
				      - {id: a, name: A, type: count, role: gate}
				      - {id: s, name: S, type: count, weight: 1}
				""");
		String warned = SetFixtures.withIndicators("""
				      - {id: b, name: B, type: count, weight: 1, rule: b > 1}
				""");

		assertThat(SetFixtures.problems(refused)).containsExactly(
				SetFixtures.at(refused, 9, "{id: a") + ": error: a is a gate but has no rule");
		assertThat(SetFixtures.warnings(warned)).extracting(w -> w.render(Language.EN)).containsExactly(
				SetFixtures.at(warned, 9, "rule") + ": warning: b has a rule but its role is score; the rule applies only while the role is gate");
	}

	@Test
	void allScoredChildrenWithZeroWeight_isRefused() {
		String yaml = SetFixtures.withIndicators("""
				      - {id: a, name: A, type: count, weight: 0}
				""");

		assertThat(SetFixtures.problems(yaml)).containsExactly(SetFixtures.at(yaml, 5, "id: d")
				+ ": error: all weights under d are zero");
	}

	@Test
	void unknownMethod_unknownParameter_andOutOfRangeParameter_areReportedWithHints() {
		String yaml = """
				id: t
				version: "1"
				name: Test
				method:
				  normalise: minmx
				  aggregate: {method: vikor, v: 2}
				  impute: {method: group-mean, by: provnce, extra: 1}
				  treat: {method: log, max_points: 3}
				dimensions:
				  - {id: d, name: D, weight: 1, children: [{id: a, name: A, type: count, weight: 1}]}
				""";

		assertThat(SetFixtures.problems(yaml)).containsExactly(
				SetFixtures.at(yaml, 5, "minmx") + ": error: unknown normalise method “minmx” (did you mean “minmax”?)",
				SetFixtures.at(yaml, 6, "2") + ": error: vikor: v must be in [0, 1]",
				SetFixtures.at(yaml, 7, "provnce") + ": error: by: “provnce” is not an attribute (did you mean “province”?)",
				SetFixtures.at(yaml, 7, "extra") + ": error: unknown key “extra”; expected one of method, by",
				SetFixtures.at(yaml, 8, "max_points")
						+ ": error: “max_points” is not a parameter of log (its parameters: —)");
	}

	@Test
	void setOnlyStep_atANode_isRefused() {
		String yaml = SetFixtures.withIndicators("""
				      - {id: a, name: A, type: count, weight: 1, method: {ranks: dense}}
				""");

		assertThat(SetFixtures.problems(yaml)).containsExactly(SetFixtures.at(yaml, 9, "ranks")
				+ ": error: “ranks” can only be chosen in the set’s method, not at a node");
	}

	/** A set whose one dimension weighs children a and b by the given {@code ahp:} block (indented 4). */
	private static String ahpSet(String ahp) {
		return """
				id: t
				version: "1"
				name: Test
				dimensions:
				  - id: d
				    name: D
				    weight: 1
				    method: {weights: ahp}
				""" + ahp + """
				    children:
				      - {id: a, name: A, type: count}
				      - {id: b, name: B, type: count}
				""";
	}

	@Test
	void ahpMatrixThatIsNotReciprocal_namesTheCell() {
		String yaml = ahpSet("""
				    ahp:
				      order: [a, b]
				      matrix:
				        - [1, 3]
				        - [1/2, 1]
				""");

		assertThat(SetFixtures.problems(yaml)).containsExactly(SetFixtures.at(yaml, 13, "1/2")
				+ ": error: AHP matrix of d (default) is not reciprocal: a vs b is 3, so b vs a must be 1/3, not 0.5");
	}

	@Test
	void ahpOrder_mustListTheScoredChildren() {
		String yaml = ahpSet("    ahp: {order: [a, c], matrix: [[1, 2], [0.5, 1]]}\n");

		assertThat(SetFixtures.problems(yaml)).containsExactly(SetFixtures.at(yaml, 9, "order")
				+ ": error: the AHP order of d (a, c) must list its scored children exactly once: a, b");
	}

	@Test
	void consistentAhpJudgementsOfTwoExperts_load() {
		IndicatorSet set = SetFixtures.load(ahpSet("""
				    ahp:
				      order: [b, a]
				      experts:
				        - {name: one, matrix: [[1, 3], [1/3, 1]]}
				        - {name: two, matrix: [[1, 0.2], [5, 1]]}
				"""));

		AhpJudgements ahp = ((Dimension) set.find("d").orElseThrow()).ahp().orElseThrow();
		assertThat(ahp.order()).containsExactly("b", "a");
		assertThat(ahp.experts()).extracting(PairwiseMatrix::expert).containsExactly("one", "two");
		assertThat(ahp.experts().get(0).get(1, 0)).isEqualTo(1.0 / 3);
	}

	@Test
	void fileThatIsNotUtf8_namesTheLineAndColumnOfTheFirstBadByte() {
		byte[] gbk = "id: t\nversion: \"1\"\nname: 律所\n".getBytes(Charset.forName("GBK"));

		assertThat(SetFixtures.problems(gbk)).containsExactly("test.yaml:3:7: error: byte 0xC2 is not UTF-8; save the file as UTF-8");
	}

	@Test
	void byteOrderMark_isAccepted() {
		byte[] yaml = ("\uFEFF" + SetFixtures.withIndicators("      - {id: a, name: A, type: count, weight: 1}\n"))
			.getBytes(StandardCharsets.UTF_8);

		assertThat(IndicatorSetLoader.loadYaml(yaml, "bom.yaml", "bom.yaml").set().id()).isEqualTo("t");
	}

	@Test
	void tabIndentation_isOneClearProblem() {
		assertThat(SetFixtures.problems("id: t\nversion: \"1\"\nname: T\ndimensions:\n\t- id: d\n"))
			.containsExactly("test.yaml:5:1: error: tab character: YAML indentation must use spaces");
	}

	@Test
	void aliasBomb_isRefusedQuickly() {
		StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
		for (int i = 1; i < 30; i++) {
			yaml.append("a").append(i).append(": &a").append(i).append(" [");
			for (int k = 0; k < 10; k++) {
				yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
			}
			yaml.append("]\n");
		}

		assertThat(SetFixtures.problems(yaml.toString()).get(0)).startsWith("test.yaml: error: too many aliases");
	}

	@Test
	void recursiveAnchor_isRefused() {
		assertThat(SetFixtures.problems("id: &x [*x]\n").get(0)).contains("recursive");
	}

	@Test
	void yamlOneTwoRules_keepNoAndOnAsText() {
		IndicatorSet set = SetFixtures.load("""
				id: t
				version: 1.10
				name: "NO"
				dimensions:
				  - {id: d, name: D, weight: 1, children: [{id: a, name: on, type: count, weight: 1}]}
				""");

		assertThat(set.version()).isEqualTo("1.10");
		assertThat(set.name().en()).isEqualTo("NO");
		assertThat(set.find("a").orElseThrow().name().en()).isEqualTo("on");
	}

	@Test
	void unknownFileKind_isRefused() {
		assertThatThrownBy(() -> IndicatorSetLoader.load(Path.of("pom.xml"))).isInstanceOf(LexbenchException.class)
			.hasMessage("pom.xml: a set file must be YAML (.yaml, .yml) or a COINr table (.csv, .xlsx)");
	}

	@Test
	void oneTextName_isChineseWhenItHasChineseCharacters() {
		IndicatorSet set = SetFixtures.load(SetFixtures.withIndicators("""
				      - {id: a, name: 律师人数, type: count, weight: 1}
				      - {id: b, name: Lawyers, type: count, weight: 1}
				"""));

		assertThat(set.find("a").orElseThrow().name()).isEqualTo(Bilingual.of("律师人数", ""));
		assertThat(set.find("b").orElseThrow().name()).isEqualTo(Bilingual.of("", "Lawyers"));
		assertThat(set.find("a").orElseThrow().name().in(Language.EN)).isEqualTo("律师人数");
	}

}
