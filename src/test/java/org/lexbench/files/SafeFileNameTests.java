package org.lexbench.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafeFileNameTests {

	/** The hash suffix: {@code ~} and the first eight hex digits of SHA-256 of the original text. */
	static String hash(String original) {
		return "~" + ContentHash.sha256(original.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
	}

	static Stream<Arguments> names() {
		return Stream.of(Arguments.of("../../etc/passwd", "etc_passwd"), Arguments.of("..", SafeFileName.UNNAMED),
				Arguments.of("CON", "_CON"), Arguments.of("con.txt", "_con.txt"), Arguments.of("Lpt9", "_Lpt9"),
				Arguments.of("A/B律所", "A_B律所"), Arguments.of("A\\B", "A_B"), Arguments.of("甲\u0000乙", "甲_乙"),
				Arguments.of("a\u202Etxt.exe", "a_txt.exe"), Arguments.of("  .hidden.  ", "hidden"),
				Arguments.of("a:b*c?d\"e<f>g|h", "a_b_c_d_e_f_g_h"), Arguments.of("", SafeFileName.UNNAMED),
				Arguments.of("-rf", "rf"), Arguments.of("line\nbreak", "line_break"), Arguments.of("a...b", "a.b"));
	}

	@ParameterizedTest
	@MethodSource("names")
	void unsafeName_isCleanedAndGetsTheHashOfTheOriginal(String name, String cleaned) {
		assertThat(SafeFileName.stem(name)).isEqualTo(cleaned + hash(name));
	}

	@ParameterizedTest
	@MethodSource("names")
	void unsafeName_namesAFileInsideTheFolder(String name) {
		Path folder = Path.of("/reports/charts");
		String stem = SafeFileName.stem(name);

		assertThat(folder.resolve(stem + ".png").normalize().getParent()).isEqualTo(folder);
		assertThat(stem).doesNotContain("/", "\\", "..", "\u0000").doesNotStartWith(".");
	}

	@Test
	void safeNames_areKeptAsTheyAre() {
		for (String name : new String[] { "金杜律师事务所", "King & Wood Mallesons", "北京市中伦律师事务所（特殊普通合伙）", "Firm 1", "汉坤 Han Kun" }) {
			assertThat(SafeFileName.stem(name)).isEqualTo(name);
		}
	}

	@Test
	void threeHundredChineseCharacters_areCutToTheByteLimitOnWholeCharacters() {
		String name = "律".repeat(300);

		String stem = SafeFileName.stem(name);

		// 律 is three bytes of UTF-8: 120 / 3 = 40 characters, then the hash
		assertThat(stem).isEqualTo("律".repeat(40) + hash(name));
		assertThat(stem.getBytes(StandardCharsets.UTF_8).length).isEqualTo(120 + 9);
	}

	@Test
	void longNamesWithTheSamePrefix_getDifferentStems() {
		String prefix = "北京".repeat(100);

		assertThat(SafeFileName.stem(prefix + "甲")).isNotEqualTo(SafeFileName.stem(prefix + "乙"));
	}

	@Test
	void namesThatCleanAlike_getDifferentStems() {
		assertThat(SafeFileName.stem("A/B")).isNotEqualTo(SafeFileName.stem("A\\B")).isNotEqualTo(SafeFileName.stem("A_B"));
		assertThat(SafeFileName.stem("A_B")).isEqualTo("A_B");
	}

	@Test
	void surrogatePairAtTheCut_isNotSplit() {
		String name = "a" + "😀".repeat(100);

		String stem = SafeFileName.stem(name);

		// 1 byte + 29 four-byte emoji = 117 bytes; a 30th would pass 120
		assertThat(stem).isEqualTo("a" + "😀".repeat(29) + hash(name));
	}

	@Test
	void randomText_alwaysGivesANameInsideTheFolder() {
		SplittableRandom random = new SplittableRandom(20_261_125L);
		String alphabet = "./\\:\u0000\u202E \t.律所CONcon_-~";
		Path folder = Path.of("/out");
		for (int n = 0; n < 5_000; n++) {
			StringBuilder name = new StringBuilder();
			int length = random.nextInt(1, 40);
			for (int i = 0; i < length; i++) {
				name.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String stem = SafeFileName.stem(name.toString());
			assertThat(folder.resolve(stem).normalize().getParent()).as(name.toString()).isEqualTo(folder);
			assertThat(stem).as(name.toString()).doesNotContain("..", "/", "\\").isNotBlank();
			assertThat(stem.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeFileName.MAX_BYTES + 9);
		}
	}

	@Test
	void duplicates_getNumberedBeforeTheExtension_ignoringCase() {
		UniqueFileNames names = new UniqueFileNames();

		assertThat(names.claim("甲律所-radar.png")).isEqualTo("甲律所-radar.png");
		assertThat(names.claim("甲律所-radar.png")).isEqualTo("甲律所-radar-2.png");
		assertThat(names.claim("甲律所-RADAR.png")).isEqualTo("甲律所-RADAR-3.png");
		assertThat(names.claim("甲律所-radar.svg")).isEqualTo("甲律所-radar.svg");
		assertThat(names.claim("README")).isEqualTo("README");
		assertThat(names.claim("readme")).isEqualTo("readme-2");
	}

}
