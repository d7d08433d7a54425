package org.lexbench.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.AtomicOutput;
import org.lexbench.files.LexbenchException;

/** POI's package with rows and comments streamed into it, read back by POI. */
class PackageAssemblyTests {

	@TempDir
	Path folder;

	@Test
	void streamedRowsAndComments_areReadBackByPoi_withTheFramePoiMade() throws IOException {
		byte[] made;
		Map<String, StreamedPart> parts;
		try (XSSFWorkbook poi = new XSSFWorkbook()) {
			Looks looks = Looks.of(poi);
			SheetFrame frame = new SheetFrame(poi.createSheet("Data"), looks);
			frame.header(1, 1);
			frame.filter(0, 2_000, 0, 1);
			frame.rows(rows -> {
				rows.row();
				rows.text("firm", looks.header());
				rows.text("value", looks.header());
				for (int r = 1; r <= 2_000; r++) {
					rows.row();
					rows.text("firm " + r, looks.plain());
					rows.number(r / 4.0, looks.number(Looks.Format.SCORE));
				}
			});
			// more notes than one block of 1,024 shape ids holds
			frame.notes(sink -> {
				for (int r = 1; r <= 2_000; r++) {
					int row = r;
					sink.note(r, 1, () -> "note " + row);
				}
			}, 2_000);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			poi.write(bytes);
			made = bytes.toByteArray();
			parts = SheetFrame.parts(List.of(frame));
		}
		Path file = this.folder.resolve("streamed.xlsx");
		AtomicOutput.write(file, out -> PackageAssembly.write(made, parts, out));

		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
			XSSFSheet sheet = book.getSheet("Data");
			assertThat(sheet.getLastRowNum()).isEqualTo(2_000);
			assertThat(sheet.getRow(2_000).getCell(1).getNumericCellValue()).isEqualTo(500);
			assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
			assertThat(sheet.getCellComments()).hasSize(2_000);
			assertThat(sheet.getCellComment(new org.apache.poi.ss.util.CellAddress(1_500, 1)).getString().getString())
				.isEqualTo("note 1500");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	void shapesOfMoreThan1024Notes_declareEveryBlockOfIdsTheyUse() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int blocks = NoteParts.shapes(sink -> {
			for (int r = 0; r < 2_000; r++) {
				sink.note(r, 0, () -> "");
			}
		}, 2_000, 1, out);

		assertThat(blocks).isEqualTo(2);
		assertThat(out.toString()).contains("<o:idmap v:ext=\"edit\" data=\"1,2\"/>", "id=\"_x0000_s1025\"", "id=\"_x0000_s3024\"");
	}

	@Test
	void failureWhileStreaming_leavesThePreviousFileAndNoTemporaryFile() throws IOException {
		Path file = this.folder.resolve("report.xlsx");
		Files.writeString(file, "the previous report");
		byte[] made;
		String sheetPart;
		try (XSSFWorkbook poi = new XSSFWorkbook()) {
			XSSFSheet sheet = poi.createSheet("Data");
			sheetPart = sheet.getPackagePart().getPartName().getName().substring(1);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			poi.write(bytes);
			made = bytes.toByteArray();
		}
		StreamedPart failing = PackageAssembly.rows(rows -> {
			for (int r = 0; r < 10_000; r++) {
				rows.row();
				rows.number(r, new Look(0, 0));
			}
			throw new IOException("disk full");
		});

		assertThatThrownBy(() -> AtomicOutput.write(file, out -> PackageAssembly.write(made, Map.of(sheetPart, failing), out)))
			.isInstanceOf(LexbenchException.class).hasMessageContaining("disk full");
		assertThat(file).hasContent("the previous report");
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files).containsExactly(file);
		}
	}

}
