package org.lexbench.report.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Scoring;
import org.lexbench.scoring.ScoringOptions;

/**
 * A score small enough to work by hand: three dimensions of one indicator each, every column
 * running from 0 to 100 among the firms scored (so min-max leaves the values as they are), equal
 * weights, arithmetic means, and a gate that 己 fails (its c is missing).
 * <pre>
 *        a    b    c  | composite = (a + b + c) / 3   rank  tier (top ≥ 60, mid ≥ 40, rest)
 *   甲  100   50    0 |  50                            3     mid
 *   乙   80  100   20 |  66.67                         1     top
 *   丙   60    0   40 |  33.33                         5     rest
 *   丁    0   75  100 |  58.33                         2     mid
 *   戊   40   25   60 |  41.67                         4     mid
 *   己   10   10    — |  not eligible
 * </pre>
 */
final class ChartFixtures {

	static final String SET = """
			id: c
			version: "1"
			name: {zh: 图表测试, en: Chart test}
			method:
			  normalise: {method: minmax, low: 0, high: 100}
			  aggregate: arithmetic
			  weights: equal
			gates:
			  - {id: has_c, name: {zh: 填报 c, en: Reports c}, rule: c >= 0}
			tiers:
			  - {id: top, name: {zh: 一流, en: Top}, min: 60}
			  - {id: mid, name: {zh: 中坚, en: Middle}, min: 40}
			  - {id: rest, name: {zh: 其他, en: Rest}}
			dimensions:
			  - id: da
			    name: {zh: 国际化人才队伍建设, en: International talent}
			    children:
			      - {id: a, name: {zh: 涉外律师人数, en: Foreign-related lawyers}, type: count, unit: {zh: 人, en: lawyers}}
			  - id: db
			    name: {zh: 全球服务网络, en: Global network}
			    children:
			      - {id: b, name: {zh: 境外机构数, en: Offices abroad}, type: count}
			  - id: dc
			    name: {zh: 品牌与综合实力, en: Brand and strength}
			    children:
			      - {id: c, name: {zh: 品牌得分, en: Brand score}, type: number}
			""";

	static final String FIRMS = """
			律所名称,年度,a,b,c
			甲律师事务所,2024,100,50,0
			乙律师事务所,2024,80,100,20
			丙律师事务所,2024,60,0,40
			丁律师事务所,2024,0,75,100
			戊律师事务所,2024,40,25,60
			己律师事务所,2024,10,10,
			""";

	private ChartFixtures() {
	}

	static ScoreCard card() {
		return card(SET, FIRMS);
	}

	static ScoreCard card(String setYaml, String firmsCsv) {
		try {
			Path folder = Files.createTempDirectory("lexbench-charts");
			Path file = Files.writeString(folder.resolve("firms.csv"), firmsCsv);
			IndicatorSet set = IndicatorSetLoader.loadYaml(setYaml.getBytes(StandardCharsets.UTF_8), "c.yaml", "c.yaml").set();
			FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
			Files.delete(file);
			Files.delete(folder);
			return Scoring.score(data, ScoringOptions.defaults());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static int firm(ScoreCard card, String name) {
		return card.find(name).orElseThrow();
	}

}
