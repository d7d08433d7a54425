package org.lexbench.firmdata.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexbench.firmdata.CreditCode;
import org.lexbench.firmdata.DataLoader;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.firmdata.LoadOptions;
import org.lexbench.files.Language;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorSetLoader;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.Level;
import org.lexbench.indicator.PlausibleRange;

/**
 * Synthetic firm data: files that load cleanly against every built-in set, reproducible from a
 * seed, with the distributions of DOMAIN §4.4 (expected values from {@link DomainFigures}), and
 * names and codes that are valid, unique and fictional.
 */
class SyntheticFirmsTests {

	static final int LAST_YEAR = 2024;

	static IndicatorSet builtIn(String id) {
		return IndicatorSetLoader.load(Path.of("indicators/" + id + ".yaml")).set();
	}

	static FirmDataset load(IndicatorSet set, Path file) {
		return DataLoader.load(set, List.of(file), LoadOptions.defaults(set.currency()));
	}

	static List<Indicator> written(IndicatorSet set) {
		return set.indicators().stream().filter(i -> i.from().isEmpty()).toList();
	}

	/** Values of one indicator across records, missing ones left out. */
	static double[] present(FirmDataset data, String indicator) {
		return Arrays.stream(data.column(indicator)).filter(v -> !Double.isNaN(v)).toArray();
	}

	static double quantile(double[] values, double p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[(int) Math.floor(p * (sorted.length - 1))];
	}

	static double share(double[] values, Predicate<Double> which) {
		return Arrays.stream(values).filter(which::test).count() / (double) values.length;
	}

	@TempDir
	Path folder;

	static final int FIRMS = 40;

	static final int YEARS = 3;

	static final double MISSING = 0.05;

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource({ "cn-first-class-7, csv", "cn-first-class-7, xlsx", "wang-4, csv", "wang-4, xlsx", "global-reach, csv",
			"global-reach, xlsx" })
	void builtInSet_loadsWithoutErrors_oneRecordPerFirmYear_andBlanksAtTheMissingRate(String id, String extension) {
		IndicatorSet set = builtIn(id);
		Path file = this.folder.resolve(id + "." + extension);

		GenerationResult result = SyntheticFirms.write(set, new GenerationSpec(FIRMS, YEARS, LAST_YEAR, 7, MISSING), file);
		FirmDataset data = load(set, file);

		assertThat(data.problems()).extracting(p -> p.render(Language.EN)).isEmpty();
		assertThat(data.records().get(0).attributes()).containsKey("name_en");
		assertThat(data.size()).isEqualTo(FIRMS * YEARS).isEqualTo(result.records());
		assertThat(data.years()).containsExactly(LAST_YEAR - 2, LAST_YEAR - 1, LAST_YEAR);
		assertThat(data.records().stream().map(FirmRecord::key).distinct()).hasSize(FIRMS);
		List<Indicator> indicators = written(set);
		assertThat(result.indicators()).isEqualTo(indicators.size());
		assertThat(result.cells()).isEqualTo((long) FIRMS * YEARS * indicators.size());
		long blank = indicators.stream().mapToLong(i -> Arrays.stream(data.column(i.id())).filter(Double::isNaN).count()).sum();
		assertThat(blank).isEqualTo(result.missingCells());
		// binomial: four standard deviations of the share of blank cells
		double tolerance = 4 * Math.sqrt(MISSING * (1 - MISSING) / result.cells());
		assertThat((double) blank / result.cells()).isCloseTo(MISSING, within(tolerance));
		FirmRecord first = data.records().get(0);
		assertThat(first.attributes()).containsKeys("province", "city", "size_band", "office_type", "founded", "name_en");
	}

	@Test
	void sameSeed_givesTheSameCsvBytes_andAnotherSeedOtherValues() throws IOException {
		IndicatorSet set = builtIn("global-reach");
		GenerationSpec spec = new GenerationSpec(60, 2, LAST_YEAR, 42, 0.1);
		Path a = SyntheticFirms.write(set, spec, this.folder.resolve("a.csv")).file();
		Path b = SyntheticFirms.write(set, spec, this.folder.resolve("b.csv")).file();
		Path c = SyntheticFirms.write(set, new GenerationSpec(60, 2, LAST_YEAR, 43, 0.1), this.folder.resolve("c.csv")).file();

		assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
		assertThat(Files.readAllBytes(a)).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(load(set, a).column("lawyers")).isNotEqualTo(load(set, c).column("lawyers"));
	}

	@Test
	void sameSeed_givesTheSameXlsxValuesAsTheCsv() {
		IndicatorSet set = builtIn("cn-first-class-7");
		GenerationSpec spec = new GenerationSpec(30, 2, LAST_YEAR, 5, 0.2);
		FirmDataset csv = load(set, SyntheticFirms.write(set, spec, this.folder.resolve("d.csv")).file());
		FirmDataset xlsx = load(set, SyntheticFirms.write(set, spec, this.folder.resolve("d.xlsx")).file());

		assertThat(xlsx.records()).extracting(FirmRecord::name).isEqualTo(csv.records().stream().map(FirmRecord::name).toList());
		for (Indicator i : written(set)) {
			assertThat(xlsx.column(i.id())).as(i.id()).containsExactly(csv.column(i.id()), within(1e-9));
		}
	}

	/** The sample the distribution tests read: 5,000 firms of the seven-point set, one year, no blanks. */
	static final int SAMPLE_FIRMS = 5_000;

	static final IndicatorSet SEVEN = builtIn("cn-first-class-7");

	static final FirmDataset SAMPLE = generated(SEVEN, new GenerationSpec(SAMPLE_FIRMS, 1, LAST_YEAR, 2024, 0));

	static FirmDataset generated(IndicatorSet set, GenerationSpec spec) {
		try {
			Path folder = Files.createTempDirectory("synthetic");
			Path file = SyntheticFirms.write(set, spec, folder.resolve("sample.csv")).file();
			FirmDataset data = load(set, file);
			Files.delete(file);
			Files.delete(folder);
			assertThat(data.errors()).isZero();
			return data;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/*
	 * Tolerances: at 5,000 firms the standard error of a median or a 5th/95th percentile is 2–3%
	 * of its value, and of a share near 0.1 about 0.004; the bounds below allow four or more.
	 */

	@Test
	void lawyers_haveTheMedianAndPercentilesOfDomain() {
		double[] lawyers = present(SAMPLE, "lawyers");

		assertThat(lawyers).hasSize(SAMPLE_FIRMS);
		assertThat(quantile(lawyers, 0.5)).isCloseTo(DomainFigures.LAWYERS_MEDIAN, withinPercentage(10));
		assertThat(quantile(lawyers, 0.05)).isCloseTo(DomainFigures.LAWYERS_P5, withinPercentage(15));
		assertThat(quantile(lawyers, 0.95)).isCloseTo(DomainFigures.LAWYERS_P95, withinPercentage(15));
		assertThat(Arrays.stream(lawyers).max().orElseThrow()).isLessThanOrEqualTo(DomainFigures.LAWYERS_MAX);
	}

	@Test
	void revenue_isLawyersTimesRevenuePerLawyer_withDomainsMedian() {
		double[] perLawyer = IntStream.range(0, SAMPLE.size())
			.mapToDouble(r -> SAMPLE.value(r, "revenue") / SAMPLE.value(r, "lawyers")).toArray();

		// verein-like firms (8%, revenue ×2–3) lift the median a little
		assertThat(quantile(perLawyer, 0.5)).isCloseTo(DomainFigures.RPL_MEDIAN, withinPercentage(15));
		assertThat(quantile(perLawyer, 0.05)).isCloseTo(DomainFigures.RPL_P5, withinPercentage(20));
	}

	@Test
	void overseasOffices_areZeroForAboutAThird_withMedianThreeOtherwise() {
		double[] offices = present(SAMPLE, "overseas_offices");

		assertThat(share(offices, v -> v == 0)).isBetween(0.25, 0.35);
		assertThat(quantile(Arrays.stream(offices).filter(v -> v > 0).toArray(), 0.5))
			.isEqualTo(DomainFigures.OFFICES_MEDIAN_NONZERO);
		assertThat(Arrays.stream(offices).max().orElseThrow()).isLessThanOrEqualTo(DomainFigures.OFFICES_OUTLIER_MAX);
	}

	@Test
	void everyFirm_hasNoMoreCountriesThanOffices_andNoMoreBeltAndRoadCountriesThanCountries() {
		for (int r = 0; r < SAMPLE.size(); r++) {
			double offices = SAMPLE.value(r, "overseas_offices");
			double countries = SAMPLE.value(r, "countries");
			assertThat(countries).isLessThanOrEqualTo(Math.min(offices, DomainFigures.COUNTRIES_MAX));
			assertThat(SAMPLE.value(r, "bri_countries")).isLessThanOrEqualTo(countries);
			if (offices == 0) {
				assertThat(SAMPLE.value(r, "lawyers_abroad_share")).isZero();
			}
		}
	}

	@Test
	void everyValue_liesInItsIndicatorsPlausibleRange_andOrdinalsAreLevels() {
		for (Indicator i : written(SEVEN)) {
			List<Double> values = Arrays.stream(present(SAMPLE, i.id())).boxed().toList();
			assertThat(values).as(i.id()).hasSize(SAMPLE_FIRMS);
			i.plausibleRange().ifPresent(range -> assertThat(values).as(i.id()).allMatch(range::contains));
			if (i.type() instanceof IndicatorType.PercentType) {
				assertThat(values).as(i.id()).allMatch(v -> v >= 0 && v <= 100);
			}
			if (i.type() instanceof IndicatorType.OrdinalType ordinal) {
				Set<Double> levels = new HashSet<>(ordinal.levels().stream().map(Level::value).toList());
				assertThat(values).as(i.id()).allMatch(levels::contains);
			}
		}
	}

	@Test
	void shares_andAdoptionRates_followDomain() {
		// the mean of the logit-normal whose 1st and 99th percentiles are 3% and 60% is 20.4%
		assertThat(Arrays.stream(present(SAMPLE, "foreign_revenue_share")).average().orElseThrow())
			.isCloseTo(DomainFigures.FOREIGN_REVENUE_MEAN, within(2.0));
		assertThat(share(present(SAMPLE, "lawyers_abroad_share"), v -> v <= DomainFigures.ABROAD_HIGH)).isGreaterThan(0.9);
		assertThat(share(present(SAMPLE, "lawyers_abroad_share"), v -> v >= DomainFigures.ABROAD_INTERNATIONAL_LOW))
			.isBetween(0.01, 0.05);
		assertThat(share(present(SAMPLE, "iso9001"), v -> v == 1)).isCloseTo(DomainFigures.ISO9001_RATE, within(0.02));
		assertThat(share(present(SAMPLE, "iso27001"), v -> v == 1)).isCloseTo(DomainFigures.ISO27001_RATE, within(0.02));
		assertThat(share(present(SAMPLE, "conflict_system"), v -> v == 1))
			.isCloseTo(DomainFigures.CONFLICT_SYSTEM_RATE, within(0.02));
		assertThat(share(present(SAMPLE, "cross_appointment"), v -> v == 1))
			.isCloseTo(DomainFigures.CROSS_APPOINTMENT_RATE, within(0.02));
		assertThat(share(present(SAMPLE, "party_org_level"), v -> v >= 3))
			.isCloseTo(DomainFigures.PARTY_ORG_LEVEL_SHARES[3] + DomainFigures.PARTY_ORG_LEVEL_SHARES[4], within(0.03));
		double[] chambers = present(SAMPLE, "chambers_band_score");
		// whole points of 121 × u⁴: 0 below u = 121^(-1/4)
		assertThat(share(chambers, v -> v == 0))
			.isCloseTo(Math.pow(DomainFigures.CHAMBERS_MAX + 1, -1 / DomainFigures.CHAMBERS_SKEW), within(0.03));
		// "the top 5 red-circle firms 60–120" of 30–50 firms: 10–17%
		assertThat(share(chambers, v -> v >= 60)).isBetween(0.10, 0.20);
	}

	@Test
	void largerFirms_tendToHaveMoreOfficesAndForeignWork_andFewerSanctions() {
		double[] lawyers = present(SAMPLE, "lawyers");
		double small = quantile(lawyers, 0.25);
		double large = quantile(lawyers, 0.75);

		for (String more : List.of("overseas_offices", "foreign_revenue_share", "chambers_band_score", "awards")) {
			assertThat(mean(SAMPLE, more, lawyers, v -> v >= large)).as(more)
				.isGreaterThan(mean(SAMPLE, more, lawyers, v -> v <= small));
		}
		assertThat(mean(SAMPLE, "sanctions_3y", lawyers, v -> v >= large))
			.isLessThan(mean(SAMPLE, "sanctions_3y", lawyers, v -> v <= small));
	}

	static double mean(FirmDataset data, String indicator, double[] by, Predicate<Double> which) {
		return IntStream.range(0, data.size()).filter(r -> which.test(by[r])).mapToDouble(r -> data.value(r, indicator))
			.average().orElseThrow();
	}

	@Test
	void creditCodes_areValidUniqueLawFirmCodesOfTheFirmsCity() {
		Set<String> codes = new HashSet<>();
		for (FirmRecord r : SAMPLE.records()) {
			String code = r.code().orElseThrow();
			assertThat(CreditCode.valid(code)).as(code).isTrue();
			Region region = Region.ALL.stream().filter(g -> g.city().equals(r.attributes().get("city"))).findFirst().orElseThrow();
			assertThat(region.province()).isEqualTo(r.attributes().get("province"));
			assertThat(code).startsWith(FirmSampler.LAW_FIRM_PREFIX + region.divisionCode());
			assertThat(FirmSampler.organisationCheck(code.substring(8, 16))).isEqualTo(code.charAt(16));
			assertThat(codes.add(code)).as(code).isTrue();
		}
	}

	@Test
	void names_areUnique_inBothLanguages_andNoneIsARealFirm() {
		List<String> chinese = SAMPLE.records().stream().map(FirmRecord::name).toList();
		List<String> english = SAMPLE.records().stream().map(r -> r.attributes().get("name_en")).toList();

		assertThat(chinese).doesNotHaveDuplicates().allMatch(n -> n.endsWith("律师事务所"));
		assertThat(english).doesNotHaveDuplicates();
		for (String real : FictionalNames.REAL_BRANDS) {
			assertThat(chinese).as(real).noneMatch(n -> n.contains(real));
		}
		assertThat(english).noneMatch(n -> FictionalNames.REAL_PINYIN.contains(n.split(" ")[n.split(" ").length - 3]
			.toLowerCase(java.util.Locale.ROOT)));
	}

	@Test
	void brands_shareNoCharacterWithRealFirms_andSpellNoRealFirmInPinyin() {
		String real = String.join("", FictionalNames.REAL_BRANDS);
		Set<String> spelt = new HashSet<>();
		String chars = FictionalNames.CHARACTERS;

		assertThat(chars.chars().distinct().count()).isEqualTo(chars.length()).isEqualTo(FictionalNames.PINYIN.size());
		assertThat(chars.chars()).noneMatch(c -> real.indexOf(c) >= 0);
		for (String a : FictionalNames.PINYIN) {
			for (String b : FictionalNames.PINYIN) {
				if (!a.equals(b)) {
					assertThat(spelt.add(a + b)).as(a + b).isTrue();
				}
			}
		}
		assertThat(spelt).hasSize(FictionalNames.BRANDS).doesNotContainAnyElementsOf(FictionalNames.REAL_PINYIN);
	}

	@Test
	void aCityBeyondItsBrands_goesOnWithNumberedNames() {
		FictionalNames names = new FictionalNames(new java.util.SplittableRandom(1));
		Set<String> seen = new HashSet<>();
		List<FictionalNames.FirmName> all = IntStream.range(0, FictionalNames.BRANDS + 100).mapToObj(k -> names.next(0)).toList();

		all.forEach(n -> assertThat(seen.add(n.chinese()) && seen.add(n.english())).as(n.chinese()).isTrue());
		assertThat(all.get(FictionalNames.BRANDS).chinese()).startsWith("北京市").endsWith("第2律师事务所");
		assertThat(all.get(FictionalNames.BRANDS).english()).startsWith("Beijing ").contains(" No. 2 ");
	}

	@Test
	void fromYearToYear_valuesMoveALittle() {
		IndicatorSet wang = builtIn("wang-4");
		PlausibleRange revenueRange = ((Indicator) wang.find("revenue").orElseThrow()).plausibleRange().orElseThrow();
		FirmDataset data = generated(wang, new GenerationSpec(400, 6, LAST_YEAR, 9, 0));

		int pairs = 0;
		for (int r = 1; r < data.size(); r++) {
			if (!data.records().get(r).key().equals(data.records().get(r - 1).key())) {
				continue;
			}
			pairs++;
			double revenue = data.value(r, "revenue");
			double before = data.value(r - 1, "revenue");
			// wang-4 writes the growth it applies; revenues clipped at an end of the range are left out
			if (revenueRange.min() < Math.min(revenue, before) && Math.max(revenue, before) < revenueRange.max()) {
				assertThat(100 * (revenue / before - 1)).isCloseTo(data.value(r, "revenue_growth"), within(0.1))
					.isBetween(100 * DomainFigures.REVENUE_GROWTH_MIN - 0.1, 100 * DomainFigures.REVENUE_GROWTH_MAX + 0.1);
			}
			// lawyers grow −10% to +30% a year; whole lawyers round the ratio of small firms
			assertThat(data.value(r, "lawyers") / data.value(r - 1, "lawyers")).isBetween(0.85, 1.35);
			assertThat(data.value(r, "offices_total")).isGreaterThanOrEqualTo(1);
		}
		assertThat(pairs).isEqualTo(400 * 5);
	}

	/** A set of the kind users write: money in 亿元 and in USD m, levels that are not 0–4, no ranges, a lower count. */
	static final String CUSTOM = """
			id: custom
			version: "1"
			name: {zh: 自定义, en: Custom}
			dimensions:
			  - id: all
			    name: {zh: 全部, en: All}
			    weight: 1
			    children:
			      - {id: revenue, name: {zh: 总创收, en: Gross revenue}, type: money, unit: {zh: 亿元, en: CNY 100m}, weight: 1}
			      - {id: takings, name: {zh: 美元收入, en: Revenue}, type: money, currency: USD, unit: {en: USD m}, weight: 1}
			      - id: band
			        name: {zh: 最佳等级, en: Best band}
			        type: category
			        categories: [{code: a, label: 甲, score: 2}, {code: b, label: 乙, score: 1}, {code: c, label: 丙, score: 0}]
			        weight: 1
			      - id: stars
			        name: {zh: 星级, en: Stars}
			        type: ordinal
			        levels: [{value: 0.5, label: 半星}, {value: 1.5, label: 一星半}, {value: 2.5, label: 两星半}]
			        weight: 1
			      - {id: things, name: {zh: 事项数, en: Things}, type: count, weight: 1}
			      - {id: score, name: {zh: 得分, en: Score}, type: number, weight: 1}
			      - {id: complaints, name: {zh: 投诉数, en: Complaints}, type: count, direction: lower, range: [0, 50], weight: 1}
			      - {id: ratio, name: {zh: 比率, en: Ratio}, type: percent, range: [20, 40], weight: 1}
			      - {id: change, name: {zh: 变动, en: Change}, type: number, range: [-20, 20], weight: 1}
			""";

	@Test
	void setOfOwnIndicators_loadsWithoutErrors_inItsUnits_levels_categories_andRanges() {
		IndicatorSet set = IndicatorSetLoader.loadYaml(CUSTOM.getBytes(StandardCharsets.UTF_8), "custom.yaml", "custom.yaml").set();
		FirmDataset data = generated(set, new GenerationSpec(2_000, 1, LAST_YEAR, 3, 0));

		assertThat(data.problems()).isEmpty();
		// lawyers × revenue per lawyer, in 亿元; the correlation of the two and verein-like firms lift it a little
		assertThat(quantile(present(data, "revenue"), 0.5))
			.isCloseTo(DomainFigures.LAWYERS_MEDIAN * DomainFigures.RPL_MEDIAN / 1e8, withinPercentage(30));
		// the same revenue in both units, each rounded to 0.01: at most 0.005 亿元 + 0.005 USD m apart
		double usd = MoneyUnits.YUAN_PER.get("USD");
		for (int r = 0; r < data.size(); r++) {
			assertThat(data.value(r, "takings") * 1e6 * usd)
				.isCloseTo(data.value(r, "revenue") * 1e8, within(0.005 * 1e8 + 0.005 * 1e6 * usd));
		}
		assertThat(Arrays.stream(present(data, "band")).boxed()).containsOnly(0.0, 1.0, 2.0);
		assertThat(Arrays.stream(present(data, "stars")).boxed()).containsOnly(0.5, 1.5, 2.5);
		assertThat(Arrays.stream(present(data, "things")).boxed()).allMatch(v -> v >= 0 && v == Math.rint(v));
		assertThat(Arrays.stream(present(data, "score")).boxed()).allMatch(v -> v > 0);
		assertThat(Arrays.stream(present(data, "ratio")).boxed()).allMatch(v -> v >= 20 && v <= 40);
		assertThat(Arrays.stream(present(data, "change")).boxed()).allMatch(v -> v >= -20 && v <= 20);
		double[] revenue = present(data, "revenue");
		assertThat(mean(data, "complaints", revenue, v -> v >= quantile(revenue, 0.75)))
			.isLessThan(mean(data, "complaints", revenue, v -> v <= quantile(revenue, 0.25)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "firms.txt", "firms.xls", "firms.json", "firms" })
	void otherExtension_isRefused(String name) {
		assertThatThrownBy(() -> SyntheticFirms.write(builtIn("wang-4"), new GenerationSpec(1, 1, LAST_YEAR, 1, 0),
				this.folder.resolve(name))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
		assertThat(this.folder).isEmptyDirectory();
	}

	@Test
	void moreFirmYearsThanAnXlsxSheetHolds_isRefusedBeforeWriting() {
		GenerationSpec spec = new GenerationSpec(1_000_000, 2, LAST_YEAR, 1, 0);

		assertThatThrownBy(() -> SyntheticFirms.write(builtIn("wang-4"), spec, this.folder.resolve("big.xlsx")))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000000 firm-years");
		assertThat(this.folder).isEmptyDirectory();
	}


	@ParameterizedTest
	@CsvSource({ "0, 1, 2024, 0, 0", "2000001, 1, 2024, 0, 2000001", "-5, 1, 2024, 0, -5", "10, 0, 2024, 0, 0",
			"10, 31, 2024, 0, 31", "10, 1, 1989, 0, 1989", "10, 1, 2101, 0, 2101", "10, 1, 2024, 1.0, 1.0",
			"10, 1, 2024, -0.1, -0.1", "10, 1, 2024, NaN, NaN" })
	void badSpec_isRefused_namingTheBadValue(int firms, int years, int lastYear, double missing, String bad) {
		assertThatThrownBy(() -> new GenerationSpec(firms, years, lastYear, 1, missing))
			.isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("got " + bad);
	}

	@Test
	void spec_atItsLimits_isAccepted() {
		assertThat(new GenerationSpec(GenerationSpec.MAX_FIRMS, GenerationSpec.MAX_YEARS, 2100, -1, 0.999).firstYear())
			.isEqualTo(2071);
		assertThat(new GenerationSpec(1, 1, 1990, 0, 0).records()).isEqualTo(1);
	}

}
