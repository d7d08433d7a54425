package org.lexbench.analysis;

import org.lexbench.scoring.Pearson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Scoring;
import org.lexbench.scoring.ScoringOptions;

/**
 * The audit of a constructed set, scored min-max 0–100 with equal weights and no imputation (min-max
 * is linear, so the normalised scores correlate as the raw values do): lawyers and partners move
 * together (double counting), pro bono hours fall as they rise (negative with people), one
 * indicator is the same for every firm (no variance, and no correlation with anything), and reach
 * has one indicator (no alpha).
 */
class SetAuditTests {

	static final String SET = """
			id: a
			version: "1"
			name: {zh: 审计, en: Audit}
			method:
			  normalise: {method: minmax, low: 0, high: 100}
			  aggregate: arithmetic
			  weights: equal
			  impute: none
			  treat: none
			dimensions:
			  - id: reach
			    name: {zh: 覆盖, en: Reach}
			    children:
			      - {id: offices, name: {zh: 境外机构数, en: Offices abroad}, type: count}
			  - id: people
			    name: {zh: 人才, en: People}
			    children:
			      - {id: lawyers, name: {zh: 律师人数, en: Lawyers}, type: count}
			      - {id: partners, name: {zh: 合伙人数, en: Partners}, type: count}
			      - {id: pro_bono, name: {zh: 公益时数, en: Pro bono hours}, type: count}
			      - {id: same, name: {zh: 常数, en: Constant}, type: count}
			""";

	static final String FIRMS = """
			律所名称,境外机构数,律师人数,合伙人数,公益时数,常数
			甲,1,100,10,50,5
			乙,2,200,21,40,5
			丙,3,300,29,30,5
			丁,4,400,40,20,5
			戊,5,500,50,,5
			""";

	@TempDir
	Path folder;

	ScoreCard card() throws IOException {
		IndicatorSet set = IndicatorSetLoader.loadYaml(SET.getBytes(StandardCharsets.UTF_8), "a.yaml", "a.yaml").set();
		Path file = Files.writeString(this.folder.resolve("firms.csv"), FIRMS);
		FirmDataset data = DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
		return Scoring.score(data, ScoringOptions.defaults());
	}

	@Test
	void everyDimensionWithScoredChildren_isAudited_compositeFirst() throws IOException {
		SetAudit audit = SetAudit.of(card());

		assertThat(audit.scoredFirms()).isEqualTo(5);
		assertThat(audit.dimensions()).extracting(DimensionAudit::id).containsExactly("composite", "reach", "people");
		assertThat(audit.dimension("people").orElseThrow().children()).containsExactly("lawyers", "partners", "pro_bono", "same");
	}

	@Test
	void lawyersAndPartners_areFlaggedAsDoubleCounting() throws IOException {
		DimensionAudit people = SetAudit.of(card()).dimension("people").orElseThrow();

		// lawyers 100…500 against partners 10, 21, 29, 40, 50: deviations −200…200 and −20, −9, −1, 10, 20;
		// Σ products 4000 + 900 + 0 + 1000 + 4000 = 9900; Σ squares 100000 and 400 + 81 + 1 + 100 + 400 = 982
		double r = 9900 / Math.sqrt(100000.0 * 982);
		assertThat(people.correlation(0, 1).r()).isCloseTo(r, within(1e-12));
		assertThat(people.correlation(1, 0)).isEqualTo(people.correlation(0, 1));
		assertThat(people.correlation(0, 0).r()).isCloseTo(1, within(1e-15));
		assertThat(people.flags()).contains(new AuditFlag.DoubleCounting("lawyers", "partners", people.correlation(0, 1)));
	}

	@Test
	void proBono_fallsAsPeopleRises_andIsFlaggedAgainstItsDimension_onThePairsItHas() throws IOException {
		DimensionAudit people = SetAudit.of(card()).dimension("people").orElseThrow();

		Pearson withPeople = people.withDimension().get(2);
		assertThat(withPeople.pairs()).isEqualTo(4);
		assertThat(withPeople.r()).isNegative();
		assertThat(people.correlation(0, 2).r()).isCloseTo(-1, within(1e-12));
		assertThat(people.correlation(0, 2).pairs()).isEqualTo(4);
		assertThat(people.flags()).contains(new AuditFlag.WeakWithDimension("pro_bono", withPeople));
		assertThat(people.flags()).filteredOn(f -> f instanceof AuditFlag.WeakWithDimension).hasSize(1);
	}

	@Test
	void aConstantIndicator_hasAlmostNoVariance_andNoCorrelation() throws IOException {
		SetAudit audit = SetAudit.of(card());
		DimensionAudit people = audit.dimension("people").orElseThrow();

		IndicatorAudit same = audit.indicator("same").orElseThrow();
		assertThat(same.almostConstant()).isTrue();
		assertThat(same.sd()).isZero();
		assertThat(same.modalShare()).isEqualTo(1.0);
		assertThat(people.correlation(3, 0).r()).isNaN();
		assertThat(people.withDimension().get(3).r()).isNaN();
		assertThat(people.flags()).contains(new AuditFlag.AlmostConstant("same", 0, 1));
		assertThat(audit.indicator("lawyers").orElseThrow().almostConstant()).isFalse();
	}

	@Test
	void alpha_isOnTheListwiseCompleteFirms_andUndefinedForOneChild() throws IOException {
		SetAudit audit = SetAudit.of(card());
		ScoreCard card = card();

		CronbachAlpha people = audit.dimension("people").orElseThrow().alpha();
		assertThat(people.items()).isEqualTo(4);
		assertThat(people.firms()).isEqualTo(4);
		assertThat(people.value()).isEqualTo(CronbachAlpha.of(List.of(card.scores().get("lawyers"), card.scores().get("partners"),
				card.scores().get("pro_bono"), card.scores().get("same")), new boolean[] { true, true, true, true, true }).value());
		CronbachAlpha reach = audit.dimension("reach").orElseThrow().alpha();
		assertThat(reach.value()).isNaN();
		assertThat(reach.undefined()).isEqualTo(Optional.of(CronbachAlpha.Undefined.FEWER_THAN_TWO_ITEMS));
	}

	@Test
	void availability_perIndicatorAndFirm() throws IOException {
		SetAudit audit = SetAudit.of(card());

		IndicatorAudit proBono = audit.indicator("pro_bono").orElseThrow();
		assertThat(proBono.present()).isEqualTo(4);
		assertThat(proBono.availability()).isEqualTo(0.8);
		assertThat(audit.indicator("lawyers").orElseThrow().availability()).isEqualTo(1.0);
		assertThat(audit.firms()).hasSize(5);
		assertThat(audit.firms().get(4)).isEqualTo(new FirmAvailability("戊", 0.8, true));
	}

}
