package org.lexbench.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestWordTests {

	@Test
	void typo_withinTwoEdits_isMatched_transpositionsCountOnce() {
		assertThat(NearestWord.to("wieght", List.of("weight", "name", "role"))).hasValue("weight");
		assertThat(NearestWord.to("stes", List.of("sets", "set show"))).hasValue("sets");
		assertThat(NearestWord.to("DEPTH", List.of("depth"))).isEmpty();
	}

	@Test
	void unrelatedWord_orShortWordFarAway_isNotMatched() {
		assertThat(NearestWord.to("colour", List.of("id", "version", "name"))).isEmpty();
		assertThat(NearestWord.to("ab", List.of("xy"))).isEmpty();
	}

	@Test
	void hint_isLocalised_andEmptyWhenNothingIsClose() {
		assertThat(NearestWord.hint("wieght", List.of("weight")).in(Language.EN)).isEqualTo(" (did you mean “weight”?)");
		assertThat(NearestWord.hint("wieght", List.of("weight")).in(Language.ZH)).isEqualTo("（是否想写“weight”？）");
		assertThat(NearestWord.hint("zzz", List.of("weight")).in(Language.EN)).isEmpty();
	}

}
