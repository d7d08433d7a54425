package org.lexbench.firmdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lexbench.firmdata.Sheets.row;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;

/**
 * Spreadsheets are attacker-controlled. Each test crafts one hostile file — from a real workbook
 * with parts replaced (see {@link Zips}) — and checks that lexbench refuses it in one line, or
 * reads it without harm, and never inflates, resolves or evaluates what it should not.
 */
class UntrustedInputTests {

	static final List<List<Object>> ROWS = List.of(row("律所名称", "境外分支机构数", "覆盖国家数"), row("甲", 1, 2));

	@TempDir
	Path folder;

	FirmDataset load(Path file, LoadOptions options) {
		return DataLoader.load(DataLoaderTests.SEVEN, List.of(file), options, f -> f.getFileName().toString());
	}

	FirmDataset load(Path file) {
		return load(file, LoadOptions.defaults("CNY"));
	}

	String refusal(Path file) {
		return refusal(file, LoadOptions.defaults("CNY"));
	}

	String refusal(Path file, LoadOptions options) {
		return catchThrowableOfType(LexbenchException.class, () -> load(file, options)).text().in(Language.EN);
	}

	Path workbook() {
		return Sheets.xlsx(this.folder.resolve("real.xlsx"), "Data", ROWS);
	}

	@Test
	void zipBomb_isRefusedFromTheCentralDirectory_withoutInflating() {
		// 30 MB of one repeated row deflates to about 30 KB: a ratio near 0.001, below POI's 0.01.
		String sheet = Zips.part(workbook(), "xl/worksheets/sheet1.xml");
		String padding = "<!-- " + "0".repeat(30_000_000) + " -->";
		Path bomb = Zips.rewrite(workbook(), this.folder.resolve("bomb.xlsx"),
				Map.of("xl/worksheets/sheet1.xml", sheet.replace("<sheetData>", padding + "<sheetData>").getBytes(StandardCharsets.UTF_8)));

		assertThat(refusal(bomb)).startsWith("bomb.xlsx: the part xl/worksheets/sheet1.xml inflates from ")
			.endsWith("more than 100 times; a file built to exhaust memory (a zip bomb) is not read");
	}

	@Test
	void packageWithThousandsOfParts_isRefused() {
		java.util.Map<String, byte[]> parts = new java.util.HashMap<>();
		for (int i = 0; i < 1_200; i++) {
			parts.put("xl/media/image" + i + ".png", new byte[] { 1 });
		}
		Path many = Zips.rewrite(workbook(), this.folder.resolve("many.xlsx"), parts);

		assertThat(refusal(many)).isEqualTo("many.xlsx holds more than 1000 parts; a spreadsheet has far fewer, so it is not read");
	}

	@Test
	void externalEntity_isNeverResolved() throws IOException {
		Path secret = Files.writeString(this.folder.resolve("secret.txt"), "TOP-SECRET");
		String strings = Zips.part(workbook(), "xl/sharedStrings.xml");
		String hostile = strings.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
			.replaceFirst("^", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
			.replace(">甲<", ">&xxe;<");
		Path xxe = Zips.rewrite(workbook(), this.folder.resolve("xxe.xlsx"),
				Map.of("xl/sharedStrings.xml", hostile.getBytes(StandardCharsets.UTF_8)));

		assertThat(outcome(xxe)).doesNotContain("TOP-SECRET");
	}

	@Test
	void entityExpansion_billionLaughs_isNotExpanded() {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY l0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		dtd.append("]>");
		String strings = Zips.part(workbook(), "xl/sharedStrings.xml");
		String hostile = strings.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
			.replaceFirst("^", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd).replace(">甲<", ">&l9;<");
		Path laughs = Zips.rewrite(workbook(), this.folder.resolve("laughs.xlsx"),
				Map.of("xl/sharedStrings.xml", hostile.getBytes(StandardCharsets.UTF_8)));

		assertThat(outcome(laughs)).doesNotContain("lollollol");
	}

	/** What loading gives: the refusal in one line, or every name and attribute read. */
	private String outcome(Path file) {
		try {
			FirmDataset data = load(file);
			return data.records().toString();
		}
		catch (LexbenchException refused) {
			assertThat(refused.text().in(Language.EN)).doesNotContain("\n").startsWith(file.getFileName() + " ");
			return refused.text().in(Language.EN);
		}
	}

	@Test
	void numberCellsHoldingWhatNoNumberIs_areOneClearLine_notACrash() {
		String sheet = Zips.part(workbook(), "xl/worksheets/sheet1.xml");
		String huge = sheet.replaceFirst("<v>1(\\.0)?</v>", "<v>1e999</v>");
		String text = sheet.replaceFirst("<v>2(\\.0)?</v>", "<v>abc</v>");
		Path hugeFile = Zips.rewrite(workbook(), this.folder.resolve("huge-number.xlsx"),
				Map.of("xl/worksheets/sheet1.xml", huge.getBytes(StandardCharsets.UTF_8)));
		Path textFile = Zips.rewrite(workbook(), this.folder.resolve("text-number.xlsx"),
				Map.of("xl/worksheets/sheet1.xml", text.getBytes(StandardCharsets.UTF_8)));

		assertThat(huge).contains("<v>1e999</v>");
		assertThat(refusal(hugeFile)).isEqualTo("huge-number.xlsx is a damaged xlsx workbook: For input string: \"1e999\"");
		assertThat(refusal(textFile)).startsWith("text-number.xlsx is a damaged xlsx workbook: ");
	}

	@Test
	void passwordProtectedXlsx_isOneClearLine() throws Exception {
		Path plain = Files.copy(workbook(), this.folder.resolve("plain.xlsx"));
		Path locked = this.folder.resolve("locked.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE); OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			try (OutputStream out = Files.newOutputStream(locked)) {
				fs.writeFilesystem(out);
			}
		}

		assertThat(refusal(locked)).isEqualTo(
				"locked.xlsx is password-protected; remove the password in Excel or WPS (File › Info) and save it again");
	}

	@Test
	void passwordProtectedXls_isOneClearLine() {
		Path locked = this.folder.resolve("locked.xls");
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		try {
			Sheets.xls(locked, "Data", ROWS);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}

		assertThat(refusal(locked)).isEqualTo(
				"locked.xls is password-protected; remove the password in Excel or WPS (File › Info) and save it again");
	}

	@Test
	void corruptTruncatedAndMisnamedFiles_areOneLineEach() throws IOException {
		byte[] real = Files.readAllBytes(workbook());
		Path truncated = Files.write(this.folder.resolve("truncated.xlsx"), java.util.Arrays.copyOf(real, real.length / 2));
		Path text = Files.writeString(this.folder.resolve("text.xlsx"), "律所名称,境外分支机构数\n甲,1\n");
		Path junk = Files.write(this.folder.resolve("junk.xls"), "PK\u0003\u0004 not really anything".getBytes(StandardCharsets.UTF_8));

		assertThat(refusal(truncated)).isEqualTo(
				"truncated.xlsx is not a valid xlsx file (its zip structure is damaged); open it in Excel or WPS and save it again");
		assertThat(refusal(text)).isEqualTo(
				"text.xlsx is not an xlsx workbook despite its name; open it in Excel or WPS and save it as .xlsx");
		assertThat(refusal(junk)).startsWith("junk.xls is not a readable .xls workbook: ");
	}

	@Test
	void legacyWorkbookNamedXlsx_isReadAsWhatItIs() throws IOException {
		Path legacy = Sheets.xls(this.folder.resolve("legacy.xls"), "Data", ROWS);
		Path renamed = Files.move(legacy, this.folder.resolve("renamed.xlsx"));

		assertThat(load(renamed).value(0, "countries")).isEqualTo(2);
	}

	@Test
	void hugeCell_isAnErrorAtItsPlace_andItsTextIsNotKept() throws IOException {
		String huge = "9".repeat(10_000_000);
		Path csv = Files.writeString(this.folder.resolve("huge.csv"), "律所名称,境外分支机构数,覆盖国家数\n甲," + huge + ",2\n");
		String strings = Zips.part(workbook(), "xl/sharedStrings.xml");
		Path xlsx = Zips.rewrite(workbook(), this.folder.resolve("huge.xlsx"),
				Map.of("xl/sharedStrings.xml", strings.replace(">甲<", ">甲" + "x".repeat(40_000) + "<").getBytes(StandardCharsets.UTF_8)));

		FirmDataset fromCsv = load(csv);
		assertThat(fromCsv.value(0, "overseas_offices")).isNaN();
		assertThat(fromCsv.value(0, "countries")).isEqualTo(2);
		assertThat(DataLoaderTests.problems(fromCsv)).contains(
				"huge.csv:2:2: error: a cell of 10000000 characters, more than the 32767 lexbench reads; treated as missing");
		assertThat(DataLoaderTests.problems(load(xlsx))).contains(
				"huge.xlsx › Data › A2: error: a cell of 40001 characters, more than the 32767 lexbench reads; treated as missing",
				"huge.xlsx › Data › A2: error: the row has no firm name, so it is not read");
	}

	@Test
	void rowsBeyondTheCap_areRefusedInOneLine_inEveryFormat() {
		List<List<Object>> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < 150; i++) {
			rows.add(row("律所" + i, i, 1));
		}
		LoadOptions capped = LoadOptions.defaults("CNY").withLimits(ReadLimits.DEFAULT.withMaxRows(100));

		for (Path file : List.of(Sheets.xlsx(this.folder.resolve("rows.xlsx"), "Data", rows),
				Sheets.xls(this.folder.resolve("rows.xls"), "Data", rows), Sheets.csv(this.folder.resolve("rows.csv"), rows))) {
			assertThat(refusal(file, capped)).isEqualTo(file.getFileName()
					+ " has more rows than the limit, 100; raise the limit with --max-rows if the file is genuine");
		}
	}

	@Test
	void fileLargerThanTheLimit_isRefusedBeforeReading() {
		Path csv = Sheets.csv(this.folder.resolve("big.csv"), ROWS);
		ReadLimits tiny = new ReadLimits(10, 1_000, 32_767, ReadLimits.DEFAULT.zip());

		assertThat(refusal(csv, LoadOptions.defaults("CNY").withLimits(tiny))).isEqualTo(
				"big.csv is larger than 10 B, the most lexbench reads");
	}

	@Test
	void formulaText_isReadAsText_neverEvaluated() {
		Path csv = Sheets.csv(this.folder.resolve("formula.csv"), List.of(row("律所名称", "网址", "境外分支机构数"),
				row("甲", "=HYPERLINK(\"http://evil\";\"x\")", "=1+1")));

		FirmDataset data = load(csv);

		assertThat(data.records().get(0).attributes()).containsEntry("网址", "=HYPERLINK(\"http://evil\";\"x\")");
		assertThat(data.value(0, "overseas_offices")).isNaN();
		assertThat(DataLoaderTests.problems(data)).anyMatch(p -> p.startsWith("formula.csv:2:3: error: “=1+1” is not a number"));
	}

}
