package org.lexbench.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InertTextTests {

	/** OWASP's CSV-injection list: = + - @ tab and carriage return (and their full-width forms). */
	static Stream<Arguments> texts() {
		return Stream.of(Arguments.of("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), Arguments.of("+1+1", "'+1+1"),
				Arguments.of("-2+3", "'-2+3"), Arguments.of("@SUM(A1)", "'@SUM(A1)"), Arguments.of("\tx", "'\tx"),
				Arguments.of("\rx", "'\rx"), Arguments.of("＝1", "'＝1"), Arguments.of("金杜律师事务所", "金杜律师事务所"),
				Arguments.of("Zhong Lun", "Zhong Lun"), Arguments.of("", ""));
	}

	@ParameterizedTest
	@MethodSource("texts")
	void textThatASpreadsheetWouldRunAsAFormula_getsALeadingApostrophe(String text, String inert) {
		assertThat(InertText.of(text)).isEqualTo(inert);
	}

}
