package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lexbench.files.LexbenchException;

class CommandLineTests {

	@Test
	void typedLine_splitsOnSpaces_keepsQuotedTextWhole() {
		assertThat(CommandLine.split("set show  \"my sets/七项.yaml\" --nodes 'a b',c"))
			.containsExactly("set", "show", "my sets/七项.yaml", "--nodes", "a b,c");
		assertThat(CommandLine.split("compare 金杜　--peers \"province = '广东'\""))
			.containsExactly("compare", "金杜", "--peers", "province = '广东'");
		assertThat(CommandLine.split("say \"a \\\"quoted\\\" word\"")).containsExactly("say", "a \"quoted\" word");
		assertThat(CommandLine.split("path C:\\data\\firms.xlsx")).containsExactly("path", "C:\\data\\firms.xlsx");
		assertThat(CommandLine.split("set show wang-4 # the four features")).containsExactly("set", "show", "wang-4");
		assertThat(CommandLine.split("say \"#1\" a#b")).containsExactly("say", "#1", "a#b");
	}

	@Test
	void unclosedQuote_isAUsageError() {
		assertThatThrownBy(() -> CommandLine.split("set show \"oops")).isInstanceOf(LexbenchException.class)
			.hasMessage("unclosed quote in: set show \"oops");
	}

}
