package org.lexbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;

/** Methods written on the command line: both forms, defaults, and one clear line for each mistake. */
class MethodTextTests {

	static final IndicatorSet SET = SetFixtures.load(SetFixtures.withIndicators("""
			      - {id: lawyers, name: Lawyers, type: count, weight: 1}
			      - {id: partners, name: Partners, type: count, weight: 1}
			"""));

	static String error(MethodStep step, String text) {
		try {
			MethodText.parse(step, text, SET);
		}
		catch (LexbenchException e) {
			return e.text().in(Language.EN);
		}
		throw new AssertionError("expected " + text + " to be refused");
	}

	@Test
	void colonAndParenthesisForms_giveTheSameChoice() {
		MethodChoice colon = MethodText.parse(MethodStep.NORMALISE, "minmax:low=1,high=100", SET);
		MethodChoice paren = MethodText.parse(MethodStep.NORMALISE, "MinMax(low=1, high=100)", SET);

		assertThat(colon).isEqualTo(paren);
		assertThat(colon.method()).isEqualTo("minmax");
		assertThat(colon.number("low")).isEqualTo(1.0);
		assertThat(colon.number("high")).isEqualTo(100.0);
	}

	@Test
	void parametersNotGiven_takeTheirDefaults() {
		MethodChoice z = MethodText.parse(MethodStep.NORMALISE, "zscore:mean=10", SET);
		MethodChoice w = MethodText.parse(MethodStep.TREAT, "winsorise", SET);

		assertThat(z.number("mean")).isEqualTo(10.0);
		assertThat(z.number("sd")).isEqualTo(1.0);
		assertThat(w.describe()).isEqualTo("winsorise(max_points=5, skew=2, kurtosis=3.5)");
	}

	@Test
	void aMisspeltMethod_isRefusedWithTheNearestNameAndTheChoices() {
		assertThat(error(MethodStep.NORMALISE, "minmix")).startsWith("--normalise minmix: no such method (did you mean “minmax”?); choose one of ")
			.contains("zscore", "goalposts");
	}

	@Test
	void anUnknownParameter_namesTheMethodsParameters() {
		assertThat(error(MethodStep.AGGREGATE, "vikor:w=0.3")).isEqualTo("--aggregate vikor: no parameter w; its parameters are v");
	}

	@Test
	void aNumberOutsideItsRange_saysTheRange() {
		assertThat(error(MethodStep.AGGREGATE, "vikor:v=1.5")).isEqualTo("--aggregate vikor: v=1.5 is not a number from 0 to 1");
		assertThat(error(MethodStep.SCREEN, "coverage:firms=lots")).startsWith("--screen coverage: firms=lots is not a number from 0 to 1");
	}

	@Test
	void aRequiredParameterLeftOut_isNamed() {
		assertThat(error(MethodStep.NORMALISE, "goalposts:low=0")).contains("goalposts").contains("high");
		assertThat(error(MethodStep.IMPUTE, "group-mean")).contains("group-mean").contains("by");
	}

	@Test
	void aTieBreakMustBeAnIndicatorOfTheSet() {
		assertThat(MethodText.parse(MethodStep.RANKS, "competition:tie_break=partners", SET).text("tie_break")).isEqualTo("partners");
		assertThat(error(MethodStep.RANKS, "competition:tie_break=revenue")).isEqualTo(
				"--ranks competition: tie_break=revenue is not an indicator of set t");
	}

	@Test
	void aChoiceParameter_acceptsOnlyItsChoices() {
		assertThat(MethodText.parse(MethodStep.AGGREGATE, "topsis:normalisation=minmax", SET).text("normalisation")).isEqualTo("minmax");
		assertThatThrownBy(() -> MethodText.parse(MethodStep.AGGREGATE, "topsis:normalisation=max", SET))
			.isInstanceOf(LexbenchException.class);
		assertThat(error(MethodStep.AGGREGATE, "topsis:normalisation=max")).contains("vector").contains("minmax");
	}

}
