package org.lexbench.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MessageCatalogueTests {

	@Test
	void bothLanguages_haveTheSameKeys() {
		assertThat(new TreeSet<>(MessageCatalogue.keys(Language.ZH)))
			.isEqualTo(new TreeSet<>(MessageCatalogue.keys(Language.EN)));
	}

	/** Every message key written in the code (a string literal such as "set.weight.missing") exists. */
	@Test
	void everyKeyUsedInTheCode_isInTheCatalogue() throws IOException {
		Pattern literal = Pattern.compile("\"((?:severity|hint|file|output|yaml|expr|method|set|table|coinr|catalogue|cli|type|shell|help|group|cmd|lang|version|demo|sets|show|role|check|use|export|value|table|list|zip|data|lookup|load|firms|problems|template|generate|chart)\\.[a-z0-9.-]*[a-z0-9])\"");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = literal.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(MessageCatalogue.keys(Language.EN)).containsAll(used);
	}

	/** A key written twice silently loses its first text (java.util.Properties keeps the last). */
	@Test
	void noKeyIsWrittenTwiceInACatalogueFile() throws IOException {
		for (String name : new String[] { "messages.properties", "messages_zh.properties" }) {
			Set<String> seen = new TreeSet<>();
			Set<String> twice = new TreeSet<>();
			for (String line : Files.readAllLines(Path.of("src/main/resources/i18n", name))) {
				int equals = line.indexOf('=');
				if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
					twice.add(line.substring(0, equals).strip());
				}
			}
			assertThat(twice).as(name).isEmpty();
		}
	}

	@Test
	void placeholders_areFilledAndNestedTextsAreRenderedInTheSameLanguage() {
		Text text = Text.of("cli.bad-value", "set show", "abc", "depth", Text.of("type.integer"));

		assertThat(text.in(Language.EN)).isEqualTo("set show: “abc” is not a valid value for --depth (expected a whole number)");
		assertThat(text.in(Language.ZH)).isEqualTo("set show：“abc”不是 --depth 的有效值（应为整数）");
	}

	@Test
	void unknownKey_rendersAsItself() {
		assertThat(Text.of("no.such.key").in(Language.EN)).isEqualTo("no.such.key");
	}

}
