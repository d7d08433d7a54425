package org.lexbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;

/** What a score card answers beyond its values: effective weights and contributions. */
class ScoreCardTests {

	/** Reach weighs 3 and people 1; people's two indicators are equal; brand is reported, not scored. */
	static final String SET = """
			id: w
			version: "1"
			name: {zh: 权重, en: Weights}
			method:
			  normalise: {method: minmax, low: 0, high: 100}
			dimensions:
			  - id: reach
			    name: {zh: 覆盖, en: Reach}
			    weight: 3
			    children:
			      - {id: offices, name: {zh: 境外机构数, en: Offices abroad}, type: count, weight: 1}
			      - {id: brand, name: {zh: 品牌, en: Brand}, type: count, role: info}
			  - id: people
			    name: {zh: 人才, en: People}
			    weight: 1
			    children:
			      - {id: lawyers, name: {zh: 律师人数, en: Lawyers}, type: count, weight: 1}
			      - {id: partners, name: {zh: 合伙人数, en: Partners}, type: count, weight: 1}
			""";

	@TempDir
	Path folder;

	ScoreCard card(String csv) throws IOException {
		IndicatorSet set = IndicatorSetLoader.loadYaml(SET.getBytes(StandardCharsets.UTF_8), "w.yaml", "w.yaml").set();
		Path file = Files.writeString(this.folder.resolve("firms.csv"), "律所名称,境外机构数,品牌,律师人数,合伙人数\n" + csv);
		FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
		return Scoring.score(data, ScoringOptions.defaults());
	}

	@Test
	void effectiveWeights_areTheProductOfTheWeightsOnThePath_andLeaveOutNodesNotScored() throws IOException {
		ScoreCard card = card("""
				甲,4,1,100,20
				乙,2,2,300,40
				""");

		Map<String, Double> effective = card.effectiveWeights();

		// reach 3/4, people 1/4; offices alone under reach; lawyers and partners half of people each
		assertThat(effective).containsOnlyKeys("composite", "reach", "offices", "people", "lawyers", "partners");
		assertThat(effective.get("composite")).isEqualTo(1.0);
		assertThat(effective.get("reach")).isCloseTo(0.75, within(1e-12));
		assertThat(effective.get("offices")).isCloseTo(0.75, within(1e-12));
		assertThat(effective.get("people")).isCloseTo(0.25, within(1e-12));
		assertThat(effective.get("lawyers")).isCloseTo(0.125, within(1e-12));
		assertThat(effective.get("partners")).isCloseTo(0.125, within(1e-12));
	}

	@Test
	void contributions_shareTheCompositeByWeightedScore() throws IOException {
		ScoreCard card = card("""
				甲,4,1,100,20
				乙,2,2,300,40
				""");

		// 乙: offices 0, lawyers 100, partners 100 → people 100, reach 0, composite 25, all of it from people,
		// half from each of its indicators
		Map<String, Double> shares = card.contributions(card.find("乙").getAsInt());

		assertThat(shares.get("offices")).isCloseTo(0, within(1e-12));
		assertThat(shares.get("lawyers")).isCloseTo(0.5, within(1e-12));
		assertThat(shares.get("partners")).isCloseTo(0.5, within(1e-12));
	}

}
