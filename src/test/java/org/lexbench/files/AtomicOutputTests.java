package org.lexbench.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTests {

	@Test
	void write_replacesTheFileWhole(@TempDir Path folder) throws IOException {
		Path target = folder.resolve("out.txt");
		Files.writeString(target, "old");

		AtomicOutput.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

		assertThat(Files.readString(target)).isEqualTo("new");
		assertThat(entries(folder)).containsExactly("out.txt");
	}

	/** A temporary file is created owner-only; the output must not keep that (POSIX file systems). */
	@Test
	void newFile_isReadableByOthers_andAReplacedFileKeepsItsPermissions(@TempDir Path folder) throws IOException {
		Path fresh = folder.resolve("fresh.txt");
		Path kept = folder.resolve("kept.txt");
		Files.writeString(kept, "old");
		Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));

		AtomicOutput.write(fresh, out -> out.write(1));
		AtomicOutput.write(kept, out -> out.write(1));

		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
	}

	@Test
	void failureWhileWriting_leavesThePreviousFileAndNoTemporaryFile(@TempDir Path folder) throws IOException {
		Path target = folder.resolve("out.txt");
		Files.writeString(target, "old");

		LexbenchException e = catchThrowableOfType(LexbenchException.class, () -> AtomicOutput.write(target, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));

		assertThat(e.failure()).isEqualTo(Failure.CANNOT_WRITE);
		assertThat(e).hasMessage("cannot write " + target + ": disk full");
		assertThat(Files.readString(target)).isEqualTo("old");
		assertThat(entries(folder)).containsExactly("out.txt");
	}

	@Test
	void missingFolder_isCannotWrite(@TempDir Path folder) {
		Path target = folder.resolve("no/such/out.txt");

		LexbenchException e = catchThrowableOfType(LexbenchException.class, () -> AtomicOutput.write(target, out -> {
		}));

		assertThat(e.failure()).isEqualTo(Failure.CANNOT_WRITE);
		assertThat(e.getMessage()).startsWith("cannot write " + target + ": folder ");
	}

	@Test
	void pathThroughAFile_saysTheFileIsNotAFolder(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("a.txt");
		Files.writeString(file, "x");

		LexbenchException e = catchThrowableOfType(LexbenchException.class,
				() -> AtomicOutput.write(file.resolve("out.txt"), out -> {
				}));

		assertThat(e).hasMessage("cannot write " + file.resolve("out.txt") + ": " + file + " is a file, not a folder");
	}

	private static java.util.List<String> entries(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
