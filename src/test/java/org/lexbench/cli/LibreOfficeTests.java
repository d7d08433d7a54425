package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's workbook opened by another program than the one that wrote it: LibreOffice, headless,
 * converts it to OpenDocument, and every sheet is there. Runs where LibreOffice is installed
 * ({@code .ci/run} installs Debian's libreoffice-calc-nogui); elsewhere it is skipped, saying so.
 */
class LibreOfficeTests {

	static final String SKIPPED = "LibreOffice (soffice) is not on the PATH: the workbook's conversion test is skipped";

	@Test
	void demoWorkbook_isConvertedByLibreOffice_withEverySheet(@TempDir Path folder) throws Exception {
		Optional<Path> soffice = onPath("soffice");
		if (soffice.isEmpty()) {
			// straight to the build's console: Surefire keeps what tests print in report files
			new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8)
				.println("[WARNING] " + SKIPPED);
		}
		Assumptions.assumeTrue(soffice.isPresent(), SKIPPED);
		Path workbook = folder.resolve("demo.xlsx");
		Runs.Result r = Runs.withInput("demo --outputs false\nreport --out " + workbook + "\n");
		assertThat(r.status()).as(r.err()).isZero();

		Path converted = folder.resolve("converted");
		Process process = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(),
				"--headless", "--convert-to", "ods", "--outdir", converted.toString(), workbook.toString())
			.redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
		boolean finished = process.waitFor(180, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		String log = Files.readString(folder.resolve("soffice.log"), StandardCharsets.UTF_8);

		assertThat(finished).as("soffice finished within 3 minutes").isTrue();
		assertThat(process.exitValue()).as(log).isZero();
		Path ods = converted.resolve("demo.ods");
		assertThat(ods).as(log).exists();
		assertThat(sheets(ods)).containsExactly("Overview", "Ranking", "Dimensions", "Indicators (normalised)", "Raw data", "Method",
				"Data quality", "Run");
	}

	/** The names of an OpenDocument spreadsheet's tables, in order. */
	private static List<String> sheets(Path ods) throws IOException {
		try (ZipFile zip = new ZipFile(ods.toFile())) {
			String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
			List<String> out = new ArrayList<>();
			Matcher m = Pattern.compile("<table:table table:name=\"([^\"]*)\"").matcher(content);
			while (m.find()) {
				out.add(m.group(1));
			}
			return out;
		}
	}

	private static Optional<Path> onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		try (Stream<String> folders = Stream.of(path.split(File.pathSeparator))) {
			return folders.filter(f -> !f.isBlank()).map(f -> Path.of(f, program)).filter(Files::isExecutable).findFirst();
		}
	}

}
