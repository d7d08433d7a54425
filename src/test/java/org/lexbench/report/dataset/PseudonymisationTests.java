package org.lexbench.report.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.Failure;
import org.lexbench.files.LexbenchException;
import org.lexbench.scoring.ScoreRun;

/** Pseudonymised datasets: no firm named, codes stable under one salt and different under another. */
class PseudonymisationTests {

	/** Everything in the fixture that names or identifies a firm. */
	static final List<String> IDENTIFYING = List.of("甲律师事务所", "乙律师事务所", "丙律师事务所", "丁律师事务所", "戊", "国际",
			"HYPERLINK", "SUM(A1)", "Jia Law Firm", "31110000MA01ABCD2Y", "张三", "13800000000", "联系人");

	@TempDir
	Path folder;

	final ScoreRun run = ExportFixture.run();

	DatasetExport.Result write(Layout layout, String name, Salt salt) {
		return DatasetExport.write(this.run.cards(), new DatasetExport.Request(layout, DatasetFormat.CSV,
				this.folder.resolve("out").resolve(name), Optional.of(salt), true));
	}

	Salt salt(String name, String secret) throws IOException {
		Path file = this.folder.resolve("secrets").resolve(name);
		Files.createDirectories(file.getParent());
		return Salt.readOrCreate(Files.writeString(file, secret + "\n"));
	}

	@Test
	void pseudonymisedData_namesNoFirm_neitherDoesItsCodebook() throws IOException {
		Files.createDirectories(this.folder.resolve("out"));
		Salt salt = salt("a", "a salt of twenty-six chars");

		for (Layout layout : List.of(Layout.WIDE, Layout.TIDY)) {
			DatasetExport.Result result = write(layout, layout.keyword() + ".csv", salt);

			String data = Outputs.text(result.data().path());
			String codebook = Outputs.text(result.codebook().orElseThrow().path());
			for (String identifying : IDENTIFYING) {
				assertThat(data).as(layout + " data").doesNotContain(identifying);
				assertThat(codebook).as(layout + " codebook").doesNotContain(identifying);
			}
			List<String> header = Outputs.csv(result.data().path()).get(0);
			assertThat(header).contains("firm_id").doesNotContain("firm", "code", "attr_name_en", "other_1");
			assertThat(result.pseudonymDigits()).isEqualTo(Pseudonyms.DIGITS);
		}
		List<String> header = Outputs.csv(this.folder.resolve("out/wide.csv")).get(0);
		assertThat(header.subList(0, 4)).containsExactly("year", "firm_id", "attr_province", "status");
	}

	@Test
	void codes_standForKeys_areStableUnderTheSameSalt_andDifferUnderAnother() throws IOException {
		Files.createDirectories(this.folder.resolve("out"));
		Salt a = salt("a", "a salt of twenty-six chars");
		DatasetExport.write(this.run.cards(), new DatasetExport.Request(Layout.WIDE, DatasetFormat.CSV,
				this.folder.resolve("out/named.csv"), Optional.empty(), false));

		Path first = write(Layout.WIDE, "first.csv", a).data().path();
		Path again = write(Layout.WIDE, "again.csv", Salt.readOrCreate(a.file())).data().path();
		Path other = write(Layout.WIDE, "other.csv", salt("b", "another salt, also long enough")).data().path();

		assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
		List<String> keys = column(this.folder.resolve("out/named.csv"), "firm_id");
		List<String> codes = column(first, "firm_id");
		assertThat(codes).allMatch(c -> c.matches("F-[0-9A-F]{12}"));
		// each year's rows are those of the named dataset with the key's code in its place, ordered by code
		Pseudonyms expected = Pseudonyms.of(a, keys);
		List<String> years = column(first, "year");
		List<String> namedYears = column(this.folder.resolve("out/named.csv"), "year");
		for (String year : List.of("2022", "2023", "2024")) {
			List<String> ofYear = IntStream.range(0, codes.size()).filter(r -> years.get(r).equals(year)).mapToObj(codes::get)
				.toList();
			List<String> fromKeys = IntStream.range(0, keys.size()).filter(r -> namedYears.get(r).equals(year))
				.mapToObj(r -> expected.code(keys.get(r))).sorted().toList();
			assertThat(ofYear).isEqualTo(fromKeys);
		}
		// 甲, known by its credit code, has one code in 2023 and 2024; nine firms, nine codes
		String jia = expected.code("code:31110000MA01ABCD2Y");
		assertThat(IntStream.range(0, codes.size()).filter(r -> codes.get(r).equals(jia)).mapToObj(years::get))
			.containsExactly("2023", "2024");
		assertThat(new HashSet<>(codes)).hasSize(9);
		assertThat(new HashSet<>(column(other, "firm_id"))).hasSize(9).doesNotContainAnyElementsOf(codes);
	}

	private static List<String> column(Path file, String name) throws IOException {
		List<List<String>> rows = Outputs.csv(file);
		int c = rows.get(0).indexOf(name);
		return rows.stream().skip(1).map(r -> r.get(c)).toList();
	}

	@Test
	void codesThatWouldCollide_growLongerForEveryFirm() throws IOException {
		Salt salt = salt("a", "a salt of twenty-six chars");
		List<String> keys = IntStream.range(0, 300).mapToObj(i -> "firm " + i).toList();

		// one hexadecimal digit has 16 values: 300 firms must collide, and every code grows until none does
		Pseudonyms codes = Pseudonyms.of(salt, keys, 1);

		assertThat(codes.digits()).isGreaterThan(1);
		List<String> all = new ArrayList<>();
		keys.forEach(k -> all.add(codes.code(k)));
		assertThat(new HashSet<>(all)).hasSize(300);
		assertThat(all).allMatch(c -> c.length() == 2 + codes.digits());
		assertThat(codes.code("firm 7")).isEqualTo(Pseudonyms.of(salt, keys).code("firm 7").substring(0, 2 + codes.digits()));
	}

	@Test
	void aMissingSaltFile_isCreatedWithRandomBitsForItsOwnerOnly_andReadTheSameAfter() throws IOException {
		Path file = this.folder.resolve("home/.lexbench/salt");

		Salt created = Salt.readOrCreate(file);
		Salt read = Salt.readOrCreate(file);

		assertThat(created.created()).isTrue();
		assertThat(read.created()).isFalse();
		assertThat(Files.readString(file)).matches("[0-9a-f]{64}\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(read.secret()).isEqualTo(created.secret());
		try (var entries = Files.list(file.getParent())) {
			assertThat(entries).containsExactly(file);
		}
	}

	@Test
	void aSaltTooShort_orAFolder_isInvalidInput() throws IOException {
		Path shortSalt = Files.writeString(this.folder.resolve("salt"), "abc\n");

		LexbenchException tooShort = catchThrowableOfType(LexbenchException.class, () -> Salt.readOrCreate(shortSalt));
		LexbenchException folderSalt = catchThrowableOfType(LexbenchException.class, () -> Salt.readOrCreate(this.folder));

		assertThat(tooShort.failure()).isEqualTo(Failure.INVALID_INPUT);
		assertThat(tooShort).hasMessage("salt file " + shortSalt + " holds 3 characters; a salt needs at least 16");
		assertThat(folderSalt.failure()).isEqualTo(Failure.INVALID_INPUT);
	}

}
