package org.lexbench.indicator.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lexbench.files.Language;

class ExpressionParserTests {

	/** One firm: 广东, 450 lawyers, 3 overseas offices, no revenue figure. */
	static final Bindings FIRM = new Bindings() {
		final Map<String, Object> values = Map.of("province", "广东", "lawyers", 450.0, "overseas_offices", 3.0,
				"size_band", "Large");

		@Override
		public OptionalDouble number(String name) {
			return this.values.get(name) instanceof Double d ? OptionalDouble.of(d) : OptionalDouble.empty();
		}

		@Override
		public Optional<String> text(String name) {
			Object v = this.values.get(name);
			return v == null ? Optional.empty() : Optional.of(v.toString());
		}
	};

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"province = '广东' and lawyers >= 300 | TRUE",
			"province = '北京' or lawyers > 400 | TRUE",
			"not (province = '广东') | FALSE",
			"province in ('北京', '上海', '广东') | TRUE",
			"province not in ('北京', '上海') | TRUE",
			"lawyers in (100, 450) | TRUE",
			"size_band = 'large' | TRUE",
			"overseas_offices == 3 and lawyers != 450 | FALSE",
			"lawyers <> 451 | TRUE",
			"revenue > 0 | UNKNOWN",
			"revenue > 0 or lawyers > 0 | TRUE",
			"revenue > 0 and lawyers < 0 | FALSE",
			"not revenue > 0 | UNKNOWN",
			"province = '广东' or province = '北京' and lawyers < 0 | TRUE",
			"lawyers >= 40% | TRUE",
			"province ＝ ‘广东’ and lawyers ＞＝ 300 | TRUE",
			"province in （“广东”，“北京”） | TRUE",
			"PROVINCE = '广东' AND lawyers >= 300 | UNKNOWN" })
	void rule_evaluatesWithThreeValuedLogic(String rule, Truth expected) {
		assertThat(ExpressionParser.parse(rule).test(FIRM)).isEqualTo(expected);
	}

	@Test
	void andBindsTighterThanOr_andRenderingKeepsTheMeaning() {
		Expression e = ExpressionParser.parse("a = 1 or b = 2 and not (c = 3 or d = 4)");

		assertThat(e.render()).isEqualTo("a = 1 or b = 2 and not (c = 3 or d = 4)");
		assertThat(e).isInstanceOf(Expression.Or.class);
		assertThat(ExpressionParser.parse(e.render())).isEqualTo(e);
		assertThat(e.identifiers()).containsExactly("a", "b", "c", "d");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"lawyers >= | 11 | the rule ends too early; expected a number or a quoted text",
			"lawyers >= 'many' | 12 | “>=” compares order, so it needs a number, not a text",
			"province = '广东 | 12 | the text has no closing quote",
			"lawyers >> 3 | 10 | unexpected “>”; expected a number or a quoted text",
			"(lawyers > 3 | 13 | the rule ends too early; expected “)”",
			"lawyers > 3 province = 'x' | 13 | unexpected “province”; expected “and”, “or” or the end of the rule",
			"lawyers in (1, 'a') | 1 | the list for lawyers mixes numbers and texts",
			"lawyers ? 3 | 9 | unexpected character “?”",
			"= 3 | 1 | unexpected “=”; expected a condition such as lawyers >= 300",
			"lawyers not 3 | 13 | unexpected “3”; expected “in”" })
	void malformedRule_namesTheColumn(String rule, int column, String message) {
		ExpressionSyntaxException e = catchThrowableOfType(ExpressionSyntaxException.class, () -> ExpressionParser.parse(rule));

		assertThat(e.column()).isEqualTo(column);
		assertThat(e.text().in(Language.EN)).isEqualTo(message);
	}

	@Test
	void emptyRule_isRefused() {
		assertThat(catchThrowableOfType(ExpressionSyntaxException.class, () -> ExpressionParser.parse("  ")).text()
			.in(Language.EN)).isEqualTo("the rule is empty");
	}

}
