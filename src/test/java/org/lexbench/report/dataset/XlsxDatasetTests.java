package org.lexbench.report.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.ScoreRun;

/** Datasets as xlsx, opened again with POI: numbers are numbers, nothing is a formula, long tables go on. */
class XlsxDatasetTests {

	@TempDir
	Path folder;

	final ScoreRun run = ExportFixture.run();

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static List<String> texts(Row row) {
		List<String> out = new ArrayList<>();
		row.forEach(c -> out.add(c.getStringCellValue()));
		return out;
	}

	@Test
	void wide_hasNumericCells_noFormula_andFormulaLikeNamesAsInertText() throws IOException {
		Path file = DatasetExport.write(this.run.cards(), new DatasetExport.Request(Layout.WIDE, DatasetFormat.XLSX,
				this.folder.resolve("wide.xlsx"), Optional.empty(), true)).data().path();

		try (XSSFWorkbook workbook = open(file)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheet("wide");
			assertThat(texts(sheet.getRow(0))).isEqualTo(DatasetExportTests.WIDE);
			assertThat(sheet.getLastRowNum()).isEqualTo(ExportFixture.RECORDS);
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				}
			}
			// rows in order: 2022's five firms first; the composite (column 11) and raw lawyers (18) are numbers
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2022);
			assertThat(sheet.getRow(2).getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(2).getCell(11).getNumericCellValue()).isEqualTo(25);
			assertThat(sheet.getRow(2).getCell(18).getNumericCellValue()).isEqualTo(20);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(ExportFixture.QUOTED);
			for (int k = 0; k < ExportFixture.FORMULAS.size(); k++) {
				Cell name = sheet.getRow(2 + k).getCell(2);
				assertThat(name.getCellType()).isEqualTo(CellType.STRING);
				assertThat(name.getStringCellValue()).isEqualTo(ExportFixture.FORMULAS.get(k));
				assertThat(name.getCellStyle().getDataFormatString()).isEqualTo("@");
			}
			// 丙 2024 failed the gate: its composite is an empty cell, not 0
			Row ineligible = sheet.getRow(11);
			assertThat(ineligible.getCell(2).getStringCellValue()).isEqualTo("丙律师事务所");
			assertThat(ineligible.getCell(11)).isNull();
		}
		try (XSSFWorkbook codebook = open(DatasetExport.codebookOf(file))) {
			assertThat(codebook.getSheet("codebook").getLastRowNum()).isEqualTo(DatasetExportTests.WIDE.size());
		}
	}

	@Test
	void namesStartingWithATabOrCarriageReturn_areInertInXlsxAndEscapedInCsv() throws IOException {
		ScoreCard card = ExportFixture.renamed(this.run.cards().get(0), "\tx", "\rx", "＝1");
		Path xlsx = this.folder.resolve("w.xlsx");
		Path csv = this.folder.resolve("w.csv");

		DatasetExport.write(List.of(card), new DatasetExport.Request(Layout.WIDE, DatasetFormat.XLSX, xlsx, Optional.empty(), false));
		DatasetExport.write(List.of(card), new DatasetExport.Request(Layout.WIDE, DatasetFormat.CSV, csv, Optional.empty(), false));

		try (XSSFWorkbook workbook = open(xlsx)) {
			Sheet sheet = workbook.getSheet("wide");
			for (int r = 1; r <= 3; r++) {
				assertThat(sheet.getRow(r).getCell(2).getCellType()).isEqualTo(CellType.STRING);
				assertThat(sheet.getRow(r).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("@");
			}
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("\tx");
		}
		assertThat(Outputs.csv(csv).stream().skip(1).limit(3).map(r -> r.get(2))).containsExactly("'\tx", "'\rx", "'＝1");
	}

	@Test
	void aTableLongerThanASheet_continuesOnFurtherSheets_withTheHeaderRepeated() throws IOException {
		DatasetTable tidy = DatasetExport.table(this.run.cards(), Layout.TIDY, new FirmIdentity.Named());
		Path file = this.folder.resolve("tidy.xlsx");

		Written written;
		try (OutputStream out = Files.newOutputStream(file)) {
			written = new XlsxDataset(10).write(tidy, out);
		}

		// 12 records × 3 indicators = 36 rows: 10, 10, 10 and 6
		assertThat(written.rows()).isEqualTo(36);
		assertThat(written.sheets()).containsExactly("tidy", "tidy (2)", "tidy (3)", "tidy (4)");
		try (XSSFWorkbook workbook = open(file)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			int rows = 0;
			for (Sheet sheet : workbook) {
				assertThat(texts(sheet.getRow(0))).isEqualTo(DatasetExportTests.TIDY);
				rows += sheet.getLastRowNum();
			}
			assertThat(rows).isEqualTo(36);
			assertThat(workbook.getSheet("tidy (4)").getLastRowNum()).isEqualTo(6);
			// the first row of the second sheet is the eleventh row: 2022's fourth firm, its second indicator
			assertThat(workbook.getSheet("tidy (2)").getRow(1).getCell(4).getStringCellValue()).isEqualTo("lawyers");
		}
	}

	@Test
	void aTableThatFillsItsLastSheetExactly_hasNoEmptySheetAfter() throws IOException {
		DatasetTable tidy = DatasetExport.table(this.run.cards(), Layout.TIDY, new FirmIdentity.Named());

		Written written = new XlsxDataset(12).write(tidy, OutputStream.nullOutputStream());

		assertThat(written.sheets()).containsExactly("tidy", "tidy (2)", "tidy (3)");
	}

}
