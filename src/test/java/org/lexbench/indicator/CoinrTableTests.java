package org.lexbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** COINr framework tables, proven on the ASEM example of COINr (src/test/resources/asem/PROVENANCE.md). */
class CoinrTableTests {

	static final Path ASEM = Path.of("src/test/resources/asem/ASEM_iMeta.csv");

	static final Path ASEM_XLSX = Path.of("src/test/resources/asem/ASEM_input.xlsx");

	/** The ten COINr columns, in ASEM's order. */
	static final List<String> CORE = List.of("Level", "iCode", "iName", "Direction", "Weight", "Unit", "Target",
			"Denominator", "Parent", "Type");

	@Test
	void asemTable_readsAsASetWithItsPublishedStructure() {
		IndicatorSet set = IndicatorSetLoader.load(ASEM).set();

		assertThat(set.indicators()).hasSize(49);
		assertThat(set.root().id()).isEqualTo("Index");
		assertThat(set.name().en()).isEqualTo("Sustainable Connectivity");
		assertThat(set.root().children()).extracting(Node::id).containsExactly("Conn", "Sust");
		assertThat(set.nodes().stream().filter(n -> n instanceof Dimension).count()).isEqualTo(2 + 8);
		assertThat(set.depth()).isEqualTo(3);
		assertThat(set.attributes()).extracting(Attribute::id)
			.containsExactly("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group", "Area", "Energy", "GDP", "Population");
		assertThat(set.indicators().stream().filter(i -> i.denominator().isPresent()).map(i -> i.denominator().get()).distinct())
			.containsExactlyInAnyOrder("Population", "Area", "Energy", "GDP");
		Indicator tariff = (Indicator) set.find("Tariff").orElseThrow();
		assertThat(tariff.direction()).isEqualTo(Direction.LOWER);
		assertThat(tariff.target()).hasValue(0.5265);
		assertThat(set.parents().get("Tariff").id()).isEqualTo("Instit");
	}

	@Test
	void asemTable_roundTripsThroughASetWithEveryRowUnchanged() throws IOException {
		IndicatorSet set = IndicatorSetLoader.load(ASEM).set();

		Set<List<String>> written = new HashSet<>();
		for (List<String> row : CoinrTableWriter.rows(set).subList(1, CoinrTableWriter.rows(set).size())) {
			written.add(canonical(row.subList(0, CORE.size())));
		}
		assertThat(written).isEqualTo(new HashSet<>(original()));
	}

	@Test
	void asemTable_writtenAsCsvAndAsXlsx_readsBackAsTheSameSet(@TempDir Path folder) {
		IndicatorSet set = IndicatorSetLoader.load(ASEM).set();
		Path csv = folder.resolve("asem-imeta.csv");
		Path xlsx = folder.resolve("asem-imeta.xlsx");

		CoinrTableWriter.write(set, csv);
		CoinrTableWriter.write(set, xlsx);

		assertThat(IndicatorSetLoader.load(csv).set()).isEqualTo(set);
		assertThat(IndicatorSetLoader.load(xlsx).set()).isEqualTo(set);
	}

	@Test
	void asemWorkbook_readsTheIMetaSheetAsTheSameFrameworkAsTheCsv() {
		IndicatorSet fromCsv = IndicatorSetLoader.load(ASEM).set();
		IndicatorSet fromXlsx = IndicatorSetLoader.load(ASEM_XLSX).set();

		assertThat(fromXlsx.root()).isEqualTo(fromCsv.root());
		assertThat(fromXlsx.attributes()).isEqualTo(fromCsv.attributes());
	}

	@ParameterizedBuiltIn
	void builtInSet_writtenAsATableAndReadBack_keepsTreeWeightsDirectionsAndDenominators(String id, @TempDir Path folder) {
		IndicatorSet set = IndicatorSetLoader.load(Path.of("indicators", id + ".yaml")).set();
		Path csv = folder.resolve(id + ".csv");

		CoinrTableWriter.write(set, csv);
		LoadedSet loaded = IndicatorSetLoader.load(csv);
		IndicatorSet back = loaded.set();

		assertThat(back.indicators()).extracting(Indicator::id).containsExactlyElementsOf(
				set.indicators().stream().map(Indicator::id).toList());
		for (Indicator i : set.indicators()) {
			Indicator j = (Indicator) back.find(i.id()).orElseThrow();
			assertThat(j.weight()).as(i.id()).isEqualTo(i.weight());
			assertThat(j.direction()).as(i.id()).isEqualTo(i.direction());
			assertThat(j.denominator()).as(i.id()).isEqualTo(i.denominator());
			assertThat(j.from()).as(i.id()).isEqualTo(i.from());
			assertThat(j.role()).as(i.id()).isEqualTo(i.role());
			assertThat(j.name()).as(i.id()).isEqualTo(i.name());
			assertThat(back.parents().get(i.id()).id()).as(i.id()).isEqualTo(set.parents().get(i.id()).id());
		}
		long levelled = set.indicators().stream().filter(i -> i.type().scoredByLevels() && !(i.type() instanceof IndicatorType.YesNoType)).count();
		assertThat(loaded.warnings()).hasSize((int) levelled)
			.allSatisfy(w -> assertThat(w.render(org.lexbench.files.Language.EN)).contains("read as a number"));
		assertThat(CoinrTableWriter.losses(set)).extracting(t -> t.in(org.lexbench.files.Language.EN))
			.contains("not carried: column aliases, plausible ranges, descriptions and evidence notes, sources, Chinese units (only the English is kept)")
			.contains("the table holds neither the id “" + id + "” nor the version “1.0”: read back, its id comes from the file name and its version is 1");
	}

	@Test
	void dataTableGivenAsAFramework_isOneClearProblem() {
		assertThat(SetFixturesFiles.problems(Path.of("src/test/resources/asem/ASEM_iData.csv"))).containsExactly(
				"src/test/resources/asem/ASEM_iData.csv:1:1: error: this is not a COINr framework table: it has none of the"
						+ " columns iCode, iName, Parent, Type (is it a data table?)");
	}

	@Test
	void tableWithTwoIndexes_orAParentThatIsNotThere_isRefusedAtTheCell(@TempDir Path folder) throws IOException {
		Path csv = folder.resolve("bad.csv");
		Files.writeString(csv, """
				Level,iCode,iName,Direction,Weight,Parent,Type
				1,a,A,1,1,X,Indicator
				2,Y,Y,1,1,,Aggregate
				""");

		assertThat(SetFixturesFiles.problems(csv)).containsExactly(csv + ":2:6: error: parent “X” of a is not in the table");
	}

	private static List<List<String>> original() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(Files.readString(ASEM)))) {
			for (CsvRecord r : reader) {
				rows.add(canonical(r.getFields()));
			}
		}
		return rows.subList(1, rows.size());
	}

	/** Numbers compared as numbers (1 and 1.0 are the same weight). */
	private static List<String> canonical(List<String> row) {
		List<String> out = new ArrayList<>();
		for (String cell : row) {
			String c = cell.trim();
			out.add(c.matches("-?[0-9.]+(E-?[0-9]+)?") ? new BigDecimal(c).stripTrailingZeros().toPlainString() : c);
		}
		return out;
	}

}
