package org.lexbench.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputTests {

	@Test
	void utf8WithByteOrderMark_isDecodedWithoutTheMark() {
		byte[] bytes = "\uFEFF律所".getBytes(StandardCharsets.UTF_8);

		assertThat(TextInput.decodeUtf8(bytes, "a.yaml")).isEqualTo("律所");
	}

	@Test
	void gbkText_isRefusedAtTheLineAndColumnOfItsFirstNonUtf8Byte() {
		byte[] bytes = "line one\nab律所".getBytes(Charset.forName("GBK"));

		LexbenchException e = catchThrowableOfType(LexbenchException.class, () -> TextInput.decodeUtf8(bytes, "a.yaml"));

		assertThat(e.failure()).isEqualTo(Failure.INVALID_INPUT);
		assertThat(e.problems()).extracting(p -> p.render(Language.EN))
			.containsExactly("a.yaml:2:3: error: byte 0xC2 is not UTF-8; save the file as UTF-8");
		assertThat(e.text().in(Language.ZH)).isEqualTo("a.yaml 不是 UTF-8 文本（字节 0xC2），请另存为 UTF-8");
	}

	@Test
	void fileOverTheLimit_missingFile_andFolder_areOneClearLineEach(@TempDir Path folder) throws IOException {
		Path big = folder.resolve("big.yaml");
		Files.write(big, new byte[2_000]);

		assertThat(catchThrowableOfType(LexbenchException.class, () -> TextInput.read(big, "big.yaml", 1_000)))
			.hasMessage("big.yaml is 2000 B, larger than the 1000 B allowed");
		assertThat(catchThrowableOfType(LexbenchException.class,
				() -> TextInput.read(folder.resolve("none.yaml"), "none.yaml", 1_000))).hasMessage("none.yaml: no such file");
		assertThat(catchThrowableOfType(LexbenchException.class, () -> TextInput.read(folder, "folder", 1_000)))
			.hasMessage("folder is a folder, not a file");
	}

}
