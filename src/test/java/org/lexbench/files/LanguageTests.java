package org.lexbench.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LanguageTests {

	@Test
	void sessionLanguage_followsLexbenchLang_thenThePosixLocaleVariables() {
		assertThat(Language.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Language.ZH);
		assertThat(Language.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "en_GB.UTF-8"))).isEqualTo(Language.EN);
		assertThat(Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8", "LEXBENCH_LANG", "中文"))).isEqualTo(Language.ZH);
		assertThat(Language.fromEnvironment(Map.of())).isEqualTo(Language.EN);
		assertThat(Language.fromEnvironment(Map.of("LANG", "C"))).isEqualTo(Language.EN);
	}

	@Test
	void languageNames_areReadAsUsersWriteThem() {
		assertThat(Language.parse("zh-CN")).hasValue(Language.ZH);
		assertThat(Language.parse("English")).hasValue(Language.EN);
		assertThat(Language.parse("fr")).isEmpty();
	}

}
